"""The article's structure for screen readers: headings, paragraphs, lists and links as a tree.

A text view hands assistive technologies one block of text; this turns the document's blocks,
read in order, into the tree a screen reader moves through (by heading, by list, by link).
It knows nothing of Qt: the text pane reads its blocks and asks for the tree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item"]
NodeKind = Literal["heading", "paragraph", "list", "list_item", "link"]


@dataclass(frozen=True)
class Link:
    """A link inside a block: its text, its address, and its [start, end) document positions."""

    text: str
    href: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """One block of the document, as the text view holds it.

    ``level`` is the heading level (1–6) of a heading, the nesting depth (1 = outermost) of a
    list item; ``list_key`` tells which list an item belongs to (items of one list share it).
    """

    kind: BlockKind
    text: str
    level: int = 0
    number: int = -1
    list_key: int = -1
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Node:
    """One object a screen reader sees: its kind, its text, and where it is in the document.

    ``block`` is the document block number (the first item's for a list); ``start``/``end``
    and ``href`` are set for links.
    """

    kind: NodeKind
    text: str
    level: int = 0
    block: int = -1
    start: int = -1
    end: int = -1
    href: str = ""
    children: tuple[Node, ...] = ()


@dataclass
class _Draft:
    """A node still open for children (a list, or the item a nested list goes under)."""

    kind: NodeKind
    text: str = ""
    level: int = 0
    block: int = -1
    key: int = -1
    children: list[_Draft | Node] = field(default_factory=list)

    def freeze(self) -> Node:
        children = tuple(c.freeze() if isinstance(c, _Draft) else c for c in self.children)
        return Node(self.kind, self.text, self.level, self.block, children=children)


def _links(block: Block) -> tuple[Node, ...]:
    return tuple(
        Node("link", link.text, block=block.number, start=link.start, end=link.end, href=link.href)
        for link in block.links
    )


def build_structure(blocks: Iterable[Block]) -> tuple[Node, ...]:
    """The tree of an article's blocks, in reading order.

    Headings and paragraphs stay side by side, as in a web page (a screen reader moves by
    heading, it does not open sections); consecutive items of one list become a list, and a
    deeper list goes under the item before it. Links are children of the block holding them.
    Blocks with no text (a rule, an empty line) are left out.
    """
    top: list[_Draft | Node] = []
    open_lists: list[_Draft] = []

    def close_list() -> None:
        done = open_lists.pop()
        if open_lists and open_lists[-1].children:
            parent_item = open_lists[-1].children[-1]
            assert isinstance(parent_item, _Draft)
            parent_item.children.append(done)
        else:
            top.append(done)

    for block in blocks:
        if not block.text.strip():
            continue
        if block.kind != "list_item":
            while open_lists:
                close_list()
            top.append(
                Node(
                    block.kind,
                    block.text,
                    block.level if block.kind == "heading" else 0,
                    block.number,
                    children=_links(block),
                )
            )
            continue
        depth = max(1, block.level)
        while open_lists and (
            open_lists[-1].level > depth
            or (open_lists[-1].level == depth and open_lists[-1].key != block.list_key)
        ):
            close_list()
        if not open_lists or open_lists[-1].key != block.list_key:
            open_lists.append(_Draft("list", level=depth, block=block.number, key=block.list_key))
        item = _Draft("list_item", block.text, depth, block.number, children=[*_links(block)])
        open_lists[-1].children.append(item)
    while open_lists:
        close_list()
    return tuple(n.freeze() if isinstance(n, _Draft) else n for n in top)


def walk(nodes: Iterable[Node]) -> Iterator[Node]:
    """Every node of a tree, depth first, in reading order."""
    for node in nodes:
        yield node
        yield from walk(node.children)
