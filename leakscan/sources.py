"""Finding and reading source files robustly: every problem becomes a reason, never a crash.

``read_python_source`` decodes like the interpreter (BOM, PEP 263); ``check_nesting`` bounds
bracket depth before libcst sees a file (its native parser crashes the whole process on a few
thousand nested brackets); ``discover`` expands folders to ``.py``/``.ipynb`` files with excludes,
``.gitignore`` and symlink-loop protection.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import re
from collections.abc import Sequence

from leakscan.findings import FileError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_EXCLUDES = (
    ".git", ".hg", ".svn", ".bzr", ".venv", "venv", "__pycache__", ".ipynb_checkpoints", "build",
    "dist", "node_modules", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
    "site-packages", ".eggs", "__pypackages__", ".direnv", "_build",
)
_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")


class SourceError(Exception):
    """A file that cannot be analyzed; the message is the reason, for a person."""


def read_python_source(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a Python file as CPython would; newlines are kept exactly as written."""
    if max_bytes and len(data) > max_bytes:
        raise SourceError(f"file is {len(data) / 1e6:.1f} MB, larger than the {max_bytes / 1e6:.0f} MB limit")
    if b"\x00" in data:
        raise SourceError("contains NUL bytes (binary file?)")
    encoding, line = _declared_encoding(data)
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        if encoding is not None and encoding not in ("utf-8", "utf_8", "utf8"):
            raise SourceError(f"encoding problem: utf-8 byte order mark but '{encoding}' declared on line {line}")
        data = data[len(codecs.BOM_UTF8):]
        encoding = "utf-8"
    encoding = encoding or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding '{encoding}' declared on line {line}") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"cannot decode as {encoding} at byte {exc.start}: {exc.reason}") from None


def _declared_encoding(data: bytes) -> tuple[str | None, int]:
    """The PEP 263 declaration in the first two lines, if any, and its line number."""
    lines = data.split(b"\n", 2)
    for number, raw in enumerate(lines[:2], 1):
        m = _CODING.match(raw)
        if m:
            return m.group(1).decode("ascii", "replace").lower().replace("_", "-"), number
        if not _BLANK.match(raw):
            break
    return None, 0


def check_nesting(text: str, limit: int = 100) -> None:
    """Raise SourceError when brackets nest deeper than ``limit`` outside strings and comments.

    A linear scan; triple-quoted and prefixed strings are skipped, f-string replacement fields
    are scanned as brackets too (conservative).
    """
    depth = 0
    line = 1
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in "([{":
            depth += 1
            if depth > limit:
                raise SourceError(f"nesting too deep: more than {limit} levels of brackets at line {line} (limit {limit})")
        elif c in ")]}":
            if depth:
                depth -= 1
        elif c == "\n":
            line += 1
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        elif c in "'\"":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n:
                ch = text[j]
                if ch == "\\":
                    j += 2
                    continue
                if ch == "\n":
                    if len(quote) == 1:
                        break  # unterminated one-line string: let the parser report it
                    line += 1
                if text.startswith(quote, j):
                    j += len(quote)
                    break
                j += 1
            i = j
            continue
        i += 1
    _check_indent(text, limit)


def _check_indent(text: str, limit: int) -> None:
    """Deep indentation recurses in the parser too: bound it (in indentation levels of 1+ spaces)."""
    deepest = 0
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.lstrip(" \t")
        if not stripped or stripped.startswith("#"):
            continue
        width = len(raw) - len(stripped)
        if width > deepest:
            deepest = width
            if width > limit * 8:
                raise SourceError(f"nesting too deep: indentation of {width} columns at line {number}")


