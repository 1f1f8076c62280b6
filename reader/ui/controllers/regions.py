"""F6 and Shift+F6: the focus goes round the window's regions (contents, text, panels, search).

A region is a widget; one that is hidden, disabled or behind another panel's tab is skipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


class Regions:
    """The regions of a window, in the order F6 visits them."""

    def __init__(self, regions: list[QWidget]) -> None:
        self._regions = list(regions)

    def as_tuple(self) -> tuple[QWidget, ...]:
        """The regions, in order (hidden ones included)."""
        return tuple(self._regions)

    def insert(self, index: int, region: QWidget) -> None:
        """Add a region before the one at ``index``."""
        self._regions.insert(index, region)

    def append(self, region: QWidget) -> None:
        """Add a region after the last one."""
        self._regions.append(region)

    def focus(self, step: int) -> None:
        """Move the focus to the next (+1) or previous (-1) region that can take it."""
        focused = QApplication.focusWidget()
        current = next(
            (
                i
                for i, region in enumerate(self._regions)
                if focused is not None and (region is focused or region.isAncestorOf(focused))
            ),
            -1 if step > 0 else 0,
        )
        count = len(self._regions)
        for offset in range(1, count + 1):
            region = self._regions[(current + step * offset) % count]
            target = focus_target(region)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return


def focus_target(region: QWidget) -> QWidget | None:
    """The region itself if it takes focus, else its first control that does."""
    # A dock behind another dock's tab stays "visible" but is moved out of sight.
    if not region.isVisible() or not region.isEnabled() or region.visibleRegion().isEmpty():
        return None
    if region.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return region
    widget = region.nextInFocusChain()
    while widget is not None and widget is not region:
        if (
            region.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
