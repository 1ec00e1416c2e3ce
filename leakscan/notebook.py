"""Jupyter notebooks as one Python program, and the way back to the ``.ipynb`` file.

Leaks usually span cells (fit in cell 3, split in cell 5), so a notebook is analyzed the way
ruff does it: its code cells, joined in order, form one module, as if the notebook ran once top
to bottom. IPython syntax (magics, shell escapes, help) is masked into inert Python on the same
lines, and every program position maps back to (cell, line, column) in the original cell text.

Writing back edits only the JSON text of the changed cells' sources, so outputs, metadata, key
order, indentation and escaping stay byte-identical. Only the standard library is used
(``json``): nbformat would be a heavy dependency for reading one list of strings.
"""

from __future__ import annotations

import difflib
import json
import keyword
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from leakscan.findings import Edit

__all__ = [
    "NotebookError",
    "NotebookSource",
    "apply_cell_edits",
    "apply_program_edits",
    "program_to_cells",
    "read_notebook",
    "replace_cell_sources",
    "source_json_line",
    "split_program_edit",
    "to_cell_edit",
    "write_program",
]


class NotebookError(Exception):
    """A notebook that cannot be read or an edit that cannot be written back; the message is
    meant for the user as is (it becomes the ``errors`` entry of the report)."""


# --------------------------------------------------------------------------------------------
# IPython syntax tables
# --------------------------------------------------------------------------------------------

# Cell magics whose body is Python run in the kernel's namespace: the body is analyzed. Any
# other cell magic (%%bash, %%html, %%writefile, %%sql, %%R, ...) runs something else: the cell
# is skipped, as ruff does.
_PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "memit"})

# Line magics followed by a Python statement that runs in the user namespace, with the options
# that take a value (so "-n 10" is skipped as a whole). "%time" takes no options at all.
_STATEMENT_MAGICS: dict[str, frozenset[str]] = {
    "time": frozenset(),
    "timeit": frozenset("nrp"),
    "prun": frozenset("lsTD"),
    "memit": frozenset("rt"),
    "lprun": frozenset("fmDTu"),
    "mprun": frozenset("fT"),
}

# Line magics IPython also runs without "%" (automagic). Only lines that are not valid Python
# anyway ("pip install x", "matplotlib inline") are masked.
_AUTOMAGICS = frozenset("""alias autoawait autocall automagic autoreload bookmark cd clear colors conda config
    debug dhist dirs doctest_mode env gui history load load_ext loadpy logoff logon logstart
    logstate logstop lprun lsmagic macro magic mamba matplotlib memit micromamba mprun notebook
    page pdb pdef pdoc pfile pinfo pinfo2 pip popd pprint precision prun psearch psource pushd
    pwd pycat pylab quickref recall rehashx reload_ext rerun reset reset_selective run save sc
    set_env store sx system tb time timeit unalias unload_ext who who_ls whos xdel xmode""".split())

_NAME_PATH = r"%{0,2}[A-Za-z_*][\w*]*(?:\.[A-Za-z_*][\w*]*)*"
# "df?", "df.head??", "?df", "??np.*load*", "?": object help, never valid Python.
_HELP = re.compile(rf"(?:\?{{1,2}}[ \t]*(?:{_NAME_PATH})?|{_NAME_PATH}[ \t]*\?{{1,2}})[ \t]*(?:#.*)?$")
_AUTOMAGIC = re.compile(r"([A-Za-z_]\w*)[ \t]+(\S)")
_WORD = re.compile(r"[A-Za-z_]\w*")
_MAGIC_NAME = re.compile(r"%{1,2}([\w.]*)")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_BAD_CHAR = re.compile(r"[\x00\ud800-\udfff]")
_INDENT = re.compile(r"[ \t]+")


# --------------------------------------------------------------------------------------------
# The program and its map back to cells
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LineMap:
    """One program line: where it comes from, and how masking changed its columns.

    The original line (after IPython's common-indent removal of ``dedent`` characters) is
    ``kept + removed + tail`` and the program line is ``kept + replacement + tail``, where
    ``kept`` has ``keep`` characters, ``removed`` has ``removed`` and ``replacement`` has
    ``inserted``. An unmasked line has ``removed == inserted == 0``.
    """

    cell: int
    line: int
    dedent: int = 0
    keep: int = 0
    removed: int = 0
    inserted: int = 0

    @property
    def masked(self) -> bool:
        return bool(self.removed or self.inserted)


@dataclass
class _Cell:
    index: int  # 1-based among all cells
    kind: str  # cell_type
    source: str  # original source text ("" for cells without one)
    lines: list[tuple[str, str]]  # (content, line ending) of the original source
    first_line: int = 0  # program line of the cell's first line; 0 when not analyzed
    skipped: str | None = None  # why a code cell is not analyzed
    dedent_prefix: str = ""  # leading indentation IPython strips from the cell

    @property
    def in_program(self) -> bool:
        return self.first_line > 0

    @property
    def newline(self) -> str:
        endings = [end for _, end in self.lines if end]
        return max(("\n", "\r\n", "\r"), key=endings.count) if endings else "\n"

    @property
    def trailing_newline(self) -> bool:
        return bool(self.lines) and bool(self.lines[-1][1])


