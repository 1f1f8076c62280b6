"""A Qt palette made of a theme's colours, for the whole application (menus, tree, dialogs)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from reader.core.themes import Theme

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def theme_palette(theme: Theme) -> QPalette:
    """Every role a widget draws with, from the theme table (3D shades derived by Qt)."""
    palette = QPalette(QColor(theme.window), QColor(theme.window))
    for role, colour in (
        (_Role.Window, theme.window),
        (_Role.WindowText, theme.window_text),
        (_Role.Button, theme.window),
        (_Role.ButtonText, theme.window_text),
        (_Role.Base, theme.background),
        (_Role.AlternateBase, theme.window),
        (_Role.Text, theme.text),
        (_Role.BrightText, theme.text),
        (_Role.Highlight, theme.selection_background),
        (_Role.HighlightedText, theme.selection_text),
        (_Role.PlaceholderText, theme.placeholder),
        (_Role.Link, theme.link),
        (_Role.LinkVisited, theme.link),
        (_Role.ToolTipBase, theme.popup_background),
        (_Role.ToolTipText, theme.popup_text),
        (_Role.Accent, theme.focus),
        # Outlines of controls and scroll bar handles (reader.ui.app.contrast_style).
        (_Role.Mid, theme.control_outline),
        (_Role.Dark, theme.scroll_handle),
    ):
        palette.setColor(role, QColor(colour))
    # A disabled control (A− at 50 %) stays legible, only quieter.
    for role in (_Role.WindowText, _Role.ButtonText, _Role.Text):
        palette.setColor(_Group.Disabled, role, QColor(theme.placeholder))
    return palette


def text_roles(theme: Theme) -> tuple[tuple[QPalette.ColorRole, str], ...]:
    """The roles of a text area (a field, a list, a text view) in ``theme``."""
    return (
        (_Role.Base, theme.background),
        (_Role.Text, theme.text),
        (_Role.Highlight, theme.selection_background),
        (_Role.HighlightedText, theme.selection_text),
        (_Role.PlaceholderText, theme.placeholder),
        (_Role.Link, theme.link),
        (_Role.LinkVisited, theme.link),
    )


def window_roles(theme: Theme) -> tuple[tuple[QPalette.ColorRole, str], ...]:
    """The roles of a panel's own surface (labels, frames) in ``theme``."""
    return ((_Role.Window, theme.window), (_Role.WindowText, theme.window_text))


def set_colours(widget: QWidget, roles: Iterable[tuple[QPalette.ColorRole, str]]) -> None:
    """Give ``widget`` these colours (a widget whose colours differ from the application's)."""
    palette = widget.palette()
    for role, colour in roles:
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)
