"""Hazards of reading and finding files (SPEC section 7): each one is a reason, never a crash."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from leakscan.sources import SourceError, check_nesting, discover, read_file, read_python_source

MIB = 1024 * 1024
ROOT = Path(__file__).resolve().parent.parent
CAN_BYPASS_PERMISSIONS = hasattr(os, "geteuid") and os.geteuid() == 0


# ------------------------------------------------------------------------------ decoding
def test_utf8_is_the_default_and_text_is_kept_exactly():
    assert read_python_source("s = 'café'\n".encode()) == "s = 'café'\n"
    assert read_python_source(b"a = 1\r\nb = 2\r\n") == "a = 1\r\nb = 2\r\n"
    assert read_python_source(b"a = 1\rb = 2") == "a = 1\rb = 2"
    assert read_python_source(b"") == ""


def test_bad_utf8_names_the_byte_and_line():
    with pytest.raises(SourceError) as info:
        read_python_source(b"x = 1\ns = '\xff'\n")
    assert str(info.value) == "cannot decode as utf-8 at byte 11 (line 2): invalid start byte"


def test_byte_order_mark_is_dropped_and_counted_in_offsets():
    assert read_python_source(b"\xef\xbb\xbfx = 1\n") == "x = 1\n"
    assert read_python_source(b"\xef\xbb\xbf# coding: utf-8\nx = 1\n") == "# coding: utf-8\nx = 1\n"
    with pytest.raises(SourceError, match="at byte 7 "):
        read_python_source(b"\xef\xbb\xbfx = \xff\n")


def test_latin1_declared_and_used_decodes():
    data = "# -*- coding: latin-1 -*-\ns = 'café'\n".encode("latin-1")
    assert read_python_source(data) == "# -*- coding: latin-1 -*-\ns = 'café'\n"


def test_declaration_on_the_second_line_after_a_shebang():
    data = "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\ns = '€'\n".encode("cp1252")
    assert read_python_source(data).endswith("s = '€'\n")


def test_declaration_after_code_does_not_count():
    data = "import os\n# coding: latin-1\ns = 'café'\n".encode("latin-1")
    with pytest.raises(SourceError, match="cannot decode as utf-8 at byte 36 \\(line 3\\)"):
        read_python_source(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            "# coding: ascii\ns = 'café'\n".encode("utf-8"),
            "cannot decode as ascii at byte 24 (line 2): ordinal not in range(128)",
        ),
        (
            "# coding: utf-8\ns = 'café'\n".encode("latin-1"),
            "cannot decode as utf-8 at byte 24 (line 2): invalid continuation byte",
        ),
    ],
)
def test_wrong_declaration(data, message):
    with pytest.raises(SourceError) as info:
        read_python_source(data)
    assert str(info.value) == message


def test_unknown_encoding():
    with pytest.raises(SourceError) as info:
        read_python_source(b"# coding: klingon\nx = 1\n")
    assert str(info.value) == "unknown encoding 'klingon' declared on line 1"
    with pytest.raises(SourceError, match="unknown encoding 'foo' declared on line 2"):
        read_python_source(b"#!/usr/bin/python\n# -*- coding: foo -*-\n")


@pytest.mark.parametrize("codec", ["hex", "rot13", "utf-16"])
def test_encodings_the_interpreter_refuses(codec):
    with pytest.raises(SourceError, match=f"encoding '{codec}' declared on line 1 cannot be used"):
        read_python_source(f"# coding: {codec}\nx = 1\n".encode())


def test_byte_order_mark_contradicting_the_declaration():
    with pytest.raises(SourceError, match="utf-8 byte order mark but 'latin-1' declared on line 1"):
        read_python_source(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")


def test_nul_bytes():
    with pytest.raises(SourceError) as info:
        read_python_source(b"x = 1\x00\n")
    assert str(info.value) == "contains NUL bytes (binary file?)"


def test_binary_junk_named_py(tmp_path):
    junk = bytes(range(256)) * 16
    (tmp_path / "model.py").write_bytes(junk)
    with pytest.raises(SourceError, match="NUL bytes"):
        read_python_source(read_file(str(tmp_path / "model.py")))
    (tmp_path / "image.py").write_bytes(b"\xff\xd8\xff\xe1JFIF-ish \xc3\x28 junk")
    with pytest.raises(SourceError, match="cannot decode as utf-8 at byte 0"):
        read_python_source(read_file(str(tmp_path / "image.py")))


def test_size_limit():
    with pytest.raises(SourceError) as info:
        read_python_source(b"#" * (40 * MIB))
    assert str(info.value) == "file is 40.0 MB, larger than the 20 MB limit"
    with pytest.raises(SourceError, match="file is 600 bytes, larger than the 100 bytes limit"):
        read_python_source(b"x = 1\n" * 100, max_bytes=100)
    assert read_python_source(b"x = 1\n" * 100, max_bytes=0) == "x = 1\n" * 100  # 0: no limit


# ------------------------------------------------------------------------------- reading
def test_read_file_returns_the_bytes(tmp_path):
    (tmp_path / "a.py").write_bytes(b"x = 1\r\n")
    assert read_file(str(tmp_path / "a.py")) == b"x = 1\r\n"


def test_read_file_refuses_a_large_file_before_reading_it(tmp_path):
    big = tmp_path / "big.py"
    with open(big, "wb") as fh:
        fh.truncate(40 * MIB)  # sparse: costs no disk
    with pytest.raises(SourceError, match="file is 40.0 MB, larger than the 20 MB limit"):
        read_file(str(big))
    with pytest.raises(SourceError, match="larger than the 1 MB limit"):
        read_file(str(big), max_bytes=MIB)
    notebook = tmp_path / "big.ipynb"  # outputs make notebooks big: a higher bound
    with open(notebook, "wb") as fh:
        fh.truncate(40 * MIB)
    assert len(read_file(str(notebook))) == 40 * MIB
    with open(notebook, "wb") as fh:
        fh.truncate(120 * MIB)
    with pytest.raises(SourceError, match="file is 120.0 MB, larger than the 100 MB limit"):
        read_file(str(notebook))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: None, "no such file or directory"),
        (lambda p: os.symlink(p.parent / "gone.py", p), "broken symbolic link"),
        (lambda p: os.symlink(p, p), "symbolic link loop"),
    ],
)
def test_read_file_reasons(tmp_path, make, message):
    path = tmp_path / "x.py"
    make(path)
    with pytest.raises(SourceError) as info:
        read_file(str(path))
    assert str(info.value) == message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_read_file_does_not_hang_on_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "pipe.py")
    start = time.perf_counter()
    with pytest.raises(SourceError, match="not a regular file"):
        read_file(str(tmp_path / "pipe.py"))
    assert time.perf_counter() - start < 1


@pytest.mark.skipif(CAN_BYPASS_PERMISSIONS, reason="root reads unreadable files")
def test_read_file_permission_denied(tmp_path):
    path = tmp_path / "secret.py"
    path.write_text("x = 1\n")
    path.chmod(0)
    try:
        with pytest.raises(SourceError, match="^permission denied$"):
            read_file(str(path))
    finally:
        path.chmod(0o644)


def test_read_file_permission_denied_simulated(tmp_path, monkeypatch):
    (tmp_path / "secret.py").write_text("x = 1\n")

    def refuse(path, flags, *args):
        raise PermissionError(errno.EACCES, "Permission denied", path)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(SourceError, match="^permission denied$"):
        read_file(str(tmp_path / "secret.py"))


# ------------------------------------------------------------------------------- nesting
def test_five_thousand_parentheses_fail_fast_without_crashing():
    start = time.perf_counter()
    with pytest.raises(SourceError) as info:
        check_nesting("x = " + "(" * 5000 + "1" + ")" * 5000 + "\n")
    assert time.perf_counter() - start < 0.5
    assert str(info.value) == "nesting too deep: 5000 levels of brackets at line 1 (limit 100)"


def test_the_message_names_the_deepest_line():
    text = "import os\n" * 6 + "x = [" + "(" * 149 + "1" + ")" * 149 + "]\n"
    with pytest.raises(SourceError) as info:
        check_nesting(text)
    assert str(info.value) == "nesting too deep: 150 levels of brackets at line 7 (limit 100)"


def test_depth_at_the_limit_passes_and_the_limit_is_a_parameter():
    check_nesting("x = " + "[" * 100 + "]" * 100 + "\n")
    with pytest.raises(SourceError, match="101 levels"):
        check_nesting("x = " + "[" * 101 + "]" * 101 + "\n")
    check_nesting("x = " + "[" * 150 + "]" * 150 + "\n", limit=200)
    with pytest.raises(SourceError, match=r"\(limit 10\)"):
        check_nesting("x = " + "{" * 11 + "}" * 11 + "\n", limit=10)


@pytest.mark.parametrize(
    "text",
    [
        "s = '" + "(" * 500 + "'\n",
        's = "' + "[" * 500 + '"\n',
        "s = '''\n" + "{" * 500 + "\n'''\n",
        's = """' + "(" * 500 + '"""\n',
        "# " + "(" * 500 + "\n",
        "x = 1  # " + "[" * 500 + "\n",
        "s = rb'" + "(" * 500 + "'\n",
        "s = Rb'\\'" + "(" * 500 + "'\n",
        "s = r'\\'" + "(" * 500 + "'\n",  # r'\'' : the escaped quote does not end it
        "s = 'it\\'s " + "(" * 500 + "'\n",
        "s = '''a ' b '' c " + "(" * 500 + "'''\n",
        "s = f'{{" + "(" * 500 + "}}'\n",  # doubled braces are text
        "s = f'{x!r:>10} " + "(" * 500 + "'\n",
        "s = f'\\N{DIGIT ONE}" + "(" * 500 + "'\n",
        "s = u'" + "(" * 500 + "'\n",
        "if'x' in '" + "(" * 500 + "': pass\n",  # a keyword right before a string
        "s = 'a' \\\n    '" + "(" * 500 + "'\n",
    ],
)
def test_brackets_inside_strings_and_comments_do_not_count(text):
    check_nesting(text)


@pytest.mark.parametrize(
    "text",
    [
        "s = f'{" + "(" * 150 + "x" + ")" * 150 + "}'\n",  # code inside a replacement field counts
        "s = f'{x:{" + "[" * 150 + "]" * 150 + "}}'\n",  # and inside a nested format spec
        "s = f'{f\"{" + "(" * 150 + ")" * 150 + "}\"}'\n",
        "s = '''\n''' + " + "(" * 150 + ")" * 150 + "\n",  # code after a closed string counts
        "s = 'a' \\\n + " + "(" * 150 + ")" * 150 + "\n",
    ],
)
def test_brackets_in_code_count_wherever_they_are(text):
    with pytest.raises(SourceError, match="15[0-2] levels of brackets"):  # a field's braces count too
        check_nesting(text)


def test_nested_fstrings_count_as_brackets():
    deep = "x = " + "f'{" * 3000 + "1" + "}'" * 3000 + "\n"  # libcst segfaults on this
    with pytest.raises(SourceError, match="3000 levels of brackets"):
        check_nesting(deep)


@pytest.mark.parametrize(
    "text",
    [
        "s = 'unterminated " + "(" * 500 + "\nx = 1\n",
        "s = '''never closed " + "(" * 500,
        "s = f'{x" + "(" * 50,
        ")]}" * 100 + "\n" + "(" * 50 + "\n",
        "\\",
        "f'",
        "'",
    ],
)
def test_broken_code_never_crashes_the_scan(text):
    check_nesting(text)


def test_deep_indentation():
    text = "".join("    " * i + "if x:\n" for i in range(120)) + "    " * 120 + "pass\n"
    with pytest.raises(SourceError) as info:
        check_nesting(text)
    assert str(info.value) == "nesting too deep: 120 levels of indentation at line 121 (limit 100)"
    tabs = "".join("\t" * i + "if x:\n" for i in range(105)) + "\t" * 105 + "pass\n"
    with pytest.raises(SourceError, match="levels of indentation"):
        check_nesting(tabs)
    fine = "".join("    " * i + "if x:\n" for i in range(30)) + "    " * 30 + "pass\n"
    check_nesting(fine + "s = '''\n" + " " * 500 + "x\n'''\n")  # indentation inside strings is text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "x = " + "-" * 10000 + "1\n",
            "expression too complex: 10000 operators in one expression at line 1 (limit 500)",
        ),
        ("x = " + "not " * 3000 + "y\n", "3000 operators"),
        ("x = " + "1 + " * 3000 + "1\n", "3000 operators"),
        ("x = a" + "[0]" * 3000 + "\n", "3000 operators"),
        ("x = f" + "()" * 3000 + "\n", "3000 operators"),
        ("x = " + "lambda: " * 3000 + "1\n", "3000 operators"),
        ("y = 1\nx = (1\n" + "    + 1\n" * 3000 + ")\n", "at line 2 "),
        ("x = " + ("-" * 100 + "(") * 50 + "1" + ")" * 50 + "\n", "operators in one expression"),
    ],
)
def test_long_operator_chains(text, message):
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_nesting(text)


def test_long_statements_of_short_expressions_pass():
    check_nesting("X = [" + ", ".join(f"-{i}.5 + 1" for i in range(20000)) + "]\n")
    check_nesting("s = '" + "-" * 20000 + "'\n")
    check_nesting("x = " + "-" * 3000 + "1\n", chain_limit=0)


def test_too_many_elif_branches():
    chain = "if x == 0:\n    pass\n" + "".join(f"elif x == {i}:\n    y = {i}\n" for i in range(1, 700))
    with pytest.raises(SourceError, match="too many elif branches: 699 in one if statement"):
        check_nesting(chain)
    separate = "".join(f"if x == {i}:\n    pass\nelif y:\n    pass\n" for i in range(700))
    check_nesting(separate)


def test_the_project_own_sources_pass():
    for path in sorted((ROOT / "leakscan").rglob("*.py")):
        check_nesting(path.read_text(encoding="utf-8"))


def test_cost_is_well_under_a_millisecond_per_100_lines():
    text = (ROOT / "leakscan" / "sources" / "nesting.py").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)[:300]
    sample = "".join(lines)
    best = min(_timed(check_nesting, sample) for _ in range(30))
    assert best / len(lines) * 100 < 0.001  # seconds per 100 lines


def _timed(fn, *args):
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def test_guarded_inputs_never_reach_the_crashing_parser():
    """In a child process: a segmentation fault would kill the test run otherwise."""
    script = textwrap.dedent(
        """
        import libcst
        from leakscan.sources import SourceError, check_nesting
        for text in ["x = " + "(" * 5000 + ")" * 5000, "x = " + "-" * 20000 + "1",
                     "x = " + "f'{" * 3000 + "1" + "}'" * 3000,
                     "if a:\\n    pass\\n" + "elif a:\\n    pass\\n" * 10000]:
            try:
                check_nesting(text + "\\n")
            except SourceError:
                continue
            libcst.parse_module(text + "\\n")
        print("ok")
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"


