"""Generators of hostile inputs, written at test time into a folder (no binary files committed).

Each ``Hostile`` writes one problem into a folder: a file leakscan must report as one
``errors`` entry (``reason`` is a regex its message must match) while the scan goes on. Its
``make`` returns False where this system cannot produce the problem (no symlinks, running as
root so that ``chmod 000`` does not stop reading): the test then expects no error for it.
``GOOD`` is a leaking script whose findings must survive next to all of them.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# A small leaking program: StandardScaler fitted before the split (LK101).
GOOD = """\
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("data.csv")
X = df.drop(columns=["y"])
y = df["y"]
X = StandardScaler().fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
model = LogisticRegression().fit(X_train, y_train)
print(model.score(X_test, y_test))
"""
GOOD_CODE = "LK101"


@dataclass(frozen=True)
class Hostile:
    name: str  # path below the scanned folder that the errors entry names
    reason: str  # regex the entry's message matches
    make: Callable[[Path], bool]  # writes the input into the folder; False: not possible here


def _write(name: str, data: bytes | str) -> Callable[[Path], bool]:
    def make(folder: Path) -> bool:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return True

    return make


def notebook(*sources: str, ascii: bool = True) -> str:
    """A minimal valid notebook whose code cells hold ``sources``."""
    cells = [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": s} for s in sources]
    document = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(document, indent=1, ensure_ascii=ascii)


def _nb_with(**fields: object) -> str:
    document: dict[str, object] = {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    document.update(fields)
    return json.dumps(document)


def _binary(folder: Path) -> bool:
    # An ELF-like header, then every byte value: what a compiled file renamed .py looks like.
    (folder / "binary.py").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64)
    return True


def _png(folder: Path) -> bool:
    (folder / "image.py").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\xff\xd8\xff" * 100)
    return True


def _huge(folder: Path) -> bool:
    """Tens of MB: refused by size before it is read."""
    line = b"x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]\n"
    with open(folder / "huge.py", "wb") as fh:
        fh.write(line * (24 * 1024 * 1024 // len(line)))
    return True


def _large(folder: Path) -> bool:
    """A few MB: under the size limit, but more than the parser gets through in the budget."""
    line = "x = df.fillna(df.mean())  # " + "padding " * 8 + "\n"
    (folder / "large.py").write_text("import pandas as pd\ndf = pd.read_csv('a.csv')\n" + line * (4 * 1024 * 1024 // len(line)))
    return True


def _symlink_loop(folder: Path) -> bool:
    """A folder holding a link back to the folder above it."""
    loop = folder / "loop"
    loop.mkdir()
    (loop / "inner.py").write_text(GOOD)
    return _link("..", loop / "again")


def _link(target: str, path: Path) -> bool:
    try:
        os.symlink(target, path)
    except (OSError, NotImplementedError):
        return False
    return True


def _fifo(folder: Path) -> bool:
    if not hasattr(os, "mkfifo"):
        return False
    os.mkfifo(folder / "pipe.py")
    return True


def _unreadable_file(folder: Path) -> bool:
    path = folder / "secret.py"
    path.write_text(GOOD)
    path.chmod(0)
    return _denied(path)


def _unreadable_folder(folder: Path) -> bool:
    sub = folder / "locked"
    sub.mkdir()
    (sub / "inside.py").write_text(GOOD)
    sub.chmod(0)
    try:
        os.listdir(sub)
    except PermissionError:
        return True
    return False


def _denied(path: Path) -> bool:
    try:
        with open(path, "rb"):
            return False
    except PermissionError:
        return True


def restore_permissions(folder: Path) -> None:
    """Let pytest delete what ``chmod 000`` locked."""
    for name in ("secret.py", "locked"):
        path = folder / name
        if path.exists() or path.is_symlink():
            path.chmod(stat.S_IRWXU)


_DEEP_JSON = "[" * 100_000 + "]" * 100_000

HOSTILE: tuple[Hostile, ...] = (
    # bytes and encodings
    Hostile("undecodable.py", r"cannot decode as utf-8", _write("undecodable.py", b"x = '\xff\xfe\xfa'\n")),
    Hostile("wrong_coding.py", r"cannot decode as ascii", _write("wrong_coding.py", "# -*- coding: ascii -*-\nname = 'café'\n")),
    Hostile("unknown_coding.py", r"unknown encoding 'klingon'", _write("unknown_coding.py", b"# coding: klingon\nx = 1\n")),
    Hostile("bom_conflict.py", r"byte order mark", _write("bom_conflict.py", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")),
    Hostile("nul.py", r"NUL", _write("nul.py", b"x = 1\n\x00\x00y = 2\n")),
    Hostile("binary.py", r"NUL|cannot decode", _binary),
    Hostile("image.py", r"NUL|cannot decode", _png),
    Hostile("py2.py", r"syntax error", _write("py2.py", "print 'hello'\nexec 'x = 1'\n")),
    # nesting the native parser would crash or stall on
    Hostile("parens.py", r"nesting too deep", _write("parens.py", "x = " + "(" * 5000 + "1" + ")" * 5000 + "\n")),
    Hostile("lists.py", r"nesting too deep", _write("lists.py", "x = " + "[" * 3000 + "]" * 3000 + "\n")),
    Hostile("dicts.py", r"nesting too deep", _write("dicts.py", "x = " + "{1: " * 3000 + "1" + "}" * 3000 + "\n")),
    Hostile("chain.py", r"too complex", _write("chain.py", "x = " + " + ".join(["a"] * 20000) + "\n")),
    Hostile("bool_chain.py", r"too complex", _write("bool_chain.py", "x = " + " and ".join(["a"] * 20000) + "\n")),
    Hostile("unary.py", r"too complex", _write("unary.py", "x = " + "-" * 20000 + "1\n")),
    Hostile("lambdas.py", r"too complex", _write("lambdas.py", "f = " + "lambda: " * 5000 + "1\n")),
    Hostile("subscripts.py", r"too complex", _write("subscripts.py", "x = a" + "[0]" * 5000 + "\n")),
    Hostile("methods.py", r"too complex", _write("methods.py", "df = df" + ".fillna(0)" * 5000 + "\n")),
    Hostile("fstrings.py", r"nesting too deep", _write("fstrings.py", "x = " + 'f"{' * 3000 + "a" + '}"' * 3000 + "\n")),
    Hostile("indent.py", r"nesting too deep|indentation", _write(
        "indent.py", "".join(" " * i + "if x:\n" for i in range(300)) + " " * 300 + "pass\n")),
    Hostile("elifs.py", r"elif", _write("elifs.py", "if a:\n    pass\n" + "elif a:\n    pass\n" * 12000)),
    # size
    Hostile("huge.py", r"larger than the 20 MB limit", _huge),
    Hostile("large.py", r"too large to analyze within the 30 s time budget", _large),
    # notebooks
    Hostile("bad_json.ipynb", r"JSON", _write("bad_json.ipynb", '{"cells": [')),
    Hostile("empty.ipynb", r"JSON|empty", _write("empty.ipynb", "")),
    Hostile("deep_json.ipynb", r"invalid notebook JSON: nested too deeply", _write("deep_json.ipynb", _DEEP_JSON)),
    Hostile("list_top.ipynb", r"not a notebook: the JSON document is a list, not an object", _write("list_top.ipynb", "[1, 2, 3]")),
    Hostile("cells_dict.ipynb", r"cells", _write("cells_dict.ipynb", _nb_with(cells={"a": 1}))),
    Hostile("cell_not_dict.ipynb", r"cell", _write("cell_not_dict.ipynb", _nb_with(cells=[42]))),
    Hostile("source_int.ipynb", r"source", _write(
        "source_int.ipynb", _nb_with(cells=[{"cell_type": "code", "source": 7, "metadata": {}, "outputs": []}]))),
    Hostile("source_items.ipynb", r"source", _write(
        "source_items.ipynb", _nb_with(cells=[{"cell_type": "code", "source": ["x = 1\n", None], "metadata": {}}]))),
    Hostile("nbformat3.ipynb", r"worksheets", _write("nbformat3.ipynb", json.dumps({"worksheets": {"cells": []}, "nbformat": 3}))),
    Hostile("latin1.ipynb", r"utf-8", _write("latin1.ipynb", notebook("x = 'caf\u00e9'\n", ascii=False).encode("latin-1"))),
    Hostile("deep_cell.ipynb", r"nesting too deep.*cell|cell.*nesting too deep|nesting too deep", _write(
        "deep_cell.ipynb", notebook("x = 1\n", "y = " + "(" * 5000 + ")" * 5000 + "\n"))),
    Hostile("syntax_cell.ipynb", r"syntax error at cell 2", _write("syntax_cell.ipynb", notebook("x = 1\n", "def f(:\n"))),
    # the file system
    Hostile("loop/again", r"loop", _symlink_loop),
    Hostile("self.py", r"loop", lambda folder: _link("self.py", folder / "self.py")),
    Hostile("dangling.py", r"broken symbolic link", lambda folder: _link("missing_target.py", folder / "dangling.py")),
    Hostile("pipe.py", r"not a regular file", _fifo),
    Hostile("secret.py", r"permission denied", _unreadable_file),
    Hostile("locked", r"permission denied", _unreadable_folder),
)

# Inputs that are odd but valid: no error, no crash.
VALID_ODDITIES: dict[str, bytes] = {
    "empty.py": b"",
    "bom_only.py": b"\xef\xbb\xbf",
    "only_comments.py": b"# nothing here\n# at all\n",
    "cr_newlines.py": b"x = 1\ry = 2\r",
    "crlf.py": b"x = 1\r\ny = 2\r\n",
    "form_feed.py": b"x = 1\n\x0c\ny = 2\n",
    "no_final_newline.py": b"x = 1",
    "latin1_declared.py": "# -*- coding: latin-1 -*-\nname = 'caf\u00e9'\n".encode("latin-1"),
    "unicode_names.py": "données = 1\nπ = données * 2\n".encode(),
    "tabs.py": b"if x:\n\ty = 1\n",
    "long_line.py": b"x = [" + b"1, " * 20_000 + b"]\n",
    "empty_notebook.ipynb": _nb_with().encode(),
}


def make_all(folder: Path) -> dict[str, bool]:
    """Write every hostile input into ``folder``; which ones this system could produce."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for hostile in HOSTILE:
        made[hostile.name] = hostile.make(folder)
    for name, data in VALID_ODDITIES.items():
        (folder / name).write_bytes(data)
    return made


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


__all__ = ["GOOD", "GOOD_CODE", "HOSTILE", "VALID_ODDITIES", "Hostile", "make_all", "notebook", "restore_permissions", "running_as_root"]
