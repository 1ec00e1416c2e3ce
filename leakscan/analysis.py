"""One analyzed program: the dataflow model plus the queries rules ask of it.

Rules receive an ``Analysis`` and yield ``Hit``s (nodes, not positions); ``Analysis.finding``
turns a hit into a ``Finding`` with positions, computed lazily and mapped to notebook cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import libcst as cst
import networkx as nx

from leakscan.findings import Finding, Fix, Location, Related
from leakscan.graph.model import (
    EvalEvent,
    Event,
    FitEvent,
    Program,
    RowSet,
    Site,
    SplitEvent,
    Value,
    common_depth,
)
from leakscan.locate import Locator

if TYPE_CHECKING:
    from leakscan.notebook import NotebookSource
    from leakscan.ruledoc import RuleDoc as Rule


HELPER_CALL = "called here with the data"


@dataclass
class Hit:
    """What a rule found, in terms of the tree; positions are resolved later."""

    rule: type[Rule]
    node: cst.CSTNode
    top: int
    message: str
    related: list[tuple[cst.CSTNode, int, str]] = field(default_factory=list)
    fix: Callable[[Analysis], Fix | None] | None = None
    events: dict[str, Any] = field(default_factory=dict)  # the events behind it, for fixers


class Analysis:
    def __init__(self, module: cst.Module, program: Program, path: str, notebook: NotebookSource | None = None) -> None:
        self.module = module
        self.program = program
        self.path = path
        self.notebook = notebook
        self.locator = Locator(module)
        self._desc: dict[int, set[int]] = {}
        self._anc: dict[int, set[int]] = {}
        self._parts: dict[int, set[int]] | None = None
        self._split_rows: dict[int, list[RowSet]] | None = None
        self.memo: dict[str, Any] = {}  # per-analysis caches for rules

    # ----------------------------------------------------------------- graph queries
    @property
    def graph(self) -> nx.DiGraph:
        return self.program.graph

    def descendants(self, vid: int) -> set[int]:
        got = self._desc.get(vid)
        if got is None:
            got = nx.descendants(self.graph, vid) if vid in self.graph else set()
            self._desc[vid] = got
        return got

    def ancestors(self, vid: int) -> set[int]:
        got = self._anc.get(vid)
        if got is None:
            got = nx.ancestors(self.graph, vid) if vid in self.graph else set()
            self._anc[vid] = got
        return got

    def predecessors(self, value: Value) -> list[Value]:
        """The values ``value`` was computed from directly."""
        if value.id not in self.graph:
            return []
        return [self.program.values[p] for p in self.graph.predecessors(value.id)]

    def flows(self, src: int, dst: int) -> bool:
        """Does value ``src`` flow into value ``dst`` (or is it the same value)?"""
        return src == dst or dst in self.descendants(src)

    def flows_into_columns(self, src: int, data: Value) -> bool:
        """Like ``flows``, but a frame's columns are told apart: ``df["a"] = scaled`` does not reach ``df[["b"]]``."""
        if not self.flows(src, data.id):
            return False
        cols, frame = data.extra.get("columns"), data.extra.get("frame")
        if not cols or frame is None:
            return True
        v: Value | None = frame
        for _ in range(64):
            if v is None or "written" not in v.extra:
                break
            written, value = v.extra["written"]
            if self.flows(src, value.id) and (written is None or set(written) & set(cols)):
                return True
            v = v.extra.get("base")
        return v is not None and self.flows(src, v.id)

    def events(self, cls: type) -> list:
        return self.program.of_type(cls)

    # ----------------------------------------------------------------- row-set queries
    @staticmethod
    def contains(outer: RowSet | None, inner: RowSet | None) -> bool:
        return _contains(outer, inner)

    @staticmethod
    def role(rows: RowSet | None) -> str | None:
        """The nearest train/test/val role up the subset lineage (None: whole data)."""
        return _role(rows)

    @staticmethod
    def split_of(rows: RowSet | None) -> SplitEvent | None:
        """The split that made the nearest split part in ``rows``' lineage."""
        r = rows
        while r is not None:
            if r.split is not None:
                return r.split
            if r.kind in ("subset", "filter", "resampled") and r.parents:
                r = r.parents[0]
            else:
                return None
        return None

    def split_parts(self, split: SplitEvent) -> list[RowSet]:
        """The row sets a split produced (its train, test and validation parts)."""
        if self._split_rows is None:
            self._split_rows = {}
            for r in self.program.rowsets:
                if r.split is not None:
                    self._split_rows.setdefault(id(r.split), []).append(r)
        return self._split_rows.get(id(split), [])

    def split_part_values(self, split: SplitEvent) -> set[int]:
        """Ids of the values that hold a part of ``split`` (its outputs and what derives rows from them)."""
        if self._parts is None:
            self._parts = {}
            for v in self.program.values:
                s = self.split_of(v.rows) if v.rows is not None else None
                if s is not None:
                    self._parts.setdefault(id(s), set()).add(v.id)
        return self._parts.get(id(split), set())

    @staticmethod
    def overlapping(a: RowSet | None, b: RowSet | None) -> bool:
        """Do two row sets share rows through sibling subsets that overlap (odd slices, two samples)?"""
        lineage_b = set()
        r = b
        while r is not None:
            lineage_b.add(id(r))
            r = r.parents[0] if r.kind in ("subset", "filter", "resampled") and r.parents else None
        r = a
        while r is not None:
            if any(id(o) in lineage_b for o in r.overlaps):
                return True
            r = r.parents[0] if r.kind in ("subset", "filter", "resampled") and r.parents else None
        return False

    def is_test(self, rows: RowSet | None) -> bool:
        return self.role(rows) == "test"

    def has_split_ancestor(self, rows: RowSet | None) -> bool:
        """Was ``rows`` produced by (or from) any split part: is it already train/test/val data?"""
        return self.role(rows) is not None

    def fit_of_state(self, state: int | None) -> FitEvent | None:
        if state is None:
            return None
        for ev in self.events(FitEvent):
            if ev.state == state:
                return ev
        return None

    def held_out_evaluation_exists(self) -> bool:
        """Does the program evaluate some model on data it was not trained on (or cross-validate)?"""
        from leakscan.graph.model import CVEvent

        for cv in self.events(CVEvent):
            # a search counts only when its cross-validation score is read (best_score_)
            if cv.estimator is None or cv.estimator.kind != "search" or cv.estimator.cv_read:
                return True
        from leakscan.graph.model import PredictEvent

        for pe in self.events(PredictEvent):  # predictions on a test part, plotted or tabulated against y_test
            if self._compared_with_truth(pe):
                return True
        for ev in self.events(EvalEvent):
            fit = self.fit_of_state(ev.state)
            rows = self.eval_rows(ev)
            if fit is None or rows is None or fit.data is None or fit.data.rows is None:
                if rows is not None and self.role(rows) in ("test", "val"):
                    return True
                continue
            if not self.contains(fit.data.rows, rows):
                return True
        return False

    def _compared_with_truth(self, pe: Any) -> bool:
        """Do a test part's predictions meet its other columns (``y_test``) in some value (a plot, a table)?"""
        rows = pe.data.rows if pe.data is not None else None
        split = self.split_of(rows)
        if split is None or self.role(rows) not in ("test", "val"):
            return False
        inputs = self.ancestors(pe.data.id) | {pe.data.id} | self.descendants(pe.data.id)  # the features, not y
        reach = self.descendants(pe.output.id) | {pe.output.id}
        for vid in list(reach)[:200]:
            if vid not in self.graph:
                continue
            for p in self.graph.predecessors(vid):
                other = self.program.values[p]
                if p in reach or p in inputs or other.rows is None:
                    continue
                if self.split_of(other.rows) is split and self.role(other.rows) == self.role(rows):
                    return True
        return False

    @staticmethod
    def eval_rows(ev: EvalEvent) -> RowSet | None:
        for v in (ev.data, ev.truth):
            if v is not None and v.rows is not None:
                return v.rows
        return None

    # ----------------------------------------------------------------- reporting helpers
    def name(self, value: Value | None, node: cst.CSTNode | None = None) -> str:
        """A short human name for a value: its variable, else its source text."""
        if value is not None and value.name:
            return value.name
        if value is not None and value.site is not None:
            return self.locator.snippet(value.site.node, 40)
        if node is not None:
            return self.locator.snippet(node, 40)
        return "the data"

    def where(self, node: cst.CSTNode, top: int) -> str:
        r = self.locator.range(node, top)
        if self.notebook is not None:
            cell, line, _ = self.notebook.locate(r.start.line, r.start.column + 1)
            return f"cell {cell}, line {line}"
        return f"line {r.start.line}"

    def hit(self, rule: type[Rule], primary: Site, message: str, related: Iterable[tuple[Site, str]] = (), fix: Callable[[Analysis], Fix | None] | None = None, **events: Any) -> Hit:
        """Build a hit, reporting each site in the call frame that the whole story shares."""
        rel = list(related)
        depth = common_depth(primary, *(s for s, _ in rel))
        node, top = primary.at_depth(depth)
        calls: list[tuple[cst.CSTNode, int, str]] = []
        if rule.in_helper and len(primary.frames) > depth:
            # The leak sits in a helper: report the operation itself, and the call that passed the data.
            calls = [(n, t, HELPER_CALL) for n, t in primary.frames[depth:]]
            node, top = primary.node, primary.top
        rel_nodes = []
        for site, msg in rel:
            n, t = site.at_depth(depth)
            if n is node:
                n, t = site.node, site.top
            rel_nodes.append((n, t, msg))
        return Hit(rule, node, top, message, [*calls, *rel_nodes], fix, events)

    def location(self, node: cst.CSTNode, top: int) -> Location:
        r = self.locator.range(node, top)
        line, col, end_line, end_col = r.start.line, r.start.column + 1, r.end.line, r.end.column + 1
        if self.notebook is not None:
            cell, line, col = self.notebook.locate(line, col)
            cell_e, end_line, end_col = self.notebook.locate(end_line, end_col)
            if cell_e != cell:
                end_line, end_col = line, col
            return Location(self.path, line, col, end_line, end_col, cell)
        return Location(self.path, line, col, end_line, end_col)

    def finding(self, hit: Hit) -> Finding:
        rule = hit.rule
        location = self.location(hit.node, hit.top)
        related = tuple(
            r for r in (Related(self.location(n, t), msg) for n, t, msg in hit.related)
            if (r.location.cell, r.location.line) != (location.cell, location.line)  # the same line says it already
        )
        fix = hit.fix(self) if hit.fix is not None else None
        return Finding(
            code=rule.code,
            name=rule.name,
            severity=rule.severity,
            message=hit.message,
            location=location,
            related=related,
            fix=fix,
        )


def _contains(outer: RowSet | None, inner: RowSet | None) -> bool:
    if outer is None or inner is None:
        return False
    if outer is inner:
        return True
    if outer.kind in ("union", "either") and any(_contains(p, inner) for p in outer.parents):
        return True
    if inner.kind in ("subset", "filter", "resampled") and inner.parents:
        return _contains(outer, inner.parents[0])
    if inner.kind in ("union", "either") and inner.parents:
        return all(_contains(outer, p) for p in inner.parents)
    return False


def _role(rows: RowSet | None) -> str | None:
    r = rows
    depth = 0
    while r is not None and depth < 256:
        depth += 1
        if r.role is not None:
            return r.role
        if r.kind == "either":  # a branch chose one of several: their common role, if any
            roles = {_role(p) for p in r.parents}
            return roles.pop() if len(roles) == 1 else None
        if r.kind in ("subset", "filter", "resampled") and r.parents:
            r = r.parents[0]
        else:
            return None
    return None


def first_event(events: Iterable[Event]) -> Event | None:
    return min(events, key=lambda e: e.seq, default=None)
