"""Import resolution and project files, from a file's location on disk (no libcst here).

The project root of a file is the nearest folder, walking up from the file's own folder, that
holds ``pyproject.toml``, ``setup.py``, ``setup.cfg``, ``.git`` or a leakscan config file (else the file's folder). Absolute
imports are looked up in ``[the file's folder, root, root/src]``; relative ones from the
importer's package folder. The same rule serves a folder scan, the flake8 plugin, the language
server and stdin with ``--stdin-filename``, so each view resolves an import to the same file.
"""

from __future__ import annotations

import os
import re
import stat
import time
from dataclasses import dataclass, field
from functools import lru_cache

_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", ".git", "leakscan.toml", ".leakscan.toml")  # leakscan's own config marks a root too
_SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "env", "node_modules", "__pycache__",
    "build", "dist", "site-packages", ".mypy_cache", ".pytest_cache", ".ipynb_checkpoints",
})
MAX_PROJECT_FILES = 2000  # a project's scripts searched for the writer of a data file
_LISTING_TTL = 30.0  # seconds a project's file listing is reused (a language server lives long)


def folder_of(path: str) -> str | None:
    """The absolute folder of a file path, when it exists on disk (``<string>`` has none)."""
    if not path or path.startswith("<"):
        return None
    folder = os.path.dirname(os.path.abspath(path))
    return folder if os.path.isdir(folder) else None


@lru_cache(maxsize=1024)
def project_root(folder: str) -> str:
    """The nearest folder at or above ``folder`` that holds a project marker, else ``folder``."""
    current = folder
    for _ in range(64):
        if any(os.path.exists(os.path.join(current, m)) for m in _MARKERS):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    return folder


def search_roots(folder: str) -> tuple[str, ...]:
    root = project_root(folder)
    out = [folder, root, os.path.join(root, "src")]
    return tuple(dict.fromkeys(p for p in out if os.path.isdir(p)))


def _module_file(base: str, parts: list[str]) -> str | None:
    if not parts:
        init = os.path.join(base, "__init__.py")
        return init if os.path.isfile(init) else None
    stem = os.path.join(base, *parts)
    if os.path.isfile(stem + ".py"):
        return stem + ".py"
    init = os.path.join(stem, "__init__.py")
    return init if os.path.isfile(init) else None


_RESOLVED: dict[tuple[str, str], tuple[float, str | None]] = {}


def resolve_module(importer: str, dotted: str) -> str | None:
    """The file of module ``dotted`` (leading dots: relative) imported from file ``importer``."""
    folder = os.path.dirname(importer)
    key = (folder, dotted)
    now = time.monotonic()
    got = _RESOLVED.get(key)
    if got is not None and now - got[0] < _LISTING_TTL:
        return got[1]
    level = len(dotted) - len(dotted.lstrip("."))
    parts = [p for p in dotted.lstrip(".").split(".") if p]
    found: str | None = None
    if level:
        base = folder
        for _ in range(level - 1):
            base = os.path.dirname(base)
        found = _module_file(base, parts)
    elif parts:
        for base in search_roots(folder):
            found = _module_file(base, parts)
            if found is not None:
                break
    found = os.path.abspath(found) if found is not None else None
    _RESOLVED[key] = (now, found)
    return found


_LISTINGS: dict[str, tuple[float, list[str]]] = {}


def project_files(root: str) -> list[str]:
    """The ``.py`` files of a project (tooling folders skipped), at most ``MAX_PROJECT_FILES``."""
    now = time.monotonic()
    got = _LISTINGS.get(root)
    if got is not None and now - got[0] < _LISTING_TTL:
        return got[1]
    files: list[str] = []
    for current, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        files.extend(os.path.join(current, n) for n in sorted(names) if n.endswith(".py"))
        if len(files) >= MAX_PROJECT_FILES:
            break
    files = files[:MAX_PROJECT_FILES]
    _LISTINGS[root] = (now, files)
    return files


_WRITES = ("to_csv", "to_parquet", "to_pickle", "to_feather", "to_json", "to_hdf", ".save", "dump", "savez", "savetxt", "write_csv", "write_parquet")
_WRITER_TOKEN = re.compile("|".join(map(re.escape, _WRITES)))


def _writer_lines(text: str) -> list[str]:
    out: list[str] = []
    end = -1
    for m in _WRITER_TOKEN.finditer(text):
        if m.start() <= end:
            continue  # a second writer token on a line already taken
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        out.append(text[start:end])
    return out


@dataclass
class _Facts:
    """What one file of the project says about data files: its writer lines, its path constants."""

    writer_lines: list[str]
    bindings: list[tuple[str, str]]  # (name, the line binding it to a path)


_FACTS: dict[str, tuple[int, int, _Facts]] = {}


