"""The time-order and metric facts the builder records (plain data, no libcst): rules read these.

``leakscan.graph.timeorder`` watches the walk and makes them; keeping the records apart lets the
rules be listed and documented without loading the analyzer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from leakscan.graph.model import Event, Obj, Value

if TYPE_CHECKING:
    import libcst as cst


@dataclass(frozen=True)
class Window:
    """The rows a value at row t reads: ``t + lo`` .. ``t + hi`` of ``column`` (None: unknown/all).

    ``hi > 0`` reads later rows; ``hi >= 0`` with an aggregation includes row t itself.
    """

    column: str | None
    lo: float = 0
    hi: float = 0
    aggregates: bool = False  # a window statistic, a difference or a cumulative value
    steps: tuple[str, ...] = ()  # what was applied, for messages: ("rolling(7)", "mean()")

    def then(self, step: str, lo: float, hi: float, aggregates: bool = False) -> Window:
        return replace(self, lo=self.lo + lo, hi=self.hi + hi, aggregates=self.aggregates or aggregates, steps=(*self.steps, step))

    @property
    def reads_future(self) -> bool:
        return self.hi > 0

    def describe(self) -> str:
        return ".".join(self.steps) if self.steps else "this value"


def combine(windows: list[Window]) -> Window | None:
    """The window of a value computed from several (``a.shift(1) - a.rolling(7).mean()``)."""
    if not windows:
        return None
    columns = {w.column for w in windows if w.column is not None}
    steps = tuple(s for w in windows for s in w.steps)
    return Window(
        column=columns.pop() if len(columns) == 1 else None,
        lo=min(w.lo for w in windows),
        hi=max(w.hi for w in windows),
        aggregates=any(w.aggregates for w in windows),
        steps=steps,
    )


@dataclass(eq=False)
class WindowEvent(Event):
    output: Value
    method: str
    window: Window


@dataclass(eq=False)
class TimeIndexEvent(Event):
    output: Value
    what: str


@dataclass(eq=False)
class SortEvent(Event):
    output: Value
    by: str


@dataclass(eq=False)
class ColumnWrite(Event):
    frame: Value  # the frame after the write
    column: str
    value: Value
    stmt: cst.CSTNode  # what to report: the statement (or keyword) that builds the column


@dataclass(eq=False)
class SplitterEvent(Event):
    obj: Obj
    qualname: str
    random: bool  # draws rows at random (ShuffleSplit, KFold(shuffle=True))
    forward: bool  # validates only on later rows (TimeSeriesSplit)
    call: cst.Call


@dataclass(eq=False)
class CVArgsEvent(Event):
    """A CV helper or a search and its ``cv=`` argument (None: the default, unshuffled K-fold)."""

    call: cst.Call
    cv: Value | None
    obj: Obj | None  # the search, for searches
    data: Value | None
    target: Value | None


@dataclass(eq=False)
class HoldoutCall(Event):
    """A hold-out split function call and whether it shuffles."""

    call: cst.Call
    qualname: str
    shuffles: bool
    stratified: bool
    inputs: list[Value]


@dataclass(eq=False)
class ImbalanceEvent(Event):
    what: str


@dataclass(eq=False)
class MetricEvent(Event):
    kind: str  # "accuracy" or "per-class"
    what: str
    output: Value


@dataclass(eq=False)
class MetricNamesEvent(Event):
    """Metric names given to a model or a CV helper (``metrics=["accuracy"]``, ``scoring="f1"``)."""

    obj: Obj | None
    names: list[str]


_DATETIME = "datetime"
WHOLE_FRAME = "*"  # the column of a ColumnWrite that changes every column