# ----------------------------------------------------------------------------- discovery
def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)


def _rel(root: Path, files: list[str]) -> list[str]:
    return [Path(os.path.relpath(f, root)).as_posix() for f in files]


def test_folders_expand_to_py_and_ipynb_in_stable_order(tmp_path):
    _tree(tmp_path, dict.fromkeys(["b.py", "a.ipynb", "notes.txt", "z/c.py", "z/a/d.py", "z.py", "m.pyi"], ""))
    files, errors = discover([str(tmp_path)])
    assert _rel(tmp_path, files) == ["a.ipynb", "b.py", "z/a/d.py", "z/c.py", "z.py"]
    assert errors == []
    assert discover([str(tmp_path)]) == (files, errors)


def test_the_current_folder_gives_bare_relative_paths(tmp_path, monkeypatch):
    _tree(tmp_path, {"a.py": "", "sub/b.py": ""})
    monkeypatch.chdir(tmp_path)
    assert discover(["."]) == (["a.py", os.path.join("sub", "b.py")], [])
    assert discover(["sub"])[0] == [os.path.join("sub", "b.py")]


def test_files_named_explicitly_are_always_included(tmp_path):
    _tree(tmp_path, {"script.txt": "", "build/gen.py": "", ".gitignore": "*.py\n", "a.py": ""})
    named = [str(tmp_path / "script.txt"), str(tmp_path / "build" / "gen.py"), str(tmp_path / "a.py")]
    assert discover(named) == (named, [])


