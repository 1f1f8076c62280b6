"""The text pane's base class, named so that screen readers are told the article is text.

Qt chooses a widget's accessible interface by the Qt class names of its ancestry. For a
``QTextBrowser`` it makes one whose role is static text, which Orca presents as a label
(« étiquette »); for a ``QTextEdit`` it makes the same text interface (caret, lines, selection)
with the role of a text, which Orca presents as a text it can read line by line. A
``QTextBrowser`` subclass whose Qt class name is ``QTextEdit`` comes first in that ancestry, so
the pane keeps every browser behaviour and gets the text role.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser


class QTextEdit(QTextBrowser):  # the Qt class name Qt's accessibility looks for
    """A QTextBrowser that assistive technologies see as a (read-only) text."""
