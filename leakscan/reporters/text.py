"""Terminal output in flake8's format, so editors and problem matchers parse it unchanged.

::

    train.py:8:12: LK101 StandardScaler is fitted on X before X is split (line 9)
    nb.ipynb:cell 3:2:1: LK103 ...
    broken.py: error: syntax error at line 3
    Found 2 leaks in 2 files (1 error).
    [*] 1 fixable with `--fix`, 1 more with `--unsafe-fixes`.
"""

from __future__ import annotations

from collections import Counter

from leakscan.findings import Finding, Report
from leakscan.reporters._common import RuleList, display_path, plural, resolve_rules, sorted_findings

_RESET = "\x1b[0m"
_BOLD = "1"
_RED = "31"
_YELLOW = "33"
_CYAN = "36"
_DIM = "2"


def _paint(text: str, *styles: str, color: bool) -> str:
    if not color or not styles:
        return text
    return f"\x1b[{';'.join(styles)}m{text}{_RESET}"


def render(report: Report, *, rules: RuleList | None = None, color: bool = False, statistics: bool = False, related: bool = False) -> str:
    out: list[str] = []
    findings = sorted_findings(report.findings)
    for finding in findings:
        out.append(_finding_line(finding, color))
        if related:  # indented, so flake8-style parsers that read `path:line:col: CODE` skip them
            out.extend(_related_lines(finding, color))
    for error in sorted(report.errors, key=lambda e: e.path):
        path = _paint(display_path(error.path), _BOLD, color=color)
        message = " ".join(error.message.split())
        out.append(f"{path}: {_paint('error', _BOLD, _RED, color=color)}: {message}")
    if statistics and findings:
        out.extend(_statistics(findings, rules, color))
    out.append(_paint(summary(report), _BOLD, color=color))
    hint = fix_hint(findings)
    if hint:
        out.append(hint)
    return "\n".join(out) + "\n"


def _finding_line(finding: Finding, color: bool) -> str:
    loc = finding.location
    sep = _paint(":", _CYAN, color=color)
    parts = [_paint(display_path(loc.path), _BOLD, color=color)]
    if loc.cell is not None:
        parts.append(f"cell {loc.cell}")
    parts += [str(loc.line), str(loc.column)]
    code_style = _RED if finding.severity == "error" else _YELLOW
    code = _paint(finding.code, _BOLD, code_style, color=color)
    message = " ".join(finding.message.split())  # one finding, one line: parsers read lines
    return f"{sep.join(parts)}{sep} {code} {message}"


def _related_lines(finding: Finding, color: bool) -> list[str]:
    lines = []
    for r in finding.related:
        loc = r.location
        where = display_path(loc.path) + (f":cell {loc.cell}" if loc.cell is not None else "") + f":{loc.line}:{loc.column}"
        lines.append(f"    {_paint(where, _DIM, color=color)}: {' '.join(r.message.split())}")
    return lines


def _statistics(findings: list[Finding], rules: RuleList | None, color: bool) -> list[str]:
    """Per-rule counts, most frequent first, like ``ruff --statistics``."""
    counts = Counter(f.code for f in findings)
    names = {f.code: f.name for f in findings}
    if rules is not None:
        names.update({r.code: r.name for r in resolve_rules(rules) if r.code in counts})
    safe = {f.code for f in findings if f.fix is not None and f.fix.applicability == "safe"}
    width = len(str(max(counts.values())))
    code_width = max(len(c) for c in counts)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    lines = []
    for code, count in rows:
        marker = "[*] " if safe else ""
        if safe and code not in safe:
            marker = "    "
        code_text = _paint(code.ljust(code_width), _BOLD, color=color)
        lines.append(f"{str(count).rjust(width)}  {code_text}  {marker}{names.get(code, '')}".rstrip())
    return lines


def summary(report: Report) -> str:
    """``Found 3 leaks in 2 files (1 error).`` / ``No leaks found in 12 files.``"""
    errors = f" ({plural(len(report.errors), 'error')})" if report.errors else ""
    if not report.findings:
        return f"No leaks found in {plural(report.files, 'file')}{errors}."
    files = len({f.location.path for f in report.findings})
    return f"Found {plural(len(report.findings), 'leak')} in {plural(files, 'file')}{errors}."


def fix_hint(findings: list[Finding]) -> str | None:
    """ruff's hint: how many findings ``--fix`` would remove, and how many more need unsafe fixes."""
    safe = sum(1 for f in findings if f.fix is not None and f.fix.applicability == "safe")
    unsafe = sum(1 for f in findings if f.fix is not None and f.fix.applicability == "unsafe")
    if safe and unsafe:
        return f"[*] {safe} fixable with `--fix`, {unsafe} more with `--unsafe-fixes`."
    if safe:
        return f"[*] {safe} fixable with `--fix`."
    if unsafe:
        return f"No safe fixes; {unsafe} fixable with `--unsafe-fixes`."
    if any(f.fix is None and _rule_fixable(f.code) for f in findings):
        return "[*] Fixes may be available: `--diff --unsafe-fixes` shows them."
    return None


def _rule_fixable(code: str) -> bool:
    from leakscan.rules import get_rule

    rule = get_rule(code)
    return bool(rule is not None and rule.fixable)
