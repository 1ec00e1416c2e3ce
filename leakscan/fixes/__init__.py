"""Automatic fixes: one fixer per rule family, looked up by rule code.

A fixer receives the analysis and a rule's hit (with the events behind it) and returns a
``Fix`` whose edits are in program coordinates, or None when the code does not have a shape
it can rewrite safely: no fix is better than a wrong one. ``fix_for_hit`` is what the API
calls; it never lets a fixer bug break a scan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Edit, Finding, Fix
from leakscan.notebook import NotebookError, NotebookSource, to_cell_edit
from leakscan.fixes._rewrite import FixRefused, last_refusal
from leakscan.fixes._tree import tree_index
from leakscan.fixes.combined import fix_fit_on_combined
from leakscan.fixes.pipeline import fix_cv_after_preprocessing
from leakscan.fixes.refit import fix_refit
from leakscan.fixes.statistics import fix_full_data_statistics
from leakscan.fixes.split_first import fix_resample_before_split
from leakscan.fixes.train_rows import fix_fit_before_split_anyhow
from leakscan.fixes.timeseries import fix_lookahead, fix_random_split
from leakscan.fixes.validation import fix_test_set_tuning

Fixer = Callable[[Analysis, Hit], "Fix | None"]

_FIXERS: dict[str, Fixer] = {
    "LK101": fix_fit_before_split_anyhow,
    "LK102": fix_fit_on_combined,
    "LK103": fix_refit,
    "LK104": fix_cv_after_preprocessing,
    "LK105": fix_full_data_statistics,
    "LK201": fix_resample_before_split,
    "LK301": fix_test_set_tuning,
    "LK502": fix_random_split,
    "LK503": fix_lookahead,
}


def fixer_for(code: str) -> Fixer | None:
    """The fixer registered for a rule code, if any."""
    return _FIXERS.get(code)


def fix_for_hit(analysis: Analysis, hit: Hit) -> Fix | None:
    """The fix for a hit, or None; an exception inside a fixer drops the fix, never the scan."""
    return fix_or_reason(analysis, hit)[0]


def fix_or_reason(analysis: Analysis, hit: Hit) -> tuple[Fix | None, str | None]:
    """The fix for a hit, or None and why not (the last refusal the fixer raised)."""
    fixer = fixer_for(hit.rule.code)
    if fixer is None:
        return None, None
    token = last_refusal.set(None)
    try:
        fix = fixer(analysis, hit)
        reason = last_refusal.get()
    except FixRefused as refused:
        return None, str(refused)
    except Exception:  # noqa: BLE001 - a fixer bug must not break the scan (RecursionError too)
        return None, "the fixer failed on this code"
    finally:
        last_refusal.reset(token)
    if fix is not None:
        return fix, None
    return None, reason or "the code around the leak has no shape the fixer can rewrite safely"


def with_fix(analysis: Analysis, hit: Hit, finding: Finding, text: str | None = None) -> Finding:
    """The finding with its automatic fix attached, when a fixer offers one.

    ``text`` is the program's text when the caller has it at hand (it saves rendering the tree).

    Notebook fixes are given in cell coordinates, like the finding itself; a fix that cannot
    be expressed cell by cell is dropped.
    """
    if finding.fix is not None or fixer_for(hit.rule.code) is None:
        return finding
    if analysis.foreign(hit):  # the leak sits in another module: no edit of this file removes it
        return dataclasses.replace(finding, no_fix_reason="the leak sits in another module")
    if text is not None:
        tree_index(analysis).text = text
    fix, reason = fix_or_reason(analysis, hit)
    if fix is None:
        return dataclasses.replace(finding, no_fix_reason=reason)
    nb = analysis.notebook
    if nb is not None:
        try:
            fix = Fix(fix.applicability, fix.message, tuple(_cell_end(nb, to_cell_edit(nb, e)) for e in fix.edits))
        except (NotebookError, ValueError, IndexError):
            return dataclasses.replace(finding, no_fix_reason="the fix cannot be written cell by cell")
    return dataclasses.replace(finding, fix=fix)


def _cell_end(nb: NotebookSource, edit: Edit) -> Edit:
    """Deleting a cell's last lines removes the line break before them too when the cell has
    no final newline (Jupyter's usual layout), so the cell does not grow one."""
    source = nb.cell_source(edit.cell) if edit.cell is not None else ""
    lines = source.splitlines(keepends=True)
    if (
        edit.content
        or edit.column != 1
        or edit.line < 2
        or not lines
        or lines[-1].endswith(("\n", "\r"))
        or (edit.end_line, edit.end_column) != (len(lines) + 1, 1)
    ):
        return edit
    previous = lines[edit.line - 2].rstrip("\r\n")
    return Edit(edit.line - 1, len(previous) + 1, edit.end_line, edit.end_column, "", cell=edit.cell)


__all__ = ["Fixer", "fix_for_hit", "fixer_for", "with_fix"]
