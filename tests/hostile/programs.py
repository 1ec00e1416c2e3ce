"""Hypothesis strategies for ML-like programs and notebook-like JSON.

``ml_programs`` composes statements that data-science code is made of (loading, splitting,
fitting, transforming, resampling, cross-validating, scoring) over a small pool of names, in
any order, nested in loops, functions, branches and ``with`` blocks, next to ordinary Python
noise (comprehensions, lambdas, walrus, star-unpacking, ``match``, ``try``, classes). Drawing
names from a small pool makes values flow into each other, so many programs leak and the rules
and fixers are exercised on shapes nobody wrote by hand. Every program compiles.

``notebook_documents`` gives JSON documents shaped like notebooks with any field of any type.
"""

from __future__ import annotations

import ast
import json
from typing import Any

from hypothesis import strategies as st

DATA = ["df", "data", "train", "test", "full", "frame"]
MATRICES = ["X", "y", "X_train", "X_test", "y_train", "y_test", "X_val", "y_val", "Xs", "features", "target", "labels"]
OBJECTS = ["scaler", "model", "clf", "search", "pca", "enc", "sm", "imp", "pipe", "est"]
OTHERS = ["pred", "scores", "best", "i", "k", "tmp", "result", "params", "acc"]
NAMES = DATA + MATRICES + OBJECTS + OTHERS

IMPORT_STYLES = [
    "import pandas as pd\nimport numpy as np\n",
    "from sklearn.model_selection import train_test_split, cross_val_score, GridSearchCV, KFold\n",
    "import sklearn.model_selection as ms\ntrain_test_split = ms.train_test_split\n",
    "from sklearn.model_selection import train_test_split as tts\n",
    "from sklearn.preprocessing import StandardScaler, MinMaxScaler, OneHotEncoder\n",
    "import sklearn.preprocessing as pp\n",
    "from sklearn.decomposition import PCA\nfrom sklearn.impute import SimpleImputer\n",
    "from sklearn.feature_selection import SelectKBest\n",
    "from sklearn.linear_model import LogisticRegression\nfrom sklearn.ensemble import RandomForestClassifier\n",
    "from sklearn.metrics import accuracy_score, f1_score\n",
    "from sklearn.pipeline import make_pipeline, Pipeline\n",
    "from imblearn.over_sampling import SMOTE\n",
    "import xgboost as xgb\n",
    "from tensorflow import keras\n",
    "import torch\nfrom torch.utils.data import DataLoader, random_split\n",
]

TRANSFORMERS = ["StandardScaler()", "MinMaxScaler()", "pp.StandardScaler()", "PCA(n_components=2)", "SimpleImputer()",
                "SelectKBest(k=3)", "OneHotEncoder()", "pp.RobustScaler()"]
MODELS = ["LogisticRegression()", "RandomForestClassifier(n_estimators=10)", "xgb.XGBClassifier()",
          "make_pipeline(StandardScaler(), LogisticRegression())", "keras.Sequential()"]
SPLITTERS = ["train_test_split", "tts", "ms.train_test_split"]
STATS = ["mean", "median", "std", "max", "min"]
COLUMNS = ['"a"', '"b"', '"target"', '"age"']

