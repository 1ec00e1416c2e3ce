"""Numbers and judging samples for the real-code scan (see SOURCES.md and RESULTS.md).

    python eval/realcode/report.py --before before.jsonl --after after.jsonl --samples OUTDIR
    python eval/realcode/report.py ... --show after --ids 3,17   # print code around sampled findings

Reads the JSON lines written by run.py. Prints findings per code, LK302 findings per file, files
with any finding, files that raised; writes OUTDIR/sample_{before,after}.jsonl: 50 findings drawn
with random.Random(0).sample over the findings in file order (all of them if fewer than 50).
--show prints each sampled finding with its related lines and the code around them (needs --root).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random


def load(path):
    findings, errors = [], []
    with open(path) as fh:
        for line in fh:
            row = json.loads(line)
            if "summary" in row:
                continue
            (errors if "error" in row else findings).append(row)
    return findings, errors


def stats(name, findings, errors, n_files):
    per_code = collections.Counter(f["code"] for f in findings)
    lk302 = collections.Counter(f["path"] for f in findings if f["code"] == "LK302")
    files_any = {f["path"] for f in findings}
    print(f"## {name}: {len(findings)} findings, {len(errors)} files raised, {len(files_any)} files with a finding")
    print("   per code:", ", ".join(f"{c} {n}" for c, n in sorted(per_code.items())))
    if lk302:
        print(f"   LK302: {sum(lk302.values())} findings in {len(lk302)} files; mean per file with LK302 "
              f"{sum(lk302.values()) / len(lk302):.2f}; per scanned file {sum(lk302.values()) / n_files:.3f}; "
              f"files with >1: {sum(v > 1 for v in lk302.values())}; max {max(lk302.values())}")
    kinds = collections.Counter(e["error"].split(":")[1].strip()[:30] if ":" in e["error"] else e["error"][:30]
                                for e in errors)
    print("   errors:", dict(kinds))


def sample(findings, k=50, seed=0):
    picked = random.Random(seed).sample(findings, min(k, len(findings)))
    for i, row in enumerate(picked):
        row["idx"] = i
    return picked


def flat(root, path):
    """[(cell, line, text)] of a script, or of a notebook's code cells (1-based cell index)."""
    full = os.path.join(root, path)
    if path.endswith(".ipynb"):
        with open(full, encoding="utf-8") as fh:
            nb = json.load(fh)
        out = []
        for ci, cell in enumerate(nb.get("cells", []), 1):
            if cell.get("cell_type") != "code":
                continue
            src = cell.get("source", "")
            src = "".join(src) if isinstance(src, list) else src
            out.extend((ci, li, tx) for li, tx in enumerate(src.split("\n"), 1))
        return out
    with open(full, encoding="utf-8", errors="replace") as fh:
        return [(None, i, t) for i, t in enumerate(fh.read().split("\n"), 1)]


def show(root, row, before=10, after=4):
    lines = flat(root, row["path"])
    index = {(c, ln): i for i, (c, ln, _) in enumerate(lines)}
    print("=" * 100)
    print(f"#{row['idx']} {row['path']} cell={row['cell']} line={row['line']} {row['code']}\n  {row['message']}")
    for r in row["related"]:
        print(f"  related: cell={r['cell']} line={r['line']} {r['message']}")
    main = index.get((row["cell"], row["line"]))
    points = sorted({p for p in [main] + [index.get((r["cell"], r["line"])) for r in row["related"]] if p is not None})
    shown = set()
    for p in points:
        print("   ...")
        for i in range(max(0, p - before), min(len(lines), p + after + 1)):
            if i in shown:
                continue
            shown.add(i)
            c, ln, tx = lines[i]
            mark = ">>" if i == main else ("r>" if i in points else "  ")
            print(f"{mark}{'' if c is None else f'{c}:'}{ln:4d}| {tx[:160]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--samples", help="folder to write sample_before.jsonl / sample_after.jsonl")
    ap.add_argument("--root", default="/work/realcode")
    ap.add_argument("--show", choices=["before", "after"])
    ap.add_argument("--ids", default="")
    ns = ap.parse_args()
    data = {}
    for name, path in (("before", ns.before), ("after", ns.after)):
        findings, errors = load(path)
        with open(path) as fh:
            n_files = [json.loads(x) for x in fh if '"summary"' in x][-1]["summary"]["files"]
        data[name] = (findings, errors, n_files)
    if not ns.show:
        for name, (findings, errors, n_files) in data.items():
            stats(name, findings, errors, n_files)
        broken = {e["path"] for _, (f, errs, _) in data.items() for e in errs}
        print("\n# same numbers on the files that every version analyzed")
        for name, (findings, errors, n_files) in data.items():
            kept = [f for f in findings if f["path"] not in broken]
            stats(name + " (common files)", kept, [], n_files - len(broken))
    for name, (findings, _, _) in data.items():
        picked = sample(findings)
        if ns.samples:
            with open(os.path.join(ns.samples, f"sample_{name}.jsonl"), "w") as out:
                for row in picked:
                    out.write(json.dumps(row) + "\n")
        if ns.show == name:
            ids = {int(x) for x in ns.ids.split(",") if x.strip()}
            for row in picked:
                if not ids or row["idx"] in ids:
                    show(ns.root, row)


if __name__ == "__main__":
    main()
