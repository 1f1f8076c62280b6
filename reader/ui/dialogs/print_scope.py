"""Asking what to print or export: the whole article, or the section being read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.handout_html import Scope

# The next window (the file dialog, the print preview) opens once the key that chose is
# released, and a moment later. Opened at the key's press, Orca 43 read that key's release as
# coming from the new window, took the window as already presented, and said only the name in
# its field: not « Exporter en PDF, boîte de dialogue », not « Nom du fichier ».
SETTLE_MS = 150
"""After the release: Orca hears of the key through its own channel, a little later."""
RELEASE_WAIT_MS = 1000
"""The longest wait for a release that never comes (the window lost the keyboard)."""
_CHOOSING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _WhenReleased(QObject):
    """Calls ``then`` once, SETTLE_MS after ``key`` is released (RELEASE_WAIT_MS at most).

    Owned by the dialog's window, not the dialog, which is gone by then; closed meanwhile, the
    window takes it along and nothing is called."""

    def __init__(self, key: int, then: Callable[[], None], owner: QObject | None) -> None:
        application = QCoreApplication.instance()
        super().__init__(owner if owner is not None else application)
        self._key, self._then, self._done = key, then, False
        if application is not None:
            application.installEventFilter(self)
        QTimer.singleShot(RELEASE_WAIT_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and event.key() == self._key
            and not event.isAutoRepeat()
        ):
            QTimer.singleShot(SETTLE_MS, self, self._go)
        return False

    def _go(self) -> None:
        if self._done:
            return
        self._done = True
        application = QCoreApplication.instance()
        if application is not None:
            application.removeEventFilter(self)
        self.deleteLater()
        self._then()


class PrintScopeDialog(QDialog):
    """Two choices and a button; the whole article is chosen unless the reader says otherwise.

    Without a current section (an article with no heading) only the whole article is offered.
    ``then`` is given the choice when the next window may open (see SETTLE_MS).
    """

    def __init__(
        self,
        title: str,
        question: str,
        go_text: str,
        section_title: str | None,
        then: Callable[[Scope], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._then = then
        self.setWindowTitle(title)
        label = QLabel(question, self)
        self.article_choice = QRadioButton(self.tr("Tout l’article"), self)
        self.article_choice.setAccessibleName(self.tr("Tout l’article"))
        self.article_choice.setChecked(True)
        if section_title:
            section_text = self.tr("Section en cours : « {0} »").format(section_title)
        else:
            section_text = self.tr("Section en cours (cet article n’a pas de sections)")
        self.section_choice = QRadioButton(section_text, self)
        self.section_choice.setAccessibleName(section_text)
        self.section_choice.setEnabled(bool(section_title))
        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(go_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setAccessibleName(go_text)
        self.go_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._held_key: int | None = None  # Return or Enter, while it is down
        self.accepted.connect(self._tell_choice)
        column = QVBoxLayout(self)
        column.addWidget(label)
        column.addWidget(self.article_choice)
        column.addWidget(self.section_choice)
        column.addSpacing(8)
        column.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.article_choice.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def scope(self) -> Scope:
        """What the reader chose."""
        return "section" if self.section_choice.isChecked() else "article"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _CHOOSING_KEYS and not event.isAutoRepeat():
            self._held_key = event.key()
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == self._held_key and not event.isAutoRepeat():
            self._held_key = None
        super().keyReleaseEvent(event)

    def _tell_choice(self) -> None:
        scope, then = self.scope, self._then  # not the dialog: it is deleted once closed
        if self._held_key is None:
            then(scope)
        else:
            _WhenReleased(self._held_key, lambda: then(scope), self.parentWidget())