@dataclass
class NotebookSource:
    """A notebook read as one Python program.

    ``text`` is the joined, masked program: every analyzed code cell contributes its lines,
    each followed by a newline, with nothing inserted between cells. ``skipped`` names the code
    cells left out of it and why (a ``%%bash`` cell, a non-Python cell). ``original`` is the
    file text it was read from, used when writing back.
    """

    text: str
    cell_count: int = 0
    language: str = "python"
    skipped: dict[int, str] = field(default_factory=dict)
    original: str = field(default="", repr=False)
    _cells: list[_Cell] = field(default_factory=list, repr=False)
    _lines: list[_LineMap] = field(default_factory=list, repr=False)

    @property
    def code_cells(self) -> tuple[int, ...]:
        """The cells (1-based) whose lines are part of the program."""
        return tuple(c.index for c in self._cells if c.in_program)

    def cell_source(self, cell: int) -> str:
        """The original source text of a cell, magics included."""
        return self._cell(cell).source

    def locate(self, line: int, column: int) -> tuple[int, int, int]:
        """(cell, line in cell, column in the original cell text) of a program position.

        All 1-based. A column inside masked IPython syntax maps to where that syntax starts;
        the position just past the last program line maps past the last cell's last line.
        """
        lm, past_end = self._line_map(line)
        if past_end:
            return lm.cell, lm.line + 1, 1
        return lm.cell, lm.line, _original_column(lm, column, "locate")

    def locate_range(self, line: int, column: int, end_line: int, end_column: int) -> tuple[int, int, int, int, int]:
        """(cell, line, column, end_line, end_column) of a program range, for reporting.

        An end at the start of the next cell's first line ends the start's cell; a range that
        really crosses cells is cut at the end of the start's cell.
        """
        cell, first, col = self.locate(line, column)
        try:
            _, (end_cell, last, end_col) = self._end_position(cell, (line, column), end_line, end_column, "locate")
        except NotebookError:
            end_cell, last, end_col = cell, 0, 0
        if end_cell != cell or (last, end_col) < (first, col):
            last, end_col = len(self._cell(cell).lines) + 1, 1
        return cell, first, col, last, end_col

    def program_line(self, cell: int, line: int) -> int:
        """The program line of a cell's line (both 1-based); ``line`` may be one past the end."""
        info = self._cell(cell)
        if not info.in_program:
            raise NotebookError(f"cell {cell} is not part of the analyzed program ({self._why_not(info)})")
        if not 1 <= line <= len(info.lines) + 1:
            raise NotebookError(f"cell {cell} has no line {line}")
        return info.first_line + line - 1

    def program_position(self, cell: int, line: int, column: int) -> tuple[int, int]:
        """The program (line, column) of a position in a cell's original text (inverse of
        ``locate``); a column inside masked IPython syntax maps to the start of its stand-in."""
        program_line = self.program_line(cell, line)
        if program_line > len(self._lines) or self._lines[program_line - 1].cell != cell:
            return program_line, 1
        lm = self._lines[program_line - 1]
        index = max(column - 1 - lm.dedent, 0)
        if index >= lm.keep + lm.removed:
            index += lm.inserted - lm.removed
        elif index > lm.keep:
            index = lm.keep
        return program_line, index + 1

    # -- internals ---------------------------------------------------------------------------

    def _cell(self, cell: int) -> _Cell:
        if not 1 <= cell <= len(self._cells):
            raise NotebookError(f"no cell {cell}: the notebook has {len(self._cells)} cells")
        return self._cells[cell - 1]

    def _why_not(self, info: _Cell) -> str:
        if info.skipped:
            return info.skipped
        return f"a {info.kind} cell" if info.kind != "code" else "not analyzed"

    def _line_map(self, line: int) -> tuple[_LineMap, bool]:
        """The map of a program line, and whether ``line`` is the position just past the end."""
        if 1 <= line <= len(self._lines):
            return self._lines[line - 1], False
        if line == len(self._lines) + 1 and self._lines:
            return self._lines[-1], True
        raise NotebookError(f"line {line} is outside the notebook's program ({len(self._lines)} lines)")

    def _end_position(
        self, start_cell: int, start: tuple[int, int], end_line: int, end_column: int, role: _Role
    ) -> tuple[int, tuple[int, int, int]]:
        """The cell position of a range end; an end at column 1 of the line after the start
        cell's last line belongs to the start cell (line count + 1)."""
        if (end_line, end_column) != start and end_column == 1 and end_line >= 2:
            prev, _ = self._line_map(end_line - 1)
            following = self._lines[end_line - 1] if end_line <= len(self._lines) else None
            if prev.cell == start_cell and (following is None or following.cell != start_cell):
                return start_cell, (start_cell, prev.line + 1, 1)
        lm, past_end = self._line_map(end_line)
        if past_end:
            return lm.cell, (lm.cell, lm.line + 1, 1)
        return lm.cell, (lm.cell, lm.line, _original_column(lm, end_column, role))


_Role = Literal["locate", "start", "start_before", "end"]


