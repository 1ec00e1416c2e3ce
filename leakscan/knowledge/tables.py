"""What the libraries do, as data: which callables split, fit, transform, resample, predict,
score, tune or cross-validate.

Rules never name a library class; they ask ``leakscan.knowledge`` for a callable's kind, and
that answer comes from these tables (plus ``[tool.leakscan.apis]`` from the user's config).
Names are fully qualified as users import them; ``MODULE_KINDS`` classifies whole modules
and ``STATELESS`` lists the classes in those modules that learn nothing from data.
"""

from __future__ import annotations

# --- classes, by what an instance does -------------------------------------------------------

# Transformers that learn statistics from the data they are fitted on.
TRANSFORMERS: tuple[str, ...] = (
    # scikit-learn preprocessing
    "sklearn.preprocessing.StandardScaler",
    "sklearn.preprocessing.MinMaxScaler",
    "sklearn.preprocessing.MaxAbsScaler",
    "sklearn.preprocessing.RobustScaler",
    "sklearn.preprocessing.QuantileTransformer",
    "sklearn.preprocessing.PowerTransformer",
    "sklearn.preprocessing.KBinsDiscretizer",
    "sklearn.preprocessing.OneHotEncoder",
    "sklearn.preprocessing.OrdinalEncoder",
    "sklearn.preprocessing.LabelEncoder",
    "sklearn.preprocessing.LabelBinarizer",
    "sklearn.preprocessing.MultiLabelBinarizer",
    "sklearn.preprocessing.SplineTransformer",
    "sklearn.preprocessing.TargetEncoder",
    "sklearn.preprocessing.KernelCenterer",
    # scikit-learn imputation, decomposition, selection, text, manifold
    "sklearn.impute.SimpleImputer",
    "sklearn.impute.KNNImputer",
    "sklearn.impute.IterativeImputer",
    "sklearn.impute.MissingIndicator",
    "sklearn.decomposition.PCA",
    "sklearn.decomposition.TruncatedSVD",
    "sklearn.decomposition.KernelPCA",
    "sklearn.decomposition.IncrementalPCA",
    "sklearn.decomposition.SparsePCA",
    "sklearn.decomposition.NMF",
    "sklearn.decomposition.FastICA",
    "sklearn.decomposition.FactorAnalysis",
    "sklearn.decomposition.LatentDirichletAllocation",
    "sklearn.decomposition.DictionaryLearning",
    "sklearn.feature_selection.SelectKBest",
    "sklearn.feature_selection.SelectPercentile",
    "sklearn.feature_selection.SelectFpr",
    "sklearn.feature_selection.SelectFdr",
    "sklearn.feature_selection.SelectFwe",
    "sklearn.feature_selection.GenericUnivariateSelect",
    "sklearn.feature_selection.VarianceThreshold",
    "sklearn.feature_selection.RFE",
    "sklearn.feature_selection.RFECV",
    "sklearn.feature_selection.SelectFromModel",
    "sklearn.feature_selection.SequentialFeatureSelector",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.DictVectorizer",
    "sklearn.manifold.Isomap",
    "sklearn.manifold.LocallyLinearEmbedding",
    "sklearn.manifold.TSNE",
    "sklearn.manifold.MDS",
    "sklearn.manifold.SpectralEmbedding",
    "sklearn.compose.ColumnTransformer",
    "sklearn_pandas.DataFrameMapper",
    "sklearn.compose.make_column_transformer",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.make_union",
    "sklearn.cross_decomposition.CCA",
    "sklearn.kernel_approximation.Nystroem",
    "umap.UMAP",
    # category_encoders: every encoder learns from the data (target encoders from y too)
    "category_encoders.TargetEncoder",
    "category_encoders.OneHotEncoder",
    "category_encoders.OrdinalEncoder",
    "category_encoders.BinaryEncoder",
    "category_encoders.BaseNEncoder",
    "category_encoders.CatBoostEncoder",
    "category_encoders.WOEEncoder",
    "category_encoders.LeaveOneOutEncoder",
    "category_encoders.JamesSteinEncoder",
    "category_encoders.MEstimateEncoder",
    "category_encoders.CountEncoder",
    "category_encoders.HelmertEncoder",
    "category_encoders.SumEncoder",
    "category_encoders.BackwardDifferenceEncoder",
    "category_encoders.PolynomialEncoder",
    "category_encoders.GLMMEncoder",
    "category_encoders.QuantileEncoder",
    "category_encoders.SummaryEncoder",
    # Keras preprocessing layers (``adapt`` is their fit) and the legacy tokenizer
    "keras.layers.Normalization",
    "keras.layers.TextVectorization",
    "keras.layers.StringLookup",
    "keras.layers.IntegerLookup",
    "keras.layers.Discretization",
    "keras.layers.experimental.preprocessing.Normalization",
    "keras.layers.experimental.preprocessing.TextVectorization",
    "keras.preprocessing.text.Tokenizer",
    # feature-engine
    "feature_engine.imputation.MeanMedianImputer",
    "feature_engine.encoding.MeanEncoder",
    "feature_engine.encoding.OrdinalEncoder",
    "feature_engine.discretisation.EqualFrequencyDiscretiser",
)

