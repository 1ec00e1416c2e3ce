"""flake8 plugin: leakscan's findings as ``LKnnn`` diagnostics in flake8 and its editor plugins.

Registered as the ``LK`` entry point of ``flake8.extension``. flake8 hands over its ``ast`` tree,
but leakscan needs its own libcst tree, so the plugin re-parses the lines flake8 read. Those
lines, not the file on disk, are what is checked, which is what makes ``flake8 -`` (stdin, the
way editors call it) work. flake8 applies ``# noqa``, ``--select`` and ``--extend-ignore``
itself; the project's ``[tool.leakscan]`` still decides rules, per-file ignores and APIs, so
flake8 and ``leakscan check`` report the same findings. flake8 offers no fixes and no end
columns: use ``leakscan check --fix`` or the language server for those.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from typing import Any

from leakscan._version import __version__
from leakscan.api import ScanError, scan_source
from leakscan.findings import Finding
from leakscan.integrations import options_for_path

_STDIN_NAMES = ("stdin", "-", "")


class LeakscanChecker:
    """A once-per-file flake8 checker (flake8 recognises the kind by the ``tree`` argument)."""

    name = "leakscan"
    version = __version__

    def __init__(self, tree: ast.AST | None, filename: str, lines: Sequence[str]) -> None:
        del tree  # flake8's ast tree has no use here: leakscan analyzes a libcst tree
        self.filename = filename
        # The work happens here, not in ``run``: flake8 turns an exception raised while the
        # checker is built (a broken config file) into its one-line "plugin failed" error,
        # while one raised by ``run`` escapes as a traceback.
        self.findings = _findings(filename, "".join(lines))

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        for finding in self.findings:
            message = " ".join(finding.message.split())
            yield finding.line, max(finding.location.column - 1, 0), f"{finding.code} {message}", type(self)


def _findings(filename: str, text: str) -> list[Finding]:
    path = filename if filename not in _STDIN_NAMES else "stdin.py"
    options = options_for_path(path, honor_noqa=False)  # flake8 applies ``# noqa`` itself
    try:
        return scan_source(text, path, options=options, notebook=False)
    except ScanError:
        return []  # flake8 reports syntax errors itself (E999); nothing else is worth a line


__all__ = ["LeakscanChecker"]
