"""Finding and reading source files robustly: every problem becomes a reason, never a crash.

``read_python_source`` decodes like the interpreter (byte order mark, PEP 263) and keeps the
text exactly as written, since the autofixer writes it back. ``check_nesting`` bounds what
crashes or stalls libcst's native parser (deep brackets segfault the whole process) before
libcst sees a file. ``discover`` expands folders to ``.py``/``.ipynb`` files with excludes,
``.gitignore`` files and symlink-loop protection, reporting unreadable paths instead of
stopping. ``read_file`` reads bytes without hanging on FIFOs or swallowing huge files.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass

from leakscan.config import DEFAULT_EXCLUDE, glob_match
from leakscan.findings import FileError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Notebooks carry their outputs (plots as base64): the code is small, the file need not be.
NOTEBOOK_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_EXCLUDES = (*DEFAULT_EXCLUDE, "__pycache__")  # the config's list, plus folders of bytecode
SUFFIXES = (".py", ".ipynb")
_MIB = 1024 * 1024


class SourceError(Exception):
    """A file that cannot be analyzed; the message is the reason, for a person."""


# ----------------------------------------------------------------------------- decoding
_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")
_NEWLINE = b"\n"


def read_python_source(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a Python file as CPython would; newlines and everything else are kept as written.

    ``max_bytes`` bounds the size (0: no limit). A UTF-8 byte order mark is dropped, as the
    interpreter drops it.
    """
    if max_bytes and len(data) > max_bytes:
        raise SourceError(_too_big(len(data), max_bytes))
    if b"\x00" in data:
        raise SourceError("contains NUL bytes (binary file?)")
    declared, line = _declared_encoding(data)
    offset = 0
    if data.startswith(codecs.BOM_UTF8):
        if declared is not None and _codec_name(declared) != "utf-8":
            raise SourceError(f"encoding problem: utf-8 byte order mark but '{declared}' declared on line {line}")
        offset = len(codecs.BOM_UTF8)
    encoding = declared or "utf-8"
    if declared is not None:
        _check_codec(declared, line)
    try:
        return data[offset:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = exc.start + offset
        where = f"byte {at} (line {data.count(_NEWLINE, 0, at) + 1})"
        raise SourceError(f"cannot decode as {encoding} at {where}: {exc.reason}") from None


def _declared_encoding(data: bytes) -> tuple[str | None, int]:
    """The PEP 263 declaration in the first two lines, if any, and its line number.

    As in ``tokenize.detect_encoding``: the second line counts only when the first holds
    nothing but a comment or blanks.
    """
    for number, raw in enumerate(data.split(b"\n", 2)[:2], 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        m = _CODING.match(raw)
        if m:
            return m.group(1).decode("ascii", "replace").lower(), number
        if not _BLANK.match(raw):
            break
    return None, 0


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _check_codec(name: str, line: int) -> None:
    """The declared codec exists, decodes text, and keeps ASCII as ASCII (as CPython requires)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise SourceError(f"unknown encoding '{name}' declared on line {line}") from None
    probe = b"# x = 1\n"
    try:
        usable = getattr(info, "_is_text_encoding", True) and info.decode(probe)[0] == probe.decode("ascii")
    except (UnicodeError, TypeError, ValueError):
        usable = False
    if not usable:
        raise SourceError(f"encoding '{name}' declared on line {line} cannot be used for Python source")


def _size(n: float) -> str:
    if n >= _MIB:
        return f"{n / _MIB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{int(n)} bytes"


def _too_big(size: int, limit: int) -> str:
    shown = _size(limit).replace(".0 ", " ")
    return f"file is {_size(size)}, larger than the {shown} limit"


# ------------------------------------------------------------------------------ nesting
# The scan is linear and mostly in C: a regex jumps to the next quote, comment, newline or
# backslash, and the brackets of the code in between are counted with ``str.count``; only
# runs that could pass the limit, and f-string fields, are looked at character by character.
_STRUCTURE = re.compile(r"['\"#\n\\]")
_FIELD = re.compile(r"['\"#\n\\()\[\]{}:]")  # inside an f-string replacement field
_BRACKET = re.compile(r"[()\[\]{}]")
_PREFIX = frozenset("rRbBuUfFtT")
# The rest of a plain string: stops after its closing quote, at an unterminated line's end, or at EOF.
_STRING_END = {
    "'": re.compile(r"[^'\\\n]*(?:\\(?:\r\n|.)[^'\\\n]*)*'?", re.DOTALL),
    '"': re.compile(r'[^"\\\n]*(?:\\(?:\r\n|.)[^"\\\n]*)*"?', re.DOTALL),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*(?:'''|\Z)", re.DOTALL),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*(?:"""|\Z)', re.DOTALL),
}
# What ends the literal part of an f-string or starts something in it.
_FSTRING_STOP = {
    "'": re.compile(r"[{}\\\n']"),
    '"': re.compile(r'[{}\\\n"]'),
    "'''": re.compile(r"[{}\\]|'''"),
    '"""': re.compile(r'[{}\\]|"""'),
}
_FORMAT_SPEC_STOP = re.compile(r"[{}]")
_INDENT = re.compile(r"[ \t\f]*")
_OPERATOR = re.compile(r"[-+*/%@&|^~<>.(\[{]|\b(?:and|or|not|if|else|lambda|await|in|is)\b")
# For the exact count of operators in a long statement: the tokens that matter to it.
_TOKEN = re.compile(
    r"""
      (?P<s>['"])
    | (?P<o>[(\[{])
    | (?P<c>[)\]}])
    | (?P<h>\#[^\r\n]*)
    | (?P<x>\\\r?\n)
    | (?P<p>[,;:\n])
    | (?P<k>[-+*/%@&|^~<>.]|\b(?:and|or|not|if|else|lambda|await|in|is)\b)
    """,
    re.VERBOSE,
)
DEFAULT_CHAIN_LIMIT = 500