# Transformers whose output has the same columns as their input (scaling, imputing).
COLUMN_PRESERVING: tuple[str, ...] = (
    "StandardScaler", "MinMaxScaler", "MaxAbsScaler", "RobustScaler", "QuantileTransformer",
    "PowerTransformer", "Normalizer", "SimpleImputer", "KNNImputer", "IterativeImputer",
    "FunctionTransformer", "Binarizer",
)

# Encoders that learn only the set of category values, no statistics of the data.
CATEGORY_ENCODERS: tuple[str, ...] = (
    "sklearn.preprocessing.LabelEncoder",
    "sklearn.preprocessing.OneHotEncoder",
    "sklearn.preprocessing.OrdinalEncoder",
    "sklearn.preprocessing.LabelBinarizer",
    "sklearn.preprocessing.MultiLabelBinarizer",
    "sklearn.feature_extraction.DictVectorizer",
    "category_encoders.OneHotEncoder",
    "category_encoders.OrdinalEncoder",
    "category_encoders.BinaryEncoder",
    "category_encoders.BaseNEncoder",
    "category_encoders.HelmertEncoder",
    "category_encoders.SumEncoder",
    "category_encoders.BackwardDifferenceEncoder",
    "category_encoders.PolynomialEncoder",
    "keras.layers.StringLookup",
    "keras.layers.IntegerLookup",
    "feature_engine.encoding.OrdinalEncoder",
)

# Classes in transformer modules that learn nothing: fitting them on all data is harmless.
STATELESS: tuple[str, ...] = (
    "sklearn.preprocessing.FunctionTransformer",
    "sklearn.preprocessing.Normalizer",
    "sklearn.preprocessing.Binarizer",
    "sklearn.preprocessing.PolynomialFeatures",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.FeatureHasher",
    "sklearn.random_projection.GaussianRandomProjection",
    "sklearn.random_projection.SparseRandomProjection",
    "category_encoders.HashingEncoder",
)

# Over/under-samplers: ``fit_resample`` adds or removes rows.
RESAMPLERS: tuple[str, ...] = (
    "imblearn.over_sampling.SMOTE",
    "imblearn.over_sampling.ADASYN",
    "imblearn.over_sampling.BorderlineSMOTE",
    "imblearn.over_sampling.SVMSMOTE",
    "imblearn.over_sampling.KMeansSMOTE",
    "imblearn.over_sampling.SMOTENC",
    "imblearn.over_sampling.SMOTEN",
    "imblearn.over_sampling.RandomOverSampler",
    "imblearn.under_sampling.RandomUnderSampler",
    "imblearn.under_sampling.NearMiss",
    "imblearn.under_sampling.TomekLinks",
    "imblearn.under_sampling.EditedNearestNeighbours",
    "imblearn.under_sampling.RepeatedEditedNearestNeighbours",
    "imblearn.under_sampling.AllKNN",
    "imblearn.under_sampling.ClusterCentroids",
    "imblearn.under_sampling.CondensedNearestNeighbour",
    "imblearn.under_sampling.OneSidedSelection",
    "imblearn.under_sampling.NeighbourhoodCleaningRule",
    "imblearn.under_sampling.InstanceHardnessThreshold",
    "imblearn.combine.SMOTEENN",
    "imblearn.combine.SMOTETomek",
    "keras.preprocessing.image.ImageDataGenerator",
)

