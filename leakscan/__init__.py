"""leakscan: find data leakage in Python ML training code, without running it."""

from __future__ import annotations

__version__ = "0.1.0"

from leakscan.api import Options, ScanError, scan_file, scan_paths, scan_source  # noqa: E402
from leakscan.findings import FileError, Finding, Report  # noqa: E402

__all__ = ["Options", "ScanError", "scan_file", "scan_paths", "scan_source", "FileError", "Finding", "Report", "__version__"]
