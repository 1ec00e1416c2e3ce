"""The language server, driven over stdio the way an editor drives it.

A small JSON-RPC client (Content-Length framing, a reader thread, a timeout on every read)
starts ``python -m leakscan server`` and checks what an editor would see: diagnostics with
codes and ranges, quick fixes whose edits remove the leak, ``# noqa`` suppression, fix-all,
configuration, notebooks, broken files, and a clean shutdown. The text helpers of
``lsp_support`` are tested directly; they do not need pygls.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import ROOT
from leakscan.options import Options
from leakscan.rules import all_rules
from leakscan.rules.base import Rule
from leakscan.integrations.lsp_support import (
    Cell,
    LineIndex,
    Snapshot,
    analyze,
    code_units,
    fix_all,
    line_changes,
    noqa_line,
)

TIMEOUT = 20.0  # seconds for any single message; CI machines can be slow

LEAKY = """\
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
import pandas as pd

df = pd.read_csv("data.csv")
X, y = df.drop(columns=["t"]), df["t"]
X_train, X_test, y_train, y_test = train_test_split(X, y)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.fit_transform(X_test)
model = LogisticRegression().fit(X_train, y_train)
print(model.score(X_test, y_test))
"""
LEAK_LINE = 10  # 0-based line of ``X_test = scaler.fit_transform(X_test)``


# --------------------------------------------------------------------------------------------
# A minimal editor
# --------------------------------------------------------------------------------------------


class Client:
    """Speaks LSP to a server process; every wait has a timeout, so a hang fails the test."""

    def __init__(self, cwd: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "leakscan", "server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        self.ids = itertools.count(1)
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.backlog: list[dict[str, Any]] = []
        self.server_requests: list[dict[str, Any]] = []
        self.stderr: list[bytes] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # ---------------------------------------------------------------- transport

    def _read(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None, "a message without Content-Length"
            body = stream.read(length)
            self.inbox.put(json.loads(body.decode("utf-8")))

    def _drain_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = TIMEOUT) -> Any:
        msg_id = next(self.ids)
        self.send({"id": msg_id, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == msg_id and "method" not in m, timeout, f"reply to {method}")
        assert "error" not in reply, reply["error"]
        return reply.get("result")

    def wait(self, match: Any, timeout: float = TIMEOUT, what: str = "message") -> dict[str, Any]:
        """The first message (earlier unclaimed ones first) that ``match`` accepts."""
        for k, message in enumerate(self.backlog):
            if match(message):
                return self.backlog.pop(k)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out waiting for {what}; stderr: {b''.join(self.stderr)!r}")
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise AssertionError(f"server closed its output waiting for {what}; stderr: {b''.join(self.stderr)!r}")
            if "method" in message and "id" in message:  # a request from the server
                self.server_requests.append(message)
                self.send({"id": message["id"], "result": None})
                continue
            if match(message):
                return message
            self.backlog.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = TIMEOUT) -> list[dict[str, Any]]:
        """The next diagnostics published for ``uri`` (for ``version``, when given)."""

        def match(m: dict[str, Any]) -> bool:
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version

        return self.wait(match, timeout, f"diagnostics for {uri}")["params"]["diagnostics"]

    def quiet(self, seconds: float) -> list[dict[str, Any]]:
        """Every message that arrives within ``seconds`` (to check nothing else is published)."""
        out = list(self.backlog)
        self.backlog.clear()
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                break
            if message is None:
                break
            out.append(message)
        return out

    # ---------------------------------------------------------------- LSP

    def initialize(
        self,
        root: Path,
        *,
        notebooks: bool = False,
        debounce_ms: int = 30,
        resolve: bool = False,
        watch: bool = False,
        versioned_edits: bool = False,
    ) -> dict[str, Any]:
        text_document: dict[str, Any] = {
            "publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
            "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source"]}}},
            "synchronization": {"didSave": True},
        }
        if resolve:
            text_document["codeAction"]["resolveSupport"] = {"properties": ["edit"]}
        workspace: dict[str, Any] = {"workspaceEdit": {"documentChanges": versioned_edits}}
        if watch:
            workspace["didChangeWatchedFiles"] = {"dynamicRegistration": True}
        capabilities: dict[str, Any] = {"textDocument": text_document, "workspace": workspace}
        if notebooks:
            capabilities["notebookDocument"] = {"synchronization": {"dynamicRegistration": False}}
        result = self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": root.as_uri(),
            "capabilities": capabilities,
            "initializationOptions": {"debounceMs": debounce_ms},
        })
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": version, "text": text}})

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}],
        })

    def code_actions(self, uri: str, diagnostics: list[dict[str, Any]], only: list[str] | None = None) -> list[dict[str, Any]]:
        context: dict[str, Any] = {"diagnostics": diagnostics}
        if only is not None:
            context["only"] = only
        rng = diagnostics[0]["range"] if diagnostics else {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
        return self.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": rng, "context": context}) or []

    def shutdown(self) -> int:
        assert self.request("shutdown", None) is None
        self.notify("exit", None)
        return self.proc.wait(timeout=TIMEOUT)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=TIMEOUT)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def apply_text_edits(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply LSP TextEdits (UTF-16 positions) the way an editor does."""
    lines = text.splitlines(keepends=True)

    def offset(pos: dict[str, int]) -> int:
        if pos["line"] >= len(lines):
            return len(text)
        line = lines[pos["line"]]
        units, k = 0, 0
        while k < len(line) and units < pos["character"]:
            units += 2 if ord(line[k]) > 0xFFFF else 1
            k += 1
        return sum(len(x) for x in lines[: pos["line"]]) + k

    spans = sorted(((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"]) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def edits_for(action: dict[str, Any], uri: str) -> list[dict[str, Any]]:
    edit = action["edit"]
    if "documentChanges" in edit and edit["documentChanges"]:
        return [e for change in edit["documentChanges"] if change["textDocument"]["uri"] == uri for e in change["edits"]]
    return edit["changes"][uri]


@pytest.fixture
def client(tmp_path):
    pytest.importorskip("pygls.lsp.server")
    elsewhere = tmp_path / "cwd"  # not the workspace root: unsaved buffers must use the root
    elsewhere.mkdir()
    started = Client(elsewhere)
    yield started
    started.kill()


# --------------------------------------------------------------------------------------------
# End to end
# --------------------------------------------------------------------------------------------


def test_diagnose_fix_and_recover_from_a_syntax_error(client, tmp_path):
    caps = client.initialize(tmp_path)["capabilities"]
    assert caps["textDocumentSync"]["change"] == 2 and caps["textDocumentSync"]["openClose"] is True
    assert {"quickfix", "source.fixAll.leakscan"} <= set(caps["codeActionProvider"]["codeActionKinds"])
    uri = (tmp_path / "train.py").as_uri()
    client.open(uri, LEAKY)

    diags = client.diagnostics(uri, version=1)
    assert [d["code"] for d in diags] == ["LK103"]
    diag = diags[0]
    assert diag["source"] == "leakscan" and diag["severity"] == 1
    assert diag["range"] == {"start": {"line": LEAK_LINE, "character": 9}, "end": {"line": LEAK_LINE, "character": 37}}
    assert diag["codeDescription"]["href"].endswith("/LK103.md")
    related = diag["relatedInformation"]
    assert related[0]["location"]["uri"] == uri and related[0]["location"]["range"]["start"]["line"] == LEAK_LINE - 1
    assert diag["data"]["fix"]["safe"] is True

    actions = client.code_actions(uri, diags)
    titles = [a["title"] for a in actions]
    assert "Suppress LK103 with # noqa" in titles
    fix = next(a for a in actions if a["title"].startswith("Fix LK103"))
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True and fix["diagnostics"][0]["code"] == "LK103"
    fixed = apply_text_edits(LEAKY, edits_for(fix, uri))
    assert "X_test = scaler.transform(X_test)\n" in fixed

    # As an editor does: the edits as ranged changes, last position first.
    ranged = sorted(edits_for(fix, uri), key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True)
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": e["range"], "text": e["newText"]} for e in ranged],
    })
    assert client.diagnostics(uri, version=2) == []

    client.change(uri, fixed + "def broken(:\n", 3)
    broken = client.diagnostics(uri, version=3)
    assert len(broken) == 1 and "code" not in broken[0] and "syntax error" in broken[0]["message"]
    assert broken[0]["range"]["start"]["line"] == fixed.count("\n")  # where the error is

    client.change(uri, LEAKY, 4)  # the server survived and analyzes again
    assert [d["code"] for d in client.diagnostics(uri, version=4)] == ["LK103"]

    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []
    assert client.shutdown() == 0


def test_suppress_with_noqa_and_fix_all(client, tmp_path):
    client.initialize(tmp_path, versioned_edits=True)
    uri = (tmp_path / "train.py").as_uri()
    client.open(uri, LEAKY)
    diags = client.diagnostics(uri, version=1)

    noqa = next(a for a in client.code_actions(uri, diags) if a["title"] == "Suppress LK103 with # noqa")
    suppressed = apply_text_edits(LEAKY, edits_for(noqa, uri))
    assert "X_test = scaler.fit_transform(X_test)  # noqa: LK103\n" in suppressed
    client.change(uri, suppressed, 2)
    assert client.diagnostics(uri, version=2) == []

    client.change(uri, LEAKY, 3)
    diags = client.diagnostics(uri, version=3)
    actions = client.code_actions(uri, diags, only=["source.fixAll"])
    assert [a["kind"] for a in actions] == ["source.fixAll.leakscan"]
    assert actions[0]["edit"]["documentChanges"][0]["textDocument"] == {"uri": uri, "version": 3}
    assert all(a["kind"] != "quickfix" for a in actions)
    fixed = apply_text_edits(LEAKY, edits_for(actions[0], uri))
    client.change(uri, fixed, 4)
    assert client.diagnostics(uri, version=4) == []
    assert client.code_actions(uri, [], only=["source.fixAll.leakscan"]) == []  # nothing left to fix
    assert client.shutdown() == 0


def test_fix_all_is_resolved_lazily_when_the_client_can(client, tmp_path):
    client.initialize(tmp_path, resolve=True)
    uri = (tmp_path / "train.py").as_uri()
    client.open(uri, LEAKY)
    diags = client.diagnostics(uri, version=1)
    lazy = next(a for a in client.code_actions(uri, diags) if a["kind"] == "source.fixAll.leakscan")
    assert "edit" not in lazy
    resolved = client.request("codeAction/resolve", lazy)
    assert "scaler.transform(X_test)" in apply_text_edits(LEAKY, edits_for(resolved, uri))
    assert client.shutdown() == 0


def test_edits_while_typing_are_debounced_and_only_the_last_version_is_published(client, tmp_path):
    client.initialize(tmp_path, debounce_ms=300)
    uri = (tmp_path / "train.py").as_uri()
    client.open(uri, "x = 1\n")
    assert client.diagnostics(uri, version=1) == []
    for version in range(2, 8):
        client.change(uri, LEAKY + f"# edit {version}\n", version)
    assert [d["code"] for d in client.diagnostics(uri, version=7)] == ["LK103"]
    late = [m for m in client.quiet(0.5) if m.get("method") == "textDocument/publishDiagnostics"]
    assert late == []
    assert client.shutdown() == 0


def test_configuration_is_found_from_the_document(client, tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[tool.leakscan]\nignore = ["LK103"]\n')
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "leakscan.toml").write_text('ignroe = ["LK103"]\n')
    client.initialize(tmp_path, watch=True)

    quiet_uri = (project / "train.py").as_uri()
    client.open(quiet_uri, LEAKY)
    assert client.diagnostics(quiet_uri, version=1) == []

    registered = [r for r in client.server_requests if r["method"] == "client/registerCapability"]
    watchers = registered[0]["params"]["registrations"][0]["registerOptions"]["watchers"]
    assert {"globPattern": "**/pyproject.toml"} in watchers
    config = project / "pyproject.toml"
    config.write_text("[tool.leakscan]\nignore = []\n")
    os.utime(config, (time.time() + 5, time.time() + 5))  # a new mtime even on coarse clocks
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    assert [d["code"] for d in client.diagnostics(quiet_uri, version=1)] == ["LK103"]

    bad_uri = (broken / "train.py").as_uri()
    client.open(bad_uri, LEAKY)
    bad = client.diagnostics(bad_uri, version=1)
    assert len(bad) == 1 and bad[0]["severity"] == 1 and "ignroe" in bad[0]["message"]

    (tmp_path / "leakscan.toml").write_text('ignore = ["LK103"]\n')
    untitled = "untitled:Untitled-1"  # an unsaved buffer: the workspace root's configuration
    client.open(untitled, LEAKY)
    assert client.diagnostics(untitled, version=1) == []
    assert client.shutdown() == 0


def test_notebook_cells_are_one_program_with_diagnostics_per_cell(client, tmp_path):
    client.initialize(tmp_path, notebooks=True)
    nb_uri = (tmp_path / "analysis.ipynb").as_uri()
    lines = LEAKY.splitlines(keepends=True)
    texts = ["".join(lines[:8]), "# Scaling", "%matplotlib inline\n" + "".join(lines[8:])]
    kinds = [2, 1, 2]
    cell_uris = [f"vscode-notebook-cell:{tmp_path.as_posix()}/analysis.ipynb#cell{k}" for k in range(3)]
    client.notify("notebookDocument/didOpen", {
        "notebookDocument": {
            "uri": nb_uri, "notebookType": "jupyter-notebook", "version": 1,
            "cells": [{"kind": kind, "document": u} for kind, u in zip(kinds, cell_uris)],
        },
        "cellTextDocuments": [
            {"uri": u, "languageId": "python" if kind == 2 else "markdown", "version": 1, "text": t}
            for u, kind, t in zip(cell_uris, kinds, texts)
        ],
    })
    diags = client.diagnostics(cell_uris[2])
    assert [d["code"] for d in diags] == ["LK103"]
    assert diags[0]["range"]["start"] == {"line": 3, "character": 9}  # after the magic line
    assert diags[0]["relatedInformation"][0]["location"]["uri"] == cell_uris[2]

    fix = next(a for a in client.code_actions(cell_uris[2], diags) if a["title"].startswith("Fix LK103"))
    fixed = apply_text_edits(texts[2], edits_for(fix, cell_uris[2]))
    assert fixed.startswith("%matplotlib inline\n") and "scaler.transform(X_test)" in fixed
    client.notify("notebookDocument/didChange", {
        "notebookDocument": {"uri": nb_uri, "version": 2},
        "change": {"cells": {"textContent": [{
            "document": {"uri": cell_uris[2], "version": 2},
            "changes": [{"text": fixed}],
        }]}},
    })
    assert client.diagnostics(cell_uris[2]) == []

    client.notify("notebookDocument/didClose", {
        "notebookDocument": {"uri": nb_uri},
        "cellTextDocuments": [{"uri": u} for u in cell_uris],
    })
    assert client.shutdown() == 0


def test_exit_without_shutdown_is_exit_code_1(client, tmp_path):
    client.initialize(tmp_path)
    client.notify("exit", None)
    assert client.proc.wait(timeout=TIMEOUT) == 1


def test_the_worker_keeps_the_loop_free_and_drops_cancelled_results():
    pytest.importorskip("pygls.lsp.server")
    import asyncio

    from leakscan.integrations.lsp import Worker

    async def scenario() -> None:
        worker = Worker(1)
        release = threading.Event()
        slow = asyncio.ensure_future(worker.run(release.wait, 10))
        for _ in range(5):  # the loop runs while the analysis thread blocks
            await asyncio.sleep(0.01)
        slow.cancel()
        queued = asyncio.ensure_future(worker.run(lambda: "next"))
        await asyncio.sleep(0.05)
        assert not queued.done()  # the only slot is held until the thread really ends
        release.set()
        assert await asyncio.wait_for(queued, TIMEOUT) == "next"
        assert slow.cancelled()
        with pytest.raises(ZeroDivisionError):
            await worker.run(lambda: 1 / 0)

    asyncio.run(scenario())


# --------------------------------------------------------------------------------------------
# The command and the import boundary (no pygls needed)
# --------------------------------------------------------------------------------------------


def test_server_without_pygls_exits_2(monkeypatch):
    from leakscan.cli import main

    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)
    result = CliRunner().invoke(main, ["server"])
    assert result.exit_code == 2
    assert "install leakscan-ml[lsp]" in result.output


