"""Review mode: keep only findings on lines changed since a git revision.

Review bots comment on the lines of a pull request, and a CI gate on a legacy code base should
fail on new leaks, not on the old ones. ``changed_lines`` asks git which lines changed between
``merge-base(REV, HEAD)`` and the working tree (committed, staged and unstaged changes alike;
untracked files count as wholly changed), and ``ChangedLines.keeps`` decides per finding.

A finding is kept when its primary line is an added or modified line; a deleted line leaves
nothing on the new side to point at. In a notebook the line is looked up in the ``.ipynb``
JSON (Jupyter stores one string per source line), so an unrelated change elsewhere in the
notebook does not bring back old findings; where that lookup fails (a source stored as one
multi-line string) a changed notebook counts as wholly changed.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from leakscan.findings import Finding

EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"  # git's id of the empty tree
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class ReviewError(Exception):
    """git could not say what changed (not a repository, unknown revision); a user message."""


@dataclass
class ChangedLines:
    """Changed lines per file (real absolute paths); ``None`` means the whole file is new."""

    root: str
    base: str
    files: dict[str, frozenset[int] | None] = field(default_factory=dict)
    _notebooks: dict[str, str | None] = field(default_factory=dict, repr=False)  # .ipynb texts read

    def lines_of(self, path: str) -> frozenset[int] | None | bool:
        """The changed lines of ``path``; ``None`` if wholly changed; ``False`` if unchanged."""
        key = _real(path)
        if key not in self.files:
            return False
        return self.files[key]

    def touches(self, path: str) -> bool:
        return self.lines_of(path) is not False

    def keeps(self, finding: Finding) -> bool:
        """Whether the finding's primary line is a changed line."""
        loc = finding.location
        return self.changed(finding.path, loc.line, loc.cell)

    def changed(self, path: str, line: int, cell: int | None = None) -> bool:
        """Whether a line of a script, or of a notebook cell, is a changed line."""
        lines = self.lines_of(path)
        if lines is False:
            return False
        if lines is None:
            return True
        assert isinstance(lines, frozenset)
        if cell is None:
            return line in lines
        json_line = self._json_line(path, cell, line)
        return True if json_line is None else json_line in lines

    def _json_line(self, path: str, cell: int, line: int) -> int | None:
        from leakscan.notebook import source_json_line

        key = _real(path)
        if key not in self._notebooks:
            try:
                with open(path, encoding="utf-8-sig") as handle:
                    self._notebooks[key] = handle.read()
            except (OSError, UnicodeDecodeError):
                self._notebooks[key] = None
        text = self._notebooks[key]
        return None if text is None else source_json_line(text, cell, line)

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        return [f for f in findings if self.keeps(f)]

    def select_files(self, paths: Sequence[str]) -> list[str]:
        """The given files that changed, in order."""
        return [p for p in paths if self.touches(p)]


def changed_lines(diff_base: str | None = None, cwd: str | None = None) -> ChangedLines:
    """What changed since ``merge-base(diff_base, HEAD)``, or since ``HEAD`` when ``diff_base``
    is ``None`` (the working tree's uncommitted changes)."""
    here = os.path.abspath(cwd or os.getcwd())
    root = _git(["rev-parse", "--show-toplevel"], here, what="find the git repository").strip()
    if not root:
        raise ReviewError(f"{here} is not inside a git work tree")
    root = _real(root)
    if diff_base is not None:
        base = _resolve_base(diff_base, root)
    elif _has_head(root):
        base = "HEAD"
    else:
        base = EMPTY_TREE  # a repository without commits: everything tracked is new
    diff = _git(
        ["-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-relative",
         "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", base, "--"],
        root, what="diff the working tree",
    )
    files: dict[str, frozenset[int] | None] = {
        os.path.join(root, rel): lines for rel, lines in parse_diff(diff).items()
    }
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard"], root, what="list untracked files")
    for rel in untracked.split("\0"):
        if rel:
            files[os.path.join(root, rel)] = None
    return ChangedLines(root=root, base=base, files={_real(p): v for p, v in files.items()})


def parse_diff(diff: str) -> dict[str, frozenset[int]]:
    """Changed new-side line numbers per file (paths relative to the repository root) of a
    ``git diff -U0`` patch. Deleted files and binary files are left out."""
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("diff --git "):
            current = None
        elif line.startswith("+++ "):
            target = line[4:].rstrip("\t")  # git appends a tab to names with spaces
            if target == "/dev/null":
                current = None
                continue
            name = _unquote(target)
            if name.startswith("b/"):
                name = name[2:]
            current = out.setdefault(name, set())
        elif line.startswith("@@") and current is not None:
            match = _HUNK.match(line)
            if match:
                start = int(match.group(1))
                count = int(match.group(2)) if match.group(2) is not None else 1
                current.update(range(start, start + count))
    return {name: frozenset(lines) for name, lines in out.items()}


def _resolve_base(rev: str, root: str) -> str:
    if rev.startswith("-"):
        raise ReviewError(f"invalid revision {rev!r}")
    commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], root,
                  what=f"resolve {rev!r}", missing=f"unknown revision {rev!r}").strip()
    if not _has_head(root):
        return commit
    try:
        return _git(["merge-base", commit, "HEAD"], root, what=f"find the merge base of {rev!r} and HEAD").strip()
    except ReviewError:
        raise ReviewError(f"{rev!r} and HEAD have no common ancestor") from None


def _has_head(root: str) -> bool:
    try:
        _git(["rev-parse", "--verify", "--quiet", "HEAD"], root, what="resolve HEAD")
    except ReviewError:
        return False
    return True


def _git(args: list[str], cwd: str, *, what: str, missing: str | None = None) -> str:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False,
            env={**os.environ, "LC_ALL": "C", "GIT_OPTIONAL_LOCKS": "0"},
        )
    except FileNotFoundError:
        raise ReviewError("git is not installed (review mode needs it)") from None
    except OSError as exc:
        raise ReviewError(f"cannot run git: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        if missing is not None:
            raise ReviewError(missing)
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"exit status {proc.returncode}"
        if "not a git repository" in detail:
            raise ReviewError(f"{cwd} is not inside a git repository (review mode needs one)")
        raise ReviewError(f"git could not {what}: {detail.removeprefix('fatal: ')}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def _unquote(name: str) -> str:
    """git's C-style quoting of unusual file names (``"b/t\\303\\251st.py"``)."""
    if not (len(name) >= 2 and name[0] == name[-1] == '"'):
        return name
    body = name[1:-1]
    raw = bytearray()
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if re.fullmatch(r"[0-7]{3}", body[i + 1:i + 4]):
                raw.append(int(body[i + 1:i + 4], 8))
                i += 4
                continue
            raw.extend(_ESCAPES.get(nxt, nxt).encode("utf-8"))
            i += 2
            continue
        raw.extend(char.encode("utf-8", "surrogateescape"))
        i += 1
    return raw.decode("utf-8", "surrogateescape")


def _real(path: str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


__all__ = ["ChangedLines", "ReviewError", "changed_lines", "parse_diff"]