# Hyperparameter searches: cross-validate inside ``fit`` and keep the best candidate.
SEARCHES: tuple[str, ...] = (
    "sklearn.model_selection.GridSearchCV",
    "sklearn.model_selection.RandomizedSearchCV",
    "sklearn.model_selection.HalvingGridSearchCV",
    "sklearn.model_selection.HalvingRandomSearchCV",
    "skopt.BayesSearchCV",
    "tune_sklearn.TuneSearchCV",
    "tune_sklearn.TuneGridSearchCV",
)

# Cross-validation splitters: ``.split(X)`` yields (train_index, test_index) pairs.
CV_SPLITTERS: tuple[str, ...] = (
    "sklearn.model_selection.KFold",
    "sklearn.model_selection.StratifiedKFold",
    "sklearn.model_selection.GroupKFold",
    "sklearn.model_selection.StratifiedGroupKFold",
    "sklearn.model_selection.RepeatedKFold",
    "sklearn.model_selection.RepeatedStratifiedKFold",
    "sklearn.model_selection.ShuffleSplit",
    "sklearn.model_selection.StratifiedShuffleSplit",
    "sklearn.model_selection.GroupShuffleSplit",
    "sklearn.model_selection.TimeSeriesSplit",
    "sklearn.model_selection.LeaveOneOut",
    "sklearn.model_selection.LeavePOut",
    "sklearn.model_selection.LeaveOneGroupOut",
    "sklearn.model_selection.LeavePGroupsOut",
    "sklearn.model_selection.PredefinedSplit",
    "iterstrat.ml_stratifiers.MultilabelStratifiedKFold",
)

# Composites whose kind is that of their last step (a model, or a transformer chain).
PIPELINES: tuple[str, ...] = (
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.make_pipeline",
    "imblearn.pipeline.Pipeline",
    "imblearn.pipeline.make_pipeline",
)

# Estimators named explicitly (modules in MODULE_KINDS cover most of scikit-learn).
ESTIMATORS: tuple[str, ...] = (
    "xgboost.XGBClassifier",
    "xgboost.XGBRegressor",
    "xgboost.XGBRFClassifier",
    "xgboost.XGBRFRegressor",
    "xgboost.XGBRanker",
    "lightgbm.LGBMClassifier",
    "lightgbm.LGBMRegressor",
    "lightgbm.LGBMRanker",
    "catboost.CatBoostClassifier",
    "catboost.CatBoostRegressor",
    "catboost.CatBoost",
    "keras.Sequential",
    "keras.Model",
    "keras.models.Sequential",
    "keras.models.Model",
    "sklearn.linear_model.LogisticRegressionCV",
    "sklearn.linear_model.RidgeCV",
    "sklearn.linear_model.LassoCV",
    "sklearn.linear_model.ElasticNetCV",
    "sklearn.dummy.DummyClassifier",
    "sklearn.dummy.DummyRegressor",
    "statsmodels.api.OLS",
    "statsmodels.api.WLS",
    "statsmodels.api.GLS",
    "statsmodels.api.GLM",
    "statsmodels.api.Logit",
    "statsmodels.api.Probit",
    "statsmodels.api.MNLogit",
    "statsmodels.api.Poisson",
    "statsmodels.formula.api.ols",
    "statsmodels.formula.api.logit",
    "statsmodels.formula.api.glm",
)

# Models that take their data in the constructor and are fitted with a bare ``.fit()``:
# (position of the target, position of the features) - statsmodels' (endog, exog).
DATA_IN_CONSTRUCTOR: dict[str, tuple[int, int]] = {
    "statsmodels.api.OLS": (0, 1), "statsmodels.api.WLS": (0, 1), "statsmodels.api.GLS": (0, 1),
    "statsmodels.api.GLM": (0, 1), "statsmodels.api.Logit": (0, 1), "statsmodels.api.Probit": (0, 1),
    "statsmodels.api.MNLogit": (0, 1), "statsmodels.api.Poisson": (0, 1),
}

