"""leakscan: find data leakage in Python ML training code, without running it."""

from __future__ import annotations

import os as _os
import sys as _sys

if _sys.argv[:1] == ["-m"]:
    # `python -m leakscan` puts the scanned project's folder first on sys.path: a json.py or re.py
    # there would be imported (and run) in place of the standard library. Never import user code.
    _here = _os.getcwd()
    _sys.path[:] = [p for p in _sys.path if p not in ("", ".", _here)]

__version__ = "0.1.0"

from leakscan.api import Options, ScanError, scan_file, scan_paths, scan_source  # noqa: E402
from leakscan.findings import FileError, Finding, Report  # noqa: E402

__all__ = ["Options", "ScanError", "scan_file", "scan_paths", "scan_source", "FileError", "Finding", "Report", "__version__"]