def test_the_same_file_twice_is_listed_once(tmp_path):
    _tree(tmp_path, {"a.py": ""})
    files, _ = discover([str(tmp_path), str(tmp_path / "a.py"), str(tmp_path / "." / "a.py")])
    assert files == [str(tmp_path / "a.py")]


def test_default_excludes(tmp_path):
    skipped = [
        ".git/x.py", ".venv/lib/x.py", "venv/x.py", "__pycache__/x.py", ".ipynb_checkpoints/a-checkpoint.ipynb",
        "build/x.py", "dist/x.py", "node_modules/x.py", ".tox/x.py", ".mypy_cache/x.py", "lib/site-packages/x.py",
        ".eggs/x.py",
    ]
    _tree(tmp_path, {**dict.fromkeys(skipped, ""), "a.ipynb": "{}", "src/train.py": ""})
    files, _ = discover([str(tmp_path)], respect_gitignore=False)
    assert _rel(tmp_path, files) == ["a.ipynb", "src/train.py"]


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(tmp_path):
    _tree(tmp_path, {"build/x.py": "", "gen/y.py": "", "a.py": ""})
    files, _ = discover([str(tmp_path)], exclude=["gen"])
    assert _rel(tmp_path, files) == ["a.py", "build/x.py"]
    files, _ = discover([str(tmp_path)], extend_exclude=["gen"])
    assert _rel(tmp_path, files) == ["a.py"]


