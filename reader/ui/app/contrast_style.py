"""Controls drawn with outlines a low-vision reader can see (WCAG 1.4.11).

Fusion draws a check box's frame, a field's border, a button's outline and a tab's shape a
shade darker than the window, which vanishes on black in Contraste élevé and is faint in
Sombre. This proxy keeps Fusion and the application's font (Grand texte still enlarges every
control, as a style sheet would stop it doing), and draws those outlines again in the theme's
``control_outline`` colour, the tree's expand arrow larger and in that colour, and scroll bar
handles in its ``scroll_handle`` colour; both reach
the palette as the Mid and Dark roles (reader.ui.app.theme_palette).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QStyleOptionToolButton,
    QWidget,
)

_PE = QStyle.PrimitiveElement
_CE = QStyle.ControlElement
OUTLINE_ROLE = QPalette.ColorRole.Mid
"""The palette role carrying the theme's control outline colour."""
HANDLE_ROLE = QPalette.ColorRole.Dark
"""The palette role carrying the theme's scroll bar handle colour."""
_OUTLINED = {
    _PE.PE_IndicatorCheckBox,
    _PE.PE_IndicatorRadioButton,
    _PE.PE_FrameLineEdit,
    _PE.PE_PanelButtonCommand,
    _PE.PE_PanelButtonBevel,
}


class ContrastStyle(QProxyStyle):
    """Fusion, with outlines and handles in the theme's control colours."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("contrastStyle")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _PE.PE_IndicatorBranch and option.state & QStyle.StateFlag.State_Children:
            _branch_arrow(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED:
            round_ = element == _PE.PE_IndicatorRadioButton
            _outline(painter, option.rect, _colour(OUTLINE_ROLE), round_)
        elif element == _PE.PE_PanelButtonTool and isinstance(option, QStyleOptionToolButton):
            raised = option.state & QStyle.StateFlag.State_AutoRaise
            if not raised:  # toolbar buttons stay flat; the search bar's buttons get a shape
                _outline(painter, option.rect, _colour(OUTLINE_ROLE), False)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == _CE.CE_TabBarTabShape:
            _outline(painter, option.rect, _colour(OUTLINE_ROLE), False)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ScrollBar and isinstance(option, QStyleOptionSlider):
            slider = QStyle.SubControl.SC_ScrollBarSlider
            handle = self.subControlRect(control, option, slider, widget)  # type: ignore[arg-type]
            if handle.isValid():
                painter.save()
                painter.fillRect(handle.adjusted(2, 2, -2, -2), _colour(HANDLE_ROLE))
                painter.restore()


def _colour(role: QPalette.ColorRole) -> QColor:
    """From the application's palette, which is the theme's: a widget's own palette (made from
    an earlier theme's, with a few roles changed) may hold an old colour for these roles."""
    return QApplication.palette().color(role)


def _branch_arrow(painter: QPainter, option: QStyleOption) -> None:
    """The tree's expand arrow, larger than Fusion's and in the outline colour (the selection's
    text colour on a selected row), pointing down when open."""
    selected = option.state & QStyle.StateFlag.State_Selected
    colour = QApplication.palette().color(
        QPalette.ColorRole.HighlightedText if selected else OUTLINE_ROLE
    )
    rect = QRectF(option.rect)
    side = max(8.0, min(rect.width(), rect.height()) * 0.5)
    centre = rect.center()
    half = side / 2
    if option.state & QStyle.StateFlag.State_Open:
        points = [
            QPointF(centre.x() - half, centre.y() - half / 2),
            QPointF(centre.x() + half, centre.y() - half / 2),
            QPointF(centre.x(), centre.y() + half / 2),
        ]
    else:
        points = [
            QPointF(centre.x() - half / 2, centre.y() - half),
            QPointF(centre.x() - half / 2, centre.y() + half),
            QPointF(centre.x() + half / 2, centre.y()),
        ]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))
    painter.restore()


def _outline(painter: QPainter, rect: QRect, colour: QColor, round_: bool) -> None:
    """A 1.5-px line just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 1.5)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = QRectF(rect).adjusted(0.75, 0.75, -0.75, -0.75)
    if round_:
        painter.drawEllipse(inner)
    else:
        painter.drawRoundedRect(inner, 2, 2)
    painter.restore()


def install_contrast_style(app: QApplication) -> None:
    """Make the application draw with the contrast style (once)."""
    if not isinstance(app.style(), ContrastStyle):
        style = ContrastStyle()
        app.setStyle(style)
        style.setParent(app)  # lives as long as the application
