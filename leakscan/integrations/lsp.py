"""``leakscan server``: the language server (stdio), on pygls 2.

Editors get the findings of ``leakscan check`` as diagnostics while typing, with the fix as a
quick fix, a "suppress with # noqa" action and ``source.fixAll.leakscan``. Notebooks opened
through LSP 3.17 notebook sync are analyzed as one program, cells in order, and their
diagnostics are published per cell.

The event loop never analyzes: each document has one pending job, debounced, that runs the
analysis on a daemon worker thread; a newer version of the document cancels an older job, and
a result for a version the editor has moved past is dropped. Daemon threads, not an executor,
so that a slow analysis can neither block the loop nor keep the process alive after ``exit``.
Only this module (and the ``server`` command that imports it) needs pygls.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from leakscan._version import __version__
from leakscan.config import CONFIG_FILES
from leakscan.findings import Edit, Finding
from leakscan.integrations.lsp_support import (
    Cell,
    CellKind,
    LineIndex,
    Outcome,
    Snapshot,
    analyze,
    fix_all,
    line_changes,
    noqa_line,
)
from leakscan.rules import get_rule

log = logging.getLogger("leakscan.lsp")

SOURCE = "leakscan"
FIX_ALL = "source.fixAll.leakscan"
NOTEBOOK_FIX_ALL = "notebook.source.fixAll.leakscan"
DEFAULT_DEBOUNCE = 0.3  # seconds after the last keystroke
WORKERS = 2  # analyses running at once; more documents wait their turn

T = TypeVar("T")


# --------------------------------------------------------------------------------------------
# Running analyses off the loop
# --------------------------------------------------------------------------------------------


class Worker:
    """Run blocking calls on daemon threads, at most ``size`` at a time, awaitable from the loop.

    Cancelling the awaiting task only drops the result: a thread cannot be stopped, but it
    frees its slot when it finishes.
    """

    def __init__(self, size: int = WORKERS) -> None:
        self._slots = asyncio.Semaphore(size)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        await self._slots.acquire()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()

        def done(result: Any, error: BaseException | None) -> None:
            self._slots.release()
            if future.cancelled():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

        def work() -> None:
            try:
                result, error = fn(*args), None
            except BaseException as exc:  # noqa: BLE001 - handed to the awaiting task
                result, error = None, exc
            try:
                loop.call_soon_threadsafe(done, result, error)
            except RuntimeError:
                pass  # the loop is gone: the server is exiting

        try:
            threading.Thread(target=work, name="leakscan-analysis", daemon=True).start()
        except BaseException:
            self._slots.release()
            raise
        return await future


# --------------------------------------------------------------------------------------------
# Findings as LSP objects (pure functions of a snapshot; they run on the worker thread)
# --------------------------------------------------------------------------------------------


def _range(index: LineIndex, line: int, column: int, end_line: int | None, end_column: int | None, encoding: str) -> lsp.Range:
    start = index.position(line, column, encoding)
    if end_line is None or end_column is None or (end_line, end_column) < (line, column):
        end = index.line_end(line, encoding)
    else:
        end = index.position(end_line, end_column, encoding)
    return lsp.Range(lsp.Position(*start), lsp.Position(*end))


def _edit_json(index: LineIndex, edit: Edit, encoding: str) -> dict[str, Any]:
    r = _range(index, edit.line, edit.column, edit.end_line, edit.end_column, encoding)
    return {
        "range": {
            "start": {"line": r.start.line, "character": r.start.character},
            "end": {"line": r.end.line, "character": r.end.character},
        },
        "newText": edit.content,
    }


def to_diagnostics(snapshot: Snapshot, outcome: Outcome, encoding: str = "utf-16") -> dict[str, list[lsp.Diagnostic]]:
    """The diagnostics of every URI of the document (an empty list clears a URI)."""
    texts = snapshot.texts()
    indexes = {uri: LineIndex(text) for uri, text in texts.items()}
    versions = snapshot.versions()
    out: dict[str, list[lsp.Diagnostic]] = {uri: [] for uri in texts}
    if outcome.problem is not None:
        line, column, cell = outcome.where or (1, 1, None)
        uri = snapshot.cell_uri(cell) if cell is not None else _first_code_uri(snapshot)
        index = indexes[uri]
        position = index.position(line, column, encoding)
        end = index.line_end(line, encoding) if outcome.where else index.line_end(1, encoding)
        severity = lsp.DiagnosticSeverity.Error if outcome.kind == "config" else lsp.DiagnosticSeverity.Information
        message = {
            "config": outcome.problem,
            "partial": f"leakscan could not finish this file (findings of the rest are shown): {outcome.problem}",
        }.get(outcome.kind, f"leakscan cannot analyze this file: {outcome.problem}")
        out[uri].append(
            lsp.Diagnostic(
                range=lsp.Range(lsp.Position(*position), lsp.Position(*end)),
                message=message,
                severity=severity,
                source=SOURCE,
            )
        )
        if outcome.kind != "partial":
            return out
    for finding in outcome.findings:
        uri = snapshot.cell_uri(finding.location.cell)
        out[uri].append(_diagnostic(snapshot, finding, indexes, versions, encoding))
    return out


def _first_code_uri(snapshot: Snapshot) -> str:
    if snapshot.cells:
        return next((c.uri for c in snapshot.cells if c.kind == "code"), snapshot.cells[0].uri)
    return snapshot.key


def _diagnostic(
    snapshot: Snapshot, finding: Finding, indexes: dict[str, LineIndex], versions: dict[str, int | None], encoding: str
) -> lsp.Diagnostic:
    loc = finding.location
    uri = snapshot.cell_uri(loc.cell)
    rule = get_rule(finding.code)
    related = []
    for rel in finding.related:
        rel_uri = snapshot.cell_uri(rel.location.cell) if snapshot.is_notebook else uri
        r = rel.location
        rng = _range(indexes[rel_uri], r.line, r.column, r.end_line, r.end_column, encoding)
        related.append(lsp.DiagnosticRelatedInformation(lsp.Location(rel_uri, rng), rel.message))
    data: dict[str, Any] = {"code": finding.code, "fix": None}
    if finding.fix is not None and finding.fix.edits:
        edits: dict[str, list[dict[str, Any]]] = {}
        for edit in finding.fix.edits:
            edit_uri = snapshot.cell_uri(edit.cell) if snapshot.is_notebook else uri
            edits.setdefault(edit_uri, []).append(_edit_json(indexes[edit_uri], edit, encoding))
        data["fix"] = {
            "title": finding.fix.message,
            "safe": finding.fix.applicability == "safe",
            "edits": edits,
            "versions": {u: versions.get(u) for u in edits},
        }
    return lsp.Diagnostic(
        range=_range(indexes[uri], loc.line, loc.column, loc.end_line, loc.end_column, encoding),
        message=finding.message,
        severity=lsp.DiagnosticSeverity.Error if finding.severity == "error" else lsp.DiagnosticSeverity.Warning,
        code=finding.code,
        code_description=lsp.CodeDescription(href=rule.url()) if rule is not None else None,
        source=SOURCE,
        related_information=related or None,
        data=data,
    )


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class LeakscanServer(LanguageServer):
    """Document state, the per-document debounce and publishing; features are wired in
    ``create_server``."""

    def __init__(self) -> None:
        super().__init__(
            "leakscan",
            __version__,
            # Incremental, though whole texts are accepted too: some clients send ranged changes
            # for notebook cells whatever the server asks for.
            text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental,
            notebook_document_sync=lsp.NotebookDocumentSyncOptions(
                notebook_selector=[lsp.NotebookDocumentFilterWithCells(cells=[lsp.NotebookCellLanguage(language="python")])],
                save=True,
            ),
        )
        self.debounce = DEFAULT_DEBOUNCE
        self.scripts: set[str] = set()  # open text documents leakscan analyzes
        self.notebooks: set[str] = set()
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.published: dict[str, set[str]] = {}  # document key -> URIs with diagnostics
        self.outcomes: dict[str, tuple[int | None, Outcome]] = {}
        self.shut_down = False
        self._worker: Worker | None = None

    @property
    def worker(self) -> Worker:
        if self._worker is None:
            self._worker = Worker()
        return self._worker

    @property
    def encoding(self) -> str:
        value = getattr(self.workspace, "position_encoding", None) or "utf-16"
        return str(getattr(value, "value", value))

    # ---------------------------------------------------------------- snapshots

    def snapshot(self, key: str) -> Snapshot | None:
        """The current state of an open document or notebook, or None once it is closed."""
        if key in self.notebooks:
            return self._notebook_snapshot(key)
        if key not in self.scripts:
            return None
        doc = self.workspace.get_text_document(key)
        return Snapshot(key, doc.version, self.path_of(key, "untitled.py"), text=doc.source)

    def _notebook_snapshot(self, key: str) -> Snapshot | None:
        notebook = self.workspace.get_notebook_document(notebook_uri=key)
        if notebook is None:
            return None
        cells = []
        for cell in notebook.cells:
            doc = self.workspace.get_text_document(cell.document)
            kind: CellKind = "code" if cell.kind == lsp.NotebookCellKind.Code else "markdown"
            cells.append(Cell(cell.document, kind, doc.source, doc.language_id or "python", doc.version))
        return Snapshot(key, notebook.version, self.path_of(key, "notebook.ipynb"), cells=tuple(cells))

    def path_of(self, uri: str, fallback: str) -> str:
        """The file of a URI; an unsaved buffer gets a name in the workspace root, so that it
        uses the workspace's configuration."""
        path = _path(uri, "")
        if path:
            return path
        root = self.workspace.root_path if self.workspace.root_path else os.getcwd()
        name = uri.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
        return os.path.join(os.path.abspath(root), name if name.endswith(os.path.splitext(fallback)[1]) else fallback)

    def document_key(self, uri: str) -> str | None:
        """The open document a URI belongs to: itself, or the notebook of a cell."""
        if uri in self.scripts or uri in self.notebooks:
            return uri
        notebook = self.workspace.get_notebook_document(cell_uri=uri)
        if notebook is not None and notebook.uri in self.notebooks:
            return notebook.uri
        return None

    def version_of(self, uri: str) -> int | None:
        try:
            return self.workspace.get_text_document(uri).version
        except Exception:  # noqa: BLE001 - a document pygls cannot give
            return None

    # ---------------------------------------------------------------- scheduling

    def schedule(self, key: str, delay: float | None = None) -> None:
        """Analyze ``key`` after ``delay`` seconds, replacing a job not yet published."""
        old = self.pending.pop(key, None)
        if old is not None:
            old.cancel()
        wait = self.debounce if delay is None else delay
        task = asyncio.ensure_future(self._analyze_later(key, wait))
        self.pending[key] = task
        task.add_done_callback(functools.partial(self._forget, key))

    def _forget(self, key: str, task: asyncio.Task[None]) -> None:
        if self.pending.get(key) is task:
            del self.pending[key]
        if not task.cancelled() and task.exception() is not None:
            log.error("analysis of %s failed", key, exc_info=task.exception())

    async def _analyze_later(self, key: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        snapshot = self.snapshot(key)
        if snapshot is None:
            return
        encoding = self.encoding
        outcome, diagnostics = await self.worker.run(_analyze_and_convert, snapshot, encoding)
        current = self.snapshot(key)
        if current is None or current.version != snapshot.version:
            return  # the editor has moved on; the newer job publishes
        self.outcomes[key] = (snapshot.version, outcome)
        self.publish(key, diagnostics, snapshot.version if not snapshot.is_notebook else None)

    def schedule_all(self, delay: float = 0.0) -> None:
        for key in [*self.scripts, *self.notebooks]:
            self.schedule(key, delay)

    def publish(self, key: str, diagnostics: dict[str, list[lsp.Diagnostic]], version: int | None) -> None:
        first = key not in self.published  # the first result is sent even when empty
        before = self.published.get(key, set())
        for uri in before - diagnostics.keys():  # a cell that went away
            self._send(uri, [], None)
        for uri, items in diagnostics.items():
            if items or first or uri in before:
                self._send(uri, items, version)
        self.published[key] = {uri for uri, items in diagnostics.items() if items}

    def clear(self, key: str) -> None:
        task = self.pending.pop(key, None)
        if task is not None:
            task.cancel()
        self.outcomes.pop(key, None)
        for uri in self.published.pop(key, set()):
            self._send(uri, [], None)

    def _send(self, uri: str, diagnostics: Sequence[lsp.Diagnostic], version: int | None) -> None:
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=list(diagnostics), version=version))

    def stop(self) -> None:
        self.shut_down = True
        for task in list(self.pending.values()):
            task.cancel()
        self.pending.clear()

    # ---------------------------------------------------------------- edits

    def workspace_edit(self, changes: dict[str, list[lsp.TextEdit]], versions: dict[str, int | None]) -> lsp.WorkspaceEdit:
        """``documentChanges`` with versions when the client takes them (a stale edit is then
        refused by the editor), else plain ``changes``."""
        caps = self.client_capabilities.workspace
        versioned = bool(caps and caps.workspace_edit and caps.workspace_edit.document_changes)
        if not versioned:
            return lsp.WorkspaceEdit(changes=changes)
        return lsp.WorkspaceEdit(
            document_changes=[
                lsp.TextDocumentEdit(lsp.OptionalVersionedTextDocumentIdentifier(uri, versions.get(uri)), edits)
                for uri, edits in changes.items()
            ]
        )

    def resolve_supported(self) -> bool:
        caps = self.client_capabilities.text_document
        action = caps.code_action if caps else None
        support = action.resolve_support if action else None
        return bool(support and "edit" in support.properties)


