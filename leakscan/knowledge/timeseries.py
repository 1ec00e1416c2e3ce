"""Time order and metrics, as data: window functions and their direction, time-aware
splitters, random splitters, imbalance signals and per-class metrics.

The time-order facts of the dataflow graph (``leakscan.graph.timeorder``) and the rules
LK502, LK503 and LK601 read only these tables. ``[tool.leakscan.apis]`` extends them with the
categories in ``TIME_API_CATEGORIES`` (e.g. a project's own walk-forward splitter).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

# --- window functions --------------------------------------------------------------------------
# Each window method maps to how it moves the rows a value at row t is computed from:
#   "shift"     periods k (default 1): uses row t-k (k < 0 reads the future)
#   "diff"      periods k (default 1): uses rows t and t-k
#   "window"    a trailing window ending at t (t itself included); ``center=True`` reaches ahead
#   "cumulative" every row up to t (t included)
#   "backfill"  copies values from later rows into earlier gaps (reads the future)
#   "forward"   copies values from earlier rows (past only, t included)
WINDOW_METHODS: Mapping[str, str] = {
    # pandas
    "shift": "shift",
    "diff": "diff",
    "pct_change": "diff",
    "rolling": "window",
    "expanding": "cumulative",
    "ewm": "cumulative",
    "bfill": "backfill",
    "backfill": "backfill",
    "ffill": "forward",
    "pad": "forward",
    # polars expressions
    "rolling_mean": "window",
    "rolling_sum": "window",
    "rolling_std": "window",
    "rolling_var": "window",
    "rolling_min": "window",
    "rolling_max": "window",
    "rolling_median": "window",
    "ewm_mean": "cumulative",
    "ewm_std": "cumulative",
    "cum_sum": "cumulative",
    "cum_max": "cumulative",
    "cum_min": "cumulative",
    "fill_null": "fill",  # strategy="backward" reads the future
}
# Functions that build windows of consecutive rows: the rows are in time order.
WINDOW_FUNCTIONS: Mapping[str, str] = {
    "numpy.lib.stride_tricks.sliding_window_view": "window",
    "tensorflow.keras.utils.timeseries_dataset_from_array": "window",
    "keras.utils.timeseries_dataset_from_array": "window",
    "keras.preprocessing.timeseries_dataset_from_array": "window",
}
# ``fillna(method=...)`` / polars ``fill_null(strategy=...)`` values that read later rows.
BACKWARD_FILL_WORDS: frozenset[str] = frozenset({"bfill", "backfill", "backward"})
# Keyword names of the periods of a shift / diff.
PERIOD_KEYWORDS: tuple[str, ...] = ("periods", "n")
# Methods that resample rows onto a time grid: the frame is indexed by time.
RESAMPLE_TIME_METHODS: frozenset[str] = frozenset({"resample", "asfreq", "upsample", "group_by_dynamic"})
# Methods that order rows (by a date column: see DATE_COLUMN_WORDS).
SORT_METHODS: frozenset[str] = frozenset({"sort_values", "sort_index", "sort"})
# Words that make a column name read as a date/time.
DATE_COLUMN_WORDS: frozenset[str] = frozenset({
    "date", "time", "timestamp", "datetime", "ts", "day", "dt", "month", "week", "year", "period", "hour",
})
# Callables whose result holds dates (a DatetimeIndex when it becomes the index).
DATETIME_FUNCTIONS: tuple[str, ...] = (
    "pandas.to_datetime", "pandas.date_range", "pandas.DatetimeIndex", "pandas.period_range",
    "polars.datetime_range", "polars.date_range",
)
# Keywords of a loader that make a DatetimeIndex when both are given.
DATETIME_INDEX_LOADER_KEYWORDS: tuple[str, str] = ("parse_dates", "index_col")

# --- splitters ------------------------------------------------------------------------------------
# Cross-validation splitters that only ever validate on rows after the training rows.
FORWARD_SPLITTERS: tuple[str, ...] = (
    "sklearn.model_selection.TimeSeriesSplit",
    "sktime.split.ExpandingWindowSplitter",
    "sktime.split.SlidingWindowSplitter",
    "sktime.forecasting.model_selection.ExpandingWindowSplitter",
    "sktime.forecasting.model_selection.SlidingWindowSplitter",
    "mlxtend.evaluate.GroupTimeSeriesSplit",
)
# Splitters that always draw rows at random.
ALWAYS_RANDOM_SPLITTERS: tuple[str, ...] = (
    "sklearn.model_selection.ShuffleSplit",
    "sklearn.model_selection.StratifiedShuffleSplit",
    "sklearn.model_selection.RepeatedKFold",
    "sklearn.model_selection.RepeatedStratifiedKFold",
)
# Splitters that draw at random when constructed with ``shuffle=True``.
SHUFFLE_OPTION_SPLITTERS: tuple[str, ...] = (
    "sklearn.model_selection.KFold",
    "sklearn.model_selection.StratifiedKFold",
    "sklearn.model_selection.StratifiedGroupKFold",
)
# Hold-out split functions that shuffle unless told ``shuffle=False`` (keyword, default).
SHUFFLING_SPLIT_FUNCTIONS: Mapping[str, str] = {
    "sklearn.model_selection.train_test_split": "shuffle",
    "torch.utils.data.random_split": "",
}
# Methods of a frame that draw a random sample of rows as a split part.
RANDOM_SAMPLE_METHODS: frozenset[str] = frozenset({"sample"})

# --- imbalance and metrics --------------------------------------------------------------------------
# Keyword arguments of a model (constructor or fit) that say the classes are imbalanced.
IMBALANCE_KEYWORDS: tuple[str, ...] = (
    "class_weight", "class_weights", "scale_pos_weight", "is_unbalance", "auto_class_weights",
    "pos_weight",  # PyTorch BCEWithLogitsLoss(pos_weight=...)
)
# Functions and classes whose use says the classes are imbalanced.
IMBALANCE_CALLABLES: tuple[str, ...] = (
    "sklearn.utils.class_weight.compute_class_weight",
    "sklearn.utils.class_weight.compute_sample_weight",
    "sklearn.utils.compute_class_weight",
    "sklearn.utils.compute_sample_weight",
    "imblearn.ensemble.BalancedRandomForestClassifier",
    "imblearn.ensemble.BalancedBaggingClassifier",
    "imblearn.ensemble.EasyEnsembleClassifier",
    "imblearn.ensemble.RUSBoostClassifier",
    "torch.utils.data.WeightedRandomSampler",
)
# Metrics that only count correct predictions over all classes.
ACCURACY_METRICS: tuple[str, ...] = (
    "sklearn.metrics.accuracy_score",
    "keras.metrics.accuracy",
    "keras.metrics.binary_accuracy",
    "keras.metrics.categorical_accuracy",
    "keras.metrics.sparse_categorical_accuracy",
    "torchmetrics.functional.accuracy",
)
# Keras ``compile(metrics=[...])`` entries that are accuracy.
ACCURACY_WORDS: frozenset[str] = frozenset({
    "accuracy", "acc", "binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy",
    "Accuracy", "BinaryAccuracy", "CategoricalAccuracy", "SparseCategoricalAccuracy",
})
# Metrics that look at each class (a minority class cannot hide behind the majority).
PER_CLASS_METRICS: tuple[str, ...] = (
    "sklearn.metrics.balanced_accuracy_score",
    "sklearn.metrics.f1_score",
    "sklearn.metrics.fbeta_score",
    "sklearn.metrics.precision_score",
    "sklearn.metrics.recall_score",
    "sklearn.metrics.roc_auc_score",
    "sklearn.metrics.average_precision_score",
    "sklearn.metrics.classification_report",
    "sklearn.metrics.confusion_matrix",
    "sklearn.metrics.multilabel_confusion_matrix",
    "sklearn.metrics.matthews_corrcoef",
    "sklearn.metrics.cohen_kappa_score",
    "sklearn.metrics.precision_recall_fscore_support",
    "sklearn.metrics.precision_recall_curve",
    "sklearn.metrics.roc_curve",
    "sklearn.metrics.det_curve",
    "sklearn.metrics.ConfusionMatrixDisplay",
    "sklearn.metrics.RocCurveDisplay",
    "sklearn.metrics.PrecisionRecallDisplay",
    "sklearn.metrics.plot_confusion_matrix",
    "sklearn.metrics.plot_roc_curve",
    "sklearn.metrics.plot_precision_recall_curve",
    "imblearn.metrics.classification_report_imbalanced",
    "imblearn.metrics.geometric_mean_score",
    "imblearn.metrics.sensitivity_score",
    "imblearn.metrics.specificity_score",
    "imblearn.metrics.sensitivity_specificity_support",
    "torchmetrics.functional.f1_score",
    "torchmetrics.functional.recall",
    "torchmetrics.functional.precision",
    "torchmetrics.functional.auroc",
)
# ``scoring=`` names and Keras metric names that are per class.
PER_CLASS_WORDS: frozenset[str] = frozenset({
    "f1", "f1_macro", "f1_micro", "f1_weighted", "f1_binary", "recall", "recall_macro", "precision",
    "precision_macro", "roc_auc", "roc_auc_ovr", "roc_auc_ovo", "average_precision", "balanced_accuracy",
    "auc", "AUC", "pr_auc", "Precision", "Recall", "F1Score", "FBetaScore", "PrecisionAtRecall",
    "matthews_corrcoef", "neg_log_loss", "aucpr", "average_precision_score",
})
# Keyword arguments that name metrics (Keras, boosting libraries, sklearn CV helpers).
METRIC_KEYWORDS: tuple[str, ...] = ("metrics", "scoring", "eval_metric", "metric", "custom_metric")
# Class-name patterns of classifiers (``.score`` is accuracy for these, R² for regressors).
CLASSIFIER_NAMES: tuple[str, ...] = (
    "Classifier", "LogisticRegression", "SVC", "NB", "DiscriminantAnalysis", "Perceptron",
    "NearestCentroid", "Logit",
)


# --- configuration -------------------------------------------------------------------------------------
# ``[tool.leakscan.apis]`` categories of this module and the table each extends.
TIME_API_CATEGORIES: Mapping[str, str] = {
    "time_splitters": "forward_splitters",
    "random_splitters": "random_splitters",
    "imbalance_signals": "imbalance_callables",
    "per_class_metrics": "per_class_metrics",
    "accuracy_metrics": "accuracy_metrics",
}


@dataclass(frozen=True)
class TimeKnowledge:
    """The tables above as one value, so a project's configuration can extend a copy."""

    forward_splitters: frozenset[str] = frozenset(FORWARD_SPLITTERS)
    random_splitters: frozenset[str] = frozenset(ALWAYS_RANDOM_SPLITTERS)
    imbalance_callables: frozenset[str] = frozenset(IMBALANCE_CALLABLES)
    per_class_metrics: frozenset[str] = frozenset(PER_CLASS_METRICS)
    accuracy_metrics: frozenset[str] = frozenset(ACCURACY_METRICS)

    def with_apis(self, apis: Mapping[str, Iterable[str]]) -> TimeKnowledge:
        """A copy that also knows the project's callables of ``TIME_API_CATEGORIES``."""
        changes: dict[str, frozenset[str]] = {}
        for category, names in apis.items():
            attr = TIME_API_CATEGORIES.get(category)
            if attr is not None:
                changes[attr] = getattr(self, attr) | frozenset(names)
        return replace(self, **changes) if changes else self  # type: ignore[arg-type]

    def fingerprint(self) -> list[tuple[str, list[str]]]:
        """A stable summary for cache keys."""
        return [(attr, sorted(getattr(self, attr))) for attr in sorted(set(TIME_API_CATEGORIES.values()))]

    @staticmethod
    def matches(table: frozenset[str], qualname: str | None) -> bool:
        """``qualname`` is in ``table``, or is a method/attribute of a class in it."""
        if not qualname:
            return False
        probe = qualname
        while probe:
            if probe in table:
                return True
            probe = probe.rpartition(".")[0]
        short = qualname.rpartition(".")[2]
        return "." not in qualname and any(t.rpartition(".")[2] == short for t in table)


DEFAULT_TIME = TimeKnowledge()
