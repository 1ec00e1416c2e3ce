"""Library knowledge is data: lookups, aliases, and project APIs declared in configuration."""

from __future__ import annotations

import textwrap

import libcst as cst

from leakscan import knowledge as K
from leakscan.analysis import Analysis
from leakscan.graph.builder import Builder
from leakscan.rules import all_rules


def findings(src: str, kb: K.Knowledge = K.DEFAULT) -> set[tuple[int, str]]:
    module = cst.parse_module(textwrap.dedent(src))
    a = Analysis(module, Builder(module, kb).build(), "t.py")
    return {(a.finding(h).location.line, h.rule.code) for r in all_rules() for h in r().check(a)}


def test_lookup_by_qualified_name_module_and_bare_class():
    kb = K.DEFAULT
    assert kb.kind_of("sklearn.preprocessing.StandardScaler") == K.TRANSFORMER
    assert kb.kind_of("sklearn.preprocessing._data.StandardScaler") == K.TRANSFORMER
    assert kb.kind_of("sklearn.linear_model.PoissonRegressor") == K.ESTIMATOR  # by module
    assert kb.kind_of("sklearn.preprocessing.FunctionTransformer") == K.STATELESS
    assert kb.kind_of("tensorflow.keras.layers.Normalization") == K.TRANSFORMER
    assert kb.kind_of("imblearn.over_sampling.BorderlineSMOTE") == K.RESAMPLER
    assert kb.kind_of("sklearn.model_selection.train_test_split") == K.SPLIT_FUNCTION
    assert kb.kind_of("sklearn.metrics.f1_score") == K.METRIC
    assert kb.kind_of("sklearn.metrics.make_scorer") is None
    assert kb.kind_of("xgboost.DMatrix") is None  # data, not a model
    assert kb.kind_of("pandas.read_parquet") == K.LOADER
    # never-imported names: distinctive class and function names only
    assert kb.kind_of("StandardScaler") == K.TRANSFORMER
    assert kb.kind_of("train_test_split") == K.SPLIT_FUNCTION
    assert kb.kind_of("train") is None


def test_project_apis_extend_the_tables():
    src = """
        from mylib.data import make_holdout
        from mylib.features import RankScaler
        X = RankScaler().fit_transform(X)
        X_tr, X_te, y_tr, y_te = make_holdout(X, y)
    """
    assert findings(src) == set()
    kb = K.DEFAULT.with_apis({"splitters": ["mylib.data.make_holdout"], "transformers": ["mylib.features.RankScaler"]})
    assert findings(src, kb) == {(4, "LK101")}
    assert K.DEFAULT.kind_of("mylib.data.make_holdout") is None  # the default table is untouched


def test_stateless_transformers_are_not_leaks():
    src = """
        from sklearn.preprocessing import FunctionTransformer, PolynomialFeatures
        import numpy as np
        X = FunctionTransformer(np.log1p).fit_transform(X)
        X = PolynomialFeatures(2).fit_transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X, y)
    """
    assert findings(src) == set()
