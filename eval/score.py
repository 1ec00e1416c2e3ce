#!/usr/bin/env python
"""Measure leakscan's line-level precision and recall on a marked corpus.

Every ``.py`` file of the corpus marks the lines where leakscan must report a
finding with a trailing ``# expect: LK101`` (several codes: ``# expect: LK101, LK104``).
A finding counts as a true positive only when its (file, line, code) triple
matches a marker exactly; this script is a measuring tool and always exits 0.

    python eval/score.py eval/holdout [--codes LK101,LK102] [--verbose] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

MARKER_RE = re.compile(r"#\s*expect:\s*(LK\d{3}(?:\s*,\s*LK\d{3})*)")
ALL_CODES: tuple[str, ...] = (
    "LK101", "LK102", "LK103", "LK104", "LK105",
    "LK201", "LK202", "LK301", "LK302", "LK401", "LK501", "LK502", "LK503", "LK601",
)

# (relative path, 1-based line, code)
Key = tuple[str, int, str]
Scanner = Callable[[str, str], Iterable[tuple[int, str]]]


@dataclass
class CodeScore:
    """True/false positive and false negative counts for one rule code."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, float | int | None]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Result:
    """Everything one scoring run measured."""

    corpus: str
    files: int = 0
    marked_files: int = 0
    per_code: dict[str, CodeScore] = field(default_factory=dict)
    false_positives: list[Key] = field(default_factory=list)
    false_negatives: list[Key] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    flagged_clean_files: list[str] = field(default_factory=list)

    @property
    def overall(self) -> CodeScore:
        return CodeScore(
            tp=sum(s.tp for s in self.per_code.values()),
            fp=sum(s.fp for s in self.per_code.values()),
            fn=sum(s.fn for s in self.per_code.values()),
        )


def parse_markers(text: str) -> set[tuple[int, str]]:
    """Return the (line, code) pairs that the ``# expect:`` markers of a file ask for."""
    expected: set[tuple[int, str]] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        match = MARKER_RE.search(line)
        if match:
            for code in re.split(r"\s*,\s*", match.group(1).strip()):
                expected.add((lineno, code))
    return expected


def parse_codes(spec: str | None) -> tuple[str, ...] | None:
    """Turn ``"LK101,LK2"`` into a tuple of code prefixes; None means every code."""
    if not spec:
        return None
    parts = tuple(p.strip().upper() for p in spec.split(",") if p.strip())
    return parts or None


def code_selected(code: str, selection: tuple[str, ...] | None) -> bool:
    return selection is None or any(code.startswith(prefix) for prefix in selection)


def leakscan_scanner() -> Scanner:
    """Bind the real ``leakscan.scan_source``; imported lazily so tests can fake it."""
    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    import leakscan  # noqa: PLC0415 - deliberate late import

    if not callable(getattr(leakscan, "scan_source", None)):
        raise ImportError("leakscan has no scan_source(text, path) yet")

    def scan(text: str, path: str) -> list[tuple[int, str]]:
        return [(int(f.location.line), str(f.code)) for f in leakscan.scan_source(text, path)]

    return scan