# Templates: {d} a data name, {m} a matrix name, {o} an object, {n} any name, {T} a transformer,
# {M} a model, {S} a splitter, {stat} a statistic, {c} a column, {f} a file name.
SIMPLE = [
    '{d} = pd.read_csv("{f}.csv")',
    "{m} = {d}.drop(columns=[{c}])",
    "{m} = {d}[{c}]",
    "{m} = {d}[[{c}, {c2}]]",
    "{m} = {d}.values",
    "{m} = {T}.fit_transform({m2})",
    "{o} = {T}",
    "{o}.fit({m})",
    "{o}.fit({m}, {m2})",
    "{m} = {o}.transform({m2})",
    "{m} = {o}.fit_transform({m2})",
    "{m} = {o}.fit({m2}).transform({m2})",
    "{m}, {m2}, {m3}, {m4} = {S}({m5}, {m6}, test_size=0.2, random_state=0)",
    "{d}, {d2} = {S}({d3}, test_size=0.25)",
    "{m}, {m2} = {S}({m3}, shuffle=False)",
    "{o} = {M}",
    "{o}.fit({m}, {m2})",
    "{n} = {o}.predict({m})",
    "print(accuracy_score({m}, {o}.predict({m2})))",
    "{n} = {o}.score({m}, {m2})",
    "{n} = f1_score({m}, {n2})",
    "{n} = cross_val_score({o}, {m}, {m2}, cv=5)",
    '{o} = GridSearchCV({o2}, {{"C": [0.1, 1, 10]}}, cv=3)',
    "{m}, {m2} = SMOTE().fit_resample({m3}, {m4})",
    "{m}, {m2} = {o}.fit_resample({m3}, {m4})",
    "{d} = pd.concat([{d2}, {d3}])",
    "{m} = np.vstack([{m2}, {m3}])",
    "{m} = np.concatenate([{m2}, {m3}], axis=0)",
    "{d}[{c}] = {d}[{c}].fillna({d}[{c}].{stat}())",
    "{d} = {d}.fillna({d}.{stat}())",
    "{m} = ({m} - {m}.{stat}()) / {m}.std()",
    '{d}[{c}] = {d}.groupby("g")[{c}].transform("mean")',
    "{o}.fit({m}, {m2}, eval_set=[({m3}, {m4})], early_stopping_rounds=5)",
    "{o}.fit({m}, {m2}, validation_data=({m3}, {m4}), epochs=2)",
    "{n} = DataLoader({m}, batch_size=32)",
    "{n}, {n2} = random_split({m}, [0.8, 0.2])",
    "{n} = {o}.best_estimator_",
    "{n} = {o}.best_params_",
    "{n} = [{o}.score({m}, {m2}) for {n2} in range(3)]",
    "{n} = {{{c}: {m} for {n2} in {m2}}}",
    "{n} = lambda {n2}: {o}.fit_transform({n2})",
    "{n} = {n2}({m})",
    "{n} = ({n2} := {m})",
    "*{n}, {n2} = {m}",
    "{n}[0] = {m}",
    "{n}.attr = {o}",
    "{n} += 1",
    "{n} = {n2} if {n3} else {m}",
    "{n} = {m}.copy()",
    "{m} = {m}.reshape(-1, 1)",
    "{m} = {m}[:100]",
    "{m} = {m}.iloc[100:]",
    "{m} = {d}.sample(frac=0.5)",
    "{m} = {d}[{d}[{c}] > 0]",
    "print({n}, {n2})",
    "del {n}",
    "assert {n}",
    "pass",
    "global {n}",
    "{o}.save('model.bin')",
    "{n} = {o}.predict_proba({m})[:, 1]",
    "{n} = 'text with ( [ {{ brackets'",
    '{n} = f"{{{m}!r:>10}} {{len({m2})}}"',
    "{n} = {m} @ {m2}",
    "{n} = not {m}",
    "{n} = await {m}",
    "yield {m}",
    "return {m}",
    "raise ValueError({m})",
    "break",
    "continue",
]
BLOCKS = [
    "for {n} in range(3):",
    "for {n}, {n2} in zip({m}, {m2}):",
    "for {n} in [{T}, {T2}]:",
    "for {n} in [{M}, {M2}]:",
    "for {n} in KFold(5).split({m}):",
    "while {n}:",
    "if {n}:",
    "if {n} > 0:\n{indent}    pass\n{indent}elif {n2}:",
    "with open('{f}') as {n}:",
    "def {fn}({n}):",
    "def {fn}({n}, {n2}=None, *args, **kwargs):",
    "async def {fn}({n}):",
    "class {cls}:",
    "try:",
    "match {n}:\n{indent}    case [{n2}, *_]:",
]
TRY_TAILS = [
    "except Exception as {n}:\n{indent}    pass",
    "finally:\n{indent}    pass",
    "except (ValueError, KeyError):\n{indent}    {n} = None",
]


def _fill(draw: st.DrawFn, template: str, indent: str, fixed: dict[str, str] | None = None) -> str:
    def pick(pool: list[str]) -> str:
        return draw(st.sampled_from(pool))

    values: dict[str, str] = {"indent": indent}
    for key, pool in (("d", DATA), ("m", MATRICES), ("o", OBJECTS), ("n", NAMES), ("T", TRANSFORMERS),
                      ("M", MODELS), ("S", SPLITTERS), ("stat", STATS), ("c", COLUMNS)):
        for suffix in ("", "2", "3", "4", "5", "6"):
            if "{" + key + suffix + "}" in template or "{" + key + suffix + "!" in template:
                values[key + suffix] = pick(pool)
    values["f"] = pick(["train", "test", "data", "holdout"])
    values["fn"] = pick(["prep", "train_model", "evaluate", "load"])
    values["cls"] = pick(["Trainer", "Model"])
    values.update(fixed or {})
    return template.format(**values)


@st.composite
def _block(draw: st.DrawFn, depth: int, indent: str) -> str:
    lines: list[str] = []
    count = draw(st.integers(1, 6 if depth == 0 else 3))
    for _ in range(count):
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            header = _fill(draw, draw(st.sampled_from(BLOCKS)), indent)
            body = draw(_block(depth + 1, indent + "    "))
            lines.append(f"{indent}{header}\n{body}")
            if header.startswith("try:"):
                lines.append(indent + _fill(draw, draw(st.sampled_from(TRY_TAILS)), indent))
        else:
            lines.append(indent + _fill(draw, draw(st.sampled_from(SIMPLE)), indent))
    return "\n".join(lines)