def test_the_core_never_imports_pygls():
    code = (
        "import sys, leakscan, leakscan.api, leakscan.cli, leakscan.integrations.lsp_support\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def test_positions_count_utf16_code_units():
    index = LineIndex('s = "😋é"; t = 1\r\nu = 2\rv\n')
    assert code_units("😋é") == 3 and code_units("😋é", "utf-8") == 6 and code_units("😋é", "utf-32") == 2
    assert index.position(1, 8) == (0, 8)  # after the emoji (2 units) and é
    assert index.position(1, 8, "utf-32") == (0, 7)
    assert index.position(2, 1) == (1, 0) and index.position(3, 2) == (2, 1)
    assert index.position(1, 99) == (0, 16)  # clamped to the line
    assert index.position(9, 1) == (3, 0)  # past the end: the empty line after the last break
    assert LineIndex("x").position(5, 1) == (0, 1)
    assert index.line_end(1) == (0, 16)


def test_noqa_line_merges_and_knows_when_it_cannot():
    text = 'x = f(a)\ny = g(b)  # noqa: E501\ns = """\nz\n"""\n'
    assert noqa_line(text, 1, "LK103") == "x = f(a)  # noqa: LK103"
    assert noqa_line(text, 2, "LK103") == "y = g(b)  # noqa: E501, LK103"
    assert noqa_line("x = 1  # noqa\n", 1, "LK103") is None  # already silenced
    assert noqa_line(text, 4, "LK103") is None  # inside a string
    assert noqa_line(text, 99, "LK103") is None


def test_line_changes_are_minimal():
    changes = line_changes("a\nb\nc\n", "a\nB\nc\nd\n")
    assert [(c.start, c.end, c.text) for c in changes] == [(2, 3, "B\n"), (4, 4, "d\n")]


def test_fix_all_on_scripts_and_notebooks(tmp_path):
    path = str(tmp_path / "train.py")
    changed = fix_all(Snapshot("file:///t.py", 1, path, text=LEAKY))
    old, new = changed["file:///t.py"]
    assert old == LEAKY and "X_test = scaler.transform(X_test)" in new
    assert analyze(Snapshot("k", 1, path, text=new)).findings == []
    assert fix_all(Snapshot("k", 1, path, text=new)) == {}

    lines = LEAKY.splitlines(keepends=True)
    cells = (Cell("c1", "code", "".join(lines[:9])), Cell("m", "markdown", "# notes"), Cell("c2", "code", "".join(lines[9:])))
    nb = Snapshot("nb", 1, str(tmp_path / "a.ipynb"), cells=cells)
    assert [(f.code, f.location.cell) for f in analyze(nb).findings] == [("LK103", 3)]
    fixed = fix_all(nb)
    assert list(fixed) == ["c2"] and "scaler.transform(X_test)" in fixed["c2"][1]


def test_broken_input_is_an_outcome_not_an_exception(tmp_path):
    outcome = analyze(Snapshot("k", 1, str(tmp_path / "a.py"), text="x = (\n"))
    assert outcome.kind == "parse" and outcome.where == (1, 5, None) and outcome.findings == []
    nb = Snapshot("nb", 1, str(tmp_path / "a.ipynb"), cells=(Cell("c1", "code", "x = 1"), Cell("c2", "code", "def f(:\n")))
    outcome = analyze(nb)
    assert outcome.kind == "parse" and outcome.where is not None and outcome.where[2] == 2


class _BrokenRule(Rule):
    code = "LK999"
    name = "broken-rule"
    summary = why = invalid = valid = fix = ""

    def check(self, analysis):  # type: ignore[no-untyped-def]
        raise KeyError("boom")


def test_a_broken_rule_keeps_the_other_diagnostics_and_is_shown_once(tmp_path):
    pytest.importorskip("pygls.lsp.server")
    from leakscan.integrations.lsp import to_diagnostics

    snapshot = Snapshot("k", 1, str(tmp_path / "a.py"), text=LEAKY)
    outcome = analyze(snapshot, Options(rules=[*all_rules(), _BrokenRule, _BrokenRule]))
    assert outcome.kind == "partial" and "rule LK999" in (outcome.problem or "")
    assert [f.code for f in outcome.findings] == ["LK103"]
    diagnostics = to_diagnostics(snapshot, outcome)["k"]
    assert [d.code for d in diagnostics if d.code] == ["LK103"]  # the other rules' finding
    failures = [d.message for d in diagnostics if d.code is None]
    assert len(failures) == 1 and "could not finish" in failures[0]  # the crash, once
    clean = analyze(snapshot, Options())
    assert clean.kind == "ok" and [d.code for d in to_diagnostics(snapshot, clean)["k"]] == ["LK103"]
