"""Notebooks as one program: reading, IPython masking, position mapping and writing back."""

from __future__ import annotations

import ast
import difflib
import json
import random
from typing import Any

import libcst
import pytest

from leakscan.findings import Edit
from leakscan.notebook import (
    NotebookError,
    NotebookSource,
    apply_cell_edits,
    apply_program_edits,
    program_to_cells,
    read_notebook,
    replace_cell_sources,
    source_json_line,
    split_program_edit,
    to_cell_edit,
    write_program,
)

# --------------------------------------------------------------------------------------------
# Building notebooks
# --------------------------------------------------------------------------------------------


def cell(source: str, kind: str = "code", *, as_list: bool = True, count: int | None = None) -> dict[str, Any]:
    """A cell the way Jupyter writes it (list of lines) or as one string."""
    out: dict[str, Any] = {"cell_type": kind, "metadata": {}}
    if kind == "code":
        out["execution_count"] = count
        out["outputs"] = []
    out["source"] = source.splitlines(keepends=True) if as_list else source
    return out


def document(*cells: dict[str, Any] | str) -> dict[str, Any]:
    return {
        "cells": [cell(c) if isinstance(c, str) else c for c in cells],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.11.7"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def dump(doc: dict[str, Any], indent: int | None = 1, ensure_ascii: bool = False, newline: bool = True) -> str:
    return json.dumps(doc, indent=indent, ensure_ascii=ensure_ascii) + ("\n" if newline else "")


def notebook(*cells: dict[str, Any] | str, **style: Any) -> str:
    return dump(document(*cells), **style)


def v3(*sources: str) -> str:
    """An nbformat 3 notebook: cells in worksheets, code under ``input``."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# v3\n"]}]
    for n, source in enumerate(sources, start=1):
        cells.append(
            {
                "cell_type": "code",
                "collapsed": False,
                "input": source.splitlines(keepends=True),
                "language": "python",
                "metadata": {},
                "outputs": [],
                "prompt_number": n,
            }
        )
    doc = {
        "metadata": {"name": ""},
        "nbformat": 3,
        "nbformat_minor": 0,
        "worksheets": [{"cells": cells, "metadata": {}}],
    }
    return json.dumps(doc, indent=1) + "\n"


def parses(program: str) -> None:
    ast.parse(program)
    libcst.parse_module(program)


def masked(*sources: str) -> str:
    nb = read_notebook(notebook(*sources))
    parses(nb.text)
    return nb.text


# A notebook as Jupyter saves it, with outputs, an image, execution counts, non-ASCII text,
# an empty cell and a cell whose source is one string; written by hand, so nothing in it comes
# from json.dumps.
JUPYTER = r"""{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "a1",
   "metadata": {},
   "source": [
    "# Café prices — modèle\n",
    "\n",
    "Données"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "b2",
   "metadata": {
    "tags": ["setup"]
   },
   "outputs": [],
   "source": [
    "%matplotlib inline\n",
    "import pandas as pd\n",
    "from sklearn.preprocessing import StandardScaler"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "c3",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n",
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    },
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "CPU times: user 3 ms, sys: 0 ns, total: 3 ms\n",
      "Wall time: 2.9 ms\n"
     ]
    }
   ],
   "source": [
    "df = pd.read_csv(\"prix.csv\")  # « prix »\n",
    "%time X = StandardScaler().fit_transform(df)\n",
    "print(X.shape)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "id": "d4",
   "metadata": {},
   "outputs": [],
   "source": []
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "e5",
   "metadata": {
    "scrolled": true
   },
   "outputs": [
    {
     "data": {
      "text/plain": [
       "0.93"
      ]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": "from sklearn.model_selection import train_test_split\nX_train, X_test = train_test_split(X)\nX_test.mean()"
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "codemirror_mode": {
    "name": "ipython",
    "version": 3
   },
   "name": "python",
   "version": "3.11.7"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
"""


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def test_code_cells_are_joined_in_order_and_other_cells_counted() -> None:
    nb = read_notebook(
        notebook("import numpy as np", cell("# Title", "markdown"), cell("raw", "raw"), "x = np.ones(3)\ny = x\n")
    )
    assert nb.text == "import numpy as np\nx = np.ones(3)\ny = x\n"
    assert nb.cell_count == 4
    assert nb.code_cells == (1, 4)
    assert nb.language == "python"
    assert nb.skipped == {}
    assert nb.locate(2, 1) == (4, 1, 1)
    assert nb.locate(3, 5) == (4, 2, 5)
    assert nb.cell_source(4) == "x = np.ones(3)\ny = x\n"


def test_list_and_string_sources_read_the_same() -> None:
    sources = ("a = 1\nb = 2", "c = a + b\n", "")
    as_lists = read_notebook(notebook(*(cell(s) for s in sources)))
    as_strings = read_notebook(notebook(*(cell(s, as_list=False) for s in sources)))
    assert as_lists.text == as_strings.text == "a = 1\nb = 2\nc = a + b\n"


@pytest.mark.parametrize("indent", [None, 1, 2, 4])
def test_indent_styles_read(indent: int | None) -> None:
    nb = read_notebook(notebook("x = 1", "y = x", indent=indent))
    assert nb.text == "x = 1\ny = x\n"


def test_jupyter_file_reads() -> None:
    nb = read_notebook(JUPYTER)
    parses(nb.text)
    assert nb.cell_count == 5
    assert nb.code_cells == (2, 3, 4, 5)
    # X_test.mean() is the last line of cell 5, after a %time line in cell 3
    last = nb.text.splitlines().index("X_test.mean()") + 1
    assert nb.locate(last, 8) == (5, 3, 8)
    fit_line = nb.text.splitlines().index("X = StandardScaler().fit_transform(df)") + 1
    assert nb.locate(fit_line, 5) == (3, 2, 11)  # "StandardScaler" after "%time X = "


def test_nbformat_3_worksheets_and_input() -> None:
    nb = read_notebook(v3("%pylab inline\nx = 1", "y = x + 1\n"))
    assert nb.text == "pass\nx = 1\ny = x + 1\n"
    assert nb.cell_count == 3
    assert nb.locate(3, 1) == (3, 1, 1)


def test_byte_order_mark_is_tolerated() -> None:
    text = "\ufeff" + notebook("x = 1")
    assert read_notebook(text).text == "x = 1\n"
    assert replace_cell_sources(text, {}) == text
    changed = replace_cell_sources(text, {1: "x = 2"})
    assert changed.startswith("\ufeff") and json.loads(changed[1:])["cells"][0]["source"] == ["x = 2"]


def test_other_kernel_languages_are_not_analyzed() -> None:
    doc = document("x <- 1", "print(x)")
    doc["metadata"] = {"kernelspec": {"language": "R", "name": "ir"}, "language_info": {"name": "R"}}
    nb = read_notebook(dump(doc))
    assert nb.text == ""
    assert nb.language == "R"
    assert nb.skipped == {1: "not Python (language: R)", 2: "not Python (language: R)"}


def test_vscode_cell_language_is_respected() -> None:
    sql = cell("SELECT * FROM t")
    sql["metadata"] = {"vscode": {"languageId": "sql"}}
    nb = read_notebook(notebook("x = 1", sql, "y = 2"))
    assert nb.text == "x = 1\ny = 2\n"
    assert 2 in nb.skipped


def test_crlf_sources_become_lf_in_the_program() -> None:
    nb = read_notebook(notebook(cell("a = 1\r\nb = 2\r\n", as_list=False), "c = 3"))
    assert nb.text == "a = 1\nb = 2\nc = 3\n"
    assert nb.locate(3, 1) == (2, 1, 1)


# --------------------------------------------------------------------------------------------
# Errors: every malformed input is one NotebookError with a readable reason
# --------------------------------------------------------------------------------------------


def _with_cell(value: Any) -> str:
    return json.dumps({"cells": [value], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("  \n\t\n", "empty file"),
        ('{"cells": [1 2]}', "invalid notebook JSON at line 1 column 14: Expecting ','"),
        ('{\n "cells": [],\n "metadata": {,\n}', "invalid notebook JSON at line 3 column 15: Expecting property name"),
        ('{"cells": []} trailing', "invalid notebook JSON at line 1 column 15: Extra data"),
        ("[" * 100_000 + "]" * 100_000, "invalid notebook JSON"),
        ('{"cells": [], "n": ' + "1" * 5000 + "}", "invalid notebook JSON"),
        ("[]", "not a notebook: the JSON document is a list, not an object"),
        ('"text"', "not a notebook: the JSON document is a string, not an object"),
        ("3", "not a notebook: the JSON document is a number, not an object"),
        ("null", "not a notebook: the JSON document is null, not an object"),
        ('{"metadata": {}, "nbformat": 4}', "not a notebook: no 'cells'"),
        ('{"cells": {}}', "'cells' is not a list"),
        ('{"cells": "x = 1"}', "'cells' is not a list"),
        ('{"worksheets": {}}', "'worksheets' is not a list"),
        ('{"worksheets": [1]}', "worksheet 1 is not an object"),
        ('{"worksheets": [{"cells": 3}]}', "worksheet 1: 'cells' is not a list"),
        (_with_cell(1), "cell 1: not a JSON object"),
        (_with_cell({"source": "x"}), "cell 1: no 'cell_type'"),
        (_with_cell({"cell_type": 4, "source": "x"}), "cell 1: 'cell_type' is not a string"),
        (_with_cell({"cell_type": "code", "outputs": []}), "cell 1: code cell has no 'source'"),
        (_with_cell({"cell_type": "code", "source": 5}), "cell 1: 'source' is neither a string nor a list of strings"),
        (
            _with_cell({"cell_type": "code", "source": ["x = 1\n", 2]}),
            "cell 1: 'source' is neither a string nor a list of strings",
        ),
        (
            _with_cell({"cell_type": "code", "source": None}),
            "cell 1: 'source' is neither a string nor a list of strings",
        ),
        (
            _with_cell({"cell_type": "markdown", "source": {"a": 1}}),
            "cell 1: 'source' is neither a string nor a list of strings",
        ),
        (_with_cell({"cell_type": "code", "source": "x = '\x00'"}), "cell 1: the source contains a NUL byte"),
        (
            '{"cells": [{"cell_type": "code", "source": "x = \'\\ud800\'"}]}',
            "cell 1: the source contains an invalid character",
        ),
    ],
)
def test_malformed_notebooks(text: str, message: str) -> None:
    with pytest.raises(NotebookError) as info:
        read_notebook(text)
    assert str(info.value).startswith(message)


def test_cell_numbers_in_errors_count_all_cells() -> None:
    doc = document(cell("# t", "markdown"), "x = 1", "y = 2", "z = 3")
    doc["cells"][3]["source"] = 7
    with pytest.raises(NotebookError, match=r"^cell 4: 'source' is neither a string nor a list of strings$"):
        read_notebook(dump(doc))


def test_missing_markdown_source_is_tolerated() -> None:
    nb = read_notebook(_with_cell({"cell_type": "markdown", "metadata": {}}))
    assert nb.text == "" and nb.cell_count == 1


def test_random_damage_never_raises_anything_but_notebook_error() -> None:
    text = JUPYTER
    rng = random.Random(20240501)
    junk = ['"', "{", "}", "[", "]", ",", ":", "1", "null", "\\", "\x00", "é", "\n", " "]
    for _ in range(600):
        chars = list(text)
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(chars))
            action = rng.random()
            if action < 0.4:
                del chars[position]
            elif action < 0.8:
                chars.insert(position, rng.choice(junk))
            else:
                chars = chars[:position]
        damaged = "".join(chars)
        try:
            nb = read_notebook(damaged)
        except NotebookError:
            continue
        assert isinstance(nb, NotebookSource)
        assert replace_cell_sources(damaged, {}) == damaged


def test_wrong_field_types_never_raise_anything_but_notebook_error() -> None:
    bad_values: list[Any] = [None, 1, 2.5, True, "s", [], [1], {}, {"a": 1}]
    base = json.loads(JUPYTER)
    for index in range(len(base["cells"])):
        for key in list(base["cells"][index]) + ["cell_type", "source"]:
            for value in bad_values:
                doc = json.loads(JUPYTER)
                doc["cells"][index][key] = value
                try:
                    nb = read_notebook(dump(doc))
                except NotebookError:
                    continue
                parses(nb.text)
    for key in ("cells", "metadata", "nbformat"):
        for value in bad_values:
            doc = json.loads(JUPYTER)
            doc[key] = value
            try:
                read_notebook(dump(doc))
            except NotebookError:
                pass


# --------------------------------------------------------------------------------------------
# Masking IPython syntax
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "program"),
    [
        ("%matplotlib inline\nimport numpy as np", "pass\nimport numpy as np\n"),
        ("%load_ext autoreload\n%autoreload 2\n", "pass\npass\n"),
        ("%pip install -q scikit-learn", "pass\n"),
        ("%time x = f()", "x = f()\n"),
        ("%time x = f();", "x = f();\n"),
        ("%timeit f(1)", "f(1)\n"),
        ("%timeit -n 10 -r 3 y = f(1)", "y = f(1)\n"),
        ("%timeit -n10 -q f(1)", "f(1)\n"),
        ("%timeit -o f(1)", "f(1)\n"),
        ("%timeit", "pass\n"),
        ("%time  # nothing to time", "pass\n"),
        ("%prun -s cumulative -l 5 model.fit(X, y)", "model.fit(X, y)\n"),
        ("!pip install scikit-learn", "pass\n"),
        ("!!ls", "pass\n"),
        ("files = !ls *.csv", "files = None\n"),
        ("files=!ls", "files=None\n"),
        ("out = %sx ls", "out = None\n"),
        ("t = %timeit -o f()", "t = f()\n"),
        ("X = %time scaler.fit_transform(X)", "X = scaler.fit_transform(X)\n"),
        ("a, b = !echo 1", "a, b = None\n"),
        ("df?", "pass\n"),
        ("df??", "pass\n"),
        ("?df", "pass\n"),
        ("??np.load", "pass\n"),
        ("df.head?", "pass\n"),
        ("np.*load*?", "pass\n"),
        ("%pinfo df", "pass\n"),
        ("?", "pass\n"),
        ("/print 1, 2", "pass\n"),
        (",my_function a b", "pass\n"),
        (";my_function a b", "pass\n"),
        ("pip install scikit-learn", "pass\n"),
        ("matplotlib inline", "pass\n"),
        ("load_ext autoreload", "pass\n"),
        ("time x = f()", "x = f()\n"),
        ("cd 'data dir'", "pass\n"),
        ("if ok:\n    %matplotlib inline\n    !echo hi\n    x?\n", "if ok:\n    pass\n    pass\n    pass\n"),
        ("for i in range(3):\n    %time y = g(i)\n", "for i in range(3):\n    y = g(i)\n"),
        ("def f():\n    files = !ls\n    return files\n", "def f():\n    files = None\n    return files\n"),
        ("!pip install a \\\n    b\nx = 1", "pass\npass\nx = 1\n"),
        ("if ok:\n    !pip install a \\\n  b\n", "if ok:\n    pass\n    pass\n"),
        ("%%time\nx = f()\n", "pass\nx = f()\n"),
        ("%%timeit -n 3\nf()", "pass\nf()\n"),
        ("\n%%time\nx = 1", "\npass\nx = 1\n"),
        ("%%capture\n!pip install x\n", "pass\npass\n"),
        ("%%capture captured --no-stderr\nx = 1", "captured = None\nx = 1\n"),
        ("%%capture --no-stderr\nx = 1", "pass\nx = 1\n"),
        ("%%capture --no-stderr captured\nx = 1", "captured = None\nx = 1\n"),
        ("%%time\n%matplotlib inline\nx = 1", "pass\npass\nx = 1\n"),
        ("x = 1\n%%time", "x = 1\npass\n"),
        ("  a = 1\n  if a:\n      b = 2\n", "a = 1\nif a:\n    b = 2\n"),
        ("\n\t%time y = 1\n\tz = 2", "\ny = 1\nz = 2\n"),
    ],
)
def test_ipython_syntax_is_masked(source: str, program: str) -> None:
    assert masked(source) == program


@pytest.mark.parametrize(
    "source",
    [
        "x = (a\n     % b)",
        "x = a \\\n    % b",
        'doc = """\n%matplotlib inline\n!rm -rf /\ndf?\n"""',
        "doc = '''%time x'''",
        "y = x != 3",
        "y = x % 3",
        "if x != y:\n    pass",
        "f(x=1)\nz = a == b",
        "pip = 3\npip\nls -la",
        "time in sorted(x)",
        "run if ok else other",
        "print('?')  # what?",
        "s = 'it''s'\n%time x = 1",
        "value = d['%time']",
        "t = f'{x!r}?'",
        "items = [\n    !not_shell,\n]",
    ],
)
def test_python_is_left_alone(source: str) -> None:
    nb = read_notebook(notebook(source))
    lines = nb.text.splitlines()
    assert len(lines) == len(source.splitlines())  # line for line: no line lost or added
    for original, program in zip(source.splitlines(), lines, strict=True):
        if not original.lstrip().startswith(("%", "!")):
            assert program == original


def test_bracketed_percent_line_is_not_a_magic() -> None:
    assert masked("x = (a\n     % b)") == "x = (a\n     % b)\n"


def test_escaped_string_continuation_is_followed() -> None:
    assert masked("s = 'a\\\n%b'\n%time x = 1") == "s = 'a\\\n%b'\nx = 1\n"


@pytest.mark.parametrize(
    "magic",
    ["bash", "sh", "html", "javascript", "writefile data.csv", "sql", "R", "latex", "markdown", "script python3"],
)
def test_non_python_cell_magics_are_skipped(magic: str) -> None:
    nb = read_notebook(notebook("x = 1", f"%%{magic}\nwhatever here?\n  ! % $", "y = x"))
    assert nb.text == "x = 1\ny = x\n"
    assert nb.skipped == {2: f"%%{magic.split()[0]} cell"}
    assert nb.code_cells == (1, 3)
    assert nb.locate(2, 1) == (3, 1, 1)
    with pytest.raises(NotebookError, match="cell 2 is not part of the analyzed program"):
        nb.program_line(2, 1)


def test_a_notebook_full_of_magics_parses() -> None:
    program = read_notebook(JUPYTER).text
    parses(program)
    sources = [
        "%load_ext autoreload\n%autoreload 2\n%matplotlib inline",
        "import pandas as pd\n!pip install -q lightgbm\nfiles = !ls data\n",
        "df = pd.read_csv(files[0])\ndf?\ndf.describe??",
        "%%time\nfor col in df:\n    %time df[col] = df[col].fillna(df[col].mean())\n",
        "%%capture\n%pip install shap",
        "%%bash\nls -la\n",
        "if True:\n    %timeit -n 1 df.mean()\nelse:\n    !echo no\n",
        "res = %timeit -o df.sum()",
        "pip install xgboost",
    ]
    parses(masked(*sources))


# --------------------------------------------------------------------------------------------
# Mapping positions back to cells
# --------------------------------------------------------------------------------------------


MAPPED = notebook(
    "%matplotlib inline\nimport numpy as np",
    cell("## Data", "markdown"),
    "%time X = np.ones((3, 2))\nif True:\n    %timeit -n 10 Y = X + 1\nfiles = !ls\n",
    cell("%%bash\necho hi"),
    "  Z = X * 2\n  W = Z",
)


def test_locate_after_magics_and_in_later_cells() -> None:
    nb = read_notebook(MAPPED)
    assert nb.text.splitlines() == [
        "pass",
        "import numpy as np",
        "X = np.ones((3, 2))",
        "if True:",
        "    Y = X + 1",
        "files = None",
        "Z = X * 2",
        "W = Z",
    ]
    assert nb.locate(2, 8) == (1, 2, 8)  # numpy
    assert nb.locate(3, 1) == (3, 1, 7)  # X after "%time "
    assert nb.locate(3, 5) == (3, 1, 11)  # np
    assert nb.locate(3, 20) == (3, 1, 26)  # end of line
    assert nb.locate(4, 1) == (3, 2, 1)
    assert nb.locate(5, 1) == (3, 3, 1)  # the indentation
    assert nb.locate(5, 5) == (3, 3, 19)  # Y after "    %timeit -n 10 "
    assert nb.locate(5, 9) == (3, 3, 23)  # X
    assert nb.locate(6, 1) == (3, 4, 1)  # files
    assert nb.locate(6, 9) == (3, 4, 9)  # the "None" stand-in maps to "!ls"
    assert nb.locate(1, 3) == (1, 1, 1)  # inside "pass" maps to the magic's start
    assert nb.locate(7, 1) == (5, 1, 3)  # IPython strips the cell's common indent
    assert nb.locate(8, 5) == (5, 2, 7)
    assert nb.locate(9, 1) == (5, 3, 1)  # just past the end


def test_program_line_and_position_invert_locate() -> None:
    nb = read_notebook(MAPPED)
    for number, text in enumerate(nb.text.splitlines(), start=1):
        cell_index, line, _ = nb.locate(number, 1)
        assert nb.program_line(cell_index, line) == number
        for column in range(1, len(text) + 2):
            located = nb.locate(number, column)
            back = nb.program_position(*located)
            stand_in = text.strip() == "pass" or (text == "files = None" and column > 9)
            if not stand_in:
                assert back == (number, column), (number, column, located)
    assert nb.program_position(1, 1, 10) == (1, 1)  # inside a masked magic: its stand-in
    assert nb.program_position(3, 4, 11) == (6, 9)
    assert nb.program_position(3, 3, 7) == (5, 5)  # inside "%timeit -n 10 ": the statement
    assert nb.program_line(5, 3) == 9  # one past the end
    with pytest.raises(NotebookError, match="cell 2 is not part of the analyzed program"):
        nb.program_line(2, 1)
    with pytest.raises(NotebookError, match="cell 3 has no line 9"):
        nb.program_line(3, 9)
    with pytest.raises(NotebookError, match="no cell 6"):
        nb.program_line(6, 1)
    with pytest.raises(NotebookError, match="outside"):
        nb.locate(20, 1)


def test_locate_range() -> None:
    nb = read_notebook(MAPPED)
    assert nb.locate_range(3, 1, 3, 20) == (3, 1, 7, 1, 26)
    assert nb.locate_range(5, 5, 6, 1) == (3, 3, 19, 4, 1)
    assert nb.locate_range(6, 1, 7, 1) == (3, 4, 1, 5, 1)  # ends at the cell's end
    assert nb.locate_range(6, 1, 8, 3) == (3, 4, 1, 5, 1)  # cut at the cell's end


def test_empty_notebook() -> None:
    nb = read_notebook(notebook(cell("# only prose", "markdown")))
    assert nb.text == "" and nb.code_cells == ()
    with pytest.raises(NotebookError):
        nb.locate(1, 1)
    assert program_to_cells(nb, "") == {}
    with pytest.raises(NotebookError, match="no analyzed code cell"):
        program_to_cells(nb, "x = 1\n")


# --------------------------------------------------------------------------------------------
# Round trips: reading and writing back unchanged keeps every byte
# --------------------------------------------------------------------------------------------

STYLES = [
    {"indent": 1},
    {"indent": 2},
    {"indent": 4},
    {"indent": None},
    {"indent": 1, "ensure_ascii": True},
    {"indent": 1, "newline": False},
]
SOURCES = [
    "%matplotlib inline\nimport pandas as pd",
    "df = pd.read_csv('café.csv')  # «données»\n",
    "",
    "%time X = df.values\nif True:\n    !echo done\n",
    "  indented = 1\n  more = indented",
    "a = 1\r\nb = 2\r\n",
]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("as_list", [True, False])
def test_unchanged_round_trip_is_byte_identical(style: dict[str, Any], as_list: bool) -> None:
    text = notebook(*(cell(s, as_list=as_list) for s in SOURCES), cell("# note", "markdown"), **style)
    nb = read_notebook(text)
    parses(nb.text)
    assert replace_cell_sources(text, {}) == text
    assert program_to_cells(nb, nb.text) == {}
    assert write_program(nb, nb.text) == text
    same = {i + 1: s for i, s in enumerate(SOURCES)}
    assert replace_cell_sources(text, same) == text


def test_jupyter_file_round_trip() -> None:
    nb = read_notebook(JUPYTER)
    assert write_program(nb, nb.text) == JUPYTER
    assert replace_cell_sources(JUPYTER, {i: nb.cell_source(i) for i in range(1, 6)}) == JUPYTER


def test_v3_round_trip_and_write_back() -> None:
    text = v3("%pylab inline\nx = 1", "y = x + 1\n")
    nb = read_notebook(text)
    assert write_program(nb, nb.text) == text
    out = write_program(nb, nb.text.replace("x = 1", "x = 2"))
    doc = json.loads(out)
    assert doc["worksheets"][0]["cells"][1]["input"] == ["%pylab inline\n", "x = 2"]
    assert "source" not in doc["worksheets"][0]["cells"][1]


# --------------------------------------------------------------------------------------------
# Writing back changed cells
# --------------------------------------------------------------------------------------------


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_write_back_changes_only_the_source() -> None:
    nb = read_notebook(JUPYTER)
    new = nb.text.replace("X_test.mean()", "X_train.mean()")
    out = write_program(nb, new)
    assert changed_lines(JUPYTER, out) == [
        '-   "source": "from sklearn.model_selection import train_test_split\\nX_train, X_test = train_test_split(X)\\nX_test.mean()"',
        '+   "source": "from sklearn.model_selection import train_test_split\\nX_train, X_test = train_test_split(X)\\nX_train.mean()"',
    ]
    before, after = json.loads(JUPYTER), json.loads(out)
    after["cells"][4]["source"] = before["cells"][4]["source"]
    assert before == after
    assert list(json.loads(out)["cells"][2]) == list(before["cells"][2])  # key order


def test_write_back_a_list_source_and_keep_the_magic() -> None:
    nb = read_notebook(JUPYTER)
    new = nb.text.replace("StandardScaler().fit_transform(df)", "StandardScaler().fit(df).transform(df)")
    out = write_program(nb, new)
    assert changed_lines(JUPYTER, out) == [
        '-    "%time X = StandardScaler().fit_transform(df)\\n",',
        '+    "%time X = StandardScaler().fit(df).transform(df)\\n",',
    ]
    assert json.loads(out)["cells"][2]["outputs"] == json.loads(JUPYTER)["cells"][2]["outputs"]


def test_write_back_into_an_empty_source_list() -> None:
    out = replace_cell_sources(JUPYTER, {4: "a = 1\nb = 2"})
    assert changed_lines(JUPYTER, out) == [
        '-   "source": []',
        '+   "source": [',
        '+    "a = 1\\n",',
        '+    "b = 2"',
        "+   ]",
    ]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("as_list", [True, False])
def test_write_back_matches_the_original_serializer(style: dict[str, Any], as_list: bool) -> None:
    doc = document(*(cell(s, as_list=as_list) for s in SOURCES))
    doc["cells"][0]["outputs"] = [{"name": "stdout", "output_type": "stream", "text": ["ok\n"]}]
    doc["cells"][0]["execution_count"] = 7
    text = dump(doc, **style)
    new_sources = {
        1: "%matplotlib inline\nimport pandas as pd\nimport numpy as np",
        3: "é = 1\n",
        6: "a = 1\r\nb = 3\r\n",
    }
    out = replace_cell_sources(text, new_sources)
    for index, source in new_sources.items():
        doc["cells"][index - 1]["source"] = source.splitlines(keepends=True) if as_list else source
    assert out == dump(doc, **style)


def test_list_sources_split_after_line_feeds_only() -> None:
    out = replace_cell_sources(notebook("x = 1"), {1: "a = '\x0c'\nb = 1\n"})
    assert json.loads(out)["cells"][0]["source"] == ["a = '\x0c'\n", "b = 1\n"]


def test_inline_list_layout_is_kept() -> None:
    text = '{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ["x = 1\\n", "y = 2"]}]}'
    out = replace_cell_sources(text, {1: "x = 1\ny = 3\nz = 4"})
    assert (
        out
        == '{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ["x = 1\\n", "y = 3\\n", "z = 4"]}]}'
    )


def test_duplicate_keys_follow_json_loads() -> None:
    text = '{"cells": [{"cell_type": "code", "source": "old = 0", "source": "x = 1"}]}'
    assert read_notebook(text).text == "x = 1\n"
    out = replace_cell_sources(text, {1: "x = 2"})
    assert out == '{"cells": [{"cell_type": "code", "source": "old = 0", "source": "x = 2"}]}'


def test_replace_errors() -> None:
    text = notebook("x = 1", cell("# t", "markdown"))
    with pytest.raises(NotebookError, match="no cell 3: the notebook has 2 cells"):
        replace_cell_sources(text, {3: "y"})
    with pytest.raises(NotebookError, match="invalid notebook JSON"):
        replace_cell_sources(text[:-5], {1: "y"})
    assert json.loads(replace_cell_sources(text, {2: "# new title"}))["cells"][1]["source"] == ["# new title"]


def test_crlf_cell_keeps_its_line_endings() -> None:
    text = notebook(cell("a = 1\r\nb = 2\r\n", as_list=False))
    nb = read_notebook(text)
    out = write_program(nb, "a = 1\nb = 3\nc = 4\n")
    assert json.loads(out)["cells"][0]["source"] == "a = 1\r\nb = 3\r\nc = 4\r\n"


def test_missing_trailing_newline_of_a_cell_is_kept() -> None:
    text = notebook("x = 1", "y = 2\n")
    nb = read_notebook(text)
    out = write_program(nb, "x = 1\nx2 = 1\ny = 2\nz = 3\n")
    assert [c["source"] for c in json.loads(out)["cells"]] == [["x = 1\n", "x2 = 1"], ["y = 2\n", "z = 3\n"]]


def test_program_to_cells_restores_magics_and_indent() -> None:
    nb = read_notebook(MAPPED)
    new = nb.text.replace("Y = X + 1", "Y = X + 2").replace("W = Z", "W = Z\nV = W")
    assert program_to_cells(nb, new) == {
        3: "%time X = np.ones((3, 2))\nif True:\n    %timeit -n 10 Y = X + 2\nfiles = !ls\n",
        5: "  Z = X * 2\n  W = Z\n  V = W",
    }


def test_program_to_cells_keeps_magic_lines_when_lines_move() -> None:
    nb = read_notebook(notebook("import os\n%matplotlib inline\nx = 1\n"))
    new = "import os\nimport sys\npass\nx = 1\ny = 2\n"
    assert program_to_cells(nb, new) == {1: "import os\nimport sys\n%matplotlib inline\nx = 1\ny = 2\n"}


def test_program_to_cells_same_length_change_across_cells() -> None:
    nb = read_notebook(notebook("a = 1", "b = 2"))
    assert program_to_cells(nb, "a = 10\nb = 20\n") == {1: "a = 10", 2: "b = 20"}


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("a = 1\nmerged = 3\n", "edit crosses a cell boundary"),
        ("import os\nx = 1\nb = 2\n", "would remove an IPython magic"),
        ("import os\nfoo()\nx = 1\nb = 2\n", "would rewrite an IPython magic"),
    ],
)
def test_program_to_cells_refuses_structure_changes(new: str, message: str) -> None:
    if "merged" in new:
        nb = read_notebook(notebook("a = 1\nb = 1", "c = 2"))
    else:
        nb = read_notebook(notebook("import os\n%matplotlib inline\nx = 1", "b = 2"))
    with pytest.raises(NotebookError, match=message):
        program_to_cells(nb, new)


def test_lines_inserted_between_cells_join_the_earlier_cell() -> None:
    nb = read_notebook(notebook("a = 1\n", cell("text", "markdown"), "b = 2\n"))
    assert program_to_cells(nb, "a = 1\nnew = 0\nb = 2\n") == {1: "a = 1\nnew = 0\n"}
    assert program_to_cells(nb, "first = 0\na = 1\nb = 2\n") == {1: "first = 0\na = 1\n"}


# --------------------------------------------------------------------------------------------
# Edits in program coordinates, as the fixer makes them
# --------------------------------------------------------------------------------------------


def test_split_program_edit() -> None:
    nb = read_notebook(MAPPED)
    assert split_program_edit(nb, 3, 1, 3, 5) == 3
    assert split_program_edit(nb, 3, 1, 7, 1) == 3  # ends at the start of the next cell's line
    assert split_program_edit(nb, 7, 1, 7, 1) == 5  # an insertion there is in the next cell
    assert split_program_edit(nb, 8, 1, 9, 1) == 5  # ends at the end of the program
    with pytest.raises(NotebookError, match="^edit crosses a cell boundary$"):
        split_program_edit(nb, 2, 1, 3, 2)
    with pytest.raises(NotebookError, match="^edit crosses a cell boundary$"):
        split_program_edit(nb, 6, 1, 8, 1)


def edit_notebook(text: str, *edits: Edit) -> dict[int, str]:
    nb = read_notebook(text)
    return apply_program_edits(nb, edits)


def test_edit_on_a_timed_line_keeps_the_magic() -> None:
    text = notebook("X = load()\n%time X = scaler.fit_transform(X)\n")
    nb = read_notebook(text)
    assert nb.text.splitlines()[1] == "X = scaler.fit_transform(X)"
    edit = Edit(2, 12, 2, 25, "transform")  # "fit_transform"
    assert to_cell_edit(nb, edit) == Edit(2, 18, 2, 31, "transform", cell=1)
    assert apply_program_edits(nb, [edit]) == {1: "X = load()\n%time X = scaler.transform(X)\n"}


def test_whole_line_edits_stay_outside_magics() -> None:
    text = notebook("%time X = f()\nY = g()\n")
    insert = Edit(1, 1, 1, 1, "split()\n")
    assert edit_notebook(text, insert) == {1: "split()\n%time X = f()\nY = g()\n"}
    delete = Edit(1, 1, 2, 1, "")
    assert edit_notebook(text, delete) == {1: "Y = g()\n"}
    prefix = Edit(1, 1, 1, 1, "Z = ")
    assert edit_notebook(text, prefix) == {1: "%time Z = X = f()\nY = g()\n"}


def test_edits_inside_stand_ins_are_refused() -> None:
    nb = read_notebook(notebook("%matplotlib inline\nfiles = !ls\n"))
    with pytest.raises(NotebookError, match="cell 1, line 1: the edit changes an IPython magic"):
        to_cell_edit(nb, Edit(1, 2, 1, 3, "x"))
    with pytest.raises(NotebookError, match="cell 1, line 2: the edit changes an IPython magic"):
        to_cell_edit(nb, Edit(2, 10, 2, 11, ""))
    # Replacing the whole stand-in, or the assignment target, is fine.
    assert apply_program_edits(nb, [Edit(2, 1, 2, 6, "names")]) == {1: "%matplotlib inline\nnames = !ls\n"}


def test_edits_in_an_indented_cell_keep_the_indent() -> None:
    text = notebook("  a = 1\n  b = a\n")
    nb = read_notebook(text)
    assert apply_program_edits(nb, [Edit(2, 1, 2, 1, "c = 0\nd = 1\n")]) == {1: "  a = 1\n  c = 0\n  d = 1\n  b = a\n"}
    assert apply_program_edits(nb, [Edit(1, 1, 2, 1, "")]) == {1: "  b = a\n"}
    assert apply_program_edits(nb, [Edit(2, 5, 2, 6, "a + 1")]) == {1: "  a = 1\n  b = a + 1\n"}


def test_edits_in_later_cells_and_across_cells() -> None:
    text = notebook("a = 1", cell("note", "markdown"), "%matplotlib inline\nb = a\n", "c = b\n")
    nb = read_notebook(text)
    changes = apply_program_edits(nb, [Edit(3, 5, 3, 6, "a * 2"), Edit(4, 1, 4, 1, "b = 0\n")])
    assert changes == {3: "%matplotlib inline\nb = a * 2\n", 4: "b = 0\nc = b\n"}
    out = replace_cell_sources(text, changes)
    assert [c["source"] for c in json.loads(out)["cells"]] == [
        ["a = 1"],
        ["note"],
        ["%matplotlib inline\n", "b = a * 2\n"],
        ["b = 0\n", "c = b\n"],
    ]
    with pytest.raises(NotebookError, match="edit crosses a cell boundary"):
        apply_program_edits(nb, [Edit(1, 1, 3, 1, "")])


def test_edit_at_the_end_of_a_cell_without_newline() -> None:
    nb = read_notebook(notebook("a = 1", "b = 2"))
    assert apply_program_edits(nb, [Edit(1, 6, 2, 1, "\nz = 0")]) == {1: "a = 1\nz = 0"}
    assert apply_program_edits(nb, [Edit(2, 6, 3, 1, "  # end")]) == {2: "b = 2  # end"}


def test_cell_edits_are_checked() -> None:
    nb = read_notebook(notebook("a = 1\nb = 2\n"))
    with pytest.raises(NotebookError, match="must name its cell"):
        apply_cell_edits(nb, [Edit(1, 1, 1, 2, "x")])
    with pytest.raises(NotebookError, match="overlapping edits"):
        apply_cell_edits(nb, [Edit(1, 1, 1, 4, "x", cell=1), Edit(1, 3, 1, 5, "y", cell=1)])
    assert apply_cell_edits(nb, [Edit(1, 1, 1, 2, "a", cell=1)]) == {}


def test_source_json_line() -> None:
    lines = JUPYTER.splitlines()
    # a list source: the line of the list item; a string source: the line of the string
    assert lines[source_json_line(JUPYTER, 3, 2) - 1] == '    "%time X = StandardScaler().fit_transform(df)\\n",'  # type: ignore[operator]
    assert lines[source_json_line(JUPYTER, 5, 2) - 1].startswith('   "source": "from sklearn')  # type: ignore[operator]
    assert source_json_line(JUPYTER, 4, 1) is None
    assert source_json_line(JUPYTER, 9, 1) is None
    assert source_json_line("not json", 1, 1) is None


def test_statement_insertion_at_a_timed_statement_goes_before_the_magic() -> None:
    text = notebook("if ok:\n    %time y = f()\n")
    # libcst-style: the new statement, a newline and the indentation, at the statement's start
    assert edit_notebook(text, Edit(2, 5, 2, 5, "z = 0\n    ")) == {1: "if ok:\n    z = 0\n    %time y = f()\n"}
    assert edit_notebook(text, Edit(2, 1, 2, 1, "    z = 0\n")) == {1: "if ok:\n    z = 0\n    %time y = f()\n"}
    assert edit_notebook(text, Edit(2, 9, 2, 12, "g(x)")) == {1: "if ok:\n    %time y = g(x)\n"}


def test_more_edits_in_an_indented_cell() -> None:
    text = notebook("  a = 1\n  if a:\n      %time b = a\n")
    nb = read_notebook(text)
    assert nb.text == "a = 1\nif a:\n    b = a\n"
    assert apply_program_edits(nb, [Edit(3, 5, 3, 5, "c = 0\n    ")]) == {
        1: "  a = 1\n  if a:\n      c = 0\n      %time b = a\n"
    }
    assert apply_program_edits(nb, [Edit(1, 6, 2, 1, "; ")]) == {1: "  a = 1; if a:\n      %time b = a\n"}
    assert apply_program_edits(nb, [Edit(1, 1, 2, 1, "x = 0\ny = 1\n")]) == {
        1: "  x = 0\n  y = 1\n  if a:\n      %time b = a\n"
    }


def test_edits_keep_crlf_line_endings() -> None:
    nb = read_notebook(notebook(cell("a = 1\r\nb = 2\r\n", as_list=False)))
    assert apply_program_edits(nb, [Edit(2, 1, 2, 1, "c = 3\n")]) == {1: "a = 1\r\nc = 3\r\nb = 2\r\n"}


def test_pyspark_kernels_are_python() -> None:
    doc = document("df = spark.read.csv('x')")
    doc["metadata"] = {"language_info": {"name": "pyspark"}}
    assert read_notebook(dump(doc)).text == "df = spark.read.csv('x')\n"


def test_fallback_reserializes_in_the_detected_style(monkeypatch: pytest.MonkeyPatch) -> None:
    import leakscan.notebook as module

    def broken(text: str, start: int) -> list[tuple[int, int] | None]:
        raise ValueError("pretend the text scan failed")

    monkeypatch.setattr(module, "_source_spans", broken)
    for style in STYLES:
        doc = document("x = 1", cell("# é", "markdown"))
        text = dump(doc, **style)
        out = replace_cell_sources(text, {1: "x = 2\ny = 3"})
        doc["cells"][0]["source"] = ["x = 2\n", "y = 3"]
        assert out == dump(doc, **style)


def test_large_notebook_is_fast() -> None:
    import time

    image = "iVBORw0KGgo" * 50_000
    cells = []
    for n in range(400):
        code = cell(f"%time x{n} = f(x{n - 1})\nif x{n}:\n    !echo {n}\ny{n} = x{n}.mean()\n", count=n)
        code["outputs"] = [
            {
                "data": {"image/png": image if n % 40 == 0 else "", "text/plain": ["<Figure>"]},
                "metadata": {},
                "output_type": "display_data",
            }
        ]
        cells.append(code)
        cells.append(cell(f"## Step {n}", "markdown"))
    text = notebook(*cells)
    began = time.perf_counter()
    nb = read_notebook(text)
    new = nb.text.replace("y399 = x399.mean()", "y399 = x399.median()")
    out = write_program(nb, new)
    assert time.perf_counter() - began < 5
    assert len(changed_lines(text, out)) == 2


def test_fallback_survives_a_failing_style_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    import leakscan.notebook as module

    def broken(text: str, start: int) -> Any:
        raise ValueError("pretend the text scan failed")

    monkeypatch.setattr(module, "_source_spans", broken)
    monkeypatch.setattr(module, "_detect_style", broken)
    doc = document("x = 1")
    out = replace_cell_sources(dump(doc, indent=4), {1: "x = 2"})
    doc["cells"][0]["source"] = ["x = 2"]
    assert out == dump(doc, indent=1)


def test_nan_in_outputs_keeps_the_textual_edit() -> None:
    text = notebook("x = 1").replace('"outputs": []', '"outputs": [{"output_type": "execute_result", "data": NaN}]')
    out = replace_cell_sources(text, {1: "x = 2"})
    assert changed_lines(text, out) == ['-    "x = 1"', '+    "x = 2"']
