"""Reading and finding files: each hazard is a reason, never a crash (SPEC section 7)."""

from __future__ import annotations

import os
import time

import pytest

from leakscan.sources import SourceError, check_nesting, discover, read_python_source


def test_decodes_utf8_bom_and_declared_latin1():
    assert read_python_source(b"\xef\xbb\xbfx = 1\n") == "x = 1\n"
    assert read_python_source("# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode("latin-1")).endswith("'caf\xe9'\n")
    assert read_python_source(b"a = 1\r\nb = 2\r\n") == "a = 1\r\nb = 2\r\n"  # newlines kept


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"x = '\xff\xfe'\n", "cannot decode as utf-8 at byte 5"),
        (b"# coding: klingon\nx = 1\n", "unknown encoding 'klingon' declared on line 1"),
        (b"x = 1\x00\x00\n", "NUL bytes"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "NUL bytes"),
    ],
)
def test_bad_bytes_are_reasons(data, reason):
    with pytest.raises(SourceError, match=reason):
        read_python_source(data)


def test_size_limit():
    with pytest.raises(SourceError, match="larger than"):
        read_python_source(b"x = 1\n" * 100, max_bytes=100)


def test_deep_nesting_is_refused_quickly_and_strings_do_not_count():
    start = time.perf_counter()
    with pytest.raises(SourceError, match="nesting too deep"):
        check_nesting("x = " + "(" * 5000 + ")" * 5000 + "\n")
    assert time.perf_counter() - start < 1.0
    check_nesting("s = '" + "(" * 500 + "'\n# " + "[" * 500 + "\nt = '''\n" + "{" * 500 + "\n'''\n")
    check_nesting("x = " + "(" * 50 + ")" * 50 + "\n")


def test_discover_orders_excludes_and_reports(tmp_path):
    (tmp_path / "b.py").write_text("x = 1\n")
    (tmp_path / "a.ipynb").write_text("{}")
    (tmp_path / "notes.txt").write_text("")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a-checkpoint.ipynb").write_text("{}")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.py").write_text("")
    (tmp_path / "sub" / "gen.py").write_text("")
    (tmp_path / ".gitignore").write_text("sub/gen.py\n")
    (tmp_path / "loop").mkdir()
    os.symlink(tmp_path, tmp_path / "loop" / "back")
    files, errors = discover([str(tmp_path), str(tmp_path / "missing.py")])
    rel = [os.path.relpath(f, tmp_path) for f in files]
    assert rel == ["a.ipynb", "b.py", os.path.join("sub", "c.py")]
    assert [e.message for e in errors if e.path.endswith("missing.py")] == ["no such file or directory"]
    files2, _ = discover([str(tmp_path)], extend_exclude=["sub"])
    assert [os.path.relpath(f, tmp_path) for f in files2] == ["a.ipynb", "b.py"]