def read_file(path: str) -> bytes:
    """Read a file's bytes; SourceError with a human reason otherwise."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise SourceError("is a directory") from None
    except PermissionError:
        raise SourceError("permission denied") from None
    except FileNotFoundError:
        raise SourceError("no such file or directory") from None
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None


# ---------------------------------------------------------------------------- discovery
def discover(
    paths: Sequence[str],
    *,
    exclude: Sequence[str] = (),
    extend_exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
) -> tuple[list[str], list[FileError]]:
    """Expand ``paths`` to the files to scan, in a stable order, with the problems met on the way."""
    patterns = list(exclude or DEFAULT_EXCLUDES) + list(extend_exclude)
    files: list[str] = []
    errors: list[FileError] = []
    seen: set[str] = set()
    for path in paths:
        if not os.path.lexists(path):
            errors.append(FileError(path, "no such file or directory"))
            continue
        if os.path.isdir(path):
            _walk(path, patterns, respect_gitignore, files, errors, seen)
        elif os.path.islink(path) and not os.path.exists(path):
            errors.append(FileError(path, "broken symbolic link"))
        else:
            key = os.path.realpath(path)
            if key not in seen:  # files named explicitly are always scanned
                seen.add(key)
                files.append(path)
    return files, errors


def _walk(root: str, patterns: list[str], respect_gitignore: bool, files: list[str], errors: list[FileError], seen: set[str]) -> None:
    visited: set[str] = set()
    ignores = _GitIgnore.for_root(root) if respect_gitignore else None
    stack: list[tuple[str, _GitIgnore | None]] = [(root, ignores)]
    found: list[str] = []
    while stack:
        folder, inherited = stack.pop()
        real = os.path.realpath(folder)
        if real in visited:
            errors.append(FileError(folder, "symbolic link loop: folder already scanned"))
            continue
        visited.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except PermissionError:
            errors.append(FileError(folder, "permission denied"))
            continue
        except OSError as exc:
            errors.append(FileError(folder, exc.strerror or str(exc)))
            continue
        local = inherited.extended(folder) if inherited is not None else None
        subdirs = []
        for entry in entries:
            rel = os.path.relpath(entry.path, root)
            if _excluded(rel, entry.name, patterns):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if local is not None and local.ignored(entry.path, is_dir):
                continue
            if is_dir:
                subdirs.append(entry.path)
            elif entry.name.endswith((".py", ".ipynb")):
                if entry.is_symlink() and not os.path.exists(entry.path):
                    errors.append(FileError(entry.path, "broken symbolic link"))
                    continue
                key = os.path.realpath(entry.path)
                if key not in seen:
                    seen.add(key)
                    found.append(entry.path)
        stack.extend((d, local) for d in reversed(subdirs))
    files.extend(sorted(found, key=lambda p: p.split(os.sep)))


def _excluded(rel: str, name: str, patterns: list[str]) -> bool:
    rel = rel.replace(os.sep, "/")
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(rel, pattern):
            return True
        if "/" in pattern and fnmatch.fnmatchcase(rel, pattern + "/*"):
            return True
    return False


class _GitIgnore:
    """The common ``.gitignore`` syntax: globs, ``!`` negation, trailing ``/``, leading ``/``, ``**``."""

    def __init__(self, rules: list[tuple[str, re.Pattern[str], bool, bool]]) -> None:
        self.rules = rules  # (base folder, regex, negated, directories only)

    @classmethod
    def for_root(cls, root: str) -> _GitIgnore:
        """Rules from ``root``'s parents up to the repository top (a folder holding ``.git``)."""
        chain = []
        folder = os.path.abspath(root)
        while True:
            chain.append(folder)
            if os.path.exists(os.path.join(folder, ".git")):
                break
            parent = os.path.dirname(folder)
            if parent == folder:
                chain = [os.path.abspath(root)]  # not in a repository: only the scanned folder's own file
                break
            folder = parent
        rules: list[tuple[str, re.Pattern[str], bool, bool]] = []
        for base in reversed(chain[1:]):
            rules.extend(_read_gitignore(base))
        return cls(rules)

    def extended(self, folder: str) -> _GitIgnore:
        own = _read_gitignore(os.path.abspath(folder))
        return _GitIgnore(self.rules + own) if own else self

    def ignored(self, path: str, is_dir: bool) -> bool:
        path = os.path.abspath(path)
        result = False
        for base, regex, negated, dir_only in self.rules:
            if dir_only and not is_dir:
                continue
            rel = os.path.relpath(path, base).replace(os.sep, "/")
            if rel.startswith(".."):
                continue
            if regex.match(rel):
                result = not negated
        return result


def _read_gitignore(folder: str) -> list[tuple[str, re.Pattern[str], bool, bool]]:
    path = os.path.join(folder, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    rules = []
    for raw in lines:
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        if negated:
            line = line[1:]
        dir_only = line.endswith("/")
        line = line.rstrip("/")
        anchored = line.startswith("/") or "/" in line
        line = line.lstrip("/")
        if not line:
            continue
        regex = _glob_regex(line, anchored)
        rules.append((folder, regex, negated, dir_only))
    return rules


def _glob_regex(pattern: str, anchored: bool) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i)
            if j < 0:
                out.append(re.escape(c))
            else:
                out.append("[" + pattern[i + 1:j].replace("!", "^", 1) + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    body = "".join(out)
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"^{prefix}{body}(?:/.*)?$")
