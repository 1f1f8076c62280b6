"""What a screen reader sees of the article: headings, paragraphs, lists and links, not one blob.

Qt exposes a QTextBrowser as one block of text. The text pane keeps that interface (it carries
the text and the caret a screen reader follows line by line), and this module gives the pane's
viewport, its first accessible child, a Document interface whose children are the article's
structure (built by reader.core.structure), each placed where its block is drawn, so that a
screen reader can list the headings and move from one to the next.

Every node gets a small anchor QObject and its interface is made by the same factory as the
viewport's: Qt's accessibility cache then owns the interfaces and drops them with their anchor,
and PySide keeps their Python side alive meanwhile (interfaces made by Python and only held
by Python would be deleted under the cache's feet).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from reader.core.hyphenation import strip_soft_hyphens
from reader.core.links import is_term_link
from reader.core.structure import Block, Link, Node, build_structure
from reader.ui.accessibility.item_anchors import child_at, interface_of
from reader.ui.widgets.text_pane import TextPane

_ROLES = {
    "heading": QAccessible.Role.Heading,
    "paragraph": QAccessible.Role.Paragraph,
    "list": QAccessible.Role.List,
    "list_item": QAccessible.Role.ListItem,
    "link": QAccessible.Role.Link,
}


def interface_for(key: str, obj: QObject) -> QAccessibleInterface | None:
    """The interface this module makes for ``obj``, or None when it is not the pane's.

    Asked by the factory that reader.ui.accessibility.factory installs (None means "not mine":
    PySide's factory glue then asks the next factory, Qt's own).
    """
    if isinstance(obj, _NodeAnchor):
        return _NodeInterface(obj)
    if key == "QWidget" and isinstance(obj, QWidget):
        pane = obj.parentWidget()
        if isinstance(pane, QTextBrowser) and pane.viewport() is obj and isinstance(pane, TextPane):
            return _DocumentInterface(obj, pane)
    return None


# -- reading the document -----------------------------------------------------------------------


def _block_links(block: QTextBlock) -> tuple[Link, ...]:
    """Runs of characters that are one link (a link may span several formats)."""
    links: list[Link] = []
    pieces: list[tuple[str, str, int, int]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        href = fragment.charFormat().anchorHref()
        start = fragment.position()
        end = start + fragment.length()
        if href and pieces and pieces[-1][1] == href and pieces[-1][3] == start:
            text, _, first, _ = pieces[-1]
            pieces[-1] = (text + fragment.text(), href, first, end)
        elif href:
            pieces.append((fragment.text(), href, start, end))
        it += 1
    for text, href, start, end in pieces:
        links.append(Link(strip_soft_hyphens(text).strip(), href, start, end))
    return tuple(links)


def document_blocks(document: QTextDocument) -> list[Block]:
    """The document's blocks as reader.core.structure wants them, in reading order."""
    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        # Soft hyphens (a word too wide for the column) are for the eye only.
        text = strip_soft_hyphens(block.text()).replace("\u2028", " ").strip()
        level = block.blockFormat().headingLevel()
        text_list = block.textList()
        if level > 0:
            blocks.append(Block("heading", text, level, block.blockNumber()))
        elif text_list is not None:
            blocks.append(
                Block(
                    "list_item",
                    text,
                    text_list.format().indent(),
                    block.blockNumber(),
                    text_list.item(0).blockNumber(),
                    _block_links(block),
                )
            )
        else:
            blocks.append(
                Block("paragraph", text, 0, block.blockNumber(), links=_block_links(block))
            )
        block = block.next()
    return blocks


# -- the structure kept for one pane ------------------------------------------------------------


class _NodeAnchor(QObject):
    """Stands for one node in Qt's accessibility cache; its children are its nodes' anchors."""

    def __init__(self, node: Node, structure: _Structure, parent: QObject) -> None:
        super().__init__(parent)
        self.node = node
        self.structure = structure
        self.parent_anchor = parent if isinstance(parent, _NodeAnchor) else None
        self.child_anchors = [_NodeAnchor(child, structure, self) for child in node.children]


