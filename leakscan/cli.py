"""The ``leakscan`` command: a thin shell over ``leakscan.api``.

Exit codes (SPEC section 3): 0 nothing found (or ``--exit-zero``), 1 findings,
2 usage/configuration error or a file that could not be analyzed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from leakscan import __version__
from leakscan.api import Options, scan_paths
from leakscan.config import Config, ConfigError, Selection, find_config, load_config
from leakscan.findings import Report
from leakscan.reporters import FORMATS, render
from leakscan.rules import all_rules, get_rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split_codes(value: str | None) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in value.replace(" ", ",").split(",") if part.strip()]


def resolve_config(paths: Sequence[str], explicit: str | None) -> Config:
    """The explicit ``--config`` file, else the nearest one above the first scanned path."""
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
    selection = Selection(
        config,
        select=_split_codes(select) or None,
        ignore=_split_codes(ignore),
        extend_select=_split_codes(extend_select),
    )
    from leakscan import knowledge

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="leakscan")
def main() -> None:
    """Find data leakage in Python ML training scripts and Jupyter notebooks."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--select", help="Rules to check: codes, prefixes (LK1) or names, comma-separated.")
@click.option("--ignore", help="Rules to skip (codes, prefixes or names).")
@click.option("--extend-select", help="Rules to add to the configured selection.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE instead of stdout.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when leaks are found (errors still exit 2).")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file.")
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
) -> None:
    """Scan PATHS (files and folders; default: .) for data leakage."""
    targets = list(paths) or ["."]
    try:
        config = resolve_config(targets, config_path)
        options = build_options(config, select, ignore, extend_select)
    except ConfigError as exc:
        click.echo(f"leakscan: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    report = scan_paths(targets, options, exclude=config.exclude, extend_exclude=config.extend_exclude)
    text = render(
        report, fmt, version=__version__, sources=_sources(report),
        color=output is None and fmt == "text" and sys.stdout.isatty(), statistics=statistics,
    )
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
    sys.exit(exit_code(report, exit_zero))


def exit_code(report: Report, exit_zero: bool) -> int:
    if report.errors:
        return EXIT_ERROR
    if report.findings and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(fmt: str) -> None:
    """List the rules: code, name, severity, fixable."""
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
    found = get_rule(rule)
    if found is None:
        known = ", ".join(r.code for r in all_rules())
        click.echo(f"leakscan: error: unknown rule {rule!r} (known: {known})", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(found.markdown() if fmt == "markdown" else found.text(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