# Common scikit-learn models by module, so they are known even where never imported.
_SKLEARN_MODELS = {
    "linear_model": (
        "LogisticRegression", "LinearRegression", "Ridge", "RidgeClassifier", "Lasso", "ElasticNet",
        "SGDClassifier", "SGDRegressor", "Perceptron", "BayesianRidge", "HuberRegressor",
        "PassiveAggressiveClassifier", "PoissonRegressor",
    ),
    "svm": ("SVC", "SVR", "LinearSVC", "LinearSVR", "NuSVC", "NuSVR", "OneClassSVM"),
    "neighbors": ("KNeighborsClassifier", "KNeighborsRegressor", "RadiusNeighborsClassifier", "NearestCentroid"),
    "tree": ("DecisionTreeClassifier", "DecisionTreeRegressor", "ExtraTreeClassifier"),
    "ensemble": (
        "RandomForestClassifier", "RandomForestRegressor", "GradientBoostingClassifier",
        "GradientBoostingRegressor", "ExtraTreesClassifier", "ExtraTreesRegressor",
        "AdaBoostClassifier", "AdaBoostRegressor", "HistGradientBoostingClassifier",
        "HistGradientBoostingRegressor", "BaggingClassifier", "BaggingRegressor",
        "VotingClassifier", "VotingRegressor", "StackingClassifier", "StackingRegressor",
        "IsolationForest",
    ),
    "naive_bayes": ("GaussianNB", "MultinomialNB", "BernoulliNB", "ComplementNB", "CategoricalNB"),
    "neural_network": ("MLPClassifier", "MLPRegressor"),
    "discriminant_analysis": ("LinearDiscriminantAnalysis", "QuadraticDiscriminantAnalysis"),
    "cluster": ("KMeans", "DBSCAN", "AgglomerativeClustering", "MiniBatchKMeans"),
}
ESTIMATORS += tuple(f"sklearn.{mod}.{cls}" for mod, classes in _SKLEARN_MODELS.items() for cls in classes)

# Names notebooks use for modules without always importing them in the analyzed cells.
CONVENTIONAL_ALIASES: dict[str, str] = {
    "pd": "pandas", "np": "numpy", "tf": "tensorflow", "plt": "matplotlib.pyplot",
    "sns": "seaborn", "lgb": "lightgbm", "xgb": "xgboost", "cb": "catboost", "torch": "torch",
    "nn": "torch.nn", "sklearn": "sklearn", "keras": "keras", "sp": "scipy", "ce": "category_encoders",
}

# Whole modules whose public classes are all of one kind.
MODULE_KINDS: dict[str, str] = {
    "sklearn.preprocessing": "transformer",
    "sklearn.impute": "transformer",
    "sklearn.decomposition": "transformer",
    "sklearn.feature_selection": "transformer",
    "sklearn.feature_extraction": "transformer",
    "sklearn.manifold": "transformer",
    "category_encoders": "transformer",
    "sklearn.linear_model": "estimator",
    "sklearn.ensemble": "estimator",
    "sklearn.tree": "estimator",
    "sklearn.svm": "estimator",
    "sklearn.neighbors": "estimator",
    "sklearn.naive_bayes": "estimator",
    "sklearn.neural_network": "estimator",
    "sklearn.discriminant_analysis": "estimator",
    "sklearn.gaussian_process": "estimator",
    "sklearn.kernel_ridge": "estimator",
    "sklearn.isotonic": "estimator",
    "sklearn.cluster": "estimator",
    "sklearn.mixture": "estimator",
    "sklearn.multiclass": "estimator",
    "sklearn.multioutput": "estimator",
    "sklearn.calibration": "estimator",
    "xgboost": "estimator",
    "lightgbm": "estimator",
    "catboost": "estimator",
    "imblearn.over_sampling": "resampler",
    "imblearn.under_sampling": "resampler",
    "imblearn.combine": "resampler",
    "imblearn.ensemble": "estimator",
    "keras.models": "estimator",
}

# --- functions --------------------------------------------------------------------------------

