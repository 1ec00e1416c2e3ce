"""The Python API that the flake8 plugin, the language server and the tests share.

``scan_source`` analyzes one program held in memory; ``scan_paths`` finds files, reads them
robustly, and returns one ``Report`` in which every unreadable or unparsable file is an
``errors`` entry while the others are still analyzed.

This module only gathers the public names; each lives in the module of its layer
(``options`` < ``files`` < ``engine``; ``scanning`` < ``parallel`` < ``cache``). Importing it
imports the analyzer: code that must start fast imports the light modules directly.
"""

from __future__ import annotations

from leakscan.engine import Parsed, analyze, analyze_bytes, file_budget, parse_source, scan_file, scan_source
from leakscan.files import decode_source, read_bytes, read_source
from leakscan.options import Options, ScanError
from leakscan.scanning import scan_paths

__all__ = [
    "Options", "Parsed", "ScanError", "analyze", "analyze_bytes", "decode_source", "file_budget",
    "parse_source", "read_bytes", "read_source", "scan_file", "scan_paths", "scan_source",
]