def _facts(path: str) -> _Facts:
    empty = _Facts([], [])
    try:
        st = os.stat(path)
        got = _FACTS.get(path)
        if got is not None and got[:2] == (st.st_mtime_ns, st.st_size):
            return got[2]
        if st.st_size > 2_000_000 or not stat.S_ISREG(st.st_mode):  # a FIFO named .py would block the read
            return empty
        with open(path, "rb") as fh:
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return empty
    facts = _Facts(
        _writer_lines(text),
        [(m.group(1), m.group(0)) for m in _BINDING.finditer(text) if m.group(1) not in _GENERIC and _path_constant(m.group(0))],
    )
    _FACTS[path] = (st.st_mtime_ns, st.st_size, facts)
    return facts


@dataclass
class _Index:
    """What a project's scripts write and which constants name files, by file name: built once
    per listing of the project (each file's facts are kept while the file is unchanged)."""

    files: list[str]
    writers: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # file name in a literal -> (file, writer line)
    constant_writers: list[tuple[str, str]] = field(default_factory=list)  # writer lines that name no file
    bindings: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # file name -> (constant, its line)
    memo: dict[str, list[str]] = field(default_factory=dict)


_INDEXES: dict[str, _Index] = {}


def _names_in(line: str) -> set[str]:
    return {os.path.basename(lit.replace("\\", "/").rstrip("/")) for lit in _LITERAL.findall(line)} - {""}


def _index(root: str) -> _Index:
    files = project_files(root)
    got = _INDEXES.get(root)
    if got is not None and got.files is files:
        return got
    index = _Index(files)
    for f in files:
        facts = _facts(f)
        for line in facts.writer_lines:
            names = _names_in(line)
            for n in names:
                index.writers.setdefault(n, []).append((f, line))
            if not any("." in n for n in names):  # to_csv(config.PROCESSED): a constant, maybe
                index.constant_writers.append((f, line))
        for ident, line in facts.bindings:
            for n in _names_in(line):
                index.bindings.setdefault(n, []).append((ident, line))
    _INDEXES[root] = index
    return index


def writer_candidates(reader: str, file_path: str, limit: int = 4) -> list[str]:
    """Scripts of the reader's project that may write ``file_path``: a line of theirs calls a
    writer and names the file, or a constant that a line of the project binds to it
    (``PROCESSED = DATA / "processed.csv"`` in a shared ``config.py``)."""
    folder = folder_of(reader)
    if folder is None:
        return []
    name = os.path.basename(file_path.replace("\\", "/").rstrip("/"))
    if not name:
        return []
    index = _index(project_root(folder))
    found = index.memo.get(file_path)
    if found is None:
        constants = sorted({ident for ident, line in index.bindings.get(name, ()) if _may_write(line, name, file_path)})
        words = re.compile(r"\b(?:" + "|".join(map(re.escape, constants)) + r")\b") if constants else None
        direct = [f for f, line in index.writers.get(name, ()) if _may_write(line, name, file_path)]
        via = [f for f, line in index.constant_writers if words is not None and words.search(line)]
        found = list(dict.fromkeys([*direct, *via]))
        index.memo[file_path] = found
    me = os.path.abspath(reader)
    return [f for f in found if f != me][:limit]


_LITERAL = re.compile(r"""["']([^"'\n]*)["']""")


def _may_write(line: str, name: str, path: str) -> bool:
    """A writer line naming ``name`` in a literal that can be ``path`` (``DATA / "x.csv"``: a tail of it)."""
    if name not in line:
        return False
    tail = _parts(path)
    for literal in _LITERAL.findall(line):
        parts = _parts(literal)
        if parts and parts[-1] == name and tail[-len(parts):] == parts:
            return True
    return False


def _parts(path: str) -> list[str]:
    return [p for p in os.path.normpath(path.replace("\\", "/")).split("/") if p not in ("", ".")]


def _path_constant(line: str) -> bool:
    """``RAW = DATA / "raw.csv"``, ``OUT = os.path.join("data", "x.csv")``: a path, not a call that reads one."""
    value = line.split("=", 1)[1]
    if '"' not in value and "'" not in value:
        return False
    calls = re.findall(r"([A-Za-z_][\w.]*)\s*\(", value)
    return all(c.rpartition(".")[2] in ("Path", "PurePath", "join", "joinpath", "str") for c in calls)


_GENERIC = frozenset({"path", "file", "filename", "fname", "out", "output", "data", "df", "name", "target", "src", "dst"})
_BINDING = re.compile(r"^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)[^\n\"']*[\"'][^\n]*$", re.MULTILINE)  # NAME = ... "a string" ...


def same_file(a: str, b: str) -> bool:
    """Do two path strings written in programs name the same file (``./data/x.csv`` = ``data/x.csv``)?"""
    return os.path.normpath(a.replace("\\", "/")) == os.path.normpath(b.replace("\\", "/"))


def display_path(path: str) -> str:
    """How a foreign file is named in findings: relative to the working folder when under it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
