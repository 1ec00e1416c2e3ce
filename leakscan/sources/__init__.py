"""Finding and reading source files robustly: every problem becomes a reason, never a crash.

``read_python_source`` decodes like the interpreter (byte order mark, PEP 263) and keeps the
text exactly as written, since the autofixer writes it back. ``check_nesting`` bounds what
crashes or stalls libcst's native parser (deep brackets segfault the whole process) before
libcst sees a file. ``discover`` expands folders to ``.py``/``.ipynb`` files with excludes,
``.gitignore`` files and symlink-loop protection, reporting unreadable paths instead of
stopping. ``read_file`` reads bytes without hanging on FIFOs or swallowing huge files.
"""

from __future__ import annotations

from leakscan.sources.discovery import discover
from leakscan.sources.nesting import DEFAULT_CHAIN_LIMIT, check_nesting
from leakscan.sources.reading import (
    DEFAULT_EXCLUDES,
    DEFAULT_MAX_BYTES,
    NOTEBOOK_MAX_BYTES,
    SUFFIXES,
    SourceError,
    read_file,
    read_python_source,
)

__all__ = [
    "DEFAULT_CHAIN_LIMIT", "DEFAULT_EXCLUDES", "DEFAULT_MAX_BYTES", "NOTEBOOK_MAX_BYTES", "SUFFIXES",
    "SourceError", "check_nesting", "discover", "read_file", "read_python_source",
]
