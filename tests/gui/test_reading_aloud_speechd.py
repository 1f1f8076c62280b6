"""The real voice: speech-dispatcher with espeak-ng's French, on a silent ALSA device.

speech-dispatcher stalls without an audio output (its say() never returns to Ready), so the
test gives it ALSA's ``null`` device in a private HOME, as tests/tools (and
../shared/tools/orca) do, and starts it there; every process it started is stopped after.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEECHD_CONF = Path("/etc/speech-dispatcher/speechd.conf")
ESPEAK_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")
LEAD = [
    "Un cancer métastasé est rarement guérissable.",
    "Les traitements actuels visent à contrôler la progression de la maladie, à prolonger la "
    "survie et à préserver la qualité de vie du patient en atténuant les symptômes.",
    "L’éradication complète des métastases est peu fréquente.",
]


def _missing() -> str:
    try:
        import PySide6.QtTextToSpeech  # noqa: F401
    except ImportError as error:
        return f"PySide6-Addons (the « voix » extra) cannot be imported: {error}"
    if shutil.which("speech-dispatcher") is None or not SPEECHD_CONF.is_file():
        return "speech-dispatcher is not installed (README's test command installs it)"
    if not ESPEAK_MODULE.is_file() or shutil.which("espeak-ng") is None:
        return "speech-dispatcher-espeak-ng / espeak-ng are not installed"
    return ""


@pytest.fixture
def silent_home(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A HOME whose sound goes to ALSA's null device, and the environment to run in it."""
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    (home / ".config" / "speech-dispatcher").mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    (home / ".asoundrc").write_text("pcm.!default { type null }\n", encoding="utf-8")
    conf = SPEECHD_CONF.read_text(encoding="utf-8").splitlines()
    conf = [line for line in conf if "AudioOutputMethod" not in line]
    conf.append('AudioOutputMethod "alsa"')
    (home / ".config" / "speech-dispatcher" / "speechd.conf").write_text(
        "\n".join(conf) + "\n", encoding="utf-8"
    )
    marker = f"READER_SPEECHD_TEST={tmp_path}"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LECTEUR_VOIX_", "SPEECHD_", "PULSE_"))
    }
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen")
    env["READER_SPEECHD_TEST"] = str(tmp_path)
    yield env
    # speech-dispatcher was spawned for this test only: stop it and its modules.
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if marker.encode() in environ:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(entry.name), signal.SIGTERM)


@pytest.mark.skipif(bool(_missing()), reason=_missing() or "ready")
def test_speech_dispatcher_reads_the_lead_in_french(
    silent_home: dict[str, str], tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/tools/read_lead_aloud.py"), str(tmp_path / "r.ini")],
        cwd=ROOT,
        env=silent_home,
        capture_output=True,
        text=True,
        timeout=150,
    )
    assert result.stdout.strip(), result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["engine"] == "speechd", report
    assert str(report["locale"]).startswith("fr"), report  # a French voice was chosen
    heard = report["heard"]
    # Resumed after a pause, a sentence is read again from its start: count it once.
    heard = [text for i, text in enumerate(heard) if i == 0 or text != heard[i - 1]]
    assert heard[:3] == LEAD, report
    assert len(heard) == 4, report  # and it went on past the lead's end
    assert report["states"][:3] == ["speaking", "paused", "speaking"], report
    assert result.returncode == 0, result.stderr
