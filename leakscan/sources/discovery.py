"""Finding the files to scan: folders expanded to ``.py``/``.ipynb`` files, excludes,
``.gitignore`` files and symlink-loop protection; unreadable paths are reported, not fatal.

``.gitignore`` lines are compiled by pathspec (git's wildmatch); the walk applies them the way
git does (deeper files win, the last matching line wins, an ignored folder is never entered),
and a test compares the result with ``git ls-files``. Exclude globs keep the configuration's
glob semantics (``leakscan.config.glob_match``, ruff's), shared with ``per-file-ignores``.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from leakscan.config import glob_match
from leakscan.findings import FileError

from leakscan.sources.reading import DEFAULT_EXCLUDES, SUFFIXES, _reason

# ---------------------------------------------------------------------------- discovery
def discover(
    paths: Sequence[str],
    *,
    exclude: Sequence[str] | None = (),
    extend_exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
    root: str | None = None,
) -> tuple[list[str], list[FileError]]:
    """Expand ``paths`` to the files to scan, in a stable order, with the problems met on the way.

    Folders are walked for ``*.py`` and ``*.ipynb`` (sorted, component by component); a file
    named explicitly is always scanned, whatever its name, excludes or ``.gitignore``. An
    empty ``exclude`` means the default excludes (ruff's); ``extend_exclude`` adds to them.
    Patterns are globs matched against a path's name, its path below the scanned folder, and
    its path below ``root`` (default: the working directory). Symbolic links to folders are
    followed once each; a link back to a folder above it is reported as a loop.
    """
    excluder = _Excluder([*(exclude or DEFAULT_EXCLUDES), *extend_exclude], os.path.abspath(root or os.curdir))
    files: list[str] = []
    errors: list[FileError] = []
    seen: set[str] = set()
    for arg in paths:
        if not os.path.lexists(arg):
            errors.append(FileError(arg, "no such file or directory"))
            continue
        try:
            info = os.stat(arg)
        except OSError as exc:
            reason = "broken symbolic link" if exc.errno == errno.ENOENT else _reason(exc)
            errors.append(FileError(arg, reason))
            continue
        found = _Walk(arg, excluder, respect_gitignore, errors).run() if stat.S_ISDIR(info.st_mode) else [arg]
        for path in found:
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                files.append(path)
    return files, errors


class _Excluder:
    """Exclude globs: literal names by set lookup, other name globs, and path globs."""

    def __init__(self, patterns: Sequence[str], root: str) -> None:
        self.root = root
        self.names: set[str] = set()
        self.name_globs: list[str] = []
        self.path_globs: list[str] = []
        for raw in patterns:
            pattern = raw.replace("\\", "/").removeprefix("./").rstrip("/")
            if not pattern:
                continue
            if "/" in pattern:
                self.path_globs.append(pattern)
            elif any(c in pattern for c in "*?[{"):
                self.name_globs.append(pattern)
            else:
                self.names.add(pattern)

    def root_prefix(self, folder: str) -> str | None:
        """``folder`` below the root as ``a/b/`` ('' for the root), or None when outside it."""
        rel = os.path.relpath(os.path.abspath(folder), self.root) if _same_drive(folder, self.root) else os.pardir
        if rel == os.curdir:
            return ""
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            return None
        return rel.replace(os.sep, "/") + "/"

    def excluded(self, name: str, rel: str, root_prefix: str | None, absolute: str) -> bool:
        if name in self.names or any(glob_match(p, name) for p in self.name_globs):
            return True
        for pattern in self.path_globs:
            if glob_match(pattern, rel):
                return True
            if root_prefix is not None and glob_match(pattern, root_prefix + rel):
                return True
            if pattern.startswith("/") and glob_match(pattern, absolute):
                return True
        return False


def _same_drive(a: str, b: str) -> bool:
    return os.path.splitdrive(os.path.abspath(a))[0].lower() == os.path.splitdrive(b)[0].lower()


@dataclass
class _Folder:
    path: str  # as shown to the user ('' for the current folder)
    rel: str  # below the scanned folder: '' or 'a/b/'
    git_rel: str  # below the .gitignore top: '' or 'a/b/'
    real: str  # resolved path, for loop and duplicate detection
    ignores: tuple[_IgnoreFile, ...]


class _Walk:
    """One scanned folder: a sorted depth-first walk; symlinked folders wait until the end,
    so that a folder reachable without links is listed under its real path."""

    def __init__(self, top: str, excluder: _Excluder, respect_gitignore: bool, errors: list[FileError]) -> None:
        self.top = top
        self.excluder = excluder
        self.gitignore = respect_gitignore
        self.errors = errors
        self.root_prefix = excluder.root_prefix(top)
        self.absolute_top = os.path.abspath(top).replace(os.sep, "/")

    def run(self) -> list[str]:
        shown = "" if os.path.normpath(self.top) == os.curdir else self.top
        git_rel, ignores = _gitignore_above(self.top) if self.gitignore else ("", ())
        real = os.path.realpath(self.top)
        visited = {real}
        stack = [_Folder(shown, "", git_rel, real, ignores)]
        deferred: list[_Folder] = []
        found: list[str] = []
        real_files: set[str] = set()
        linked_files: list[str] = []
        while stack or deferred:
            if not stack:
                folder = deferred.pop(0)
                if folder.real in visited:
                    continue  # already listed through another path
                visited.add(folder.real)
                stack.append(folder)
            folder = stack.pop()
            subfolders = self._scan(folder, visited, deferred, found, real_files, linked_files)
            stack.extend(reversed(subfolders))
        for path in linked_files:  # a link to a file listed under its own name is a duplicate
            real = os.path.realpath(path)
            if real not in real_files:
                real_files.add(real)
                found.append(path)
        return sorted(found, key=lambda p: p.split(os.sep))

    def _scan(
        self,
        folder: _Folder,
        visited: set[str],
        deferred: list[_Folder],
        found: list[str],
        real_files: set[str],
        linked_files: list[str],
    ) -> list[_Folder]:
        try:
            with os.scandir(folder.path or os.curdir) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.errors.append(FileError(folder.path or os.curdir, _reason(exc)))
            return []
        ignores = folder.ignores
        if self.gitignore and any(e.name == ".gitignore" for e in entries):
            own = _read_ignore_file(os.path.join(folder.path or os.curdir, ".gitignore"), folder.git_rel)
            if own is not None:
                ignores = (*ignores, own)
        subfolders: list[_Folder] = []
        for entry in entries:
            name = entry.name
            rel = folder.rel + name
            path = os.path.join(folder.path, name)
            if self.excluder.excluded(name, rel, self.root_prefix, f"{self.absolute_top}/{rel}"):
                continue
            try:
                is_link = entry.is_symlink()
            except OSError:
                is_link = False
            try:
                is_dir = entry.is_dir()
            except OSError:  # a link loop, for one
                is_dir = False
            if ignores and _ignored(ignores, folder.git_rel + name, is_dir):
                continue
            if is_dir:
                child = _Folder(path, rel + "/", folder.git_rel + name + "/", "", ignores)
                if is_link:
                    child.real = os.path.realpath(path)
                    if folder.real == child.real or folder.real.startswith(child.real.rstrip(os.sep) + os.sep):
                        self.errors.append(FileError(path, "symbolic link loop: points to a folder above it"))
                    else:
                        deferred.append(child)
                else:
                    child.real = os.path.join(folder.real, name)
                    if child.real not in visited:
                        visited.add(child.real)
                        subfolders.append(child)
            elif name.endswith(SUFFIXES):
                if is_link:
                    try:
                        os.stat(path)
                    except OSError as exc:
                        reason = "broken symbolic link" if exc.errno == errno.ENOENT else _reason(exc)
                        self.errors.append(FileError(path, reason))
                        continue
                    linked_files.append(path)
                else:
                    found.append(path)
                    real_files.add(os.path.join(folder.real, name))
        return subfolders


# ---------------------------------------------------------------------------- .gitignore
@dataclass(frozen=True)
class _IgnoreRule:
    """One ``.gitignore`` line, as pathspec reads it (globs, ``!``, anchors, ``**``, escapes)."""

    regex: re.Pattern[str]
    negated: bool
    dir_only: bool  # a trailing ``/``: folders only

    def matches(self, path: str, is_dir: bool) -> bool:
        """Does the line name ``path`` itself (not merely a folder above it, which the walk
        has already decided: git never looks inside an ignored folder)?"""
        if self.dir_only and not is_dir:
            return False
        found = self.regex.search(path)
        return found is not None and found.groupdict().get(_DIR_MARK) is None


@dataclass(frozen=True)
class _IgnoreFile:
    base: str  # the folder holding it, below the top: '' or 'a/b/'
    rules: tuple[_IgnoreRule, ...]


def _gitignore_above(folder: str) -> tuple[str, tuple[_IgnoreFile, ...]]:
    """The scanned folder's path below the repository top, and the ignore files above it.

    The top is the nearest folder holding ``.git``; outside a repository only the scanned
    folder's own ``.gitignore`` files count. ``.git/info/exclude`` counts too.
    """
    start = os.path.abspath(folder)
    top = start
    while not os.path.exists(os.path.join(top, ".git")):
        parent = os.path.dirname(top)
        if parent == top:
            return "", ()
        top = parent
    files: list[_IgnoreFile] = []
    info = _read_ignore_file(os.path.join(top, ".git", "info", "exclude"), "")
    if info is not None:
        files.append(info)
    rel = os.path.relpath(start, top)
    if rel == os.curdir:
        return "", tuple(files)
    parts = rel.split(os.sep)
    for i in range(len(parts)):  # the top and every folder above the scanned one
        base = "".join(p + "/" for p in parts[:i])
        own = _read_ignore_file(os.path.join(top, *parts[:i], ".gitignore"), base)
        if own is not None:
            files.append(own)
    return "/".join(parts) + "/", tuple(files)


def _ignored(files: tuple[_IgnoreFile, ...], git_path: str, is_dir: bool) -> bool:
    """Git's precedence: deeper files after shallower ones, and the last matching rule wins."""
    result = False
    for ignore_file in files:
        below = git_path[len(ignore_file.base):]
        for rule in ignore_file.rules:
            if rule.matches(below, is_dir):
                result = not rule.negated
    return result


def _read_ignore_file(path: str, base: str) -> _IgnoreFile | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None  # an unreadable ignore file ignores nothing, as in git
    rules = [rule for rule in map(_parse_ignore_line, lines) if rule is not None]
    return _IgnoreFile(base, tuple(rules)) if rules else None


def _parse_ignore_line(line: str) -> _IgnoreRule | None:
    """One ``.gitignore`` line compiled by pathspec (git's own wildmatch rules).

    pathspec's regex of a line also matches everything inside a folder it names (a file
    list needs that); the walk asks about one entry at a time, so a match through a folder
    above (the dir mark group) does not count, and a trailing ``/`` is kept as ``dir_only``.
    """
    pattern = _pattern(line)
    if pattern is None or pattern.include is None:  # blank or comment
        return None
    stripped = line.rstrip(" ") if not line.endswith("\\ ") else line
    dir_only = stripped.endswith("/") and not stripped.endswith("\\/")
    if dir_only:
        pattern = _pattern(stripped[:-1])
        if pattern is None or pattern.include is None or pattern.regex is None:
            return None
    if pattern.regex is None:
        return None
    return _IgnoreRule(pattern.regex, not pattern.include, dir_only)


_DIR_MARK = "ps_d"  # pathspec's name for the group that matched a folder above the path


def _pattern(line: str) -> Any:
    """pathspec's pattern for one line, of the kind its ``GitIgnoreSpec`` uses."""
    import pathspec  # only for folders that hold a .gitignore

    try:
        patterns = list(pathspec.GitIgnoreSpec.from_lines([line]).patterns)
    except ValueError:  # a line git cannot use either (a lone "!"): it ignores nothing
        return None
    return patterns[0] if patterns else None
