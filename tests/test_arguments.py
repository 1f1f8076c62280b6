"""The usual command lines are read without building argparse's parser, exactly as it reads them."""

from __future__ import annotations

import pytest

from reader.app import argument_parser, usual_arguments

SAME_AS_THE_PARSER = [
    [],
    ["article.md"],
    ["--settings", "réglages.ini"],
    ["--settings", "réglages.ini", "article.md"],
    ["article.md", "--settings", "réglages.ini"],
    ["dossier/mon article.md"],
]
LEFT_TO_THE_PARSER = [
    ["--help"],
    ["-h"],
    ["--lang", "en"],
    ["--settings=réglages.ini"],
    ["--sett", "réglages.ini"],
    ["--settings"],
    ["--settings", "-x"],
    ["--settings", "a.ini", "--settings", "b.ini"],
    ["a.md", "b.md"],
    ["--", "article.md"],
    ["-x"],
    [""],
]


@pytest.mark.parametrize("words", SAME_AS_THE_PARSER)
def test_usual_command_lines_are_read_as_the_parser_reads_them(words: list[str]) -> None:
    assert usual_arguments(words) == argument_parser().parse_args(words)


@pytest.mark.parametrize("words", LEFT_TO_THE_PARSER)
def test_other_command_lines_are_left_to_the_parser(words: list[str]) -> None:
    assert usual_arguments(words) is None
