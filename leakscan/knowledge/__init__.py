"""Answers "what kind of callable is this?" from the tables, for the graph builder.

Lookup is by fully qualified name as resolved through the file's imports, with fallbacks for
private submodules (``sklearn.preprocessing._data.X``), TensorFlow's Keras path, whole modules
(``sklearn.linear_model.*``) and, for names that were never imported (notebook fragments,
star imports), an unambiguous bare class name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from leakscan.knowledge import tables as t
from leakscan.knowledge.timeseries import DEFAULT_TIME, TIME_API_CATEGORIES, TimeKnowledge

# Kinds of callables.
TRANSFORMER = "transformer"  # a class whose instances learn from data in fit
STATELESS = "stateless"  # a transformer class that learns nothing
TRANSFORM_FUNCTION = "transform-function"  # fits and transforms in one call: scale(X)
RESAMPLER = "resampler"
SEARCH = "search"
CV_SPLITTER = "cv-splitter"
PIPELINE = "pipeline"
ESTIMATOR = "estimator"
SPLIT_FUNCTION = "split-function"
CV_FUNCTION = "cv-function"
RESAMPLE_FUNCTION = "resample-function"
TRAIN_FUNCTION = "train-function"
METRIC = "metric"
LOADER = "loader"
SPLIT_LOADER = "split-loader"
ROW_COMBINER = "row-combiner"
COLUMN_COMBINER = "column-combiner"
STATISTIC = "statistic"

# Config categories of ``[tool.leakscan.apis]`` and the kind each declares.
API_CATEGORIES: dict[str, str] = {
    "splitters": SPLIT_FUNCTION,
    "transformers": TRANSFORMER,
    "resamplers": RESAMPLER,
    "estimators": ESTIMATOR,
    "scorers": METRIC,
    "searches": SEARCH,
    "cv": CV_FUNCTION,
    "loaders": LOADER,
}

# What the builder must also know of the time-order categories (a time splitter is a CV splitter).
_TIME_KINDS: dict[str, str] = {
    "time_splitters": CV_SPLITTER,
    "random_splitters": CV_SPLITTER,
    "per_class_metrics": METRIC,
    "accuracy_metrics": METRIC,
}
assert set(_TIME_KINDS) <= set(TIME_API_CATEGORIES)

TRANSFORM_FUNCTIONS = (
    "sklearn.preprocessing.scale",
    "sklearn.preprocessing.minmax_scale",
    "sklearn.preprocessing.maxabs_scale",
    "sklearn.preprocessing.robust_scale",
    "sklearn.preprocessing.quantile_transform",
    "sklearn.preprocessing.power_transform",
)

_ALIASES = (
    ("tensorflow.python.keras.", "keras."),
    ("tensorflow.keras.", "keras."),
    ("tf.keras.", "keras."),
    ("keras.src.", "keras."),
    ("sklearn.model_selection._split.", "sklearn.model_selection."),
    ("sklearn.grid_search.", "sklearn.model_selection."),  # scikit-learn < 0.20 module names
    ("sklearn.cross_validation.", "sklearn.model_selection."),
    ("sklearn.learning_curve.", "sklearn.model_selection."),
    ("sklearn.lda.", "sklearn.discriminant_analysis."),
    ("sklearn.qda.", "sklearn.discriminant_analysis."),
)
_KNOWN_ROOTS = ("sklearn.", "imblearn.", "xgboost.", "lightgbm.", "catboost.", "keras.", "category_encoders.")


@dataclass(frozen=True)
class Knowledge:
    """The table of qualified names to kinds, with the split style of split functions."""

    exact: Mapping[str, str]
    split_styles: Mapping[str, str] = field(default_factory=dict)
    time: TimeKnowledge = DEFAULT_TIME  # time order and metrics (``knowledge.timeseries``)

    def kind_of(self, qualname: str | None) -> str | None:
        if not qualname:
            return None
        return _lookup(self, _normalize(qualname))

    @staticmethod
    def normalize(qualname: str) -> str:
        return _normalize(qualname)

    def split_style(self, qualname: str) -> str:
        return self.split_styles.get(_normalize(qualname), "pairs")

    def with_apis(self, apis: Mapping[str, Iterable[str]]) -> Knowledge:
        """A copy that also knows the project's own callables (``[tool.leakscan.apis]``)."""
        exact = dict(self.exact)
        for category, names in apis.items():
            kind = API_CATEGORIES.get(category) or _TIME_KINDS.get(category)
            if kind is None:
                continue
            for name in names:
                exact[_normalize(name)] = kind
        time = self.time.with_apis({c: [_normalize(n) for n in names] for c, names in apis.items()})
        return Knowledge(exact=exact, split_styles=self.split_styles, time=time)

    def __hash__(self) -> int:  # lru_cache key; tables are immutable in practice
        return id(self)


