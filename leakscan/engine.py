"""The analyzer of one program: parse it (script or notebook), build its dataflow, run the rules.

This is the heavy layer (libcst, networkx, every rule's check); the light layers (command
line, cache, worker pool) import it only when a file has to be analyzed.
"""

from __future__ import annotations

import ast
import dataclasses
import sys
import traceback
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import libcst as cst

from leakscan.analysis import HELPER_CALL, Analysis, Hit
from leakscan.budget import BudgetExceeded, check_size, time_budget
from leakscan.files import decode_source, read_source
from leakscan.findings import FileError, Finding, Location, Related
from leakscan.fixes import with_fix
from leakscan.fixes._tree import clear_caches
from leakscan.graph.builder import Builder
from leakscan.noqa import Noqa, file_noqa, source_lines, suppressed
from leakscan.notebook import NotebookError, NotebookSource, read_notebook
from leakscan.options import Options, ScanError
from leakscan.rules import all_rules
from leakscan.sources import SourceError, check_nesting
from leakscan.sources.layout import Relayout, relayout


@dataclass
class Parsed:
    """A program ready for analysis: its text, its tree and, for notebooks, the cell map."""

    path: str
    text: str  # the Python program (for notebooks: the joined, masked cells)
    module: cst.Module
    notebook: NotebookSource | None = None
    relayout: Relayout | None = None  # indentation respelled for libcst; columns map back through it


def parse_source(text: str, path: str = "<string>", *, notebook: bool | None = None) -> Parsed:
    """Parse a script or a notebook's JSON text; raise ScanError with a readable reason."""
    nb: NotebookSource | None = None
    if notebook or (notebook is None and path.endswith(".ipynb")):
        try:
            nb = read_notebook(text)
        except NotebookError as exc:
            raise ScanError(str(exc)) from None
        program = nb.text
    else:
        program = text
    try:
        check_nesting(program)
    except SourceError as exc:
        raise ScanError(str(exc)) from None
    check_size(len(program))  # the native parser cannot be interrupted: refuse what would not fit
    relaid: Relayout | None = None
    try:
        try:
            module = cst.parse_module(program)
        except cst.ParserSyntaxError:
            relaid = _as_cpython_reads_it(program)  # tabs and spaces mixed in a way libcst refuses
            if relaid is None:
                raise
            module = cst.parse_module(relaid.text)
    except (cst.ParserSyntaxError, cst.CSTValidationError) as exc:  # the latter: odd characters in names
        line, col, message = _syntax_error(program, exc)
        where = f"line {line}, column {col}"
        if nb is not None:
            cell, cell_line, cell_col = nb.locate(line, col)
            where = f"cell {cell}, line {cell_line}, column {cell_col}"
        raise ScanError(f"syntax error at {where}: {message}") from None
    except (RecursionError, MemoryError) as exc:
        raise ScanError(f"cannot parse: {type(exc).__name__}") from None
    except Exception as exc:  # a parser bug on odd input ends this file, not the scan
        raise ScanError(_internal_error("the parser", path, exc), cacheable=False) from None
    except BaseException as exc:  # a Rust panic in libcst's native parser is a BaseException
        if type(exc).__name__ != "PanicException":
            raise
        raise ScanError(_internal_error("the parser", path, exc), cacheable=False) from None
    return Parsed(path, relaid.text if relaid else program, module, nb, relaid)


def _as_cpython_reads_it(program: str) -> Relayout | None:
    """The program with its indentation in spaces, when CPython accepts it as it is."""
    relaid = relayout(program)
    if relaid is None:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(program)  # parses only: nothing runs
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return relaid


def _original_layout(finding: Finding, parsed: Parsed) -> Finding:
    """A finding of a relaid program, in the columns of the original text, without its fix:
    a fix is written in the analyzed layout, which is not the file's (so it is refused)."""
    layout = parsed.relayout
    assert layout is not None

    def program_line(cell: int | None, line: int) -> int | None:
        if parsed.notebook is None or cell is None:
            return line
        try:
            return parsed.notebook.program_line(cell, line)
        except NotebookError:
            return None

    def move(loc: Location) -> Location:
        if loc.path != finding.location.path:
            return loc
        start = program_line(loc.cell, loc.line)
        end = program_line(loc.cell, loc.end_line) if loc.end_line is not None else None
        return dataclasses.replace(
            loc,
            column=layout.column(start, loc.column) if start is not None else loc.column,
            end_column=layout.column(end, loc.end_column) if end is not None and loc.end_column is not None else loc.end_column,
        )

    related = tuple(Related(move(r.location), r.message) for r in finding.related)
    return dataclasses.replace(finding, location=move(finding.location), related=related, fix=None)


def _syntax_error(program: str, exc: cst.ParserSyntaxError | cst.CSTValidationError) -> tuple[int, int, str]:
    """Where and why a program does not parse, in CPython's words when it agrees (it only parses)."""
    try:
        with warnings.catch_warnings():  # "'int' object is not callable" and friends: not ours to print
            warnings.simplefilter("ignore")
            ast.parse(program)
    except SyntaxError as err:
        return err.lineno or 1, err.offset or 1, err.msg
    except (ValueError, RecursionError, MemoryError):
        pass
    if isinstance(exc, cst.CSTValidationError):
        return 1, 1, str(exc)
    message = str(exc.message).strip().splitlines()[0] if exc.message else "invalid syntax"
    return exc.raw_line, exc.raw_column + 1, message


