"""Blocks in reading order become the tree a screen reader walks: headings, lists, links."""

from __future__ import annotations

import pytest

from reader.core.structure import Block, Link, Node, build_structure, walk


def _shape(nodes: tuple[Node, ...]) -> list[object]:
    """A compact picture of a tree: (kind, text) or (kind, text, [children])."""
    out: list[object] = []
    for node in nodes:
        if node.children:
            out.append((node.kind, node.text, _shape(node.children)))
        else:
            out.append((node.kind, node.text))
    return out


H1 = Block("heading", "Titre", level=1, number=0)
P = Block("paragraph", "Un paragraphe.", number=1)
ITEM_A = Block("list_item", "a", level=1, number=2, list_key=7)
ITEM_B = Block("list_item", "b", level=1, number=3, list_key=7)
NESTED = Block("list_item", "b1", level=2, number=4, list_key=9)
ITEM_C = Block("list_item", "c", level=1, number=5, list_key=7)
OTHER_LIST = Block("list_item", "autre", level=1, number=6, list_key=8)
EMPTY = Block("paragraph", "  ", number=7)


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([], []),
        ([H1, P], [("heading", "Titre"), ("paragraph", "Un paragraphe.")]),
        ([EMPTY], []),
        (
            [H1, ITEM_A, ITEM_B, P],
            [
                ("heading", "Titre"),
                ("list", "", [("list_item", "a"), ("list_item", "b")]),
                ("paragraph", "Un paragraphe."),
            ],
        ),
        (  # a deeper list goes under the item before it, and the outer list goes on
            [ITEM_A, ITEM_B, NESTED, ITEM_C],
            [
                (
                    "list",
                    "",
                    [
                        ("list_item", "a"),
                        ("list_item", "b", [("list", "", [("list_item", "b1")])]),
                        ("list_item", "c"),
                    ],
                )
            ],
        ),
        (  # two lists one after the other stay two lists
            [ITEM_A, OTHER_LIST],
            [("list", "", [("list_item", "a")]), ("list", "", [("list_item", "autre")])],
        ),
        (  # a nested list left open at the end is still closed into its item
            [ITEM_A, NESTED],
            [("list", "", [("list_item", "a", [("list", "", [("list_item", "b1")])])])],
        ),
    ],
)
def test_blocks_become_a_tree(blocks: list[Block], expected: list[object]) -> None:
    assert _shape(build_structure(blocks)) == expected


def test_links_are_children_of_their_block() -> None:
    link = Link("glossaire", "terme:metastase", 20, 29)
    tree = build_structure(
        [
            Block("paragraph", "Voir le glossaire.", number=3, links=(link,)),
            Block("list_item", "Voir le glossaire.", level=1, number=4, list_key=1, links=(link,)),
        ]
    )
    paragraph, items = tree
    assert paragraph.children == (
        Node("link", "glossaire", block=3, start=20, end=29, href="terme:metastase"),
    )
    assert items.children[0].children[0].href == "terme:metastase"


def test_nodes_keep_levels_and_block_numbers() -> None:
    tree = build_structure([H1, Block("heading", "Sous-titre", level=2, number=8), ITEM_A])
    assert [(n.kind, n.level, n.block) for n in walk(tree)] == [
        ("heading", 1, 0),
        ("heading", 2, 8),
        ("list", 1, 2),
        ("list_item", 1, 2),
    ]


def test_walk_reads_in_order() -> None:
    tree = build_structure([H1, ITEM_A, NESTED, ITEM_C, P])
    assert [n.text for n in walk(tree) if n.kind != "list"] == [
        "Titre",
        "a",
        "b1",
        "c",
        "Un paragraphe.",
    ]