@pytest.mark.parametrize(
    ("pattern", "kept"),
    [
        ("*_pb2.py", ["data/load.py", "src/train.py"]),  # a name at any level
        ("data", ["model_pb2.py", "src/train.py"]),  # a folder name
        ("src/*.py", ["data/load.py", "model_pb2.py"]),  # a path below the scanned folder
        ("./data/", ["model_pb2.py", "src/train.py"]),
        ("**/load.py", ["model_pb2.py", "src/train.py"]),
        ("tr?in.py", ["data/load.py", "model_pb2.py"]),
    ],
)
def test_exclude_globs(tmp_path, pattern, kept):
    _tree(tmp_path, {"model_pb2.py": "", "data/load.py": "", "src/train.py": ""})
    files, _ = discover([str(tmp_path)], extend_exclude=[pattern])
    assert _rel(tmp_path, files) == kept


def test_exclude_paths_relative_to_the_root(tmp_path):
    _tree(tmp_path, {"proj/src/gen/a.py": "", "proj/src/b.py": ""})
    files, _ = discover([str(tmp_path / "proj" / "src")], extend_exclude=["proj/src/gen"], root=str(tmp_path))
    assert _rel(tmp_path, files) == ["proj/src/b.py"]


def test_missing_path(tmp_path):
    _tree(tmp_path, {"a.py": ""})
    files, errors = discover([str(tmp_path / "missing.py"), str(tmp_path)])
    assert _rel(tmp_path, files) == ["a.py"]
    assert [(e.path, e.message) for e in errors] == [(str(tmp_path / "missing.py"), "no such file or directory")]


