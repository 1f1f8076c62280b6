"""One focus indicator for every control: a 3-px ring in the theme's focus colour.

Qt's styles show the focus differently for each kind of control, often as a faint tint or a
dotted line (fields, lists, tabs, check boxes), which fails WCAG 2.4.7 / 2.4.13 for a
low-vision reader. Rather than restyle each control (a style sheet would also stop widgets
following the application's font, so Grand texte would no longer enlarge them), one
transparent overlay per window paints a ring around whichever widget has the keyboard focus.
The ring is drawn around a small control, and just inside a framed area (text, lists, tree),
whose 3-px frame was made for it (reader.ui.widgets.focus_frame). Its colour is the palette's
Accent, which the theme sets to its focus colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget
from shiboken6 import isValid

RING_WIDTH = 3
_OBJECT_NAME = "focusRing"


class _Band(QWidget):
    """One side of the ring: a thin opaque strip in the theme's focus colour, over the window.

    Four small opaque widgets rather than one transparent overlay over the whole window: raised
    above a popup, or moved, an overlay made everything under it paint again (the toolbar, the
    menu bar, the tree and the text at each definition opened and each zoom step); a band
    repaints only the strip it leaves.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")  # decoration only
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QApplication.palette().color(QPalette.ColorRole.Accent))
        painter.end()


class _Overlay(QObject):
    """The ring of one window: four bands around the widget that has the keyboard."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_OBJECT_NAME)
        self._window = window
        self.bands = tuple(_Band(window) for _ in range(4))
        self.target: QWidget | None = None
        self.ring = QRect()
        self.ring_width = RING_WIDTH

    def place(self, widget: QWidget | None, ring: QRect, width: int) -> None:
        """Ring ``widget`` along ``ring`` (window coordinates); None takes the ring away."""
        shown = widget is not None and not ring.isEmpty()
        if shown:
            self._keep_on_top()  # a panel or popup raised since would hide the ring
        if self.target is widget and self.ring == ring and self.ring_width == width:
            return
        self.target, self.ring, self.ring_width = widget, ring, width
        for band, side in zip(self.bands, ring_bands(ring, width), strict=True):
            band.setGeometry(side)
            band.setVisible(shown and not side.isEmpty())

    def _keep_on_top(self) -> None:
        widgets = [child for child in self._window.children() if isinstance(child, QWidget)]
        last_other = max(
            (i for i, child in enumerate(widgets) if child not in self.bands and child.isVisible()),
            default=-1,
        )
        if any(widgets.index(band) < last_other for band in self.bands):
            for band in self.bands:
                band.raise_()


def ring_bands(ring: QRect, width: int) -> tuple[QRect, QRect, QRect, QRect]:
    """The four sides of a ring ``width`` pixels thick drawn just inside ``ring``."""
    return (
        QRect(ring.left(), ring.top(), ring.width(), width),
        QRect(ring.left(), ring.bottom() - width + 1, ring.width(), width),
        QRect(ring.left(), ring.top(), width, ring.height()),
        QRect(ring.right() - width + 1, ring.top(), width, ring.height()),
    )


def ring_width(widget: QWidget) -> int:
    """3 px around a control; over a framed area one more than its 3-px frame, whose 1-px
    border line is too close in colour to the ring to count as part of the change."""
    return RING_WIDTH + 1 if isinstance(widget, QAbstractScrollArea) else RING_WIDTH


def ring_rect(widget: QWidget) -> QRect:
    """Where the ring of ``widget`` goes, in its window's coordinates: around a control, or
    over the 3-px frame of a framed area, which fills its panel and leaves no room around."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = QRect(top_left, widget.size())
    if isinstance(widget, QAbstractScrollArea):
        return rect
    return rect.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)


class FocusRing(QObject):
    """Follows the application's keyboard focus and rings the focused widget in its window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_OBJECT_NAME)
        self._watched: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._place)
        app.focusChanged.connect(self._focus_changed)

    @Slot(object, object)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = new
        if new is not None:
            new.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.Paint,
        ):
            self._timer.start()  # after the layout has settled
        return False

    @Slot()
    def _place(self) -> None:
        widget = self._watched
        if widget is not None and not isValid(widget):  # deleted with its dialog
            widget = self._watched = None
        # No focus widget (a menu is open, another program is active) or a menu: the ring
        # stays where the focus will come back.
        if widget is None or _has_own_highlight(widget):
            return
        for overlay in self._overlays():
            if overlay.parent() is not widget.window() or not widget.isVisible():
                overlay.place(None, QRect(), RING_WIDTH)
        if not widget.isVisible():
            return
        if widget.visibleRegion().isEmpty():
            return  # behind another panel's tab: nothing of it to ring
        window = widget.window()
        found = window.findChild(_Overlay, _OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        overlay = found if found is not None else _Overlay(window)
        # At the window's edge the ring moves inside rather than off the window.
        overlay.place(widget, ring_rect(widget).intersected(window.rect()), ring_width(widget))

    def _overlays(self) -> list[_Overlay]:
        overlays = []
        for window in QApplication.topLevelWidgets():
            found = window.findChild(
                _Overlay, _OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly
            )
            if found is not None:
                overlays.append(found)
        return overlays


def _has_own_highlight(widget: QWidget) -> bool:
    """Menus and popups show their current item themselves; a ring would only get in the way."""
    return isinstance(widget, QMenu) or widget.window().windowType() == Qt.WindowType.Popup


def install_focus_ring(app: QApplication) -> FocusRing:
    """The application's one focus ring (made at the first call)."""
    found = app.findChild(FocusRing, _OBJECT_NAME)
    return found if found is not None else FocusRing(app)
