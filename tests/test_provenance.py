"""Data by use and leaks inside helpers: where findings point and what they relate to."""

from __future__ import annotations

from leakscan import scan_source
from leakscan.analysis import HELPER_CALL

HELPER = '''\
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


def scale(frame):
    return StandardScaler().fit_transform(frame)


df = pd.read_csv("a.csv")
X = scale(df.drop(columns="y"))
X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"])
'''


def test_a_leak_in_a_helper_points_at_the_operation_with_the_call_related() -> None:
    (finding,) = scan_source(HELPER, "train.py")
    assert (finding.code, finding.location.line) == ("LK101", 7)
    calls = [r for r in finding.related if r.message == HELPER_CALL]
    assert [r.location.line for r in calls] == [11]
    assert any(r.location.line == 12 and r.message == "split here" for r in finding.related)


def test_each_leaky_call_of_a_helper_is_its_own_finding() -> None:
    text = HELPER.replace('X = scale(df.drop(columns="y"))', 'X = scale(df.drop(columns="y"))\nZ = scale(df)')
    text += "Z_tr, Z_te = train_test_split(Z)\n"
    findings = [f for f in scan_source(text, "train.py") if f.code == "LK101"]
    assert {f.location.line for f in findings} == {7}
    calls = sorted(r.location.line for f in findings for r in f.related if r.message == HELPER_CALL)
    assert calls == [11, 12]


def test_a_frame_built_in_code_is_data_even_when_the_split_comes_after_the_fit() -> None:
    text = (
        "import numpy as np\nimport pandas as pd\nfrom sklearn.decomposition import PCA\n"
        "from sklearn.model_selection import train_test_split\n"
        "frame = pd.DataFrame(np.random.rand(200, 5))\n"
        "Z = PCA(2).fit_transform(frame)\n"
        "a, b = train_test_split(Z)\n"
    )
    assert [(f.code, f.location.line) for f in scan_source(text, "t.py")] == [("LK101", 6)]


def test_an_unknown_helper_result_used_as_a_transformer_is_one() -> None:
    """``fit_scaler(X_tr)`` returns an object: transforming X_te with it gives X_te's rows (no LK401)."""
    text = (
        "from mypkg import fit_scaler, load\nfrom sklearn.linear_model import LogisticRegression\n"
        "from sklearn.model_selection import train_test_split\n"
        "X, y = load()\nX_tr, X_te, y_tr, y_te = train_test_split(X, y)\n"
        "s = fit_scaler(X_tr)\nm = LogisticRegression().fit(s.transform(X_tr), y_tr)\n"
        "print(m.score(s.transform(X_te), y_te))\n"
    )
    assert scan_source(text, "t.py") == []
    leaky = text.replace("s.transform(X_te), y_te", "s.transform(X_tr), y_tr")
    assert [f.code for f in scan_source(leaky, "t.py")] == ["LK401"]


def test_text_format_lists_related_locations_with_show_related(tmp_path) -> None:
    from click.testing import CliRunner

    from leakscan.cli import main

    path = tmp_path / "train.py"
    path.write_text(HELPER)
    plain = CliRunner().invoke(main, ["check", "--no-cache", str(path)])
    shown = CliRunner().invoke(main, ["check", "--no-cache", "--show-related", str(path)])
    assert plain.exit_code == shown.exit_code == 1
    assert "called here" not in plain.output
    related = [line for line in shown.output.splitlines() if line.startswith("    ")]
    assert related == [f"    {path}:11:5: called here with the data", f"    {path}:12:26: split here"]
