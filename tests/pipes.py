"""A named pipe with someone ready to write into it, for tests of files that are not files.

Reading a pipe waits until a writer comes: the writer here is a thread, so that code which
wrongly reads the pipe gets its content (and the test fails) instead of hanging the suite.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def pipe_with_writer(path: Path, content: bytes) -> Iterator[Path]:
    """Make ``path`` a named pipe that yields ``content`` to whoever reads it (once)."""
    os.mkfifo(path)

    def write() -> None:
        # Waits for a reader; one that opens and closes without reading breaks the pipe.
        with contextlib.suppress(BrokenPipeError), path.open("wb") as pipe:
            pipe.write(content)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        yield path
    finally:
        # Nobody read it (as it should be): be the reader, so that the writer can finish.
        reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        writer.join(timeout=5)
        os.close(reader)