# Split functions: how their outputs pair up with train and test.
SPLIT_FUNCTIONS: dict[str, str] = {
    "sklearn.model_selection.train_test_split": "pairs",  # a_train, a_test, b_train, b_test
    "sklearn.cross_validation.train_test_split": "pairs",
    "torch.utils.data.random_split": "sequence",  # [train, val, test] by position and name
    "numpy.split": "sequence",
    "numpy.array_split": "sequence",
}

# Cross-validation helpers: (estimator, X, y, ...) evaluated fold by fold.
CV_FUNCTIONS: tuple[str, ...] = (
    "sklearn.model_selection.cross_val_score",
    "sklearn.model_selection.cross_validate",
    "sklearn.model_selection.cross_val_predict",
    "sklearn.model_selection.learning_curve",
    "sklearn.model_selection.validation_curve",
    "sklearn.model_selection.permutation_test_score",
)

# Resampling functions (rows drawn with replacement).
RESAMPLE_FUNCTIONS: tuple[str, ...] = ("sklearn.utils.resample",)

# Functions that train a model from data sets (boosting's native APIs).
TRAIN_FUNCTIONS: dict[str, str] = {
    "xgboost.train": "xgboost",
    "lightgbm.train": "lightgbm",
    "xgboost.cv": "cv",
    "lightgbm.cv": "cv",
}

# Metric functions: sklearn.metrics is scored by module, these are the exceptions.
METRIC_MODULES: tuple[str, ...] = ("sklearn.metrics", "keras.metrics", "torchmetrics.functional", "imblearn.metrics")
NOT_METRICS: tuple[str, ...] = (
    "sklearn.metrics.make_scorer",
    "sklearn.metrics.get_scorer",
    "sklearn.metrics.check_scoring",
    "sklearn.metrics.pairwise_distances",
    "sklearn.metrics.pairwise",
)
# The common scikit-learn metrics by name, so they are known even where never imported.
METRICS: tuple[str, ...] = tuple(
    "sklearn.metrics." + n for n in (
        "accuracy_score", "balanced_accuracy_score", "f1_score", "fbeta_score", "precision_score",
        "recall_score", "roc_auc_score", "average_precision_score", "log_loss", "brier_score_loss",
        "classification_report", "confusion_matrix", "matthews_corrcoef", "cohen_kappa_score",
        "jaccard_score", "hamming_loss", "top_k_accuracy_score", "mean_squared_error",
        "root_mean_squared_error", "mean_absolute_error", "median_absolute_error",
        "mean_absolute_percentage_error", "mean_squared_log_error", "r2_score",
        "explained_variance_score", "max_error", "precision_recall_fscore_support", "roc_curve",
        "precision_recall_curve", "d2_absolute_error_score",
    )
)
EXTRA_METRICS: tuple[str, ...] = (
    "scipy.stats.pearsonr",
    "scipy.stats.spearmanr",
    "numpy.corrcoef",
)

# Data sources: loaders return fresh data; ``split_loaders`` return ((x_tr, y_tr), (x_te, y_te)).
LOADER_PREFIXES: tuple[str, ...] = (
    "pandas.read_",
    "numpy.load",
    "numpy.genfromtxt",
    "numpy.fromfile",
    "sklearn.datasets.load_",
    "sklearn.datasets.fetch_",
    "sklearn.datasets.make_",
    "datasets.load_dataset",
    "seaborn.load_dataset",
    "openml.datasets.get_dataset",
    "torchvision.datasets.",
    "polars.read_",
    "torch.load",
    "h5py.File",
    "scipy.io.loadmat",
)
SPLIT_LOADER_PREFIXES: tuple[str, ...] = ("keras.datasets.",)

# "No skill" baselines: a yardstick reported beside a model, not a competing model (LK302).
BASELINE_ESTIMATORS: tuple[str, ...] = ("sklearn.dummy.DummyClassifier", "sklearn.dummy.DummyRegressor")

# Per-column affine scalers: one fitted inside each CV fold makes an earlier one moot (the
# composition of two such maps is the fold's own map).
AFFINE_SCALERS: tuple[str, ...] = (
    "sklearn.preprocessing.StandardScaler", "sklearn.preprocessing.MinMaxScaler",
    "sklearn.preprocessing.MaxAbsScaler", "sklearn.preprocessing.RobustScaler",
)