def test_symlink_loop_is_reported_and_the_walk_ends(tmp_path):
    _tree(tmp_path, {"a.py": "", "sub/b.py": ""})
    os.symlink(tmp_path, tmp_path / "sub" / "back")
    os.symlink(tmp_path / "sub", tmp_path / "sub" / "self")
    start = time.perf_counter()
    files, errors = discover([str(tmp_path)])
    assert time.perf_counter() - start < 5
    assert _rel(tmp_path, files) == ["a.py", "sub/b.py"]
    assert sorted(_rel(tmp_path, [e.path for e in errors])) == ["sub/back", "sub/self"]
    assert {e.message for e in errors} == {"symbolic link loop: points to a folder above it"}


def test_links_to_folders_and_files_already_listed_are_not_repeated(tmp_path):
    _tree(tmp_path, {"a_link_target/x.py": "", "real.py": "", "elsewhere/outside.py": ""})
    os.symlink(tmp_path / "a_link_target", tmp_path / "0_alias")  # sorts first, still listed under its real name
    os.symlink(tmp_path / "real.py", tmp_path / "alias.py")
    scanned = tmp_path / "a_link_target"
    os.symlink(tmp_path / "elsewhere", scanned / "linked")  # a link out of the scanned folder is followed
    files, errors = discover([str(tmp_path)])
    assert _rel(tmp_path, files) == ["a_link_target/x.py", "elsewhere/outside.py", "real.py"]
    assert errors == []
    files, _ = discover([str(scanned)])
    assert _rel(tmp_path, files) == ["a_link_target/linked/outside.py", "a_link_target/x.py"]


