"""Reading source files: bytes without hanging or swallowing huge files, text decoded like CPython.

``read_python_source`` follows the byte order mark and PEP 263 and keeps the text exactly as
written (the autofixer writes it back); every problem is a ``SourceError`` with a reason.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat

from leakscan.config import DEFAULT_EXCLUDE

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Notebooks carry their outputs (plots as base64): the code is small, the file need not be.
NOTEBOOK_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_EXCLUDES = (*DEFAULT_EXCLUDE, "__pycache__")  # the config's list, plus folders of bytecode
SUFFIXES = (".py", ".ipynb")
_MIB = 1024 * 1024


class SourceError(Exception):
    """A file that cannot be analyzed; the message is the reason, for a person."""


# ----------------------------------------------------------------------------- decoding
_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")
_NEWLINE = b"\n"


def read_python_source(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a Python file as CPython would; newlines and everything else are kept as written.

    ``max_bytes`` bounds the size (0: no limit). A UTF-8 byte order mark is dropped, as the
    interpreter drops it.
    """
    if max_bytes and len(data) > max_bytes:
        raise SourceError(_too_big(len(data), max_bytes))
    if b"\x00" in data:
        raise SourceError("contains NUL bytes (binary file?)")
    declared, line = _declared_encoding(data)
    offset = 0
    if data.startswith(codecs.BOM_UTF8):
        if declared is not None and _codec_name(declared) != "utf-8":
            raise SourceError(f"encoding problem: utf-8 byte order mark but '{declared}' declared on line {line}")
        offset = len(codecs.BOM_UTF8)
    encoding = declared or "utf-8"
    if declared is not None:
        _check_codec(declared, line)
    try:
        return data[offset:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = exc.start + offset
        where = f"byte {at} (line {data.count(_NEWLINE, 0, at) + 1})"
        raise SourceError(f"cannot decode as {encoding} at {where}: {exc.reason}") from None


def _declared_encoding(data: bytes) -> tuple[str | None, int]:
    """The PEP 263 declaration in the first two lines, if any, and its line number.

    As in ``tokenize.detect_encoding``: the second line counts only when the first holds
    nothing but a comment or blanks.
    """
    for number, raw in enumerate(data.split(b"\n", 2)[:2], 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        m = _CODING.match(raw)
        if m:
            return m.group(1).decode("ascii", "replace").lower(), number
        if not _BLANK.match(raw):
            break
    return None, 0


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _check_codec(name: str, line: int) -> None:
    """The declared codec exists, decodes text, and keeps ASCII as ASCII (as CPython requires)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise SourceError(f"unknown encoding '{name}' declared on line {line}") from None
    probe = b"# x = 1\n"
    try:
        usable = getattr(info, "_is_text_encoding", True) and info.decode(probe)[0] == probe.decode("ascii")
    except (UnicodeError, TypeError, ValueError):
        usable = False
    if not usable:
        raise SourceError(f"encoding '{name}' declared on line {line} cannot be used for Python source")


def _size(n: float) -> str:
    if n >= _MIB:
        return f"{n / _MIB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{int(n)} bytes"


def _too_big(size: int, limit: int) -> str:
    shown = _size(limit).replace(".0 ", " ")
    return f"file is {_size(size)}, larger than the {shown} limit"


# ------------------------------------------------------------------------------ reading
_REASONS = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "not a directory",
    errno.ELOOP: "symbolic link loop",
    errno.ENAMETOOLONG: "file name too long",
}


def _reason(exc: OSError) -> str:
    """A short lower-case reason for an OS error, without the path (the report shows it)."""
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def read_file(path: str, *, max_bytes: int | None = None) -> bytes:
    """A file's bytes; SourceError with a human reason otherwise.

    Opens without blocking (a FIFO named ``x.py`` must not hang the scan), refuses anything
    that is not a regular file, and refuses files over ``max_bytes`` before reading them
    (0: no limit; default: ``DEFAULT_MAX_BYTES``, ``NOTEBOOK_MAX_BYTES`` for ``.ipynb``).
    """
    if max_bytes is None:
        max_bytes = NOTEBOOK_MAX_BYTES if path.endswith(".ipynb") else DEFAULT_MAX_BYTES
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENOENT and os.path.islink(path):
            raise SourceError("broken symbolic link") from None
        raise SourceError(_reason(exc)) from None
    try:
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise SourceError("is a directory")
            if not stat.S_ISREG(info.st_mode):
                raise SourceError("not a regular file")
            if max_bytes and info.st_size > max_bytes:
                raise SourceError(_too_big(info.st_size, max_bytes))
            data = fh.read(max_bytes + 1) if max_bytes else fh.read()
    except OSError as exc:
        raise SourceError(_reason(exc)) from None
    if max_bytes and len(data) > max_bytes:  # it grew while we looked
        raise SourceError(_too_big(len(data), max_bytes))
    return data