# Methods of a fitted object that read what it learned (the kept features, their names).
STATE_READ_METHODS: tuple[str, ...] = (
    "get_support", "get_feature_names_out", "get_feature_names", "get_feature_importance",
    "feature_importance", "get_score",
)

# Methods whose result is a row mask: comparisons, membership and missing-value tests, and
# dtype casts that keep a mask a mask ((pred == y).float()).
COMPARISON_METHODS: tuple[str, ...] = ("eq", "ne", "lt", "gt", "le", "ge", "equal", "isclose", "__eq__")
MASK_METHODS: tuple[str, ...] = (
    "isin", "between", "isna", "isnull", "notna", "notnull", "duplicated", "contains", "startswith", "endswith", "match",
)
CAST_METHODS: tuple[str, ...] = (
    "float", "double", "int", "long", "astype", "type", "to", "numpy", "cpu", "detach", "squeeze", "flatten", "ravel",
)

# Random number generators: each draw from one is a fresh data set, not the generator's "rows".
RANDOM_GENERATORS: tuple[str, ...] = (
    "numpy.random.default_rng", "numpy.random.RandomState", "numpy.random.Generator",
    "numpy.random.PCG64", "random.Random", "torch.Generator", "torch.manual_seed",
    "tensorflow.random.Generator", "jax.random.PRNGKey", "jax.random.key",
)

# Arrays of constants made from a shape: filler, never a data set of their own.
CONSTANT_ARRAYS: tuple[str, ...] = (
    "numpy.ones", "numpy.zeros", "numpy.full", "numpy.empty", "numpy.eye", "numpy.identity",
    "numpy.linspace", "numpy.logspace", "numpy.geomspace", "numpy.meshgrid", "numpy.tri",
    "torch.ones", "torch.zeros", "torch.full", "torch.empty", "torch.eye", "torch.linspace",
    "tensorflow.ones", "tensorflow.zeros",
)

# Files a program writes and reads back: the same path holds the same data set or model.
# Writers: callable -> (index of the value written, index of the path or open file).
ARTIFACT_WRITERS: dict[str, tuple[int, int]] = {
    "joblib.dump": (0, 1), "pickle.dump": (0, 1), "dill.dump": (0, 1), "cloudpickle.dump": (0, 1),
    "torch.save": (0, 1), "numpy.save": (1, 0), "numpy.savetxt": (1, 0), "numpy.savez": (1, 0),
    "numpy.savez_compressed": (1, 0), "keras.models.save_model": (0, 1),
}
# Methods that write their receiver: method -> index of the path argument.
ARTIFACT_WRITE_METHODS: dict[str, int] = {
    "to_csv": 0, "to_parquet": 0, "to_pickle": 0, "to_feather": 0, "to_hdf": 0, "to_json": 0,
    "write_csv": 0, "write_parquet": 0, "save": 0, "save_model": 0, "dump_model": 0,
}
# Readers: callable -> index of the path or open file argument.
ARTIFACT_READERS: dict[str, int] = {
    "joblib.load": 0, "pickle.load": 0, "dill.load": 0, "cloudpickle.load": 0, "torch.load": 0,
    "numpy.load": 0, "numpy.loadtxt": 0, "numpy.genfromtxt": 0, "pandas.read_csv": 0,
    "pandas.read_parquet": 0, "pandas.read_pickle": 0, "pandas.read_feather": 0,
    "pandas.read_hdf": 0, "pandas.read_json": 0, "polars.read_csv": 0, "polars.read_parquet": 0,
    "keras.models.load_model": 0, "tensorflow.keras.models.load_model": 0,
}

# Functions that build a model (pretrained networks and model zoos).
MODEL_FACTORY_PREFIXES: tuple[str, ...] = (
    "torchvision.models.", "timm.create_model", "keras.applications.", "transformers.AutoModel",
    "segmentation_models_pytorch.",
)

# Modules whose classes hold data (frames, arrays, tensors, data sets), never models.
DATA_MODULES: tuple[str, ...] = (
    "pandas", "numpy", "scipy", "polars", "torch.utils.data", "torch.Tensor", "torch.tensor",
    "tensorflow.data", "xgboost.DMatrix", "lightgbm.Dataset", "catboost.Pool", "datasets",
    "torchvision.transforms",
)