def check_nesting(text: str, limit: int = 100, *, chain_limit: int = DEFAULT_CHAIN_LIMIT) -> None:
    """Raise SourceError for code that libcst's native parser cannot take safely.

    Bounds, outside strings and comments: bracket depth (f-string replacement fields count
    as brackets) and indentation levels by ``limit`` (CPython itself stops at 200 brackets
    and 100 indentation levels; libcst segfaults near 2,000 brackets). ``chain_limit`` (0:
    none) bounds the operators, calls and subscripts in one expression, counting those of
    the expressions around it, and the ``elif`` branches of one ``if``: libcst's time grows
    with the cube of a chain like ``1+1+...`` or ``a[0][0]...``, and it crashes on about
    10,000 unary minus signs, ``not``, lambdas or ``elif`` branches.
    """
    scan = _Scan(text, limit, chain_limit)
    scan.run()
    if scan.max_depth > limit:
        where = _line(text, scan.max_depth_at)
        raise SourceError(f"nesting too deep: {scan.max_depth} levels of brackets at line {where} (limit {limit})")
    if scan.max_indent > limit:
        where = _line(text, scan.max_indent_at)
        raise SourceError(f"nesting too deep: {scan.max_indent} levels of indentation at line {where} (limit {limit})")
    if chain_limit and scan.max_chain > chain_limit:
        where = _line(text, scan.max_chain_at)
        raise SourceError(
            f"expression too complex: {scan.max_chain} operators in one expression at line {where}"
            f" (limit {chain_limit})"
        )
    if chain_limit and text.count("elif") > chain_limit:
        branches, line = _longest_elif_chain(text)
        if branches > chain_limit:
            raise SourceError(
                f"too many elif branches: {branches} in one if statement at line {line} (limit {chain_limit})"
            )


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