class _Structure(QObject):
    """The anchors of one pane's article, rebuilt only when the text itself changed."""

    def __init__(self, viewport: QWidget, pane: QTextBrowser) -> None:
        super().__init__(viewport)
        self.viewport = viewport
        self.pane = pane
        self._blocks: list[Block] | None = None
        self._holder: QObject | None = None
        self._top: list[_NodeAnchor] = []
        self._stale = True
        pane.document().contentsChanged.connect(self._mark_stale)

    @Slot()
    def _mark_stale(self) -> None:
        # Only a flag: the blocks are read when a screen reader next asks.
        self._stale = True

    def top(self) -> list[_NodeAnchor]:
        """The anchors of the top-level nodes, rebuilt if the text changed since last time."""
        if self._stale:
            self._stale = False
            blocks = document_blocks(self.pane.document())
            if blocks != self._blocks:
                self._rebuild(blocks)
        return self._top

    def _rebuild(self, blocks: list[Block]) -> None:
        had_anchors = self._holder is not None
        if self._holder is not None:
            # Deleting the anchors makes Qt's cache drop their interfaces at once.
            self._holder.setParent(None)
            self._holder.deleteLater()
        self._blocks = blocks
        self._holder = QObject(self)
        self._top = [_NodeAnchor(node, self, self._holder) for node in build_structure(blocks)]
        if had_anchors:
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.viewport, QAccessible.Event.ObjectReorder)
            )

    def rect(self, node: Node) -> QRect:
        """Where a node is drawn, in screen coordinates."""
        pane = self.pane
        if node.kind == "link":
            cursor = QTextCursor(pane.document())
            cursor.setPosition(node.start)
            first = pane.cursorRect(cursor)
            cursor.setPosition(node.end)
            last = pane.cursorRect(cursor)
            local = first.united(last) if first.top() == last.top() else first.adjusted(0, 0, 2, 0)
        else:
            document = pane.document()
            block = document.findBlockByNumber(node.block)
            box = document.documentLayout().blockBoundingRect(block).toAlignedRect()
            if node.kind == "list":
                for child in node.children:
                    other = document.findBlockByNumber(child.block)
                    box = box.united(document.documentLayout().blockBoundingRect(other).toRect())
            local = box.translated(
                -pane.horizontalScrollBar().value(), -pane.verticalScrollBar().value()
            )
        return QRect(self.viewport.mapToGlobal(local.topLeft()), local.size())

    def visible(self, rect: QRect) -> bool:
        """Whether a screen rectangle is within the visible part of the text."""
        shown = QRect(self.viewport.mapToGlobal(QPoint(0, 0)), self.viewport.size())
        return shown.intersects(rect)


# -- the interfaces -----------------------------------------------------------------------------


class _DocumentInterface(QAccessibleWidget):
    """The pane's viewport as a Document named after the article, with the structure as children."""

    def __init__(self, viewport: QWidget, pane: QTextBrowser) -> None:
        super().__init__(viewport, QAccessible.Role.Document)
        self._pane = pane
        self._structure = _Structure(viewport, pane)

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self._pane.accessibleName()
        if t == QAccessible.Text.Description:
            return QCoreApplication.translate(
                "PaneAccessibility", "Structure de l’article : titres, paragraphes, listes et liens"
            )
        return ""

    def childCount(self) -> int:
        return len(self._structure.top())

    def child(self, index: int) -> QAccessibleInterface:
        # Qt asks only for 0 <= index < childCount().
        return interface_of(self._structure.top()[index])

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        anchor = child.object()
        top = self._structure.top()
        return top.index(anchor) if isinstance(anchor, _NodeAnchor) and anchor in top else -1

    # Qt's contract is "the child there, or null"; PySide's stubs leave out the null.
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return child_at((interface_of(anchor) for anchor in self._structure.top()), x, y)


class _NodeInterface(QAccessibleObject):
    """One heading, paragraph, list, list item or link of the article."""

    def __init__(self, anchor: _NodeAnchor) -> None:
        super().__init__(anchor)
        self._anchor = anchor

    def role(self) -> QAccessible.Role:
        return _ROLES[self._anchor.node.kind]

    def text(self, t: QAccessible.Text) -> str:
        node = self._anchor.node
        if t == QAccessible.Text.Name:
            return node.text
        if t == QAccessible.Text.Description:
            return _describe(node)
        if t == QAccessible.Text.Value and node.kind == "link":
            return node.href
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        if self._anchor.node.kind == "link":
            state.focusable = True
            state.linked = True
        if not self._anchor.structure.visible(self.rect()):
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        return self._anchor.structure.rect(self._anchor.node)

    def window(self) -> QWindow:
        return self._anchor.structure.pane.window().windowHandle()

    def parent(self) -> QAccessibleInterface:
        parent = self._anchor.parent_anchor
        if parent is not None:
            return interface_of(parent)
        return interface_of(self._anchor.structure.viewport)

    def childCount(self) -> int:
        return len(self._anchor.child_anchors)

    def child(self, index: int) -> QAccessibleInterface:
        return interface_of(self._anchor.child_anchors[index])

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        anchor = child.object()
        anchors = self._anchor.child_anchors
        return (
            anchors.index(anchor) if isinstance(anchor, _NodeAnchor) and anchor in anchors else -1
        )


def _describe(node: Node) -> str:
    """What a screen reader says after the name: the heading level, where a link leads."""
    if node.kind == "heading":
        return QCoreApplication.translate("PaneAccessibility", "Titre de niveau {0}").format(
            node.level
        )
    if node.kind == "link":
        if is_term_link(node.href):
            return QCoreApplication.translate(
                "PaneAccessibility", "Terme du glossaire : Entrée affiche sa définition"
            )
        if node.href.startswith("#"):
            return QCoreApplication.translate(
                "PaneAccessibility", "Lien vers une partie de l’article"
            )
        return QCoreApplication.translate(
            "PaneAccessibility", "Adresse extérieure, qui n’est pas ouverte"
        )
    return ""