# Combining rows of several data sets (axis 0).
ROW_COMBINERS: tuple[str, ...] = (
    "pandas.concat",
    "numpy.vstack",
    "numpy.concatenate",
    "numpy.row_stack",
    "numpy.append",
    "torch.cat",
    "torch.utils.data.ConcatDataset",
)
COLUMN_COMBINERS: tuple[str, ...] = ("numpy.hstack", "numpy.column_stack", "scipy.sparse.hstack")

# Whole-data statistics (pandas/numpy methods and functions).
STATISTIC_METHODS: tuple[str, ...] = (
    "mean", "median", "std", "var", "min", "max", "quantile", "mode", "nanmean", "nanmedian",
    "value_counts", "describe", "sem", "skew",
)
STATISTIC_FUNCTIONS: tuple[str, ...] = (
    "numpy.mean", "numpy.median", "numpy.std", "numpy.var", "numpy.min", "numpy.max",
    "numpy.percentile", "numpy.quantile", "numpy.nanmean", "numpy.nanmedian", "numpy.nanstd",
    "numpy.nanpercentile", "numpy.amin", "numpy.amax", "pandas.qcut",
)

# --- methods ----------------------------------------------------------------------------------

FIT_METHODS: tuple[str, ...] = ("fit", "partial_fit", "adapt", "fit_on_texts")
FIT_TRANSFORM_METHODS: tuple[str, ...] = ("fit_transform", "fit_predict")
TRANSFORM_METHODS: tuple[str, ...] = ("transform", "texts_to_sequences", "texts_to_matrix", "inverse_transform")
RESAMPLE_METHODS: tuple[str, ...] = ("fit_resample", "fit_sample", "flow")
PREDICT_METHODS: tuple[str, ...] = (
    "predict", "predict_proba", "predict_log_proba", "decision_function", "staged_predict",
)
SCORE_METHODS: tuple[str, ...] = ("score", "evaluate")

# pandas / numpy methods that keep the same rows (columns may change).
ROW_PRESERVING_METHODS: tuple[str, ...] = (
    "copy", "astype", "fillna", "drop", "rename", "assign", "apply", "applymap", "map", "replace",
    "reset_index", "set_index", "sort_values", "sort_index", "clip", "round", "abs", "to_numpy",
    "values", "reshape", "ravel", "flatten", "squeeze", "interpolate", "ffill", "bfill", "pipe",
    "transpose", "get_dummies", "select_dtypes", "reindex", "where", "mask", "cumsum", "diff",
    "shift", "pct_change", "rank", "explode", "melt", "toarray", "todense", "float", "long",
    "to", "cuda", "cpu", "numpy", "tolist", "unsqueeze", "view", "type", "log1p", "infer_objects",
)
# Methods that drop some rows without making a train/test split.
ROW_FILTER_METHODS: tuple[str, ...] = ("dropna", "drop_duplicates", "query", "head", "tail", "nlargest", "nsmallest", "loc", "iloc", "filter")
# Row-combining methods on a frame.
ROW_COMBINE_METHODS: tuple[str, ...] = ("append", "merge", "join", "combine_first")

# Names that say a variable holds evaluation data, and ones that say validation data.
TEST_NAME_WORDS: tuple[str, ...] = ("test", "tst", "holdout", "hold_out", "eval")
VALIDATION_NAME_WORDS: tuple[str, ...] = ("val", "valid", "validation", "dev")
TRAIN_NAME_WORDS: tuple[str, ...] = ("train", "trn", "tr")

# Keyword arguments that hand evaluation data to a training call (early stopping, monitoring).
EVAL_DATA_KEYWORDS: tuple[str, ...] = ("validation_data", "eval_set", "valid_sets", "evals", "val_dataloaders")
SELECTION_KEYWORDS: tuple[str, ...] = ("early_stopping_rounds", "callbacks", "early_stopping", "use_best_model")
SELECTION_CALLBACKS: tuple[str, ...] = (
    "EarlyStopping", "ModelCheckpoint", "ReduceLROnPlateau", "early_stopping", "EarlyStoppingCallback",
)
