"""The dataflow model of one program: values, the rows they hold, fitted objects, and events.

Values are nodes of a networkx ``DiGraph`` (edge = "flows into"). Separately, every data value
carries a ``RowSet``: which rows of which data set it holds. Row sets form their own small
lineage (subset of, union of, resampled from), which is what "does the fit see the test rows?"
needs. Events (fit, transform, split, resample, predict, evaluate, cross-validate, select) are
kept in program order; rules are queries over events, row sets and the value graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # types only: rule modules import this model without libcst
    import libcst as cst
    import networkx as nx

Role = Literal["train", "test", "val"]

# Value kinds
DATA = "data"
OBJECT = "object"
SYMBOL = "symbol"  # a module or an importable name, with its qualified name
FUNCTION = "function"  # a function defined in the file
CLASS = "class"  # a class defined in the file
STATE = "state"  # what a fit learned
STAT = "stat"  # a statistic computed from data (mean, std, value_counts...)
SCORE = "score"  # the result of an evaluation
PREDICTION = "prediction"
SEQUENCE = "sequence"  # tuple / list of values
FOLDS = "folds"  # the iterator of a CV splitter's split()
INDEX = "index"  # train/test indices from a CV split
OTHER = "other"


@dataclass(eq=False)
class Site:
    """Where something happened: the node, its top-level statement, and the call stack.

    ``frames`` holds the call-site nodes (with their top-level statement index) of the helper
    functions being inlined when the event happened, outermost first.
    """

    node: cst.CSTNode
    top: int
    frames: tuple[tuple[cst.CSTNode, int], ...] = ()

    def at_depth(self, depth: int) -> tuple[cst.CSTNode, int]:
        """The node to report at when the story is told ``depth`` frames deep."""
        if depth < len(self.frames):
            return self.frames[depth]
        return self.node, self.top


def common_depth(*sites: Site) -> int:
    """How many helper-call frames all ``sites`` share (the frame their story lives in)."""
    depth = 0
    while all(depth < len(s.frames) for s in sites) and len({id(s.frames[depth][0]) for s in sites}) == 1:
        depth += 1
    return depth


@dataclass(eq=False)
class RowSet:
    """The rows a data value holds, as lineage: a source, or a subset/union/resampling of others."""

    id: int
    # "either": one of the parents, as chosen by a branch the analysis cannot decide
    kind: Literal["source", "subset", "filter", "union", "resampled", "either"]
    parents: tuple[RowSet, ...] = ()
    role: Role | None = None
    split: SplitEvent | None = None
    label: str = ""
    test_source: bool = False  # a separately loaded evaluation file (Kaggle's test.csv)
    site: Site | None = None
    overlaps: list[RowSet] = field(default_factory=list)  # sibling subsets sharing rows with this one

    def __repr__(self) -> str:
        return f"RowSet({self.id},{self.kind},{self.role},{self.label})"


@dataclass(eq=False)
class Obj:
    """An estimator, transformer, resampler, search or splitter instance."""

    id: int
    kind: str  # a knowledge kind: transformer, estimator, search, pipeline, resampler, ...
    cls: str  # short class name for messages
    site: Site
    ctor_value: int  # value id of the constructor call (hyperparameters flow into it)
    steps: list[Obj] = field(default_factory=list)
    fits: list[FitEvent] = field(default_factory=list)
    state: int | None = None  # value id of the current fitted state
    learned: bool = True  # False for stateless transformers
    # What a fit learns: "statistics" (means, vocabularies, selected features), "categories"
    # (only the set of category values: LabelEncoder, OneHotEncoder) or "unknown" (a class
    # leakscan cannot see).
    learns: str = "statistics"
    cv_read: bool = False  # a search whose cross-validation score is read (best_score_, cv_results_)
    ctor_data: tuple[Value | None, Value | None] | None = None  # (X, y) given to the constructor
    holdout: bool = False  # a CV splitter with n_splits=1, used as a train/test split
    from_loop: int | None = None  # loop id when the object came from a loop over models


@dataclass(eq=False)
class Value:
    id: int
    kind: str
    site: Site | None = None
    rows: RowSet | None = None
    obj: Obj | None = None
    qualname: str | None = None
    items: list[Value] | None = None
    name: str | None = None  # the variable it was first bound to, for messages
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class Event:
    seq: int
    site: Site
    loops: tuple[int, ...]  # ids of enclosing loops (innermost last)


@dataclass(eq=False)
class FitEvent(Event):
    obj: Obj
    data: Value | None
    target: Value | None
    state: int  # value id of the state this fit produced
    method: str
    eval_sets: list[Value] = field(default_factory=list)  # validation_data / eval_set values
    selects: bool = False  # early stopping / checkpoint callbacks or keywords present


@dataclass(eq=False)
class TransformEvent(Event):
    obj: Obj
    state: int | None
    data: Value
    output: Value


@dataclass(eq=False)
class SplitEvent(Event):
    kind: Literal["holdout", "cv"]
    inputs: list[Value]
    label: str  # e.g. "train_test_split"


@dataclass(eq=False)
class ResampleEvent(Event):
    data: Value
    output_rows: RowSet
    what: str


@dataclass(eq=False)
class PredictEvent(Event):
    obj: Obj
    state: int | None
    data: Value
    output: Value


@dataclass(eq=False)
class EvalEvent(Event):
    obj: Obj | None  # the model, when known
    state: int | None  # the fitted state that was evaluated
    data: Value | None  # what the model was applied to (X), when known
    truth: Value | None  # y_true
    result: Value
    what: str  # "accuracy_score", "model.score"


@dataclass(eq=False)
class CVEvent(Event):
    estimator: Obj | None
    data: Value | None
    what: str


@dataclass(eq=False)
class StatEvent(Event):
    data: Value
    result: Value
    what: str


@dataclass(eq=False)
class ApplyEvent(Event):
    """A statement that writes values computed with statistics into data (LK105's location)."""

    target: Value
    stats: list[Value]


@dataclass(eq=False)
class SelectEvent(Event):
    """A comparison / max / argmax / sort over values: choosing something by them.

    ``keeps`` is False for a comparison that only feeds a print (``"A" if a > b else "B"``).
    """

    inputs: list[Value]
    keeps: bool = True
    picks: bool = False  # the choice lands on a model (best = lr if a > b else rf; models[winner])


@dataclass(eq=False)
class Loop:
    id: int
    site: Site
    var_values: list[int]  # value ids bound by the loop target
    iter_value: Value | None


@dataclass
class Program:
    """Everything the builder learned about one program."""

    graph: nx.DiGraph
    values: list[Value]
    events: list[Event]
    loops: dict[int, Loop]
    rowsets: list[RowSet]

    _by_type: dict[type, list[Any]] = field(default_factory=dict)

    def of_type(self, cls: type) -> list[Any]:
        got = self._by_type.get(cls)
        if got is None:
            got = self._by_type[cls] = [e for e in self.events if isinstance(e, cls)]
        return got