def _path(uri: str, fallback: str) -> str:
    """The file a ``file:`` URI names, else ``fallback``."""
    try:
        path = to_fs_path(uri)
    except Exception:  # noqa: BLE001 - an URI pygls cannot read
        path = None
    return os.path.abspath(path) if path else fallback


def _analyze_and_convert(snapshot: Snapshot, encoding: str) -> tuple[Outcome, dict[str, list[lsp.Diagnostic]]]:
    outcome = analyze(snapshot)
    return outcome, to_diagnostics(snapshot, outcome, encoding)


def _is_python(doc: lsp.TextDocumentItem) -> bool:
    if doc.language_id:
        return doc.language_id.lower() in ("python", "ipython")
    return doc.uri.lower().endswith((".py", ".pyw"))


def _wants(only: Sequence[str] | None, kind: str) -> bool:
    if only is None:
        return True
    return any(kind == k or kind.startswith(k + ".") for k in only)


def _explicitly_wants(only: Sequence[str] | None, kind: str) -> bool:
    return only is not None and _wants(only, kind)


# --------------------------------------------------------------------------------------------
# Code actions
# --------------------------------------------------------------------------------------------


def _quick_fixes(ls: LeakscanServer, uri: str, diagnostics: Iterable[lsp.Diagnostic], only: Sequence[str] | None) -> list[lsp.CodeAction]:
    if not _wants(only, lsp.CodeActionKind.QuickFix):
        return []
    actions: list[lsp.CodeAction] = []
    suppressed: set[tuple[int, str]] = set()
    text: str | None = None
    for diag in diagnostics:
        if diag.source != SOURCE or not isinstance(diag.code, str):
            continue
        data = diag.data if isinstance(diag.data, dict) else {}
        fix = data.get("fix")
        if isinstance(fix, dict) and _fix_is_current(ls, fix):
            changes = {
                u: [lsp.TextEdit(range=_parse_range(e["range"]), new_text=e["newText"]) for e in edits]
                for u, edits in fix["edits"].items()
            }
            safe = bool(fix.get("safe"))
            title = f"Fix {diag.code}: {fix['title']}" + ("" if safe else " (unsafe: review it)")
            actions.append(
                lsp.CodeAction(
                    title=title,
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    is_preferred=safe,
                    edit=ls.workspace_edit(changes, {u: ls.version_of(u) for u in changes}),
                )
            )
        line = diag.range.start.line
        if (line, diag.code) in suppressed:
            continue
        suppressed.add((line, diag.code))
        if text is None:
            text = ls.workspace.get_text_document(uri).source
        new_line = noqa_line(text, line + 1, diag.code)
        if new_line is None:
            continue
        index = LineIndex(text)
        end = index.line_end(line + 1, ls.encoding)
        edit = lsp.TextEdit(range=lsp.Range(lsp.Position(line, 0), lsp.Position(*end)), new_text=new_line)
        actions.append(
            lsp.CodeAction(
                title=f"Suppress {diag.code} with # noqa",
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diag],
                edit=ls.workspace_edit({uri: [edit]}, {uri: ls.version_of(uri)}),
            )
        )
    return actions


