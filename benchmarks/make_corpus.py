"""Build the benchmark corpus: 1,000 training scripts (300,000+ lines) and 100 notebooks.

The corpus is made from the project's own programs (``fixtures/**/*.py`` and
``eval/**/*.py``) so that it looks like the code leakscan is meant for: each output file
composes several programs, with their variables renamed per program (so programs in one file
do not share data), some wrapped in an experiment function, and each output is checked to
parse. A fixed seed makes the corpus the same on every machine, so numbers compare.

Layout (under ``benchmarks/corpus/``, gitignored)::

    py/a/    the first 100 scripts (the N=100 benchmark)
    py/b/    900 more (py/a and py/b together: the N=1000 benchmark)
    nb/      100 notebooks made of the same programs, split into cells

Usage: ``python benchmarks/make_corpus.py [--out DIR] [--seed N] [--files N] [--notebooks N]``
"""

from __future__ import annotations

import argparse
import ast
import builtins
import io
import json
import random
import re
import shutil
import sys
import tokenize
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
SEED = 20240611
SMALL = 100  # files in py/a: the N=100 benchmark
TAGS = ("v{n}", "exp{n}", "run{n}", "m{n}", "s{n}", "{n}")
HEADERS = (
    '"""Experiments for the {topic} project."""\n',
    "# {topic}: model experiments, exported from the team notebook\n",
    '#!/usr/bin/env python\n"""Training scripts collected for the {topic} study."""\n',
    "# -*- coding: utf-8 -*-\n# {topic} baselines\n",
)
TOPICS = ("churn", "fraud", "pricing", "credit risk", "retention", "demand", "triage", "sentiment")


@dataclass
class Program:
    """One source program, with the names it binds that may be renamed safely."""

    path: str
    text: str
    renamable: frozenset[str]
    wrappable: bool


# --------------------------------------------------------------------------- sources


def load_programs(root: Path = ROOT) -> list[Program]:
    """Every parsable program under fixtures/ and eval/ (tooling scripts left out)."""
    out: list[Program] = []
    files = sorted([*root.glob("fixtures/**/*.py"), *root.glob("eval/**/*.py")])
    for file in files:
        if file.parent == root / "eval" or "realcode" in file.parts:  # eval/score.py and the like: tooling, not ML code
            continue
        try:
            text = file.read_text(encoding="utf-8")
            tree = ast.parse(text)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        if any(line[: len(line) - len(line.lstrip())].count("\t") for line in text.splitlines()):
            continue  # tab indentation would not survive being wrapped in a function
        text = _drop_future_imports(text, tree)
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        wrappable = not any(isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names) for n in ast.walk(tree))
        out.append(Program(str(file.relative_to(root)), text, _renamable(tree), wrappable))
    return out


def _drop_future_imports(text: str, tree: ast.Module) -> str:
    """``from __future__`` must open a file, so composed programs cannot keep theirs."""
    lines = text.splitlines(keepends=True)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            for i in range(node.lineno - 1, node.end_lineno or node.lineno):
                lines[i] = "\n" if i == node.lineno - 1 else ""
    return "".join(lines)