class _Lexer:
    """Enough of Python's lexical rules to tell code from strings and comments, cheaply.

    ``modes`` holds where the scan is inside f-strings: ``("fstr", quote, raw)`` in the literal
    part, ``("fexpr", depth, _)`` in a replacement field opened at bracket ``depth``,
    ``("fspec", depth, _)`` in its format spec. Invalid code never makes a scan fail or go
    back: every step advances, so the cost stays linear.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.depth = 0
        self.max_depth = 0
        self.max_depth_at = 0
        self.modes: list[tuple[str, str | int, bool]] = []

    def _open(self, at: int) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            self.max_depth, self.max_depth_at = self.depth, at

    def _close(self) -> None:
        self.depth -= 1

    def _string(self, at: int) -> int:
        """A string starts with the quote at ``at``: skip it, or enter an f-string."""
        text = self.text
        char = text[at]
        quote = char * 3 if text.startswith(char * 3, at) else char
        start = at
        while start > 0 and at - start < 2 and text[start - 1] in _PREFIX:
            start -= 1
        before = text[start - 1:start]
        prefix = "" if before.isalnum() or before == "_" else text[start:at].lower()
        if "f" in prefix or "t" in prefix:
            self.modes.append(("fstr", quote, "r" in prefix))
            return at + len(quote)
        return _STRING_END[quote].match(text, at + len(quote)).end()  # type: ignore[union-attr]

    def _literal(self, pos: int) -> int:
        """One step in an f-string's literal part or format spec; returns the new position."""
        text, modes = self.text, self.modes
        mode, quote, raw = modes[-1]
        if mode == "fspec":
            m = _FORMAT_SPEC_STOP.search(text, pos)
            if m is None:
                return len(text)
            if m.group() == "{":
                self._open(m.start())
                modes.append(("fexpr", self.depth, False))
            else:
                self._close()
                modes.pop()
            return m.end()
        m = _FSTRING_STOP[quote].search(text, pos)  # type: ignore[index]
        if m is None:
            return len(text)
        at, char = m.start(), m.group()
        if char == "{":
            if text.startswith("{", at + 1):
                return at + 2
            self._open(at)
            modes.append(("fexpr", self.depth, False))
            return at + 1
        if char == "}":
            return at + (2 if text.startswith("}", at + 1) else 1)
        if char == "\\":
            following = text[at + 1:at + 2]
            if following in ("{", "}"):
                return at + 1  # the brace keeps its meaning
            if not raw and following == "N" and text.startswith("{", at + 2):
                end = text.find("}", at + 3)
                return len(text) if end < 0 else end + 1  # \N{NAME} is not a field
            return at + 2
        modes.pop()
        if char == "\n":  # unterminated one-line f-string: the parser will say so
            return at
        return m.end()  # the closing quote

    def _field_closes(self, char: str) -> bool:
        """A closing bracket at a replacement field's own level: ``}`` ends the field."""
        if self.modes and self.depth == self.modes[-1][1]:
            if char == "}":
                self._close()
                self.modes.pop()
            return True  # a stray ) or ] there is left to the parser
        return False


class _Scan(_Lexer):
    """Bracket depth, indentation levels and (through ``_ChainScan``) operator chains."""

    def __init__(self, text: str, limit: int, chain_limit: int) -> None:
        super().__init__(text)
        self.limit = limit
        self.chain_limit = chain_limit
        self.max_chain = 0
        self.max_chain_at = 0
        self.max_indent = 0
        self.max_indent_at = 0
        self.indents = [0]
        # Without tabs, a level past the limit needs that many leading spaces somewhere.
        self.track_indent = "\t" in text or "\f" in text or re.search(f"(?m)^ {{{limit + 1}}}", text) is not None
        self.statement = 0  # where the current top-level statement began

    def run(self) -> None:
        text, n, modes, limit = self.text, len(self.text), self.modes, self.limit
        search, count = _STRUCTURE.search, text.count
        indent, long = self.track_indent, self.chain_limit or n + 1
        pos = 0
        while pos < n:
            if modes:
                pos = self._field(pos) if modes[-1][0] == "fexpr" else self._literal(pos)
                continue
            m = search(text, pos)
            end = n if m is None else m.start()
            if end > pos:  # code without strings or comments: count its brackets
                opens = count("(", pos, end) + count("[", pos, end) + count("{", pos, end)
                if self.depth + opens > limit:
                    self._walk_brackets(pos, end)
                elif opens or self.depth:
                    depth = self.depth + opens - count(")", pos, end) - count("]", pos, end) - count("}", pos, end)
                    self.depth = depth if depth > 0 else 0
            if m is None:
                break
            char = text[end]
            pos = end + 1
            if char == "\n":
                if self.depth:
                    pass
                elif indent or pos - self.statement > long:
                    self._statement_end(pos)
                else:
                    self.statement = pos
            elif char == "#":
                newline = text.find("\n", pos)
                pos = n if newline < 0 else newline
            elif char == "\\":
                if text.startswith("\n", pos):
                    pos += 1
                elif text.startswith("\r\n", pos):
                    pos += 2
            else:
                pos = self._string(end)
        self._statement_end(n)

    def _walk_brackets(self, start: int, end: int) -> None:
        """Brackets one by one where the depth may pass the limit, to find where it does."""
        for m in _BRACKET.finditer(self.text, start, end):
            if m.group() in "([{":
                self._open(m.start())
            elif self.depth:
                self._close()

    def _field(self, pos: int) -> int:
        """One token inside an f-string replacement field."""
        text = self.text
        m = _FIELD.search(text, pos)
        if m is None:
            return len(text)
        at, char = m.start(), m.group()
        if char in "([{":
            self._open(at)
        elif char in ")]}":
            if not self._field_closes(char) and self.depth:
                self._close()
        elif char == ":":
            if self.depth == self.modes[-1][1]:
                self.modes[-1] = ("fspec", self.depth, False)
        elif char in "'\"":
            return self._string(at)
        elif char == "#":
            newline = text.find("\n", at)
            return len(text) if newline < 0 else newline
        elif char == "\\":
            return at + 2
        return at + 1

    def _statement_end(self, pos: int) -> None:
        """A newline outside brackets and strings (or the end): one statement is complete."""
        start, self.statement = self.statement, pos
        if self.chain_limit and pos - start > self.chain_limit:
            if len(_OPERATOR.findall(self.text, start, pos)) > self.chain_limit:
                chain = _ChainScan(self.text, start, pos)
                chain.run()
                if chain.max_chain > self.max_chain:  # reported at the statement's first line
                    self.max_chain, self.max_chain_at = chain.max_chain, start
        if self.track_indent and pos < len(self.text):
            self._indent(pos)

    def _indent(self, pos: int) -> None:
        """Indentation levels as the tokenizer counts them, on a line that starts a statement."""
        m = _INDENT.match(self.text, pos)
        end = m.end()  # type: ignore[union-attr]
        char = self.text[end:end + 1]
        if not char or char in "\r\n#\\":
            return  # blank or comment-only line
        space = m.group()  # type: ignore[union-attr]
        if "\t" in space or "\f" in space:  # tabs to the next multiple of 8; form feed resets
            space = space.rpartition("\f")[2].expandtabs(8)
        width = len(space)
        indents = self.indents
        if width > indents[-1]:
            indents.append(width)
            if len(indents) - 1 > self.max_indent:
                self.max_indent, self.max_indent_at = len(indents) - 1, end
        else:
            while width < indents[-1]:
                indents.pop()