def test_broken_and_looping_file_links(tmp_path):
    _tree(tmp_path, {"a.py": ""})
    os.symlink(tmp_path / "gone.py", tmp_path / "broken.py")
    os.symlink(tmp_path / "loop.py", tmp_path / "loop.py")
    os.symlink(tmp_path / "gone", tmp_path / "broken_folder")  # no name to scan: ignored
    files, errors = discover([str(tmp_path)])
    assert _rel(tmp_path, files) == ["a.py"]
    assert [(Path(e.path).name, e.message) for e in errors] == [
        ("broken.py", "broken symbolic link"), ("loop.py", "symbolic link loop")
    ]
    _, errors = discover([str(tmp_path / "broken.py")])
    assert [e.message for e in errors] == ["broken symbolic link"]


@pytest.mark.skipif(CAN_BYPASS_PERMISSIONS, reason="root reads unreadable folders")
def test_unreadable_folder_and_file(tmp_path):
    _tree(tmp_path, {"a.py": "", "locked/b.py": "", "secret.py": ""})
    (tmp_path / "locked").chmod(0)
    (tmp_path / "secret.py").chmod(0)
    try:
        files, errors = discover([str(tmp_path)])
        assert _rel(tmp_path, files) == ["a.py", "secret.py"]  # reading it says why it failed
        assert [(e.path, e.message) for e in errors] == [(str(tmp_path / "locked"), "permission denied")]
        with pytest.raises(SourceError, match="permission denied"):
            read_file(files[1])
    finally:
        (tmp_path / "locked").chmod(0o755)
        (tmp_path / "secret.py").chmod(0o644)


def test_unreadable_folder_simulated(tmp_path, monkeypatch):
    _tree(tmp_path, {"a.py": "", "locked/b.py": "", "z/c.py": ""})
    real_scandir = os.scandir

    def scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = discover([str(tmp_path)])
    assert _rel(tmp_path, files) == ["a.py", "z/c.py"]
    assert [(e.path, e.message) for e in errors] == [(str(tmp_path / "locked"), "permission denied")]


# ---------------------------------------------------------------------------- .gitignore
GITIGNORE = """\
# generated code
*_gen.py
!keep_gen.py
/top_only.py
out/
data/**/raw_*.py
docs/**
!docs/conf.py
\\#literal.py
trailing_space.py\x20\x20
"""


def test_gitignore_rules(tmp_path):
    (tmp_path / ".git").mkdir()
    _tree(tmp_path, {
        ".gitignore": GITIGNORE,
        "a_gen.py": "", "keep_gen.py": "", "sub/b_gen.py": "",
        "top_only.py": "", "sub/top_only.py": "",
        "out/x.py": "", "sub/out/y.py": "", "out.py": "",
        "data/raw_1.py": "", "data/deep/er/raw_2.py": "", "data/clean.py": "",
        "docs/a.py": "", "docs/conf.py": "",
        "#literal.py": "", "trailing_space.py": "",
        "train.py": "",
    })
    files, errors = discover([str(tmp_path)])
    assert _rel(tmp_path, files) == [
        "data/clean.py", "docs/conf.py", "keep_gen.py", "out.py", "sub/top_only.py", "train.py",
    ]
    assert errors == []
    every, _ = discover([str(tmp_path)], respect_gitignore=False)
    assert len(every) == 16


def test_nested_gitignore_overrides_and_negates(tmp_path):
    (tmp_path / ".git").mkdir()
    _tree(tmp_path, {
        ".gitignore": "*.ipynb\nscratch/\n",
        "a.ipynb": "{}",
        "nb/.gitignore": "!report.ipynb\n",
        "nb/report.ipynb": "{}", "nb/draft.ipynb": "{}",
        "nb/scratch/x.py": "",
        "lib/.gitignore": "/local.py\n",
        "lib/local.py": "", "lib/sub/local.py": "",
    })
    files, _ = discover([str(tmp_path)])
    assert _rel(tmp_path, files) == ["lib/sub/local.py", "nb/report.ipynb"]