def _compiles(text: str) -> bool:
    try:
        compile(text, "<generated>", "exec", flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except (SyntaxError, ValueError):
        return False
    return True


# Coherent stories, each a leak (or its clean twin) in a few lines; names are drawn once per story.
SCENARIOS = [
    # LK101: fitted before the split
    ['{d} = pd.read_csv("{f}.csv")', "{X} = {d}.drop(columns=[{c}])", "{y} = {d}[{c}]", "{X} = {T}.fit_transform({X})",
     "{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y}, test_size=0.2)", "{o} = {M}", "{o}.fit({Xa}, {ya})",
     "print(accuracy_score({yb}, {o}.predict({Xb})))"],
    # the clean twin: split, fit on train, transform test
    ['{d} = pd.read_csv("{f}.csv")', "{X} = {d}.drop(columns=[{c}])", "{y} = {d}[{c}]",
     "{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y}, test_size=0.2)", "{s} = {T}", "{Xa} = {s}.fit_transform({Xa})",
     "{Xb} = {s}.transform({Xb})", "{o} = {M}.fit({Xa}, {ya})", "print({o}.score({Xb}, {yb}))"],
    # LK103: refit on the test part
    ["{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y})", "{s} = {T}", "{Xa} = {s}.fit_transform({Xa})",
     "{Xb} = {s}.fit_transform({Xb})", "{o} = {M}", "{o}.fit({Xa}, {ya})", "print({o}.score({Xb}, {yb}))"],
    # LK104: cross-validation after preprocessing
    ['{d} = pd.read_csv("{f}.csv")', "{X} = {d}[[{c}, {c2}]]", "{y} = {d}[{c3}]", "{X} = {T}.fit_transform({X})",
     "{n} = cross_val_score({M}, {X}, {y}, cv=5)", "print({n}.mean())"],
    ["{X} = {T}.fit_transform({X})", '{o} = GridSearchCV({M}, {{"C": [1, 10]}}, cv=3)', "{o}.fit({X}, {y})",
     "print({o}.best_score_)"],
    # LK201: resampled before the split
    ["{X}, {y} = SMOTE().fit_resample({X}, {y})", "{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y}, stratify={y})",
     "{o} = {M}.fit({Xa}, {ya})", "print(f1_score({yb}, {o}.predict({Xb})))"],
    # LK102: fitted on train and test together
    ['{d} = pd.read_csv("train.csv")', '{d2} = pd.read_csv("test.csv")', "{d3} = pd.concat([{d}, {d2}])",
     "{s} = {T}", "{s}.fit({d3})", "{X} = {s}.transform({d})", "{Xb} = {s}.transform({d2})"],
    # LK301: tuned on the test set
    ["{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y})", "best = 0", "for {k} in [1, 3, 5]:", "    {o} = {M}",
     "    {o}.fit({Xa}, {ya})", "    {n} = {o}.score({Xb}, {yb})", "    if {n} > best:", "        best = {n}"],
    ["{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y})", "{o} = xgb.XGBClassifier()",
     "{o}.fit({Xa}, {ya}, eval_set=[({Xb}, {yb})], early_stopping_rounds=10)", "print({o}.score({Xb}, {yb}))"],
    # LK302: two models on one test set
    ["{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y})", "{o} = {M}.fit({Xa}, {ya})", "{o2} = {M2}.fit({Xa}, {ya})",
     "print({o}.score({Xb}, {yb}), {o2}.score({Xb}, {yb}))"],
    # LK401 and LK501
    ["{o} = {M}", "{o}.fit({X}, {y})", "print({o}.score({X}, {y}))"],
    ['{d} = pd.read_csv("{f}.csv")', '{y} = {d}["target"]', "{X} = {d}", "{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y})",
     "{o} = {M}.fit({Xa}, {ya})", "print({o}.score({Xb}, {yb}))"],
    # LK105: a statistic of the whole data
    ['{d} = pd.read_csv("{f}.csv")', "{d}[{c}] = {d}[{c}].fillna({d}[{c}].{stat}())", "{a}, {b} = {S}({d})"],
    # a helper function doing the preprocessing
    ["def {fn}({n}):", "    return {T}.fit_transform({n})", "{X} = {fn}({X})", "{Xa}, {Xb}, {ya}, {yb} = {S}({X}, {y})",
     "{o} = {M}.fit({Xa}, {ya})", "print({o}.score({Xb}, {yb}))"],
]
_STORY_NAMES = {"X": ["X", "features", "Xs", "data_x"], "y": ["y", "target", "labels"],
                "Xa": ["X_train", "Xtr", "train_x"], "Xb": ["X_test", "Xte", "test_x", "X_val"],
                "ya": ["y_train", "ytr"], "yb": ["y_test", "yte", "y_val"], "s": ["scaler", "sc", "prep"],
                "a": ["train", "tr"], "b": ["test", "te"], "k": ["k", "depth", "c"]}
NOISE = ["print({n})", "{n} = 1", "# a comment", "", "{n} = len({m})", "pass", "import os", "{n} = [i for i in range(3)]"]


@st.composite
def _story(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SCENARIOS))
    values: dict[str, str] = {key: draw(st.sampled_from(pool)) for key, pool in _STORY_NAMES.items()}
    out = []
    for line in lines:
        indent = line[: len(line) - len(line.lstrip())]
        if draw(st.integers(0, 5)) == 0:  # noise between the story's statements
            out.append(indent + _fill(draw, draw(st.sampled_from(NOISE)), indent))
        out.append(_fill(draw, line, indent, values))  # the story's names stay fixed
    return "\n".join(out)