def _original_column(lm: _LineMap, column: int, role: _Role) -> int:
    """Map a 1-based program column to the original cell line.

    At the seam between kept text and masked syntax, ``locate`` and ``start`` go past the
    magic (to the statement it times), ``start_before`` and ``end`` stay before it, so that
    inserting or deleting whole lines keeps magics attached to their statements. Editing
    inside a stand-in such as ``pass`` is refused.
    """
    index = max(column - 1, 0)
    if not lm.masked:
        return lm.dedent + index + 1
    keep, removed, inserted = lm.keep, lm.removed, lm.inserted
    if index < keep:
        out = index
    elif index == keep:
        if inserted or role in ("start_before", "end"):
            out = keep
        else:
            out = keep + removed
    elif index < keep + inserted:
        if role != "locate":
            raise NotebookError(f"cell {lm.cell}, line {lm.line}: the edit changes an IPython magic")
        out = keep
    else:
        out = index - inserted + removed
    return lm.dedent + out + 1


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def read_notebook(text: str) -> NotebookSource:
    """Read ``.ipynb`` text (nbformat 4, or 3) into one masked Python program."""
    document = _load_json(text)
    raw_cells = _cell_list(document)
    language = _notebook_language(document)
    cells: list[_Cell] = []
    program: list[str] = []
    maps: list[_LineMap] = []
    skipped: dict[int, str] = {}
    for index, raw in enumerate(raw_cells, start=1):
        kind, source = _cell_fields(index, raw)
        info = _Cell(index, kind, source, _split_lines(source))
        cells.append(info)
        if kind != "code":
            continue
        cell_language = _cell_language(raw) or language
        bad = _BAD_CHAR.search(source)
        if not _is_python(cell_language):
            info.skipped = f"not Python (language: {cell_language})"
        elif bad is not None:
            what = "a NUL byte" if bad.group() == "\x00" else "an invalid character (lone surrogate)"
            raise NotebookError(f"cell {index}: the source contains {what}")
        if info.skipped is None:
            masked = _mask_cell(info)
            if masked is not None:
                info.first_line = len(program) + 1
                for lm, line in masked:
                    maps.append(lm)
                    program.append(line + "\n")
        if info.skipped is not None:
            skipped[index] = info.skipped
    return NotebookSource(
        text="".join(program),
        cell_count=len(cells),
        language=language,
        skipped=skipped,
        original=text,
        _cells=cells,
        _lines=maps,
    )