def _renamable(tree: ast.Module) -> frozenset[str]:
    """Names the program binds, minus those whose renaming could change what it means.

    Parameters stay (keyword arguments name them), imports stay (the analyzer resolves
    them), class attributes stay (dataclass fields are keyword arguments too).
    """
    bound: set[str] = set()
    keep: set[str] = set(dir(builtins)) | {"self", "cls"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            keep.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                keep.add((alias.asname or alias.name).split(".")[0])
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                for target in _targets(stmt):
                    keep.add(target)
    return frozenset(n for n in bound - keep if not (n.startswith("__") and n.endswith("__")))


def _targets(stmt: ast.stmt) -> list[str]:
    if isinstance(stmt, ast.Assign):
        return [n.id for t in stmt.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return [stmt.target.id]
    return []


# --------------------------------------------------------------------------- renaming


def rename(program: Program, tag: str) -> str:
    """The program with each renamable name ``n`` spelled ``n_<tag>``.

    Works on tokens, so comments and layout stay; names after a dot (attributes), keyword
    arguments and names inside import statements keep their spelling.
    """
    mapping = {name: f"{name}_{tag}" for name in program.renamable}
    lines = program.text.splitlines(keepends=True)
    for (row, col), (end_row, end_col), string, is_name in reversed(_sites(program)):
        new = mapping[string] if is_name else _rename_in_fstring(string, mapping)
        if row == end_row:
            line = lines[row - 1]
            lines[row - 1] = line[:col] + new + line[end_col:]
        else:  # a multi-line f-string: rewrite it through its first line
            lines[row - 1] = lines[row - 1][:col] + new + lines[end_row - 1][end_col:]
            for r in range(row, end_row):
                lines[r] = ""
    return "".join(lines)


_SITES: dict[str, list[tuple[tuple[int, int], tuple[int, int], str, bool]]] = {}


def _sites(program: Program) -> list[tuple[tuple[int, int], tuple[int, int], str, bool]]:
    """Where renaming applies, in text order: (start, end, token, is a plain name). Cached."""
    if program.path in _SITES:
        return _SITES[program.path]
    tokens = list(tokenize.generate_tokens(io.StringIO(program.text).readline))
    sites: list[tuple[tuple[int, int], tuple[int, int], str, bool]] = []
    brackets: list[str] = []
    in_import = False
    prev: tokenize.TokenInfo | None = None
    for i, tok in enumerate(tokens):
        string = tok.string
        if tok.type in (tokenize.NEWLINE, tokenize.NL) and not brackets:
            in_import = False
        elif tok.type == tokenize.NAME and (prev is None or prev.type in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT)) and string in ("import", "from"):
            in_import = True
        elif tok.type == tokenize.OP and string in "([{":
            brackets.append(string)
        elif tok.type == tokenize.OP and string in ")]}" and brackets:
            brackets.pop()
        if tok.type == tokenize.NAME and string in program.renamable and not in_import:
            after_dot = prev is not None and prev.type == tokenize.OP and prev.string == "."
            nxt = _next_significant(tokens, i)
            is_keyword_arg = (
                bool(brackets) and brackets[-1] == "(" and nxt is not None and nxt.string == "="
                and prev is not None and prev.string in ("(", ",")
            )
            if not after_dot and not is_keyword_arg:
                sites.append((tok.start, tok.end, string, True))
        elif tok.type == tokenize.STRING and _is_fstring(string):
            sites.append((tok.start, tok.end, string, False))
        if tok.type not in (tokenize.COMMENT, tokenize.NL):
            prev = tok
    _SITES[program.path] = sites
    return sites


def _next_significant(tokens: list[tokenize.TokenInfo], i: int) -> tokenize.TokenInfo | None:
    for tok in tokens[i + 1:]:
        if tok.type not in (tokenize.COMMENT, tokenize.NL):
            return tok
    return None


def _is_fstring(token: str) -> bool:
    prefix = re.match(r"[A-Za-z]*", token).group(0).lower()  # type: ignore[union-attr]
    return "f" in prefix


_IDENT = re.compile(r"[A-Za-z_]\w*")


def _rename_in_fstring(token: str, mapping: dict[str, str]) -> str:
    """Rename names inside the ``{...}`` fields of an f-string, not in its literal text."""
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(token):
        ch = token[i]
        if depth == 0:
            if token.startswith("{{", i):
                out.append("{{")
                i += 2
                continue
            if ch == "{":
                depth = 1
            out.append(ch)
            i += 1
            continue
        if ch in "{[(":
            depth += ch == "{"
        elif ch == "}":
            depth -= 1
        m = _IDENT.match(token, i)
        if m and (i == 0 or not (token[i - 1].isalnum() or token[i - 1] in "_.")):
            name = m.group(0)
            out.append(mapping.get(name, name))
            i = m.end()
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------- composing


def _wrap(body: str, name: str) -> str:
    """The program as the body of ``def name():`` followed by a call under a main guard."""
    indented = "".join(("    " + line) if line.strip() else line for line in body.splitlines(keepends=True))
    return f"def {name}():\n{indented}\n\nif __name__ == \"__main__\":\n    {name}()\n"


def compose(rng: random.Random, programs: list[Program], count: int) -> str:
    topic = rng.choice(TOPICS)
    parts = [rng.choice(HEADERS).format(topic=topic)]
    if rng.random() < 0.3:
        parts.append("from __future__ import annotations\n")  # after a comment or docstring is still valid
    for n, program in enumerate(rng.sample(programs, count), 1):
        tag = rng.choice(TAGS).format(n=n)
        body = rename(program, tag)
        section = f"\n\n# %% [{n}] from {Path(program.path).stem}\n"
        if program.wrappable and rng.random() < 0.2:
            wrapped = _wrap(body, f"experiment_{tag}")
            if _parses(wrapped):
                body = wrapped
        parts.append(section + body.rstrip("\n") + "\n")
    return "".join(parts)


def _parses(text: str) -> bool:
    try:
        compile(text, "<corpus>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def notebook(rng: random.Random, programs: list[Program], count: int) -> dict[str, object]:
    """An nbformat 4 notebook: a title cell, then each program in cells of a few statements."""
    cells: list[dict[str, object]] = [_markdown(f"# {rng.choice(TOPICS).title()} exploration\n\nModel experiments.")]
    if rng.random() < 0.5:
        cells.append(_code("%matplotlib inline\nimport warnings\nwarnings.filterwarnings(\"ignore\")"))
    for n, program in enumerate(rng.sample(programs, count), 1):
        cells.append(_markdown(f"## Experiment {n}: {Path(program.path).stem.replace('_', ' ')}"))
        text = rename(program, rng.choice(TAGS).format(n=n))
        lines = text.splitlines(keepends=True)
        tree = ast.parse(text)
        starts = [1] + [stmt.end_lineno + 1 for stmt in tree.body[:-1] if stmt.end_lineno]  # type: ignore[operator]
        bounds = sorted(set(starts[:1] + [s for i, s in enumerate(starts[1:]) if rng.random() < 0.35])) + [len(lines) + 1]
        for start, end in zip(bounds, bounds[1:]):
            source = "".join(lines[start - 1:end - 1]).strip("\n")
            if source:
                cells.append(_code(source))
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.11"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def _split_lines(source: str) -> list[str]:
    lines = source.splitlines(keepends=True)
    return lines


def _markdown(source: str) -> dict[str, object]:
    return {"cell_type": "markdown", "metadata": {}, "source": _split_lines(source)}


def _code(source: str) -> dict[str, object]:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": _split_lines(source)}


def build(out: Path, seed: int = SEED, files: int = 1000, notebooks: int = 100) -> dict[str, int]:
    """Write the corpus under ``out`` (replacing it) and return its size."""
    programs = load_programs()
    if len(programs) < 20:
        raise SystemExit(f"only {len(programs)} source programs found under {ROOT}")
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "py" / "a").mkdir(parents=True)
    (out / "py" / "b").mkdir(parents=True)
    (out / "nb").mkdir(parents=True)
    (out / ".leakscan.toml").write_text("# the corpus is scanned with the default configuration\n", encoding="utf-8")
    lines = 0
    for i in range(files):
        text = compose(rng, programs, rng.randint(7, 17))
        if not _parses(text):  # never expected: every part parses and is separated at top level
            raise SystemExit(f"composed file {i} does not parse")
        first = rng.choice(programs)
        folder = "a" if i < SMALL else "b"
        name = f"{i:04d}_{Path(first.path).stem[:40]}.py"
        (out / "py" / folder / name).write_text(text, encoding="utf-8")
        lines += text.count("\n")
    nb_lines = 0
    for i in range(notebooks):
        nb = notebook(rng, programs, rng.randint(2, 5))
        path = out / "nb" / f"{i:03d}_analysis.ipynb"
        path.write_text(json.dumps(nb, indent=1) + "\n", encoding="utf-8")
        nb_lines += sum(len(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")  # type: ignore[index, arg-type]
    return {"programs": len(programs), "files": files, "lines": lines, "notebooks": notebooks, "notebook_code_lines": nb_lines}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--notebooks", type=int, default=100)
    args = parser.parse_args(argv)
    size = build(args.out, args.seed, args.files, args.notebooks)
    print(
        f"{args.out}: {size['files']} scripts, {size['lines']:,} lines; {size['notebooks']} notebooks, "
        f"{size['notebook_code_lines']:,} code lines (from {size['programs']} programs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
