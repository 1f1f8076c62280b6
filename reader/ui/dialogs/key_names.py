"""Keys named as people say them (« Page suivante », « Flèche bas », « Ctrl+Origine »).

Qt's own French names are a keyboard's abbreviations (« Page suiv », « Bas ») and its standard
zoom keys include media keys no clinic keyboard has (« Zoom avant »); the help page uses these.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

# Keys past the function keys are media and browser keys (« Zoom avant », « Retour »…).
_LAST_KEYBOARD_KEY = Qt.Key.Key_F35.value


def _key_name(key: Qt.Key) -> str:
    """The name of one key, without modifiers."""
    names = {
        Qt.Key.Key_PageDown: QCoreApplication.translate("KeyNames", "Page suivante"),
        Qt.Key.Key_PageUp: QCoreApplication.translate("KeyNames", "Page précédente"),
        Qt.Key.Key_Down: QCoreApplication.translate("KeyNames", "Flèche bas"),
        Qt.Key.Key_Up: QCoreApplication.translate("KeyNames", "Flèche haut"),
        Qt.Key.Key_Left: QCoreApplication.translate("KeyNames", "Flèche gauche"),
        Qt.Key.Key_Right: QCoreApplication.translate("KeyNames", "Flèche droite"),
        Qt.Key.Key_Home: QCoreApplication.translate("KeyNames", "Origine"),
        Qt.Key.Key_End: QCoreApplication.translate("KeyNames", "Fin"),
        Qt.Key.Key_Return: QCoreApplication.translate("KeyNames", "Entrée"),
        Qt.Key.Key_Enter: QCoreApplication.translate("KeyNames", "Entrée"),
        Qt.Key.Key_Escape: QCoreApplication.translate("KeyNames", "Échap"),
        Qt.Key.Key_Tab: QCoreApplication.translate("KeyNames", "Tab"),
        Qt.Key.Key_Backtab: QCoreApplication.translate("KeyNames", "Tab"),
        Qt.Key.Key_Backspace: QCoreApplication.translate("KeyNames", "Retour arrière"),
        Qt.Key.Key_Space: QCoreApplication.translate("KeyNames", "Espace"),
        Qt.Key.Key_Delete: QCoreApplication.translate("KeyNames", "Suppr"),
    }
    if key in names:
        return names[key]
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _combinations(sequence: QKeySequence) -> list[QKeyCombination]:
    """The chords of a sequence (PySide indexes it; its stubs do not say so)."""
    return [sequence[index] for index in range(sequence.count())]  # type: ignore[index]


def is_on_a_keyboard(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is on an ordinary keyboard (no media key)."""
    return not sequence.isEmpty() and all(
        combination.key().value <= _LAST_KEYBOARD_KEY for combination in _combinations(sequence)
    )


def spoken_keys(sequence: QKeySequence) -> str:
    """``sequence`` as people say it: « Ctrl+Maj+T », « Ctrl+Origine », « Page suivante »."""
    chords = []
    for combination in _combinations(sequence):
        modifiers = combination.keyboardModifiers()
        parts = []
        for modifier, name in (
            (Qt.KeyboardModifier.ControlModifier, QCoreApplication.translate("KeyNames", "Ctrl")),
            (Qt.KeyboardModifier.ShiftModifier, QCoreApplication.translate("KeyNames", "Maj")),
            (Qt.KeyboardModifier.AltModifier, QCoreApplication.translate("KeyNames", "Alt")),
            (Qt.KeyboardModifier.MetaModifier, QCoreApplication.translate("KeyNames", "Méta")),
        ):
            if modifiers & modifier:
                parts.append(name)
        parts.append(_key_name(combination.key()))
        chords.append("+".join(parts))
    return ", ".join(chords)
