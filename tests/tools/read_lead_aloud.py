"""Read the bundled article's lead aloud in the real window and print what happened, as JSON.

Run by tests/gui/test_reading_aloud_speechd.py in a fresh process, with the computer's own
engine (speech-dispatcher on Linux) and whatever audio device the environment gives it:

    python tests/tools/read_lead_aloud.py SETTINGS_FILE

On the lead's second sentence it pauses, and resumes half a second later. Prints {"engine",
"locale", "voice", "heard": [sentences, in order], "states": [every state], "seconds"}; exits 1
if the lead was not read to its end within the time limit.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

LIMIT_S = 90
LEAD_END = "L’éradication complète des métastases est peu fréquente."


def main() -> int:
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    from reader.core.bundle import bundled_article
    from reader.core.document import open_document
    from reader.ui.app.application import configure_application
    from reader.ui.app.settings import Settings
    from reader.ui.main_window import MainWindow

    configure_application(app)
    store = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    window = MainWindow(open_document(bundled_article()), Settings(store))
    window.show()
    reading = window.reading_aloud
    pane = window.pane
    text = pane.toPlainText()
    heard: list[str] = []
    result: dict[str, object] = {"heard": heard}
    started = time.monotonic()

    states: list[str] = []
    result["states"] = states

    def sentence(start: int, end: int) -> None:
        heard.append(text[start:end].replace("\u00a0", " "))
        if len(heard) == 2:  # pause a moment into the second sentence, then go on
            QTimer.singleShot(300, reading.pause)
            QTimer.singleShot(800, reading.resume)
        if len(heard) >= 2 and heard[-2] == LEAD_END:  # the lead's last one was read through
            finish()

    def state(now: str) -> None:
        states.append(now)
        if now == "idle":
            finish()

    def finish() -> None:
        result["seconds"] = round(time.monotonic() - started, 2)
        result["engine"] = reading.voice.engine_name
        result["locale"] = reading.voice.voice_locale
        result["voice"] = reading.about_text()
        result["message"] = window.message_bar.text
        reading.stop()
        app.quit()

    reading.sentence_started.connect(sentence)
    reading.state_changed.connect(state)
    cursor = pane.document().find("Un cancer métastasé")
    cursor.setPosition(cursor.selectionStart())
    pane.setTextCursor(cursor)

    def start() -> None:
        reading.read_action.trigger()
        if reading.unavailable_reason:  # no voice: nothing will be read
            finish()

    QTimer.singleShot(0, start)
    QTimer.singleShot(LIMIT_S * 1000, finish)
    app.exec()
    print(json.dumps(result, ensure_ascii=False))
    return 0 if LEAD_END in heard and len(heard) > heard.index(LEAD_END) + 1 else 1


if __name__ == "__main__":
    sys.exit(main())