def _normalize(name: str) -> str:
    for old, new in _ALIASES:
        if name.startswith(old):
            name = new + name[len(old):]
    if "._" in name:  # drop private submodules: sklearn.preprocessing._data.StandardScaler
        parts = name.split(".")
        name = ".".join(p for i, p in enumerate(parts) if not (p.startswith("_") and 0 < i < len(parts) - 1))
    return name


@lru_cache(maxsize=4096)
def _lookup(kb: Knowledge, name: str) -> str | None:
    kind = kb.exact.get(name)
    if kind is not None:
        return kind
    for prefix in t.LOADER_PREFIXES:
        if name.startswith(prefix):
            return LOADER
    for prefix in t.SPLIT_LOADER_PREFIXES:
        if name.startswith(prefix) and name.endswith("load_data"):
            return SPLIT_LOADER
    if name.startswith(t.MODEL_FACTORY_PREFIXES):
        return ESTIMATOR
    if name.startswith(t.DATA_MODULES):
        return None  # frames, arrays, DMatrix, Pool: data, never models
    module, _, last = name.rpartition(".")
    if module:
        for mod in t.METRIC_MODULES:
            if (module == mod or module.startswith(mod + ".")) and name not in t.NOT_METRICS:
                return METRIC if last[:1].islower() else None
        probe = module
        while probe:
            kind = t.MODULE_KINDS.get(probe)
            if kind is not None:
                return kind if last[:1].isupper() else None
            probe = probe.rpartition(".")[0]
        if name.startswith(_KNOWN_ROOTS):  # a library path we do not list: trust the class name
            return _SHORT.get(last)
        return None
    # A bare name that was never imported: accept it when exactly one table class has it.
    return _SHORT.get(name)


def _build_default() -> Knowledge:
    exact: dict[str, str] = {}

    def put(names: Iterable[str], kind: str) -> None:
        for n in names:
            exact[n] = kind

    put(t.TRANSFORMERS, TRANSFORMER)
    put(t.STATELESS, STATELESS)
    put(TRANSFORM_FUNCTIONS, TRANSFORM_FUNCTION)
    put(t.RESAMPLERS, RESAMPLER)
    put(t.SEARCHES, SEARCH)
    put(t.CV_SPLITTERS, CV_SPLITTER)
    put(t.PIPELINES, PIPELINE)
    put(t.ESTIMATORS, ESTIMATOR)
    put(t.SPLIT_FUNCTIONS, SPLIT_FUNCTION)
    put(t.CV_FUNCTIONS, CV_FUNCTION)
    put(t.RESAMPLE_FUNCTIONS, RESAMPLE_FUNCTION)
    put(t.TRAIN_FUNCTIONS, TRAIN_FUNCTION)
    put(t.EXTRA_METRICS, METRIC)
    put(t.METRICS, METRIC)
    put(t.ROW_COMBINERS, ROW_COMBINER)
    put(t.COLUMN_COMBINERS, COLUMN_COMBINER)
    put(t.STATISTIC_FUNCTIONS, STATISTIC)
    return Knowledge(exact=exact, split_styles=dict(t.SPLIT_FUNCTIONS))


def _short_names(kb: Knowledge) -> dict[str, str]:
    """Bare class/function names that map to exactly one kind (for unimported names)."""
    seen: dict[str, set[str]] = {}
    for name, kind in kb.exact.items():
        if kind in (LOADER, STATISTIC, ROW_COMBINER, COLUMN_COMBINER) or name in t.EXTRA_METRICS:
            continue
        seen.setdefault(name.rpartition(".")[2], set()).add(kind)
    # Only distinctive names: classes and snake_case functions, never plain words like ``train``.
    return {
        short: kinds.pop() for short, kinds in seen.items()
        if len(kinds) == 1 and (short[:1].isupper() or "_" in short)
    }


DEFAULT = _build_default()
_SHORT = _short_names(DEFAULT)
