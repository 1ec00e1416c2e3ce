"""leakscan: find data leakage in Python ML training code, without running it.

The public names are loaded on first use (PEP 562), so that ``import leakscan.cli`` and
``leakscan --version`` do not import the analyzer (libcst, networkx).
"""

from __future__ import annotations

import os as _os
import sys as _sys
from typing import TYPE_CHECKING

if _sys.argv[:1] == ["-m"]:
    # `python -m leakscan` puts the scanned project's folder first on sys.path: a json.py or re.py
    # there would be imported (and run) in place of the standard library. Never import user code.
    _here = _os.getcwd()
    _sys.path[:] = [p for p in _sys.path if p not in ("", ".", _here)]

from leakscan._version import __version__  # noqa: E402

if TYPE_CHECKING:
    from leakscan.api import Options, ScanError, scan_file, scan_paths, scan_source
    from leakscan.findings import FileError, Finding, Report

_LAZY = {
    "Options": "leakscan.options", "ScanError": "leakscan.options",
    "scan_file": "leakscan.engine", "scan_source": "leakscan.engine", "scan_paths": "leakscan.scanning",
    "FileError": "leakscan.findings", "Finding": "leakscan.findings", "Report": "leakscan.findings",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'leakscan' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = ["Options", "ScanError", "scan_file", "scan_paths", "scan_source", "FileError", "Finding", "Report", "__version__"]