def _load_json(text: str) -> Any:
    if not text.strip().lstrip("\ufeff"):
        raise NotebookError("empty file")
    try:
        return json.loads(text[1:] if text.startswith("\ufeff") else text)
    except json.JSONDecodeError as exc:
        raise NotebookError(f"invalid notebook JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise NotebookError("invalid notebook JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer beyond the digit limit
        raise NotebookError(f"invalid notebook JSON: {exc}") from None


def _cell_list(document: Any) -> list[Any]:
    """The cells of nbformat 4 (``cells``) or nbformat 3 (all ``worksheets``' cells)."""
    if not isinstance(document, dict):
        kind = {list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(type(document), "a number")
        raise NotebookError(f"not a notebook: the JSON document is {kind}, not an object")
    if "cells" in document:
        if not isinstance(document["cells"], list):
            raise NotebookError("'cells' is not a list")
        return document["cells"]
    if "worksheets" in document:
        worksheets = document["worksheets"]
        if not isinstance(worksheets, list):
            raise NotebookError("'worksheets' is not a list")
        cells: list[Any] = []
        for number, sheet in enumerate(worksheets, start=1):
            if not isinstance(sheet, dict):
                raise NotebookError(f"worksheet {number} is not an object")
            sheet_cells = sheet.get("cells", [])
            if not isinstance(sheet_cells, list):
                raise NotebookError(f"worksheet {number}: 'cells' is not a list")
            cells.extend(sheet_cells)
        return cells
    raise NotebookError("not a notebook: no 'cells'")


def _source_key(raw: dict[str, Any]) -> str:
    """nbformat 3 keeps a code cell's text under ``input``."""
    return "input" if raw.get("cell_type") == "code" and "source" not in raw and "input" in raw else "source"


def _cell_fields(index: int, raw: Any) -> tuple[str, str]:
    if not isinstance(raw, dict):
        raise NotebookError(f"cell {index}: not a JSON object")
    kind = raw.get("cell_type")
    if kind is None:
        raise NotebookError(f"cell {index}: no 'cell_type'")
    if not isinstance(kind, str):
        raise NotebookError(f"cell {index}: 'cell_type' is not a string")
    key = _source_key(raw)
    if key not in raw:
        if kind == "code":
            raise NotebookError(f"cell {index}: code cell has no 'source'")
        return kind, ""
    value = raw[key]
    if isinstance(value, str):
        return kind, value
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return kind, "".join(value)
    raise NotebookError(f"cell {index}: '{key}' is neither a string nor a list of strings")


def _notebook_language(document: dict[str, Any]) -> str:
    metadata = document.get("metadata")
    if isinstance(metadata, dict):
        for section, key in (("language_info", "name"), ("kernelspec", "language")):
            value = metadata.get(section)
            if isinstance(value, dict) and isinstance(value.get(key), str) and value[key].strip():
                return value[key].strip()
    return "python"


def _cell_language(raw: dict[str, Any]) -> str | None:
    """A per-cell language: VS Code's ``metadata.vscode.languageId`` or nbformat 3's ``language``."""
    metadata = raw.get("metadata")
    if isinstance(metadata, dict):
        vscode = metadata.get("vscode")
        if isinstance(vscode, dict) and isinstance(vscode.get("languageId"), str):
            return vscode["languageId"]
    language = raw.get("language")
    return language if isinstance(language, str) else None


def _is_python(language: str) -> bool:
    return language.strip().lower().startswith(("python", "ipython", "pyspark"))


def _split_lines(source: str) -> list[tuple[str, str]]:
    """(content, ending) per line; only CR, LF and CRLF end lines, as in Python source."""
    out: list[tuple[str, str]] = []
    pos = 0
    for match in _NEWLINE.finditer(source):
        out.append((source[pos : match.start()], match.group()))
        pos = match.end()
    if pos < len(source):
        out.append((source[pos:], ""))
    return out


# --------------------------------------------------------------------------------------------
# Masking IPython syntax
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mask:
    """``line[:keep] + replacement + line[keep + removed:]`` is the inert Python for a line."""

    keep: int
    removed: int
    replacement: str
    python_tail: bool = False  # the text after the removed part is a Python statement

    def apply(self, line: str) -> str:
        return line[: self.keep] + self.replacement + line[self.keep + self.removed :]


class _Lexer:
    """Just enough of Python's tokenizer to know whether a line starts a new statement:
    open brackets, open strings and backslash continuations carry over to the next line."""

    def __init__(self) -> None:
        self.depth = 0
        self.string: str | None = None  # the closing quote of an open string
        self.continued = False

    @property
    def at_statement_start(self) -> bool:
        return self.depth == 0 and self.string is None and not self.continued

    def feed(self, line: str) -> None:
        self.continued = False
        i, n = 0, len(line)
        while i < n:
            if self.string is not None:
                if line[i] == "\\":
                    if i == n - 1:
                        self.continued = True
                    i += 2
                elif line.startswith(self.string, i):
                    i += len(self.string)
                    self.string = None
                else:
                    i += 1
                continue
            char = line[i]
            if char == "#":
                break
            if char in "'\"":
                self.string = char * 3 if line.startswith(char * 3, i) else char
                i += len(self.string)
                continue
            if char in "([{":
                self.depth += 1
            elif char in ")]}":
                self.depth = max(self.depth - 1, 0)
            elif char == "\\" and i == n - 1:
                self.continued = True
            i += 1
        if self.string is not None and len(self.string) == 1 and not self.continued:
            self.string = None  # unterminated: a syntax error the parser will report


def _mask_cell(info: _Cell) -> list[tuple[_LineMap, str]] | None:
    """The program lines of a code cell with their maps, or None when the cell is skipped."""
    contents = [content for content, _ in info.lines]
    first = next((k for k, text in enumerate(contents) if text.strip()), None)
    dedents = [0] * len(contents)
    if first is not None:
        # IPython strips the first line's indentation from every line that starts with it.
        match = _INDENT.match(contents[first])
        if match:
            info.dedent_prefix = match.group()
            dedents = [len(match.group()) if text.startswith(match.group()) else 0 for text in contents]
    body = [text[d:] for text, d in zip(contents, dedents)]

    masks: list[_Mask | None] = [None] * len(body)
    start = 0
    if first is not None and body[first].startswith("%%"):
        name = _MAGIC_NAME.match(body[first])
        magic = name.group(1) if name else ""
        if magic not in _PYTHON_CELL_MAGICS:
            info.skipped = f"%%{magic} cell" if magic else "cell magic"
            return None
        masks[first] = _Mask(0, len(body[first]), _cell_magic_stand_in(magic, body[first]))
        start = first + 1
    lexer = _Lexer()
    continuation_indent: str | None = None
    for k in range(start, len(body)):
        line = body[k]
        if continuation_indent is not None:
            # A magic or shell line continued with a backslash: the whole line is IPython's.
            masks[k] = _Mask(0, len(line), continuation_indent + "pass")
            if not line.rstrip().endswith("\\"):
                continuation_indent = None
            continue
        mask = _classify(line) if lexer.at_statement_start else None
        if mask is None:
            lexer.feed(line)
            continue
        masks[k] = mask
        if mask.python_tail:
            lexer.feed(line[mask.keep + mask.removed :])
        elif line.rstrip().endswith("\\"):
            continuation_indent = line[: len(line) - len(line.lstrip(" \t"))]
    out: list[tuple[_LineMap, str]] = []
    for k, line in enumerate(body):
        mask = masks[k]
        if mask is None:
            out.append((_LineMap(info.index, k + 1, dedents[k]), line))
        else:
            lm = _LineMap(info.index, k + 1, dedents[k], mask.keep, mask.removed, len(mask.replacement))
            out.append((lm, mask.apply(line)))
    return out


def _cell_magic_stand_in(magic: str, line: str) -> str:
    """``%%capture out`` defines ``out``; other Python-bodied cell magics define nothing."""
    if magic == "capture":
        words = [w for w in line.split()[1:] if not w.startswith("-")]
        if words and words[-1].isidentifier() and not keyword.iskeyword(words[-1]):
            return f"{words[-1]} = None"
    return "pass"


def _classify(line: str) -> _Mask | None:
    """The mask for a line that starts a statement, or None when it is plain Python."""
    stripped = line.lstrip(" \t")
    indent = len(line) - len(stripped)
    if not stripped:
        return None
    if stripped[0] == "%":
        return _magic_mask(line, indent, "pass")
    # "!cmd" runs a shell; "/f x", ",f a b" and ";f a b" are IPython's autocall escapes.
    if stripped[0] in "!/,;" or _HELP.match(stripped):
        return _Mask(indent, len(stripped), "pass")
    auto = _AUTOMAGIC.match(stripped)
    if auto and auto.group(1) in _AUTOMAGICS and _starts_argument(stripped[auto.start(2) :]):
        return _magic_mask(line, indent, "pass")
    return _assignment_mask(line)


def _starts_argument(rest: str) -> bool:
    """Whether ``name rest`` cannot be Python (``pip install``), as opposed to ``x in y``."""
    if rest[0] in "'\"" or rest[0].isdigit():
        return True
    word = _WORD.match(rest)
    return word is not None and not keyword.iskeyword(word.group())


def _magic_mask(line: str, at: int, stand_in: str) -> _Mask:
    """Mask the magic starting at ``line[at]``; a timing magic keeps the statement it runs."""
    match = _MAGIC_NAME.match(line, at)
    if match is None:  # automagic: no percent sign
        match = _WORD.match(line, at)
        assert match is not None
        name, name_end = match.group(), match.end()
    else:
        name, name_end = match.group(1), match.end()
    if not line.startswith("%%", at) and name in _STATEMENT_MAGICS:
        statement = _statement_start(line, name_end, name)
        if statement is not None:
            return _Mask(at, statement - at, "", python_tail=True)
    return _Mask(at, len(line) - at, stand_in)


def _statement_start(line: str, pos: int, name: str) -> int | None:
    """Where the Python statement after ``%name [options]`` starts, or None if there is none."""
    takes_value = _STATEMENT_MAGICS[name]
    n = len(line)

    def skip_blanks(i: int) -> int:
        while i < n and line[i] in " \t":
            i += 1
        return i

    i = skip_blanks(pos)
    if name != "time":
        while i + 1 < n and line[i] == "-" and line[i + 1].isalpha():
            j = i
            while j < n and line[j] not in " \t":
                j += 1
            letters = line[i + 1 : j]
            value_in_next = False
            for k, letter in enumerate(letters):
                if letter in takes_value:
                    value_in_next = k == len(letters) - 1
                    break
            i = skip_blanks(j)
            if value_in_next:
                while i < n and line[i] not in " \t":
                    i += 1
                i = skip_blanks(i)
    if i >= n or line[i] == "#":
        return None
    return i


def _assignment_mask(line: str) -> _Mask | None:
    """``files = !ls`` and ``x = %sx ls`` keep the assignment (``files = None``) so the name
    stays defined; ``t = %timeit -o f()`` keeps ``t = f()``."""
    eq = _top_level_assign(line)
    if eq is None or not line[:eq].strip():
        return None
    at = eq + 1
    while at < len(line) and line[at] in " \t":
        at += 1
    rest = line[at:]
    if rest.startswith("!") and not rest.startswith("!="):
        return _Mask(at, len(rest), "None")
    if rest.startswith("%") and len(rest) > 1 and (rest[1].isalpha() or rest[1] == "_"):
        return _magic_mask(line, at, "None")
    return None


def _top_level_assign(line: str) -> int | None:
    """The index of the first ``=`` that is an assignment (not ``==``, ``<=``, a keyword
    argument or inside a string)."""
    depth = 0
    quote: str | None = None
    i, n = 0, len(line)
    while i < n:
        char = line[i]
        if quote is not None:
            if char == "\\":
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            i += 1
            continue
        if char == "#":
            return None
        if char in "'\"":
            quote = char * 3 if line.startswith(char * 3, i) else char
            i += len(quote)
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "=" and depth == 0:
            if line.startswith("==", i):
                i += 2
                continue
            if i == 0 or line[i - 1] not in "=!<>+-*/%&|^@:~":
                return i
        i += 1
    return None


# --------------------------------------------------------------------------------------------
# From program edits back to cells
# --------------------------------------------------------------------------------------------


def split_program_edit(nb: NotebookSource, start_line: int, start_col: int, end_line: int, end_col: int) -> int:
    """The cell an edit of the program falls in; NotebookError if it crosses a cell boundary.

    An end at column 1 of the next cell's first line still ends in the start's cell.
    """
    start, _ = nb._line_map(start_line)
    cell = start.cell
    if start_line == len(nb._lines) + 1:
        return cell
    end_cell, _ = nb._end_position(cell, (start_line, start_col), end_line, end_col, "locate")
    if end_cell != cell:
        raise NotebookError("edit crosses a cell boundary")
    return cell


def to_cell_edit(nb: NotebookSource, edit: Edit) -> Edit:
    """An edit of the program as an edit of one cell's original text (``Edit.cell`` set).

    Columns skip masked IPython syntax; inserted lines get the cell's stripped common indent
    and its line endings back. Raises NotebookError for edits across cells or inside magics.
    """
    cell = split_program_edit(nb, edit.line, edit.column, edit.end_line, edit.end_column)
    info = nb._cell(cell)
    content = edit.content
    insertion = (edit.line, edit.column) == (edit.end_line, edit.end_column)
    # Inserting lines before a statement ("stmt\n", or "stmt\n    " at its start), or
    # deleting/replacing whole lines: stay before the statement's magic and stripped indent.
    line_insert = insertion and "\n" in content and not content.rsplit("\n", 1)[1].strip()
    whole_lines = (edit.end_line > edit.line and edit.end_column == 1) or line_insert
    at_line_start = whole_lines and edit.column == 1
    lm, past_end = nb._line_map(edit.line)
    if past_end:
        start = (lm.line + 1, 1)
    elif at_line_start:
        start = (lm.line, 1)
    else:
        start = (lm.line, _original_column(lm, edit.column, "start_before" if whole_lines else "start"))
    if insertion:
        end = start
    else:
        position = (edit.line, edit.column)
        _, (_, end_line, end_col) = nb._end_position(cell, position, edit.end_line, edit.end_column, "end")
        end = (end_line, 1 if at_line_start and edit.end_column == 1 else end_col)
    if info.dedent_prefix:
        content = _reindent(content, info, at_line_start, end)
    if info.newline != "\n":
        content = content.replace("\r\n", "\n").replace("\n", info.newline)
    return Edit(start[0], start[1], end[0], end[1], content, cell=cell)


def _reindent(content: str, info: _Cell, at_line_start: bool, end: tuple[int, int]) -> str:
    """Give inserted lines the common indent IPython strips from this cell's lines."""
    prefix = info.dedent_prefix
    parts = content.split("\n")
    end_line, end_col = end
    rest = info.lines[end_line - 1][0][end_col - 1 :] if end_line <= len(info.lines) else ""
    out: list[str] = []
    for k, part in enumerate(parts):
        if k == 0:
            indent = at_line_start and bool(part.strip())
        elif k < len(parts) - 1:
            indent = bool(part.strip())
        else:  # the rest of the end line follows this part, without its indent
            indent = bool(part.strip()) or (end_col > 1 and bool(rest.strip()))
        out.append(prefix + part if indent else part)
    return "\n".join(out)


def apply_cell_edits(nb: NotebookSource, edits: Iterable[Edit]) -> dict[int, str]:
    """New sources of the cells that cell-relative edits (``Edit.cell`` set) change.

    Positions are clamped to the cell's text; overlapping edits in one cell are refused.
    """
    by_cell: dict[int, list[tuple[int, int, str]]] = {}
    for edit in edits:
        if edit.cell is None:
            raise NotebookError("a notebook edit must name its cell")
        info = nb._cell(edit.cell)
        start = _offset(info, edit.line, edit.column)
        end = _offset(info, edit.end_line, edit.end_column)
        if end < start:
            raise NotebookError(f"cell {edit.cell}: an edit ends before it starts")
        by_cell.setdefault(edit.cell, []).append((start, end, edit.content))
    out: dict[int, str] = {}
    for cell, spans in by_cell.items():
        text = nb._cell(cell).source
        spans.sort(key=lambda s: (s[0], s[1]))
        for (_, end, _), (start, _, _) in zip(spans, spans[1:]):
            if start < end:
                raise NotebookError(f"cell {cell}: overlapping edits")
        for start, end, content in reversed(spans):
            text = text[:start] + content + text[end:]
        if text != nb._cell(cell).source:
            out[cell] = text
    return out


def apply_program_edits(nb: NotebookSource, edits: Iterable[Edit]) -> dict[int, str]:
    """New sources of the cells changed by edits given in program coordinates."""
    return apply_cell_edits(nb, [to_cell_edit(nb, edit) for edit in edits])


def _offset(info: _Cell, line: int, column: int) -> int:
    """The index in a cell's source of a 1-based (line, column), clamped to the text."""
    if line < 1:
        return 0
    offset = sum(len(content) + len(end) for content, end in info.lines[: line - 1])
    if line > len(info.lines):
        return len(info.source)
    content = info.lines[line - 1][0]
    return offset + min(max(column - 1, 0), len(content))


def program_to_cells(nb: NotebookSource, new_program_text: str) -> dict[int, str]:
    """New cell sources for a whole new program text (e.g. a transformed module).

    Unchanged lines keep their original text (magics, common indent, line endings); changed
    lines are matched to cells by a line diff. Refuses (NotebookError) a change that spans two
    cells with a different number of lines, or that loses or rewrites a masked IPython line.
    Lines inserted exactly between two cells go to the end of the earlier cell.
    """
    old = nb.text.split("\n")[:-1] if nb.text else []
    new = _NEWLINE.split(new_program_text)
    if new and new[-1] == "":
        new.pop()
    if old == new:
        return {}
    if not nb._lines:
        raise NotebookError("the notebook has no analyzed code cell to put the new code in")
    lines_by_cell: dict[int, list[tuple[str, str]]] = {c: [] for c in nb.code_cells}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i1, i2):
                lm = nb._lines[k]
                lines_by_cell[lm.cell].append(nb._cell(lm.cell).lines[lm.line - 1])
            continue
        owners = {nb._lines[k].cell for k in range(i1, i2)}
        if len(owners) > 1 and i2 - i1 == j2 - j1:
            for k, j in zip(range(i1, i2), range(j1, j2)):  # line-for-line: each stays in its cell
                lm = nb._lines[k]
                lines_by_cell[lm.cell].extend(_restore_lines(nb, lm.cell, [lm], [old[k]], [new[j]]))
            continue
        if len(owners) > 1:
            raise NotebookError("edit crosses a cell boundary")
        cell = owners.pop() if owners else nb._lines[i1 - 1 if i1 > 0 else 0].cell
        maps = nb._lines[i1:i2]
        lines_by_cell[cell].extend(_restore_lines(nb, cell, maps, old[i1:i2], new[j1:j2]))
    out: dict[int, str] = {}
    for cell, lines in lines_by_cell.items():
        info = nb._cell(cell)
        text = _join_cell_lines(lines, info.newline, info.trailing_newline)
        if text != info.source:
            out[cell] = text
    return out


def write_program(nb: NotebookSource, new_program_text: str) -> str:
    """The notebook file text after replacing its program by ``new_program_text``."""
    return replace_cell_sources(nb.original, program_to_cells(nb, new_program_text))


def _join_cell_lines(lines: list[tuple[str, str]], newline: str, trailing_newline: bool) -> str:
    parts: list[str] = []
    for k, (content, ending) in enumerate(lines):
        last = k == len(lines) - 1
        if last and not trailing_newline:
            ending = ""
        elif not ending:
            ending = newline
        parts.append(content + ending)
    return "".join(parts)


def _restore_lines(
    nb: NotebookSource, cell: int, maps: list[_LineMap], old: list[str], new: list[str]
) -> list[tuple[str, str]]:
    """Changed program lines as cell lines: magics and the stripped common indent put back.

    Lines replaced one for one are restored one by one; a change that adds or removes lines
    must not touch a masked line, since which magic goes where would be a guess.
    """
    info = nb._cell(cell)
    if len(maps) == len(new):
        return [_restore_line(info, lm, o, n) for lm, o, n in zip(maps, old, new)]
    masked = next((lm for lm in maps if lm.masked), None)
    if masked is not None:
        raise NotebookError(f"cell {cell}, line {masked.line}: the change would remove an IPython magic")
    prefix = info.dedent_prefix
    return [(prefix + text if prefix and text.strip() else text, "") for text in new]


def _restore_line(info: _Cell, lm: _LineMap, old: str, new: str) -> tuple[str, str]:
    original, ending = info.lines[lm.line - 1]
    if new == old:
        return original, ending
    head = original[: lm.dedent]
    if not lm.masked:
        return (head + new if new.strip() else new), ""
    kept = old[: lm.keep]
    body = original[lm.dedent :]
    if lm.inserted == 0 and new.startswith(kept) and new[len(kept) :].strip():
        magic = body[lm.keep : lm.keep + lm.removed]
        return head + kept + magic + new[len(kept) :], ""
    raise NotebookError(f"cell {info.index}, line {lm.line}: the change would rewrite an IPython magic")


# --------------------------------------------------------------------------------------------
# Writing back: textual replacement inside the JSON
# --------------------------------------------------------------------------------------------

_STRING_REST = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_STRUCTURAL = re.compile(r'["\[\]{}]')
_SCALAR = re.compile(r"[^,\]}\s]*")
_WHITESPACE = " \t\n\r"
_NON_ASCII_ESCAPE = re.compile(r"\\u(?:00[89a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]|[1-9a-fA-F][0-9a-fA-F]{2})[0-9a-fA-F]")


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WHITESPACE:
        i += 1
    return i


def _skip_string(text: str, i: int) -> int:
    match = _STRING_REST.match(text, i + 1)
    if match is None:
        raise ValueError("unterminated string")
    return match.end()


def _skip_value(text: str, i: int) -> int:
    """The index just past the JSON value at ``text[i]`` (iterative: no recursion limit)."""
    if text[i] == '"':
        return _skip_string(text, i)
    if text[i] not in "[{":
        end = _SCALAR.match(text, i).end()  # type: ignore[union-attr]
        if end == i:
            raise ValueError(f"no JSON value at {i}")
        return end
    depth = 0
    while True:
        match = _STRUCTURAL.search(text, i)
        if match is None:
            raise ValueError("unbalanced brackets")
        i = match.start()
        char = text[i]
        if char == '"':
            i = _skip_string(text, i)
            continue
        depth += 1 if char in "[{" else -1
        i += 1
        if depth == 0:
            return i


def _members(text: str, i: int) -> list[tuple[str, int, int]]:
    """(key, value start, value end) of the object at ``text[i]``."""
    out: list[tuple[str, int, int]] = []
    i = _skip_ws(text, i + 1)
    while text[i] != "}":
        key_end = _skip_string(text, i)
        key = json.loads(text[i:key_end])
        i = _skip_ws(text, key_end)
        i = _skip_ws(text, i + 1)  # past ":"
        end = _skip_value(text, i)
        out.append((key, i, end))
        i = _skip_ws(text, end)
        if text[i] == ",":
            i = _skip_ws(text, i + 1)
    return out


def _items(text: str, i: int) -> list[tuple[int, int]]:
    """(start, end) of the values in the array at ``text[i]``."""
    out: list[tuple[int, int]] = []
    i = _skip_ws(text, i + 1)
    while text[i] != "]":
        end = _skip_value(text, i)
        out.append((i, end))
        i = _skip_ws(text, end)
        if text[i] == ",":
            i = _skip_ws(text, i + 1)
    return out


def _member(members: list[tuple[str, int, int]], key: str) -> tuple[int, int] | None:
    found = [(start, end) for name, start, end in members if name == key]
    return found[-1] if found else None  # json.loads keeps the last duplicate


def _source_spans(text: str, start: int) -> list[tuple[int, int] | None]:
    """The JSON span of every cell's source value (None for a cell without one)."""
    top = _members(text, start)
    cell_spans: list[tuple[int, int]] = []
    cells = _member(top, "cells")
    if cells is not None:
        cell_spans = _items(text, cells[0])
    else:
        sheets = _member(top, "worksheets")
        if sheets is None:
            raise ValueError("no cells")
        for sheet_start, _ in _items(text, sheets[0]):
            sheet_cells = _member(_members(text, sheet_start), "cells")
            if sheet_cells is not None:
                cell_spans.extend(_items(text, sheet_cells[0]))
    out: list[tuple[int, int] | None] = []
    for cell_start, _ in cell_spans:
        members = _members(text, cell_start)
        raw = {name: None for name, _, _ in members}
        kind = _member(members, "cell_type")
        if kind is not None:
            raw["cell_type"] = json.loads(text[kind[0] : kind[1]])
        out.append(_member(members, _source_key(raw)))
    return out


@dataclass(frozen=True)
class _Style:
    """How the file was written, so new text looks like the old."""

    indent: str | None  # one indentation step; None for single-line JSON
    item_separator: str
    key_separator: str
    ensure_ascii: bool


def _detect_style(text: str, start: int) -> _Style:
    members = _members(text, start)
    first_key = _skip_ws(text, start + 1)
    before_key = text[start + 1 : first_key]
    indent = before_key[before_key.rfind("\n") + 1 :] if "\n" in before_key else ""
    key_separator = ": "
    if members:
        key_separator = text[_skip_string(text, first_key) : members[0][1]] or ":"
    item_separator = "," if indent else ", "
    if not indent and len(members) > 1:
        item_separator = text[members[0][2] : _skip_ws(text, members[0][2] + 1)] or ","
        item_separator = item_separator if item_separator.startswith(",") else ", "
    # Jupyter writes UTF-8 as is; some tools escape everything beyond ASCII.
    ensure_ascii = text.isascii() and bool(_NON_ASCII_ESCAPE.search(text))
    return _Style(indent or None, item_separator, key_separator, ensure_ascii)


def _serialize_source(text: str, span: tuple[int, int], source: str, style: _Style) -> str:
    """The JSON for ``source`` in the layout of the value at ``span`` (string or list)."""
    start, end = span

    def dump(value: str) -> str:
        return json.dumps(value, ensure_ascii=style.ensure_ascii)

    if text[start] != "[":
        return dump(source)
    parts = [content + ending for content, ending in _split_lines_lf(source)]
    if not parts:
        return "[]"
    items = _items(text, start)
    if items:
        opening = text[start + 1 : items[0][0]]
        closing = text[items[-1][1] : end - 1]
        if len(items) > 1:
            separator = text[items[0][1] : items[1][0]]
        elif "\n" in opening:
            separator = "," + opening
        else:
            separator = style.item_separator if style.indent is None else ", "
    else:
        line_start = text.rfind("\n", 0, start) + 1
        key_indent = text[line_start:start]
        key_indent = key_indent[: len(key_indent) - len(key_indent.lstrip(" \t"))]
        if style.indent is None:
            opening = closing = ""
            separator = style.item_separator
        else:
            opening = "\n" + key_indent + style.indent
            closing = "\n" + key_indent
            separator = "," + opening
    return "[" + opening + separator.join(dump(p) for p in parts) + closing + "]"


def _split_lines_lf(source: str) -> list[tuple[str, str]]:
    """Lines as Jupyter stores them in a source list: split after each LF only."""
    pieces = source.split("\n")
    out = [(p, "\n") for p in pieces[:-1]]
    if pieces[-1]:
        out.append((pieces[-1], ""))
    return out


def replace_cell_sources(original_text: str, new_sources: Mapping[int, str]) -> str:
    """The notebook text with the given cells' sources (1-based among all cells) replaced.

    Only the bytes of the changed source values change: outputs, execution counts, metadata,
    key order, indentation, escaping and the trailing newline are kept, and a source stored as
    a list of lines stays a list. If the textual edit did not round-trip through ``json.loads``
    the document is re-serialized in the detected style instead.
    """
    document = _load_json(original_text)
    raw_cells = _cell_list(document)
    changes: dict[int, str] = {}
    for cell, source in new_sources.items():
        if not 1 <= cell <= len(raw_cells):
            raise NotebookError(f"no cell {cell}: the notebook has {len(raw_cells)} cells")
        raw = raw_cells[cell - 1]
        if not isinstance(raw, dict):
            raise NotebookError(f"cell {cell}: not a JSON object")
        key = _source_key(raw)
        current = raw.get(key)
        if isinstance(current, list) and all(isinstance(p, str) for p in current):
            current = "".join(current)
        if current != source:
            changes[cell] = source
    if not changes:
        return original_text
    start = 1 if original_text.startswith("\ufeff") else 0
    start = _skip_ws(original_text, start)
    expected = _expected_document(document, raw_cells, changes)
    try:
        spans = _source_spans(original_text, start)
        style = _detect_style(original_text, start)
        if len(spans) != len(raw_cells):
            raise ValueError("cell count mismatch")
        out = original_text
        for cell in sorted(changes, reverse=True):
            span = spans[cell - 1]
            if span is None:
                raise ValueError("no source value")
            out = out[: span[0]] + _serialize_source(original_text, span, changes[cell], style) + out[span[1] :]
        if _same(json.loads(out[start:]), expected):
            return out
    except (ValueError, IndexError, KeyError, RecursionError):
        pass
    return _reserialize(original_text, start, expected)


def _same(left: Any, right: Any) -> bool:
    """JSON equality that also holds for NaN (which Python's json reads and writes)."""
    return json.dumps(left, ensure_ascii=False) == json.dumps(right, ensure_ascii=False)


def _expected_document(document: Any, raw_cells: list[Any], changes: Mapping[int, str]) -> Any:
    """The parsed document after the change (cells are replaced in place: the caller's copy is
    freshly parsed and not shared)."""
    for cell, source in changes.items():
        raw = raw_cells[cell - 1]
        key = _source_key(raw)
        if isinstance(raw.get(key), list) or key not in raw:
            raw[key] = [content + ending for content, ending in _split_lines_lf(source)]
        else:
            raw[key] = source
    return document


def _reserialize(original_text: str, start: int, document: Any) -> str:
    """The last resort: the whole document written again, as close to the original as known."""
    try:
        style = _detect_style(original_text, start)
    except (ValueError, IndexError):
        style = _Style(" ", ",", ": ", False)  # nbformat's layout
    body = json.dumps(
        document,
        indent=style.indent,
        ensure_ascii=style.ensure_ascii,
        separators=(style.item_separator, style.key_separator),
    )
    trailing = original_text[len(original_text.rstrip()) :]  # only whitespace follows valid JSON
    return original_text[:start] + body + trailing


def source_json_line(original_text: str, cell: int, line: int) -> int | None:
    """The 1-based line of the ``.ipynb`` file that holds a cell's source line, when the source
    is stored one string per line (Jupyter's layout) or as one single-line string."""
    start = 1 if original_text.startswith("\ufeff") else 0
    try:
        _load_json(original_text)
        start = _skip_ws(original_text, start)
        spans = _source_spans(original_text, start)
        if not 1 <= cell <= len(spans) or spans[cell - 1] is None:
            return None
        span = spans[cell - 1]
        assert span is not None
        if original_text[span[0]] == "[":
            items = _items(original_text, span[0])
            if not 1 <= line <= len(items):
                return None
            position = items[line - 1][0]
        else:
            position = span[0]
    except (NotebookError, ValueError, IndexError):
        return None
    return original_text.count("\n", 0, position) + 1
