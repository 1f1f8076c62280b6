"""A frame drawn in the theme's colours: a thin border inside a 3-px frame.

Qt style sheets would do this, but a widget under a style sheet stops following the
application's font (Grand texte) and palette (themes), so the frame is painted instead. The
focus is shown by the application's one focus ring (reader.ui.widgets.focus_ring), drawn over
this frame: it keeps one width, so taking the focus never moves or rewraps the text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QFrame

from reader.core.themes import Theme

FRAME_WIDTH = 3


def prepare_frame(widget: QFrame) -> None:
    """Give a widget a frame wide enough for the focus border (3 px)."""
    widget.setFrameStyle(QFrame.Shape.Box.value | QFrame.Shadow.Plain.value)
    widget.setLineWidth(FRAME_WIDTH)


def paint_frame(widget: QFrame, theme: Theme) -> None:
    """Paint the frame over Qt's: the background, with 1 px of the border colour outside."""
    painter = QPainter(widget)
    rect = widget.rect()
    inner = rect.adjusted(FRAME_WIDTH, FRAME_WIDTH, -FRAME_WIDTH, -FRAME_WIDTH)
    # Filled with drawRect, not fillRect: PySide6 resolves fillRect's overloads by building
    # QGradient's enums first (1 % of a start-up), and drawRect without a pen fills the same.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.background))
    for band in _bands(rect, inner):
        painter.drawRect(band)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QColor(theme.border))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.end()


def _bands(rect: QRect, inner: QRect) -> list[QRect]:
    """The four strips between a rectangle and the one inside it."""
    return [
        QRect(rect.left(), rect.top(), rect.width(), inner.top() - rect.top()),
        QRect(rect.left(), inner.bottom() + 1, rect.width(), rect.bottom() - inner.bottom()),
        QRect(rect.left(), inner.top(), inner.left() - rect.left(), inner.height()),
        QRect(inner.right() + 1, inner.top(), rect.right() - inner.right(), inner.height()),
    ]


def colour_scroll_bars(area: QAbstractScrollArea, theme: Theme) -> None:
    """Scroll bar handles in the border colour: Qt derives them from the window colour, which
    leaves a black handle on a black groove in Contraste élevé."""
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        palette = bar.palette()
        palette.setColor(QPalette.ColorRole.Button, QColor(theme.border))
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.window))
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.background))
        bar.setPalette(palette)