def _fix_is_current(ls: LeakscanServer, fix: dict[str, Any]) -> bool:
    """Whether a fix computed for some document versions still applies to the texts now."""
    versions = fix.get("versions")
    if not isinstance(versions, dict) or not isinstance(fix.get("edits"), dict):
        return False
    return all(v is None or ls.version_of(u) == v for u, v in versions.items())


def _parse_range(raw: dict[str, Any]) -> lsp.Range:
    return lsp.Range(
        lsp.Position(raw["start"]["line"], raw["start"]["character"]),
        lsp.Position(raw["end"]["line"], raw["end"]["character"]),
    )


def _has_safe_fix(ls: LeakscanServer, key: str) -> bool:
    entry = ls.outcomes.get(key)
    if entry is None:
        return False
    return any(f.fix is not None and f.fix.applicability == "safe" for f in entry[1].findings)


async def _fix_all_edit(ls: LeakscanServer, key: str) -> lsp.WorkspaceEdit | None:
    snapshot = ls.snapshot(key)
    if snapshot is None:
        return None
    changed = await ls.worker.run(fix_all, snapshot)
    if not changed:
        return None
    encoding = ls.encoding
    changes: dict[str, list[lsp.TextEdit]] = {}
    for uri, (old, new) in changed.items():
        index = LineIndex(old)
        changes[uri] = [
            lsp.TextEdit(
                range=lsp.Range(lsp.Position(*index.position(c.start, 1, encoding)), lsp.Position(*index.position(c.end, 1, encoding))),
                new_text=c.text,
            )
            for c in line_changes(old, new)
        ]
    return ls.workspace_edit(changes, snapshot.versions())


