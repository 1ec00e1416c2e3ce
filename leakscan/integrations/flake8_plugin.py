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
from leakscan.engine import scan_source
from leakscan.findings import Finding, Location
from leakscan.integrations import options_for_path
from leakscan.options import ScanError

_STDIN_NAMES = ("stdin", "-", "")
FAILURE_CODE = "LK000"  # leakscan itself failed on part of a file; never a rule's code


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
    except ScanError as exc:
        if not exc.findings and exc.cacheable:
            return []  # the file's own problem: flake8 reports syntax errors itself (E999)
        # leakscan failed on part of the file (a rule's bug, the time budget): what the rest
        # found, and the failure once, as LK000 on line 1
        return [*exc.findings, _failure(path, str(exc))]


def _failure(path: str, message: str) -> Finding:
    return Finding(
        location=Location(path, 1, 1), code=FAILURE_CODE, name="leakscan-failure",
        severity="error", message=f"leakscan could not finish this file: {message}",
    )


__all__ = ["LeakscanChecker"]