def analyze(parsed: Parsed, options: Options | None = None) -> list[Finding]:
    """Run the rules on a parsed program and return its findings, sorted, noqa applied.

    Raises ``ScanError`` when the time budget runs out or leakscan itself fails; when one rule
    fails, the error carries the other rules' findings (``ScanError.findings``).
    """
    opts = options or Options()
    clear_caches()  # the fixers' per-node caches belong to the previous file
    with file_budget(opts):
        return _analyze(parsed, opts)


def _analyze(parsed: Parsed, opts: Options) -> list[Finding]:
    try:
        program = Builder(parsed.module, opts.knowledge).build()
        analysis = Analysis(parsed.module, program, parsed.path, parsed.notebook)
        analysis.locator.text = parsed.text  # lines by searching the source, not re-rendering it
    except RecursionError:
        raise ScanError("too deeply nested to analyze") from None
    except Exception as exc:
        raise ScanError(_internal_error("the dataflow builder", parsed.path, exc, opts), cacheable=False) from None
    lines = source_lines(parsed.text)  # Python's line breaks only: a form feed must not shift lines
    whole = file_noqa(parsed.text) if opts.honor_noqa else None  # ``# leakscan: noqa`` on a line of its own
    rules = opts.rules if opts.rules is not None else all_rules()
    findings: list[Finding] = []
    failures: list[str] = []
    for rule in rules:
        if opts.enabled is not None and not opts.enabled(rule.code, parsed.path):
            continue
        try:  # one rule's bug costs its own findings on this file, nothing more
            hits = list(rule().check(analysis))
            findings.extend(_to_findings(analysis, hits, parsed, opts, lines, whole))
        except Exception as exc:
            failures.append(_internal_error(f"rule {rule.code}", parsed.path, exc, opts))
    findings.sort(key=Finding.sort_key)
    if failures:
        raise ScanError("; ".join(failures), findings=findings, cacheable=False)
    return findings


@contextmanager
def file_budget(opts: Options) -> Iterator[None]:
    """One file's time budget (``Options.timeout``): running out raises this file's ScanError.

    Everything done for one file (parse, analysis, rounds of fixes) belongs in one budget;
    budgets opened inside it keep its deadline.
    """
    try:
        with time_budget(opts.timeout):
            yield
    except BudgetExceeded as exc:
        raise ScanError(str(exc), cacheable=False) from None


def _internal_error(what: str, path: str, exc: BaseException, opts: Options | None = None) -> str:
    """The errors entry for a bug in leakscan; with ``verbose``, the traceback goes to stderr."""
    detail = str(exc)
    if len(detail) > 200:
        detail = detail[:200] + "..."
    reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    if opts is not None and opts.verbose:
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        sys.stderr.write(f"leakscan: internal error in {what} on {path}:\n{trace}")
        sys.stderr.flush()
        hint = "traceback on standard error"
    else:
        hint = "run with --verbose for the traceback"
    return f"internal error in {what} on {path}: {reason} ({hint})"


def _to_findings(
    analysis: Analysis, hits: Iterable[Hit], parsed: Parsed, opts: Options, lines: list[str], whole: Noqa | None,
) -> list[Finding]:
    seen: set[tuple] = set()
    out: list[Finding] = []
    for hit in hits:
        finding = analysis.finding(hit)
        loc = finding.location
        calls = tuple((r.location.path, r.location.line) for r in finding.related if r.message == HELPER_CALL)
        key = (finding.code, loc.cell or 0, loc.line, loc.column, calls)  # each leaky call of a helper
        if key in seen:
            continue
        seen.add(key)
        if whole is not None and whole.covers(finding.code):
            continue
        if opts.honor_noqa:
            prog_line = analysis.locator.range(hit.node, hit.top).start.line
            if 0 < prog_line <= len(lines) and suppressed(finding.code, lines[prog_line - 1]):
                continue
        # never raises: a fixer bug only drops the fix
        if parsed.relayout is not None:
            out.append(_original_layout(finding, parsed))
        else:
            out.append(with_fix(analysis, hit, finding, parsed.text) if opts.fixes else finding)
    out.sort(key=Finding.sort_key)
    return out


def scan_source(text: str, path: str = "<string>", *, options: Options | None = None, notebook: bool | None = None) -> list[Finding]:
    """Analyze one program (a script, or a notebook's JSON when ``path`` ends in .ipynb).

    Raises ``ScanError`` when the text cannot be parsed or analyzed within ``options.timeout``.
    """
    opts = options or Options()
    with file_budget(opts):  # one budget for the parse and the analysis
        return analyze(parse_source(text, path, notebook=notebook), opts)


def analyze_bytes(data: bytes, path: str, options: Options | None = None) -> list[Finding]:
    """Analyze a file's bytes as ``path``; raises ScanError like ``scan_source``."""
    return scan_source(decode_source(data, path), path, options=options)


def scan_file(path: str, options: Options | None = None) -> tuple[list[Finding], FileError | None]:
    """Analyze one file; never raises for bad input: the problem comes back as a FileError."""
    try:
        return scan_source(read_source(path), path, options=options), None
    except ScanError as exc:
        return exc.findings, FileError(path, str(exc))
