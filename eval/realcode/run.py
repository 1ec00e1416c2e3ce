"""Scan a folder of real-world .py/.ipynb files with one frozen leakscan version.

Usage:
    python eval/realcode/run.py --lib /work/baseline --root /work/realcode --out before.jsonl
    python eval/realcode/run.py --lib /work/snap13   --root /work/realcode --out after.jsonl

Each file is analyzed on its own with ``leakscan.scan_source`` (never executed). Output is JSON
lines: one object per finding
    {"path", "line", "cell", "code", "message", "related": [{"line", "cell", "message"}]}
plus one {"path", "error": "..."} object per file that raised, and a last
{"summary": {...}} object with the number of files, errors and findings.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys


def _files(root: str) -> list[str]:
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith((".py", ".ipynb")):
                out.append(os.path.join(dirpath, name))
    return out


def _loc(obj):
    loc = getattr(obj, "location", None)
    if loc is None:
        return None, None
    return getattr(loc, "line", None), getattr(loc, "cell", None)


def _scan(args):
    path, root = args
    from leakscan import scan_source

    rel = os.path.relpath(path, root)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            from leakscan.api import decode_source

            text = decode_source(data, path)
        except ImportError:
            text = data.decode("utf-8", errors="replace")
        findings = scan_source(text, path)
    except BaseException as exc:  # noqa: BLE001 - count every file that raises
        return [{"path": rel, "error": f"{type(exc).__name__}: {exc}"[:500]}]
    rows = []
    for f in findings:
        line, cell = _loc(f)
        related = []
        for r in getattr(f, "related", []) or []:
            rl, rc = _loc(r)
            related.append({"line": rl, "cell": rc, "message": getattr(r, "message", "")})
        rows.append({"path": rel, "line": line, "cell": cell, "code": f.code,
                     "message": f.message, "related": related})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", required=True, help="folder that contains the leakscan package")
    ap.add_argument("--root", required=True, help="folder to scan")
    ap.add_argument("--out", required=True, help="JSON lines output file")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ns = ap.parse_args()
    sys.path.insert(0, os.path.abspath(ns.lib))
    os.environ["PYTHONPATH"] = os.path.abspath(ns.lib)  # for spawned workers
    import leakscan  # noqa: F401  (check the right one is imported)

    assert os.path.abspath(leakscan.__file__).startswith(os.path.abspath(ns.lib)), leakscan.__file__
    files = _files(ns.root)
    n_find = n_err = 0
    with mp.get_context("fork").Pool(ns.jobs, maxtasksperchild=20) as pool, open(ns.out, "w") as out:
        for rows in pool.imap(_scan, [(p, ns.root) for p in files], chunksize=1):
            for row in rows:
                if "error" in row:
                    n_err += 1
                else:
                    n_find += 1
                out.write(json.dumps(row) + "\n")
        out.write(json.dumps({"summary": {"lib": ns.lib, "files": len(files), "errors": n_err,
                                          "findings": n_find}}) + "\n")
    print(f"{ns.lib}: {len(files)} files, {n_err} errors, {n_find} findings -> {ns.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