def _fix_all_title() -> str:
    return "leakscan: fix all safe leaks"


# --------------------------------------------------------------------------------------------
# Wiring
# --------------------------------------------------------------------------------------------


def create_server() -> LeakscanServer:
    """A server with every feature registered (``start_io`` runs it)."""
    server = LeakscanServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: LeakscanServer, params: lsp.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict):
            debounce = options.get("debounceMs")
            if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and debounce >= 0:
                ls.debounce = debounce / 1000

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: LeakscanServer, params: lsp.InitializedParams) -> None:
        caps = ls.client_capabilities.workspace
        watched = caps.did_change_watched_files if caps else None
        if watched is not None and watched.dynamic_registration:
            # Config files are not documents the editor sends us: ask to hear of their changes.
            watchers = [lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            options = lsp.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
            registration = lsp.Registration(id="leakscan-config", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)
            ls.client_register_capability(lsp.RegistrationParams(registrations=[registration]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LeakscanServer, params: lsp.DidOpenTextDocumentParams) -> None:
        doc = params.text_document
        if ls.workspace.get_notebook_document(cell_uri=doc.uri) is not None or not _is_python(doc):
            return
        ls.scripts.add(doc.uri)
        ls.schedule(doc.uri, 0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LeakscanServer, params: lsp.DidChangeTextDocumentParams) -> None:
        if params.text_document.uri in ls.scripts:
            ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: LeakscanServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if os.path.basename(_path(uri, "")) in CONFIG_FILES:
            ls.schedule_all()  # the configuration changed: every open document may change
        elif uri in ls.scripts:
            ls.schedule(uri, 0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LeakscanServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in ls.scripts:
            ls.scripts.discard(uri)
            ls.clear(uri)

    @server.feature(lsp.NOTEBOOK_DOCUMENT_DID_OPEN)
    def notebook_open(ls: LeakscanServer, params: lsp.DidOpenNotebookDocumentParams) -> None:
        ls.notebooks.add(params.notebook_document.uri)
        ls.schedule(params.notebook_document.uri, 0.0)

    @server.feature(lsp.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def notebook_change(ls: LeakscanServer, params: lsp.DidChangeNotebookDocumentParams) -> None:
        if params.notebook_document.uri in ls.notebooks:
            ls.schedule(params.notebook_document.uri)

    @server.feature(lsp.NOTEBOOK_DOCUMENT_DID_SAVE)
    def notebook_save(ls: LeakscanServer, params: lsp.DidSaveNotebookDocumentParams) -> None:
        if params.notebook_document.uri in ls.notebooks:
            ls.schedule(params.notebook_document.uri, 0.0)

    @server.feature(lsp.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def notebook_close(ls: LeakscanServer, params: lsp.DidCloseNotebookDocumentParams) -> None:
        uri = params.notebook_document.uri
        ls.notebooks.discard(uri)
        ls.clear(uri)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: LeakscanServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(os.path.basename(_path(c.uri, "")) in CONFIG_FILES for c in params.changes):
            ls.schedule_all()

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(
            code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL, NOTEBOOK_FIX_ALL],
            resolve_provider=True,
        ),
    )
    async def code_action(ls: LeakscanServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        uri = params.text_document.uri
        key = ls.document_key(uri)
        if key is None:
            return None
        only = params.context.only
        actions = _quick_fixes(ls, uri, params.context.diagnostics, only)
        for kind in (FIX_ALL, NOTEBOOK_FIX_ALL):
            if kind == NOTEBOOK_FIX_ALL and key not in ls.notebooks:
                continue
            if _explicitly_wants(only, kind):
                edit = await _fix_all_edit(ls, key)
                if edit is not None:
                    actions.append(lsp.CodeAction(title=_fix_all_title(), kind=kind, edit=edit))
            elif only is None and kind == FIX_ALL and _has_safe_fix(ls, key):
                if ls.resolve_supported():
                    actions.append(lsp.CodeAction(title=_fix_all_title(), kind=kind, data={"fixAll": key}))
                else:
                    edit = await _fix_all_edit(ls, key)
                    if edit is not None:
                        actions.append(lsp.CodeAction(title=_fix_all_title(), kind=kind, edit=edit))
        return actions or None

    @server.feature(lsp.CODE_ACTION_RESOLVE)
    async def resolve(ls: LeakscanServer, action: lsp.CodeAction) -> lsp.CodeAction:
        data = action.data if isinstance(action.data, dict) else {}
        key = data.get("fixAll")
        if isinstance(key, str) and action.edit is None:
            action.edit = await _fix_all_edit(ls, key) or lsp.WorkspaceEdit(changes={})
        return action

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: LeakscanServer, *args: Any) -> None:
        ls.stop()

    return server


def serve_stdio(*, verbose: bool = False) -> int:
    """Run the server on standard input and output until ``exit``; the process exit code
    (0 after ``shutdown``, 1 when the client went away without it, as LSP asks)."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="leakscan-lsp %(levelname)s: %(message)s")
    server = create_server()
    server.start_io()
    return 0 if server.shut_down else 1


__all__ = ["LeakscanServer", "create_server", "serve_stdio", "to_diagnostics"]
