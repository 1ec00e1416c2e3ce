"""A file's bytes and text as leakscan analyzes them, with ``ScanError`` for a person.

Light on purpose: the cache looks a file up by its bytes before anything heavy is imported.
"""

from __future__ import annotations

from leakscan.options import ScanError
from leakscan.sources.reading import SourceError, read_file, read_python_source


def read_source(path: str) -> str:
    """Read a file as text the way leakscan analyzes it; ScanError with a reason otherwise."""
    return decode_source(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """A file's bytes (what the cache keys on); ScanError with a reason otherwise."""
    try:
        return read_file(path)
    except SourceError as exc:
        raise ScanError(str(exc)) from None


def decode_source(data: bytes, path: str) -> str:
    """A file's bytes as the text leakscan analyzes (PEP 263 for scripts, UTF-8 for notebooks)."""
    try:
        if path.endswith(".ipynb"):
            try:
                return data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise SourceError(f"cannot decode notebook as utf-8 at byte {exc.start}: {exc.reason}") from None
        return read_python_source(data)
    except SourceError as exc:
        raise ScanError(str(exc)) from None