@st.composite
def ml_programs(draw: st.DrawFn) -> str:
    """A program that compiles (``return`` outside a function and the like are drawn again)."""
    header = "".join(draw(st.lists(st.sampled_from(IMPORT_STYLES), min_size=3, max_size=10, unique=True)))
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        block = draw(_story()) if draw(st.booleans()) else draw(_block(0, ""))
        if _compiles(header + "\n".join(parts + [block]) + "\n"):
            parts.append(block)
    return header + "\n".join(parts) + "\n"


@st.composite
def ml_notebooks(draw: st.DrawFn) -> str:
    """A notebook JSON whose code cells, run in order, form one ML-like program (plus markdown
    cells and IPython magics in between)."""
    program = draw(ml_programs())
    chunks = program.split("\n\n") if "\n\n" in program else [program]
    cells: list[dict[str, Any]] = []
    for chunk in chunks:
        if draw(st.booleans()):
            cells.append({"cell_type": "markdown", "metadata": {}, "source": "# notes\n"})
        magic = draw(st.sampled_from(["", "%matplotlib inline\n", "!pip install x\n", "%time "]))
        source = magic + chunk if magic != "%time " or "\n" in chunk.strip() else chunk
        lines = source.splitlines(keepends=True)
        cells.append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                      "source": lines if draw(st.booleans()) else source})
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


# ------------------------------------------------------------------------- notebook-like JSON
_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
json_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20
)
_source = (
    st.text(max_size=80)
    | st.lists(st.text(max_size=30), max_size=5)
    | st.lists(st.one_of(st.text(max_size=10), json_values), max_size=4)
    | json_values
)
_cell = st.fixed_dictionaries(
    {},
    optional={
        "cell_type": st.sampled_from(["code", "markdown", "raw", "Code", ""]) | json_values,
        "source": _source,
        "input": _source,
        "metadata": json_values | st.fixed_dictionaries({}, optional={
            "vscode": st.fixed_dictionaries({"languageId": st.sampled_from(["python", "sql", "r"]) | json_values}),
            "language": json_values,
        }),
        "outputs": json_values,
        "execution_count": json_values,
        "id": json_values,
    },
)
notebook_documents = st.fixed_dictionaries(
    {},
    optional={
        "cells": st.lists(_cell, max_size=5) | json_values,
        "worksheets": st.lists(st.fixed_dictionaries({}, optional={"cells": st.lists(_cell, max_size=3) | json_values}), max_size=2)
        | json_values,
        "metadata": json_values | st.fixed_dictionaries({}, optional={
            "kernelspec": st.fixed_dictionaries({}, optional={"language": json_values, "name": json_values}),
            "language_info": st.fixed_dictionaries({}, optional={"name": st.sampled_from(["python", "R"]) | json_values}),
        }),
        "nbformat": st.sampled_from([4, 3, 5]) | json_values,
        "nbformat_minor": json_values,
    },
) | json_values


@st.composite
def notebook_texts(draw: st.DrawFn) -> str:
    """Text a ``.ipynb`` file might hold: a notebook-like document, serialized in a few ways, or
    something that is not JSON at all."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.text(max_size=200))
    document = draw(notebook_documents)
    text = json.dumps(document, indent=draw(st.sampled_from([None, 1, 2])), ensure_ascii=draw(st.booleans()))
    if kind == 1 and text:  # truncated, as an interrupted save leaves it
        return text[: draw(st.integers(0, len(text) - 1))]
    return text
