"""A checksum for the render cache: finds damage and edits, without loading OpenSSL.

``hashlib`` loads the OpenSSL library even for BLAKE2: 3.3 MiB of the reader's peak memory at
start-up, where all the cache needs is to notice that an input changed or an entry was damaged.
Whoever can write the user's cache folder already controls the account, so this guards against
accidents, not attacks: CRC-32 and Adler-32 (zlib, already loaded by Python) over the same bytes,
with their length, make a 64-bit value that no edit or damage matches by chance.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable


class Checksum:
    """Accumulates bytes; ``hexdigest`` names what was seen."""

    def __init__(self, data: bytes = b"") -> None:
        self._crc = 0
        self._adler = 1
        self._length = 0
        self.update(data)

    def update(self, data: bytes) -> None:
        """Add ``data`` to what was seen."""
        self._crc = zlib.crc32(data, self._crc)
        self._adler = zlib.adler32(data, self._adler)
        self._length += len(data)

    def hexdigest(self) -> str:
        """Twenty-four hexadecimal digits: CRC-32, Adler-32 and the length (mod 2**32)."""
        return f"{self._crc:08x}{self._adler:08x}{self._length & 0xFFFFFFFF:08x}"


def checksum(parts: Iterable[bytes | None]) -> str:
    """The checksum of several inputs, each with its length, so that none run together and a
    missing input (``None``) differs from an empty one."""
    total = Checksum()
    for part in parts:
        total.update(b"-" if part is None else b"%d:" % len(part))
        total.update(part or b"")
    return total.hexdigest()