def corpus_files(corpus: Path) -> list[Path]:
    if corpus.is_file():
        return [corpus]
    return sorted(p for p in corpus.rglob("*.py") if "__pycache__" not in p.parts)


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def score_corpus(corpus: Path, scanner: Scanner, codes: tuple[str, ...] | None = None) -> Result:
    """Scan every file of the corpus and compare findings with markers."""
    result = Result(corpus=display_path(corpus))
    expected: set[Key] = set()
    found: set[Key] = set()
    for path in corpus_files(corpus):
        shown = display_path(path)
        result.files += 1
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            result.errors.append((shown, f"cannot read: {exc}"))
            continue
        file_expected = {(shown, line, code) for line, code in parse_markers(text)
                         if code_selected(code, codes)}
        if file_expected:
            result.marked_files += 1
        expected |= file_expected
        try:
            hits = scanner(text, str(path))
        except Exception as exc:  # a crash in the analyzer is a measurement, not our failure
            last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            where = f" ({Path(last.filename).name}:{last.lineno})" if last else ""
            result.errors.append((shown, f"{type(exc).__name__}: {exc}{where}"))
            continue
        file_found = {(shown, line, code) for line, code in hits if code_selected(code, codes)}
        found |= file_found
        if file_found and not parse_markers(text):
            result.flagged_clean_files.append(shown)

    present = {k[2] for k in expected | found}
    for code in sorted(set(c for c in ALL_CODES if code_selected(c, codes)) | present):
        result.per_code[code] = CodeScore()
    for key in expected & found:
        result.per_code[key[2]].tp += 1
    for key in sorted(found - expected):
        result.per_code[key[2]].fp += 1
        result.false_positives.append(key)
    for key in sorted(expected - found):
        result.per_code[key[2]].fn += 1
        result.false_negatives.append(key)
    return result


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def render_text(result: Result, verbose: bool) -> str:
    lines: list[str] = []
    if verbose:
        issues = [(k, "FP") for k in result.false_positives] + [(k, "FN") for k in result.false_negatives]
        for (path, line, code), kind in sorted(issues):
            lines.append(f"{path}:{line}: {code} ({kind})")
        for path, reason in result.errors:
            lines.append(f"{path}: ERROR {reason}")
        if lines:
            lines.append("")
    lines.append(f"corpus {result.corpus}: {result.files} files, {result.marked_files} with (selected) markers, "
                 f"{len(result.errors)} errors")
    lines.append(f"{'code':<8}{'TP':>5}{'FP':>5}{'FN':>5}  {'prec':>5}  {'recall':>6}  {'F1':>5}")
    for code, s in result.per_code.items():
        lines.append(f"{code:<8}{s.tp:>5}{s.fp:>5}{s.fn:>5}  {_fmt(s.precision)}  "
                     f"{_fmt(s.recall):>6}  {_fmt(s.f1)}")
    o = result.overall
    lines.append(f"{'micro':<8}{o.tp:>5}{o.fp:>5}{o.fn:>5}  {_fmt(o.precision)}  "
                 f"{_fmt(o.recall):>6}  {_fmt(o.f1)}")
    lines.append(f"unmarked (clean) files with findings: {len(result.flagged_clean_files)}")
    return "\n".join(lines)


def render_json(result: Result) -> str:
    def keys(items: list[Key]) -> list[dict[str, object]]:
        return [{"path": p, "line": ln, "code": c} for p, ln, c in items]

    payload = {
        "corpus": result.corpus,
        "files": result.files,
        "marked_files": result.marked_files,
        "per_code": {code: s.as_dict() for code, s in result.per_code.items()},
        "overall": result.overall.as_dict(),
        "false_positives": keys(result.false_positives),
        "false_negatives": keys(result.false_negatives),
        "flagged_clean_files": result.flagged_clean_files,
        "errors": [{"path": p, "message": m} for p, m in result.errors],
    }
    return json.dumps(payload, indent=2)


def main(argv: list[str] | None = None, scanner: Scanner | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="folder of marked .py files (or one file)")
    ap.add_argument("--codes", help="comma-separated codes or prefixes to score, e.g. LK101,LK2")
    ap.add_argument("--verbose", action="store_true", help="list every FP and FN as path:line: CODE (FP|FN)")
    ap.add_argument("--json", action="store_true", help="print a JSON report instead of the table")
    try:
        args = ap.parse_args(argv)
    except SystemExit:  # usage errors too: a measuring tool never fails the caller
        return 0

    if not args.corpus.exists():
        print(f"score.py: no such corpus: {args.corpus}", file=sys.stderr)
        return 0
    if scanner is None:
        try:
            scanner = leakscan_scanner()
        except Exception as exc:
            print(f"score.py: cannot import leakscan.scan_source: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 0
    result = score_corpus(args.corpus, scanner, parse_codes(args.codes))
    print(render_json(result) if args.json else render_text(result, args.verbose))
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception:  # report, but keep the promise of exit status 0
        traceback.print_exc()
    sys.exit(0)
