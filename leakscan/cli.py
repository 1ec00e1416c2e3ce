"""The ``leakscan`` command: a thin shell over the scanning layers (``leakscan.scanning``).

Exit codes (SPEC section 3): 0 nothing found (or ``--exit-zero``), 1 findings,
2 usage/configuration error or a file that could not be analyzed.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NoReturn

import click

from leakscan._version import __version__
from leakscan.budget import DEFAULT_TIMEOUT
from leakscan.reporters import FORMATS

if TYPE_CHECKING:
    from leakscan.config import Config
    from leakscan.findings import FileError, Report
    from leakscan.integrations.suppressions import UnusedNoqa
    from leakscan.options import Options
    from leakscan.review import ChangedLines

# Start-up is what ``--version``, ``--help``, ``rules`` and ``explain`` cost: above, only click and
# two light modules; each command imports what it uses. A check imports the analyzer
# (``leakscan.engine``: libcst, networkx) only for a file the cache misses (tests/test_startup.py).

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split_codes(value: str | None) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in value.replace(" ", ",").split(",") if part.strip()]


def resolve_config(paths: Sequence[str], explicit: str | None) -> Config:
    """The explicit ``--config`` file, else the nearest one above the first scanned path."""
    from leakscan.config import Config, ConfigError, find_config, load_config

    if explicit:
        if not os.path.isfile(explicit):
            raise ConfigError(f"{explicit}: config file not found")
        return load_config(explicit)
    start = paths[0] if paths else "."
    if start == "-":
        start = "."
    found = find_config(start if os.path.exists(start) else ".")
    return load_config(found) if found else Config()


def build_options(config: Config, select: str | None, ignore: str | None, extend_select: str | None) -> Options:
    """The scan options from the configuration and the selection flags."""
    from leakscan import knowledge
    from leakscan.config import Selection
    from leakscan.options import Options

    selection = Selection(
        config,
        select=_split_codes(select) or None,
        ignore=_split_codes(ignore),
        extend_select=_split_codes(extend_select),
    )
    kb = knowledge.DEFAULT.with_apis(config.apis) if config.apis else knowledge.DEFAULT
    return Options(enabled=selection.enabled, knowledge=kb)


def _sources(report: Report) -> dict[str, str]:
    """File texts for reporters that quote code or fingerprint lines."""
    out: dict[str, str] = {}
    for path in {f.path for f in report.findings}:
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                out[path] = fh.read()
        except OSError:
            continue
    return out


class _Main(click.Group):
    """The command group, with a last guard: a bug or Ctrl-C never prints a Python traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("leakscan: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # ``leakscan check | head``: the reader is gone, and so is our output
            try:  # no second error when Python flushes stdout on the way out
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            sys.exit(EXIT_ERROR)
        except Exception as exc:
            if _VERBOSE:
                traceback.print_exc()
                hint = ""
            else:
                hint = " (run with --verbose for the traceback)"
            click.echo(f"leakscan: internal error: {type(exc).__name__}: {exc}{hint}", err=True)
            sys.exit(EXIT_ERROR)


_VERBOSE = False  # set by ``check --verbose`` for the guard above


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="leakscan")
def main() -> None:
    """Find data leakage in Python ML training scripts and Jupyter notebooks."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--select", help="Rules to check: codes, prefixes (LK1) or names, comma-separated.")
@click.option("--ignore", help="Rules to skip (codes, prefixes or names).")
@click.option("--extend-select", help="Rules to add to the configured selection.")
@click.option("--format", "--output-format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE instead of stdout.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when leaks are found (errors still exit 2).")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--show-related", is_flag=True, help="Text format: list each finding's related locations (the split, the other metrics, the call of a helper) under it.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file.")
@click.option("--diff-base", metavar="REV", help="Report only findings on lines changed since `git merge-base REV HEAD`.")
@click.option("--changed-only", is_flag=True, help="Report only findings on lines changed since HEAD (or since --diff-base).")
@click.option("--stdin-filename", metavar="PATH", help="With '-': the path reported for standard input and used for configuration.")
@click.option("--add-noqa", is_flag=True, help="Append '# noqa: LKnnn' to every line with a finding (.py files) instead of reporting.")
@click.option("--show-unused-noqa", is_flag=True, help="Also report '# noqa' comments naming LK codes that suppressed nothing.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Parallel worker processes [default: CPU count].")
@click.option("--no-cache", is_flag=True, help="Ignore the on-disk cache of per-file results.")
@click.option("--fix", is_flag=True, help="Apply safe fixes and report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes (with --fix or --diff); alone, only show them as available.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the changes --fix would make as a unified diff; write nothing (exit 1 if any).")
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True, metavar="SECONDS",
    help="Time budget per file; a file that takes longer is reported as an error (0: no limit).",
)
@click.option("--verbose", "-v", is_flag=True, help="Print the traceback of internal errors to standard error.")
def check(
    paths: tuple[str, ...],
    select: str | None,
    ignore: str | None,
    extend_select: str | None,
    fmt: str,
    output: str | None,
    exit_zero: bool,
    statistics: bool,
    config_path: str | None,
    jobs: int | None,
    no_cache: bool,
    diff_base: str | None = None,
    changed_only: bool = False,
    stdin_filename: str | None = None,
    add_noqa: bool = False,
    show_unused_noqa: bool = False,
    fix: bool = False,
    unsafe_fixes: bool = False,
    show_diff: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    verbose: bool = False,
    show_related: bool = False,
) -> None:
    """Scan PATHS (files and folders; default: .; '-' reads standard input) for data leakage."""
    from leakscan.cache import Cache
    from leakscan.config import ConfigError
    from leakscan.parallel import default_jobs
    from leakscan.progress import TerminalProgress
    from leakscan.reporters import render
    from leakscan.scanning import scan_paths

    global _VERBOSE
    _VERBOSE = verbose
    targets = list(paths) or (["-"] if stdin_filename else ["."])  # ruff's: --stdin-filename alone reads stdin
    _check_stdin_use(targets, add_noqa)
    try:
        config = resolve_config(_config_start(targets, stdin_filename), config_path)
        options = build_options(config, select, ignore, extend_select)
    except ConfigError as exc:
        click.echo(f"leakscan: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    options.timeout, options.verbose = timeout or None, verbose
    # Fixes cost a second look at the tree for every finding: compute them only where shown.
    options.fixes = fix or show_diff or fmt in ("json", "sarif", "rdjson")
    if show_unused_noqa:
        options.honor_noqa = False  # suppression is applied after the scan, to see what it used
    review = _review(diff_base, changed_only)
    plan = _plan(targets, config, review, stdin_filename, show_unused_noqa)
    if fix or show_diff:
        sys.exit(_fix_mode(plan, options, config, fmt, output, exit_zero, statistics, unsafe_fixes, show_diff))
    with TerminalProgress() as progress:
        report = scan_paths(
            plan.paths, options, exclude=config.exclude, extend_exclude=config.extend_exclude,
            jobs=jobs or default_jobs(), cache=None if no_cache else Cache(), progress=progress,
        )
    unused = _after_scan(report, plan, options, review, show_unused_noqa)
    if add_noqa:
        _add_noqa(report)
    text = render(
        report, fmt, version=__version__, sources={**_sources(report), **plan.sources},
        color=output is None and fmt == "text" and sys.stdout.isatty(), statistics=statistics,
        related=show_related,
    )
    if show_unused_noqa:
        text = _with_unused(text, fmt, unused)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
    sys.exit(max(exit_code(report, exit_zero), EXIT_FINDINGS if unused and not exit_zero else EXIT_CLEAN))


def _fix_mode(
    plan: _Plan, options: Options, config: Config, fmt: str, output: str | None,
    exit_zero: bool, statistics: bool, unsafe: bool, show_diff: bool,
) -> int:
    """``--fix`` / ``--diff`` (ruff's semantics): apply the fixes, or print them as a diff."""
    from leakscan.files import decode_source
    from leakscan.findings import Report
    from leakscan.fixes.apply import fix_paths, fix_source, summary_line, unified_diff
    from leakscan.options import ScanError
    from leakscan.reporters import render

    if plan.stdin_path is not None and plan.stdin_data is not None:
        try:
            result = fix_source(decode_source(plan.stdin_data, plan.stdin_path), plan.stdin_path, unsafe=unsafe, options=options)
        except ScanError as exc:
            click.echo(f"{plan.stdin_path}: error: {exc}", err=True)
            return EXIT_ERROR
        if show_diff:
            click.echo(unified_diff(result), nl=False)
            return EXIT_FINDINGS if result.changed else EXIT_CLEAN
        click.echo(result.fixed, nl=False)  # the fixed program goes to stdout, like ruff
        return exit_code(Report(findings=result.remaining, files=1), exit_zero)
    report, results = fix_paths(plan.paths, options, unsafe=unsafe, write=not show_diff, exclude=config.exclude, extend_exclude=config.extend_exclude)
    report.errors.extend(plan.errors)
    for result in results:
        for message in result.failed:
            click.echo(f"leakscan: warning: {message}", err=True)
    if show_diff:
        click.echo("".join(unified_diff(r) for r in results), nl=False)
        for error in report.errors:
            click.echo(f"{error.path}: error: {error.message}", err=True)
        if report.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if any(r.changed for r in results) else EXIT_CLEAN
    text = render(
        report, fmt, version=__version__, sources=_sources(report),
        color=output is None and fmt == "text" and sys.stdout.isatty(), statistics=statistics,
    )
    summary = summary_line(results, len(report.findings))
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        click.echo(summary, err=True)
    else:
        click.echo(text, nl=False)
        click.echo(summary, err=fmt != "text")  # machine formats keep stdout parseable
    return exit_code(report, exit_zero)


def exit_code(report: Report, exit_zero: bool) -> int:
    """SPEC section 3: errors 2, findings 1 (unless ``--exit-zero``), else 0."""
    if report.errors:
        return EXIT_ERROR
    if report.findings and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


# --------------------------------------------------------------------------- stdin, review mode, noqa


@dataclass
class _Plan:
    """What ``check`` scans: ``paths`` for ``scan_paths``, and standard input's program."""

    paths: list[str]
    files: list[str] = field(default_factory=list)  # files found before the scan (review, unused noqa)
    errors: list[FileError] = field(default_factory=list)  # problems met finding them
    stdin_path: str | None = None
    stdin_data: bytes | None = None

    @property
    def sources(self) -> dict[str, str]:
        """Standard input's text for reporters that quote or fingerprint lines."""
        from leakscan.files import decode_source
        from leakscan.options import ScanError

        if self.stdin_path is None or self.stdin_data is None:
            return {}
        try:
            return {self.stdin_path: decode_source(self.stdin_data, self.stdin_path)}
        except ScanError:
            return {}


def _usage_error(message: str) -> NoReturn:
    click.echo(f"leakscan: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _check_stdin_use(targets: Sequence[str], add_noqa: bool) -> None:
    if "-" not in targets:
        return
    if len(targets) > 1:
        _usage_error("'-' (standard input) must be the only path")
    if add_noqa:
        _usage_error("--add-noqa edits files; it cannot edit standard input")


def _config_start(targets: list[str], stdin_filename: str | None) -> list[str]:
    """Where the search for a config file starts: the first path, or for standard input the
    nearest existing folder of ``--stdin-filename`` (the file itself need not exist)."""
    if targets != ["-"] or not stdin_filename:
        return targets
    folder = os.path.dirname(os.path.abspath(stdin_filename))
    while not os.path.isdir(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    return [folder]


def _review(diff_base: str | None, changed_only: bool) -> ChangedLines | None:
    from leakscan.review import ReviewError, changed_lines

    if diff_base is None and not changed_only:
        return None
    try:
        return changed_lines(diff_base)
    except ReviewError as exc:
        _usage_error(str(exc))


def _plan(targets: list[str], config: Config, review: ChangedLines | None, stdin_filename: str | None, find_files: bool) -> _Plan:
    """Standard input is read here; review mode and unused-noqa need the file list up front
    (review mode scans only the changed files)."""
    if targets == ["-"]:
        path = stdin_filename or "stdin"
        return _Plan(paths=[], files=[path], stdin_path=path, stdin_data=sys.stdin.buffer.read())
    if review is None and not find_files:
        return _Plan(paths=targets)
    from leakscan.sources import discover

    files, errors = discover(targets, exclude=config.exclude, extend_exclude=config.extend_exclude)
    if review is not None:
        files = review.select_files(files)
    return _Plan(paths=files, files=files, errors=list(errors))


def _after_scan(report: Report, plan: _Plan, options: Options, review: ChangedLines | None, show_unused: bool) -> list[UnusedNoqa]:
    """Add standard input's results, apply ``# noqa`` when it was deferred, keep changed lines."""
    from leakscan.files import read_source
    from leakscan.findings import FileError, Finding
    from leakscan.integrations.suppressions import apply_suppressions
    from leakscan.options import ScanError

    report.errors.extend(plan.errors)
    if plan.stdin_path is not None and plan.stdin_data is not None:
        report.files += 1
        from leakscan.engine import analyze_bytes

        try:
            report.findings.extend(analyze_bytes(plan.stdin_data, plan.stdin_path, options))
        except ScanError as exc:
            report.findings.extend(exc.findings)  # what the rules that worked found
            report.errors.append(FileError(plan.stdin_path, str(exc)))
    unused: list[UnusedNoqa] = []
    if show_unused:
        texts = plan.sources

        def read(path: str) -> str:
            return texts[path] if path in texts else read_source(path)

        unused = apply_suppressions(report, plan.files, read)
    if review is not None:
        report.findings = review.filter(report.findings)
        unused = [u for u in unused if review.changed(u.path, u.line, u.cell)]
    report.findings.sort(key=Finding.sort_key)
    report.errors.sort(key=lambda e: e.path)
    return unused


def _add_noqa(report: Report) -> NoReturn:
    from leakscan.integrations.suppressions import add_noqa_comments

    result = add_noqa_comments(report.findings)
    for line in result.summary():
        click.echo(line)
    for error in sorted(report.errors + result.errors, key=lambda e: e.path):
        click.echo(f"{error.path}: error: {error.message}", err=True)
    sys.exit(EXIT_ERROR if report.errors or result.errors else EXIT_CLEAN)


def _with_unused(text: str, fmt: str, unused: list[UnusedNoqa]) -> str:
    from leakscan.integrations.suppressions import with_unused

    text, note = with_unused(text, fmt, unused)
    if note:
        click.echo(note, err=True, nl=False)
    return text


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(fmt: str) -> None:
    """List the rules: code, name, severity, fixable."""
    from leakscan.rules import all_rules

    rules = all_rules()
    if fmt == "json":
        import json

        data = [
            {"code": r.code, "name": r.name, "severity": r.severity, "fixable": r.fixable, "summary": r.summary, "url": r.url()}
            for r in rules
        ]
        click.echo(json.dumps(data, indent=2))
        return
    width = max(len(r.name) for r in rules)
    click.echo(f"{'code':<6} {'name':<{width}} {'severity':<8} fix")
    for r in rules:
        click.echo(f"{r.code:<6} {r.name:<{width}} {r.severity:<8} {'yes' if r.fixable else '-'}")


@main.command()
@click.argument("rule")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
def explain(rule: str, fmt: str) -> None:
    """Show a rule's documentation: what it flags, why, an example, the fix."""
    from leakscan.rules import all_rules, get_rule

    found = get_rule(rule)
    if found is None:
        known = ", ".join(r.code for r in all_rules())
        click.echo(f"leakscan: error: unknown rule {rule!r} (known: {known})", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(found.markdown() if fmt == "markdown" else found.text(), nl=False)


@main.command()
@click.option("--verbose", "-v", is_flag=True, help="Log the server's work to standard error.")
def server(verbose: bool) -> None:
    """Run the language server on standard input/output (needs leakscan-ml[lsp])."""
    try:
        import lsprotocol.types  # noqa: F401
        import pygls.lsp.server  # noqa: F401
    except ImportError:
        click.echo("leakscan: error: the language server needs pygls 2: install leakscan-ml[lsp]", err=True)
        sys.exit(EXIT_ERROR)
    from leakscan.integrations.lsp import serve_stdio

    sys.exit(serve_stdio(verbose=verbose))


if __name__ == "__main__":  # pragma: no cover
    main()
