"""How an action shows its keys: in its tooltip, and by its full name on a toolbar button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar


def new_action(text: str, parent: QObject) -> QAction:
    """An action named ``text``. Named after it is made: PySide6 resolves ``QAction(text,
    parent)`` by trying ``QAction(icon, text, parent)`` first, which builds QIcon's enums, a
    cost at every start-up that nothing shown at first needs."""
    action = QAction(parent)
    action.setText(text)
    return action


def shortcut_text(action: QAction) -> str:
    """Every key of ``action`` as the platform writes it, joined in the interface's language."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = [keys.toString(native) for keys in action.shortcuts()]
    if len(keys) <= 1:
        return "".join(keys)
    either = QCoreApplication.translate("actions", "{0} ou {1}")
    return either.format(", ".join(keys[:-1]), keys[-1])


def show_shortcut_in_tooltip(action: QAction) -> None:
    """The action's tooltip: its name, then its keys in brackets, so that they can be learnt."""
    keys = shortcut_text(action)
    name = action.text().replace("&", "")
    action.setToolTip(f"{name} ({keys})" if keys else name)


def add_tool(toolbar: QToolBar, action: QAction) -> None:
    """A toolbar button for an action, named by the action's full text (not « A+ »)."""
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    button.setAccessibleName(action.text().replace("&", ""))