def test_gitignore_files_above_the_scanned_folder_up_to_the_repository(tmp_path):
    outside = tmp_path / "outer"
    repo = outside / "repo"
    (repo / ".git").mkdir(parents=True)
    _tree(outside, {".gitignore": "*.py\n"})  # above the repository: not ours
    _tree(repo, {".gitignore": "gen/\n", "src/.gitignore": "tmp_*.py\n",
                 "src/pkg/a.py": "", "src/pkg/tmp_b.py": "", "src/pkg/gen/c.py": ""})
    (repo / ".git" / "info").mkdir()
    (repo / ".git" / "info" / "exclude").write_text("local_*.py\n")
    _tree(repo, {"src/pkg/local_d.py": ""})
    files, _ = discover([str(repo / "src" / "pkg")])
    assert _rel(repo, files) == ["src/pkg/a.py"]


def test_gitignore_outside_a_repository_applies_to_the_scanned_folder(tmp_path):
    _tree(tmp_path, {"proj/.gitignore": "gen.py\n", "proj/gen.py": "", "proj/a.py": ""})
    files, _ = discover([str(tmp_path / "proj")])
    assert _rel(tmp_path, files) == ["proj/a.py"]


# A tree of the patterns people get wrong, with what git itself says as the expectation.
TRICKY_IGNORES = {
    ".gitignore": (
        "# comment\n*.log\ndata/**\n!data/keep.py\nout/\n!out/keep.py\n/anchored.py\ndocs/*.py\n"
        "!docs/index.py\n**/gen/**\ntmp*\n!tmp_keep.py\nsecret?.py\nnested/deep/\n[ab]x.py\n"
        "*.ipynb\n!notebooks/*.ipynb\n\\#hash.py\ntrail.py   \nwhite/*\n!white/*/\nwhite/*/*\n!white/*/ok.py\n"
    ),
    "pkg/.gitignore": "gen_*.py\n!gen_ok.py\n/only_here.py\ninner/\n",
    "pkg/sub/.gitignore": "!gen_*.py\n",
}
TRICKY_FILES = [
    "a.py", "anchored.py", "sub/anchored.py", "data/keep.py", "data/x.py", "data/sub/keep.py",
    "out/x.py", "out/keep.py", "src/out/y.py", "src/out.py", "docs/a.py", "docs/index.py",
    "docs/sub/b.py", "x/gen/y.py", "gen/z.py", "gen.py", "tmp1.py", "tmp_keep.py", "tmpdir/a.py",
    "secret1.py", "secret12.py", "nested/deep/a.py", "nested/a.py", "other/nested/deep/a.py",
    "ax.py", "cx.py", "nb.ipynb", "notebooks/n.ipynb", "#hash.py", "trail.py", "excluded_by_info.py",
    "white/a.py", "white/d/ok.py", "white/d/no.py",
    "pkg/gen_a.py", "pkg/gen_ok.py", "pkg/only_here.py", "pkg/sub/only_here.py", "pkg/inner/a.py",
    "pkg/z.py", "pkg/sub/gen_b.py", "pkg/sub/inner/c.py",
]


def _git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(cwd)}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("scanned", [".", "pkg", "data"])
def test_gitignore_agrees_with_git_ls_files(tmp_path, monkeypatch, scanned):
    _tree(tmp_path, {**TRICKY_IGNORES, **{name: "" for name in TRICKY_FILES}})
    _git("init", "-q", cwd=tmp_path)
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("excluded_by_info.py\n")
    listed = _git("ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", scanned, cwd=tmp_path)
    by_git = sorted(p for p in listed.split("\0") if p.endswith((".py", ".ipynb")))
    monkeypatch.chdir(tmp_path)
    files, errors = discover([scanned])
    assert errors == []
    assert sorted(os.path.relpath(f).replace(os.sep, "/") for f in files) == by_git
    assert "data/keep.py" in by_git or scanned == "pkg"  # the case the old matcher got wrong