class _ChainScan(_Lexer):
    """Operators in one long statement, as the parser nests them: an expression's operators
    plus those of the expressions around it (an expression ends at ``,``, ``;`` or a newline
    outside brackets). Run only where a cheap count says the limit may be passed."""

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(text)
        self.start, self.end = start, end
        self.segments = [0]  # operators so far in the current expression, per bracket level
        self.total = 0  # sum of ``segments``
        self.max_chain = 0
        self.max_chain_at = start

    def _open(self, at: int) -> None:
        super()._open(at)
        self.segments.append(0)

    def _close(self) -> None:
        super()._close()
        self.total -= self.segments.pop()

    def run(self) -> None:
        text, end, modes, segments = self.text, self.end, self.modes, self.segments
        search = _TOKEN.search
        pos = self.start
        while pos < end:
            if modes and modes[-1][0] != "fexpr":
                pos = self._literal(pos)
                continue
            m = search(text, pos, end)
            if m is None:
                return
            kind, at = m.lastgroup, m.start()
            pos = m.end()
            if kind == "k" or kind == "o":  # a bracket is a call or a subscript on the chain
                segments[-1] += 1
                self.total += 1
                if self.total > self.max_chain:
                    self.max_chain, self.max_chain_at = self.total, at
                if kind == "o":
                    self._open(at)
            elif kind == "c":
                if not self._field_closes(text[at]) and self.depth:
                    self._close()
            elif kind == "p":
                char = text[at]
                if char == ":":
                    if modes and self.depth == modes[-1][1]:
                        modes[-1] = ("fspec", self.depth, False)
                elif char != "\n" or not self.depth:
                    self.total -= segments[-1]
                    segments[-1] = 0
            elif kind == "s":
                pos = self._string(at)
            # "h" (comment) and "x" (continuation) need nothing


def _longest_elif_chain(text: str) -> tuple[int, int]:
    """The most ``elif`` branches of one ``if`` statement, and the line where that count is
    reached (libcst nests each branch in the previous one). By lines and indentation only:
    run when the file holds that many ``elif`` at all."""
    chains: dict[int, int] = {}  # indentation width -> elif branches so far
    best, best_line = 0, 0
    for number, line in enumerate(text.split("\n"), 1):
        code = line.lstrip(" \t\f")
        if not code.strip() or code.startswith("#"):
            continue
        width = len(line[: len(line) - len(code)].expandtabs(8))
        is_elif = code.startswith("elif") and not (code[4:5].isalnum() or code[4:5] == "_")
        for ended in [w for w in chains if w > width or (w == width and not is_elif)]:
            del chains[ended]
        if is_elif:
            chains[width] = chains.get(width, 0) + 1
            if chains[width] > best:
                best, best_line = chains[width], number
    return best, best_line


