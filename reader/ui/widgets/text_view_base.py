"""The base of the reader's text views, made so that screen readers hear them.

Qt chooses a widget's accessible interface by the Qt class names of its ancestry. For a
``QTextBrowser`` it makes one whose role is static text, which Orca presents as a label
(« étiquette »); for a ``QTextEdit`` it makes the same text interface (caret, lines, selection)
with the role of a text, which Orca presents as a text it can read line by line. A
``QTextBrowser`` subclass whose Qt class name is ``QTextEdit`` comes first in that ancestry, so
the views keep every browser behaviour and get the text role.

Tab from link to link is done here too: QTextBrowser starts from the link it last focused and
moves the selection without the caret event a screen reader hears.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QTextEdit as QtTextEdit


class QTextEdit(QTextBrowser):  # the Qt class name Qt's accessibility looks for
    """A QTextBrowser that assistive technologies see as a (read-only) text."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab select the next or previous link from the caret, then leave."""
        if self.hasFocus():
            cursor = self.textCursor()
            spans = self.link_spans()
            if next:
                after = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
                found = [span for span in spans if span[0] >= after][:1]
            else:
                before = cursor.selectionStart()
                found = [span for span in spans if span[1] <= before][-1:]
            if found:
                start, end, href = found[0]
                link = QTextCursor(self.document())
                link.setPosition(start)
                link.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(link)  # the caret and selection events Orca speaks
                self.ensureCursorVisible()
                self.link_landed(start, end, href)
                return True
        return QtTextEdit.focusNextPrevChild(self, next)

    def link_landed(self, start: int, end: int, href: str) -> None:
        """Tab selected the link [start, end) to ``href`` (subclasses say more about it)."""

    def link_spans(self) -> list[tuple[int, int, str]]:
        """Every link of the text, [start, end) and its address, in reading order."""
        spans: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                href = fragment.charFormat().anchorHref()
                start, end = fragment.position(), fragment.position() + fragment.length()
                if href and spans and spans[-1][2] == href and spans[-1][1] == start:
                    spans[-1] = (spans[-1][0], end, href)  # one link cut in several formats
                elif href:
                    spans.append((start, end, href))
                fragments += 1
            block = block.next()
        return spans
