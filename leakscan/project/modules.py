"""Foreign modules: the other files of a project, parsed once per process.

A module is read and parsed through leakscan's own reading and nesting guard (a file that does
not decode, nests too deeply or does not parse is simply not followed: the call stays unknown).
Parsed modules are kept per process and re-read when the file changes on disk (the language
server lives long). Sites inside a foreign module carry a ``Foreign`` top: the module and the
index of the top-level statement, so positions are computed in that module, lazily
(``leakscan.project.sites``).
"""

from __future__ import annotations

import hashlib
import os
import stat
import libcst as cst

from leakscan.files import decode_source
from leakscan.project.sites import Foreign, ForeignModule
from leakscan.sources import SourceError, check_nesting

__all__ = ["Foreign", "ForeignModule", "file_digest", "load_module"]

MAX_MODULE_BYTES = 2_000_000
MAX_CACHED = 512


_MODULES: dict[str, tuple[int, int, ForeignModule | None]] = {}


def load_module(path: str) -> ForeignModule | None:
    """The parsed module at ``path`` (absolute), or None when it cannot be read or parsed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    got = _MODULES.get(path)
    if got is not None and got[:2] == (st.st_mtime_ns, st.st_size):
        return got[2]
    loaded = _load(path, st.st_size, st.st_mode)
    if len(_MODULES) >= MAX_CACHED:
        _MODULES.clear()
    _MODULES[path] = (st.st_mtime_ns, st.st_size, loaded)
    return loaded


def _load(path: str, size: int, mode: int) -> ForeignModule | None:
    if size > MAX_MODULE_BYTES or not stat.S_ISREG(mode):  # a FIFO named .py would block the read
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        text = decode_source(data, path)
        check_nesting(text)
        module = cst.parse_module(text)
    except (OSError, SourceError, cst.ParserSyntaxError, cst.CSTValidationError, RecursionError, MemoryError):
        return None
    except Exception:  # a decoding or parser problem: the module is not followed
        return None
    except BaseException as exc:  # libcst's native parser panics with a BaseException
        if type(exc).__name__ != "PanicException":
            raise
        return None
    return ForeignModule(path, text, module, hashlib.sha256(data).hexdigest())


def file_digest(path: str) -> str | None:
    """The sha256 of a file's bytes now (None: gone or unreadable)."""
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None