# ------------------------------------------------------------------------------ reading
_REASONS = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "not a directory",
    errno.ELOOP: "symbolic link loop",
    errno.ENAMETOOLONG: "file name too long",
}


def _reason(exc: OSError) -> str:
    """A short lower-case reason for an OS error, without the path (the report shows it)."""
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def read_file(path: str, *, max_bytes: int | None = None) -> bytes:
    """A file's bytes; SourceError with a human reason otherwise.

    Opens without blocking (a FIFO named ``x.py`` must not hang the scan), refuses anything
    that is not a regular file, and refuses files over ``max_bytes`` before reading them
    (0: no limit; default: ``DEFAULT_MAX_BYTES``, ``NOTEBOOK_MAX_BYTES`` for ``.ipynb``).
    """
    if max_bytes is None:
        max_bytes = NOTEBOOK_MAX_BYTES if path.endswith(".ipynb") else DEFAULT_MAX_BYTES
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENOENT and os.path.islink(path):
            raise SourceError("broken symbolic link") from None
        raise SourceError(_reason(exc)) from None
    try:
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise SourceError("is a directory")
            if not stat.S_ISREG(info.st_mode):
                raise SourceError("not a regular file")
            if max_bytes and info.st_size > max_bytes:
                raise SourceError(_too_big(info.st_size, max_bytes))
            data = fh.read(max_bytes + 1) if max_bytes else fh.read()
    except OSError as exc:
        raise SourceError(_reason(exc)) from None
    if max_bytes and len(data) > max_bytes:  # it grew while we looked
        raise SourceError(_too_big(len(data), max_bytes))
    return data


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
            if ignores and _ignored(ignores, folder.git_rel + name, name, is_dir):
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
    regex: re.Pattern[str]
    negated: bool
    dir_only: bool
    anchored: bool  # matched against the path below the file's folder, else against the name


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


def _ignored(files: tuple[_IgnoreFile, ...], git_path: str, name: str, is_dir: bool) -> bool:
    """Git's precedence: deeper files after shallower ones, and the last matching rule wins."""
    result = False
    for ignore_file in files:
        below = git_path[len(ignore_file.base):]
        for rule in ignore_file.rules:
            if rule.dir_only and not is_dir:
                continue
            if rule.regex.fullmatch(below if rule.anchored else name):
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
    """One ``.gitignore`` line: globs, ``!`` negation, trailing ``/``, ``/`` anchors, ``**``."""
    while line.endswith(" ") and not line.endswith("\\ "):
        line = line[:-1]
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    if negated:
        line = line[1:]
    elif line.startswith(("\\!", "\\#")):
        line = line[1:]
    dir_only = line.endswith("/")
    line = line.rstrip("/")
    anchored = "/" in line
    line = line.lstrip("/")
    if not line:
        return None
    return _IgnoreRule(re.compile(_ignore_regex(line)), negated, dir_only, anchored)


def _ignore_regex(pattern: str) -> str:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "*":
            alone = (i == 0 or pattern[i - 1] == "/") and (i + 2 == n or pattern[i + 2] == "/")
            if pattern.startswith("**", i) and alone:
                if i + 2 == n:
                    out.append(".*")  # trailing /** : everything inside
                    i += 2
                else:
                    out.append("(?:.*/)?")  # **/ : zero or more folders
                    i += 3
                continue
            while i < n and pattern[i] == "*":
                i += 1
            out.append("[^/]*")
            continue
        if char == "?":
            out.append("[^/]")
        elif char == "[":
            start = i + 1
            if pattern[start:start + 1] in ("!", "^"):
                start += 1
            end = pattern.find("]", start + 1 if pattern[start:start + 1] == "]" else start)
            if end < 0:
                out.append(re.escape(char))
            else:
                body = pattern[i + 1:end]
                negate = body[:1] in ("!", "^")
                if negate:
                    body = body[1:]
                inner = "".join(c if c == "-" else re.escape(c) for c in body)
                out.append(f"[{'^' if negate else ''}{inner}]")
                i = end
        elif char == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 1
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)
