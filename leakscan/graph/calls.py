"""What calls do: library constructors, splits, fits, transforms, metrics, pandas methods.

``CallsMixin`` holds the call semantics of the ``Builder`` (it is not used on its own): it asks
``leakscan.knowledge`` what a callable is and records the matching events. Statements and
expressions live in ``leakscan.graph.builder``.
"""

from __future__ import annotations

import re

import libcst as cst

from leakscan import knowledge as K
from leakscan.graph.model import (
    DATA,
    FOLDS,
    FUNCTION,
    OBJECT,
    OTHER,
    PREDICTION,
    SCORE,
    SEQUENCE,
    STAT,
    STATE,
    SYMBOL,
    CLASS,
    ApplyEvent,
    CVEvent,
    EvalEvent,
    FitEvent,
    Obj,
    PredictEvent,
    ResampleEvent,
    Role,
    SelectEvent,
    SplitEvent,
    StatEvent,
    TransformEvent,
    Value,
)
from leakscan.knowledge import tables as T
from leakscan.graph.common import (
    Args,
    _INDEX_FUNCTIONS,
    _MAX_DEPTH,
    _MAX_INLINED,
    _PASS_THROUGH,
    _RANK_METHODS,
    _SELECT_BUILTINS,
    _SELECT_METHODS,
    _SELF_METHODS,
    _WORD,
    _BUILTINS,
    _ESTIMATOR_METHODS,
    _first_data,
    _flatten,
    _group_statistic,
    _is_keras_like,
    _learns,
    _looks_like_class,
    _params,
    _row_wise,
    _selects,
    _strings,
    _within_role,
    role_from_name,
)


class CallsMixin:
    """Call semantics of the Builder (see its docstring)."""

    def eval_args(self, call: cst.Call) -> Args:
        args = Args()
        for a in call.args:
            v = self.expr(a.value)
            if a.keyword is not None:
                args.kw[a.keyword.value] = v
                args.kw_nodes[a.keyword.value] = a.value
            elif a.star == "*" and v.items is not None:
                args.pos.extend(v.items)
            else:
                args.pos.append(v)
                args.pos_nodes.append(a.value)
        self.time.args[id(call)] = args
        return args

    def call(self, node: cst.Call) -> Value:
        func = node.func
        if isinstance(func, cst.Attribute):
            recv = self.expr(func.value)
            self.time.recv[id(node)] = recv
            method = func.attr.value
            attrs = recv.extra.get("attrs")
            if attrs is not None and method in attrs and attrs[method].kind == FUNCTION:
                return self.inline(node, attrs[method], None)
            if recv.kind == SYMBOL:
                return self.library_call(node, f"{recv.qualname}.{method}", self.eval_args(node))
            if recv.kind == OTHER and "cls" in recv.extra:
                meth = recv.extra["cls"].extra["methods"].get(method)
                if meth is not None:
                    info = recv.extra["cls"].extra
                    mv = self.new(FUNCTION, node, extra={"def": meth, "top": info["top"], "scopes": info["scopes"], "importer": info.get("importer")})
                    return self.inline(node, mv, recv)
            args = self.eval_args(node)
            return self.method_call(node, recv, method, args)
        callee = self.expr(func)
        if callee.kind == FUNCTION:
            return self.inline(node, callee, None)
        if callee.kind == CLASS:
            return self.instantiate(node, callee)
        args = self.eval_args(node)
        if callee.kind == SYMBOL:
            return self.library_call(node, callee.qualname or "", args)
        if callee.kind == OBJECT and callee.obj is not None:
            data = args.get(0)
            if data is not None and data.kind == DATA:
                return self._predict(node, callee.obj, data)
        if callee.kind in (OTHER, DATA) and not callee.extra.get("indices"):
            return self.unknown_result(node, [*args.all(), callee])  # loader(), a function passed in, Model()
        return self.derive(node, [callee, *args.all()])

    def instantiate(self, node: cst.Call, cls_value: Value, evaluated: Args | None = None) -> Value:
        info = cls_value.extra
        kind = info["kind"]
        args = evaluated if evaluated is not None else self.eval_args(node)
        if kind:
            obj = Obj(id=len(self.values), kind=kind, cls=info["name"], site=self.site(node), ctor_value=-1)
            v = self.new(OBJECT, node, args.all(), obj=obj)
            obj.ctor_value = v.id
            return v
        inst = self.new(OTHER, node, args.all(), extra={"cls": cls_value, "attrs": dict(info.get("class_attrs") or {})})
        init = info["methods"].get("__init__")
        fields = info.get("fields")
        if init is None and fields:  # a dataclass: the generated __init__ stores its arguments as fields
            for name, arg in zip(fields, args.pos):
                inst.extra["attrs"][name] = arg
            for name, arg in args.kw.items():
                if name in fields:
                    inst.extra["attrs"][name] = arg
        if init is not None:
            mv = self.new(FUNCTION, node, extra={"def": init, "top": info["top"], "scopes": info["scopes"], "importer": info.get("importer")})
            self.inline(node, mv, inst, evaluated=args)
        return inst

    def inline(self, node: cst.Call, fn_value: Value, self_value: Value | None, evaluated: Args | None = None) -> Value:
        """Analyze a same-file function's body for this call, with these arguments."""
        fn = fn_value.extra["def"]
        args = evaluated if evaluated is not None else self.eval_args(node)
        if id(fn) in self.active or len(self.active) >= _MAX_DEPTH or self.inlined >= _MAX_INLINED:
            return self.derive(node, args.all())
        self.inlined += 1
        self.called.add(id(fn))
        scope: dict[str, Value] = {}
        params = _params(fn.params)
        pos = list(args.pos)
        if self_value is not None and params:
            scope[params[0].name.value] = self_value
            params = params[1:]
        star = fn.params.star_arg
        for p in params:
            name = p.name.value
            if name in args.kw:
                scope[name] = args.kw[name]
            elif pos and p not in fn.params.kwonly_params:
                scope[name] = pos.pop(0)
            elif p.default is not None:
                scope[name] = self.expr(p.default)
            else:
                scope[name] = self._placeholder(name, p)
        if isinstance(star, cst.Param):
            scope[star.name.value] = self.new(SEQUENCE, node, pos, items=pos)
        if isinstance(fn, cst.Lambda):
            saved = self.scopes
            self.scopes = [*fn_value.extra["scopes"], scope]
            self.active.append(id(fn))
            try:
                return self.expr(fn.body)
            finally:
                self.active.pop()
                self.scopes = saved
        frames = (*self.frames, (node, self.top))
        returns = self._run_body(fn, fn_value, fn_value.extra["scopes"], scope, frames, fn_value.extra["top"])
        if not returns:
            return self.new(OTHER, node, args.all())
        if len(returns) == 1:
            return returns[0]
        best = [r for r in returns if r.kind not in (OTHER,)]
        return (best or returns)[-1]

    def _run_body(self, fn: cst.FunctionDef, fn_value: Value, scopes: list[dict[str, Value]], scope: dict[str, Value], frames: tuple, top: int) -> list[Value]:
        saved = (self.scopes, self.frames, self.top, self.returns, self.loop_stack, self.pending, self.stmt_stats, self.stmt_rowsets, self.returned, self.importer)
        self.importer = fn_value.extra.get("importer") or self.main_path  # where the body's imports resolve from
        self.scopes = [*scopes, scope]
        self.frames = frames
        self.top = top
        self.returns = []
        self.returned = False
        self.loop_stack = list(self.loop_stack) if frames else []
        self.active.append(id(fn))
        try:
            self.suite(fn.body)
            return self.returns
        finally:
            self.active.pop()
            self.scopes, self.frames, self.top, self.returns, self.loop_stack, self.pending, self.stmt_stats, self.stmt_rowsets, self.returned, self.importer = saved

    def library_call(self, node: cst.Call, qualname: str, args: Args) -> Value:
        kind = self.kb.kind_of(qualname)
        short = qualname.rpartition(".")[2]
        normal = self.kb.normalize(qualname)
        if kind is None and normal not in T.ARTIFACT_WRITERS and normal not in T.ARTIFACT_READERS:
            helper = self.project_callable(qualname)  # from prep import scale: a function of the project
            if helper is not None and helper.kind == FUNCTION:
                return self.inline(node, helper, None, evaluated=args)
            if helper is not None and helper.kind == CLASS:
                return self.instantiate(node, helper, evaluated=args)
        if short in ("Path", "PurePath", "join", "joinpath") and qualname.startswith(("pathlib.", "os.path.", "Path", "PurePath")):
            texts = [v.extra.get("str") for v in args.pos]
            if texts and all(isinstance(t, str) for t in texts):  # Path("data") / "train.csv", os.path.join(DATA, "x.csv")
                return self.new(OTHER, node, args.all(), extra={"str": "/".join(t.rstrip("/") for t in texts[:-1]) + ("/" if len(texts) > 1 else "") + texts[-1]})  # type: ignore[union-attr]
        if normal in T.RANDOM_GENERATORS:
            return self.new(OTHER, node, args.all(), extra={"generator": True})
        if normal in T.ARTIFACT_WRITERS:
            what, where = T.ARTIFACT_WRITERS[normal]
            self._write_artifact(args.get(where), args.get(what))
        elif normal in T.ARTIFACT_READERS:
            stored = self._read_artifact(node, args.get(T.ARTIFACT_READERS[normal]))
            if stored is not None:
                return stored
        if qualname == "open" and args.pos and isinstance(args.pos[0].extra.get("str"), str):
            return self.new(OTHER, node, args.all(), extra={"path": args.pos[0].extra["str"], "builtin": True})
        if short in ("save", "dump", "deepcopy") and any(v.obj is not None for v in _flatten(args.all())):
            self.kept_objects += 1  # torch.save(model.state_dict()), joblib.dump(model), deepcopy(model)
        if kind in (K.TRANSFORMER, K.STATELESS, K.RESAMPLER, K.SEARCH, K.CV_SPLITTER, K.ESTIMATOR, K.PIPELINE):
            return self.construct(node, qualname, kind, args)
        imported_class = "." in qualname and short[:1].isupper()  # from sklearn.lda import LDA
        if kind is None and (imported_class or _looks_like_class(short)) and short not in T.SELECTION_CALLBACKS and not qualname.startswith(T.DATA_MODULES):
            return self.construct(node, qualname, "unknown", args)
        if kind == K.SPLIT_FUNCTION:
            return self.split_call(node, qualname, args)
        if kind == K.CV_FUNCTION:
            est = args.get(0, "estimator")
            data = args.get(1, "X")
            self.event(CVEvent, node, estimator=est.obj if est is not None else None, data=data, what=short)
            result = self.new(SCORE, node, args.all(), extra={"cv": True})
            return result
        if kind == K.RESAMPLE_FUNCTION:
            datas = [v for v in args.pos if v.kind == DATA and v.rows is not None]
            outs = []
            for d in datas:
                rows = self.rowset("resampled", [d.rows], node, label=d.name or "")  # type: ignore[list-item]
                self.event(ResampleEvent, node, data=d, output_rows=rows, what=short)
                outs.append(self.new(DATA, node, [d], rows=rows))
            if len(outs) == 1:
                return outs[0]
            return self.new(SEQUENCE, node, outs, items=outs)
        if kind == K.TRAIN_FUNCTION:
            return self.train_function(node, qualname, args)
        if kind == K.METRIC:
            return self.metric(node, short, args)
        if kind == K.LOADER:
            return self.load(node, args)
        if kind == K.SPLIT_LOADER:
            return self.split_load(node)
        if kind == K.ROW_COMBINER:
            return self.combine_rows(node, args, short)
        if kind == K.COLUMN_COMBINER:
            return self.derive(node, _flatten(args.all()))
        if kind == K.TRANSFORM_FUNCTION:
            data = args.get(0, "X")
            obj = Obj(id=len(self.values), kind=K.TRANSFORMER, cls=short, site=self.site(node), ctor_value=-1)
            ctor = self.new(OBJECT, node, obj=obj)
            obj.ctor_value = ctor.id
            return self._fit(node, ctor, obj, "fit_transform", Args(pos=[data] if data else []), transform=True)
        if kind == K.STATISTIC or qualname in _SELECT_BUILTINS:
            inputs = _flatten(args.all())
            if any(self._is_score(v) for v in inputs) or (qualname in _SELECT_BUILTINS and kind != K.STATISTIC):
                sel = self.event(SelectEvent, node, inputs=[v for v in inputs if v.kind != OTHER or self._is_score(v)] or inputs)
                out = self.derive(node, inputs)
                out.extra["select"] = sel  # models[max(scores, key=scores.get)] picks a model
                return out
            data = next((v for v in inputs if v.kind == DATA and v.rows is not None), None)
            if data is not None and _row_wise(args, first=1):
                return self.new(DATA, node, inputs, rows=data.rows)  # np.mean(X, axis=1): per row
            if data is not None and "pred" in data.extra and short in ("mean", "sum"):
                return self._score_predictions(node, data, short)
            if data is not None:
                return self._statistic(node, data, short, keep_rows=short in ("qcut",))
            return self.derive(node, inputs)
        if qualname in ("enumerate", "zip"):
            wrapped = args.pos
            return self.new(SEQUENCE, node, wrapped, extra={"wrapped": wrapped, "enumerate": qualname == "enumerate"})
        if qualname in _PASS_THROUGH and args.pos:
            first = args.pos[0]
            if qualname.startswith("numpy.") and first.kind in (SEQUENCE, OTHER) and _first_data(first) is None:
                return self.unknown_result(node, [first])  # np.array(rows_read_by_hand): data built in code
            return first
        if qualname in ("dict",):
            return self.new(SEQUENCE, node, args.all(), items=[], extra={"dict": True})
        if qualname in ("print", "len", "range", "int", "float", "str", "bool", "isinstance", "type", "round", "abs", "repr", "hasattr", "getattr"):
            out = self.new(OTHER, node, args.all())
            if qualname == "round" and args.pos and args.pos[0].kind == SCORE:
                out.kind = SCORE
            return out
        if short in T.SELECTION_CALLBACKS or short in _INDEX_FUNCTIONS or qualname in _BUILTINS or self.kb.normalize(qualname) in T.CONSTANT_ARRAYS:
            out = self.derive(node, args.all())
            out.extra["selects" if short in T.SELECTION_CALLBACKS else "indices" if short in _INDEX_FUNCTIONS else "builtin"] = True
            if self.kb.normalize(qualname) in T.CONSTANT_ARRAYS:
                out.extra["filler"] = True  # np.zeros((n, d)): data once rows are written into it
            return out
        return self.unknown_result(node, args.all())

    def _write_artifact(self, where: Value | None, what: Value | None) -> None:
        """``joblib.dump(model, "m.joblib")``, ``df.to_csv(path)``: remember what the path holds."""
        path = self.path_text(where)
        if path is not None and what is not None:
            self.artifacts[path] = what
            if what.kind == OBJECT:
                self.kept_objects += 1

    def _read_artifact(self, node: cst.CSTNode, where: Value | None) -> Value | None:
        """The value this program wrote to the same path earlier: the same model, the same rows."""
        path = self.path_text(where) or ""
        stored = self.artifacts.get(path)
        if stored is None and path:
            stored = self.read_from_project(node, path)  # written by another script of the project
            return stored
        if stored is None:
            return None
        if stored.kind == DATA and stored.rows is not None:
            return self.new(DATA, node, [stored], rows=stored.rows)
        return stored

    def unknown_result(self, node: cst.CSTNode, inputs: list[Value]) -> Value:
        """What a call leakscan knows nothing about returns: data, until it is used otherwise.

        Given data, it keeps the rows of its first data argument (``clean(df)``); given none, it
        is a data set of its own (``pd.DataFrame(...)``, ``pickle.load(f)``, ``get_data()``), so a
        later fit, split or score on it is seen. Used as an estimator (``.fit(X)``, ``.transform(X)``),
        it becomes one (see ``method_call``).
        """
        out = self.derive(node, inputs)
        if out.kind == OTHER:
            names = self.pending[1] if self.pending[0] is node else []
            out.kind = DATA
            out.rows = self.rowset("source", node=node, label=names[0] if len(names) == 1 else "")
        if out.kind == DATA:
            out.extra["via_call"] = True
        return out

    def construct(self, node: cst.Call, qualname: str, kind: str, args: Args) -> Value:
        short = qualname.rpartition(".")[2]
        steps: list[Obj] = []
        if kind in (K.PIPELINE, K.SEARCH) or short in ("ColumnTransformer", "make_column_transformer", "DataFrameMapper", "FeatureUnion", "make_union", "SelectFromModel", "RFE", "RFECV", "SequentialFeatureSelector", "OneVsRestClassifier", "BaggingClassifier", "VotingClassifier", "StackingClassifier"):
            steps = [v.obj for v in _flatten(args.pos[:1] if kind == K.SEARCH else args.all()) if v.kind == OBJECT and v.obj is not None]
        learned = kind != K.STATELESS
        if kind == K.PIPELINE:
            last = steps[-1] if steps else None
            if last is not None and last.kind in (K.TRANSFORMER, K.STATELESS):
                kind = K.TRANSFORMER
                learned = any(s.learned and s.kind == K.TRANSFORMER for s in steps)
            elif last is not None and last.kind == K.RESAMPLER:
                kind = K.RESAMPLER
        if kind == K.STATELESS:
            kind = K.TRANSFORMER
        obj = Obj(id=len(self.values), kind=kind, cls=short, site=self.site(node), ctor_value=-1, steps=steps, learned=learned)
        obj.learns = _learns(self.kb.normalize(qualname), kind, steps)
        v = self.new(OBJECT, node, args.all(), obj=obj)
        obj.ctor_value = v.id
        if _selects(args):  # XGBClassifier(early_stopping_rounds=50), callbacks=[EarlyStopping()]
            v.extra["selects"] = True
        if kind == K.CV_SPLITTER:
            n = args.kw_nodes.get("n_splits")
            obj.holdout = isinstance(n, cst.Integer) and n.value == "1"
        where = T.DATA_IN_CONSTRUCTOR.get(self.kb.normalize(qualname))
        if where is not None:  # statsmodels: sm.Logit(y, X).fit()
            obj.ctor_data = (args.get(where[1], "exog"), args.get(where[0], "endog"))
        elif "data" in args.kw and qualname.startswith("statsmodels.formula"):
            obj.ctor_data = (args.kw["data"], args.kw["data"])
        return v

    def split_call(self, node: cst.Call, qualname: str, args: Args) -> Value:
        datas = [v for v in args.pos]
        style = self.kb.split_style(qualname)
        names = self.pending[1] if self.pending[0] is node else []
        short = qualname.rpartition(".")[2]
        split = self.event(SplitEvent, node, kind="holdout", inputs=[d for d in datas if d.kind == DATA], label=short)
        outs: list[Value] = []
        if style == "sequence":
            base = datas[0] if datas else None
            n = 2
            lengths = args.get(1, "lengths", "indices_or_sections")
            if lengths is not None and lengths.items is not None:
                n = len(lengths.items) + (1 if qualname.startswith("numpy") else 0)
            default_roles: list[Role] = ["train", "test"] if n == 2 else ["train", "val", "test"][:n] if n <= 3 else ["train"] * n
            for i in range(n):
                role = role_from_name(names[i]) if i < len(names) else None
                outs.append(self._split_output(node, split, base, role or default_roles[i]))
        else:
            for i, d in enumerate(datas):
                for j, default in enumerate(("train", "test")):
                    k = 2 * i + j
                    role = role_from_name(names[k]) if k < len(names) else None
                    if j == 0 or role not in ("test", "val"):
                        role = default  # the first part is the training side, whatever its name (X_dev)
                    outs.append(self._split_output(node, split, d, role))  # type: ignore[arg-type]
        return self.new(SEQUENCE, node, outs, items=outs)

    def _split_output(self, node: cst.Call, split: SplitEvent, base: Value | None, role: Role) -> Value:
        if base is None or base.kind != DATA or base.rows is None:
            rows = self.rowset("source", node=node, role=role, split=split)
            return self.new(DATA, node, [base] if base else [], rows=rows)
        if role == "test" and _within_role(base.rows, "train"):
            role = "val"  # carved from training data: a validation split
        rows = self._split_child(split, base.rows, role, node)
        return self.new(DATA, node, [base], rows=rows)

    def load(self, node: cst.Call, args: Args) -> Value:
        names = self.pending[1] if self.pending[0] is node else []
        path = next((p for p in map(self.path_text, args.all()) if p), "")
        role = role_from_name(names[0]) if len(names) == 1 else None
        file_words = set(_WORD.findall(path.rsplit("/", 1)[-1].lower())) if path else set()
        file_role = "test" if file_words & {"test", "tst", "holdout"} else None
        is_test = role == "test" or (file_role == "test" and role is None)
        shared = self.shared_load(path)  # the same file read by this script and a script it follows
        if shared is not None:
            return self.new(DATA, node, args.all(), rows=shared)
        rows = self.rowset("source", node=node, label=names[0] if names else path, test_source=is_test, role="test" if is_test else None)
        self.remember_load(path, rows)
        return self.new(DATA, node, args.all(), rows=rows)

    def split_load(self, node: cst.Call) -> Value:
        parts = []
        for role in ("train", "test"):
            rows = self.rowset("source", node=node, role=role, test_source=role == "test", label=f"{role} data")  # type: ignore[arg-type]
            x = self.new(DATA, node, rows=rows)
            y = self.new(DATA, node, rows=rows)
            parts.append(self.new(SEQUENCE, node, [x, y], items=[x, y]))
        return self.new(SEQUENCE, node, parts, items=parts)

    def combine_rows(self, node: cst.Call, args: Args, short: str) -> Value:
        axis = args.kw_nodes.get("axis")
        if axis is None and short in ("concatenate", "append") and len(args.pos_nodes) > 1:
            pass
        datas = [v for v in _flatten(args.pos) if v.kind == DATA and v.rows is not None]
        if not datas:
            out = self.derive(node, args.all())
            for v in args.all():
                if "pred" in v.extra and "pred" not in out.extra:
                    out.extra["pred"] = v.extra["pred"]
            return out
        if isinstance(axis, cst.Integer) and axis.value == "1" or (isinstance(axis, cst.SimpleString) and "col" in axis.value):
            return self.new(DATA, node, datas, rows=datas[0].rows)
        if len({d.rows.id for d in datas}) == 1:  # type: ignore[union-attr]
            if len(datas) > 1:  # np.concatenate([X, augment(X)]): copies of the same rows
                rows = self.rowset("resampled", [datas[0].rows], node, label=datas[0].name or "")  # type: ignore[list-item]
                self.event(ResampleEvent, node, data=datas[0], output_rows=rows, what=f"{short} of copies of the same rows")
                return self.new(DATA, node, datas, rows=rows)
            return self.new(DATA, node, datas, rows=datas[0].rows)
        rows = self.rowset("union", [d.rows for d in datas], node, label=short)  # type: ignore[misc]
        return self.new(DATA, node, datas, rows=rows)

    def train_function(self, node: cst.Call, qualname: str, args: Args) -> Value:
        short = qualname.rpartition(".")[2]
        if short == "cv":
            data = args.get(1, "dtrain", "train_set")
            self.event(CVEvent, node, estimator=None, data=data, what=qualname)
            return self.new(SCORE, node, args.all(), extra={"cv": True})
        obj = Obj(id=len(self.values), kind=K.ESTIMATOR, cls=qualname.split(".")[0], site=self.site(node), ctor_value=-1)
        ctor = self.new(OBJECT, node, [args.get(0, "params")], obj=obj)
        obj.ctor_value = ctor.id
        fit_args = Args(pos=[a for a in [args.get(1, "dtrain", "train_set")] if a is not None], kw=dict(args.kw), kw_nodes=dict(args.kw_nodes))
        self._fit(node, ctor, obj, "train", fit_args)
        return ctor

    def metric(self, node: cst.Call, short: str, args: Args) -> Value:
        truth = args.get(0, "y_true", "labels_true", "y")
        pred = args.get(1, "y_pred", "y_score", "y_prob", "probas_pred", "labels_pred")
        pe: PredictEvent | None = None
        for v in (pred, truth):
            if v is not None and "pred" in v.extra:
                pe = v.extra["pred"]
                break
        result = self.new(SCORE, node, args.all())
        self.event(
            EvalEvent, node,
            obj=pe.obj if pe else None, state=pe.state if pe else None, data=pe.data if pe else None,
            truth=truth if (pe is None or truth is not pred) else None, result=result, what=short,
        )
        return result

    # ------------------------------------------------------------------ methods
    def method_call(self, node: cst.Call, recv: Value, method: str, args: Args) -> Value:
        if method == "backward":
            self._training_step(node)
        if method in ("sum", "mean") and "pred" in recv.extra and recv.extra["pred"].output is not recv and recv.kind != DATA:
            return self._score_predictions(node, recv, method)  # out.argmax(1).eq(y).sum()
        if recv.kind == OBJECT and recv.obj is not None:
            return self.object_method(node, recv, recv.obj, method, args)
        if recv.kind == OTHER and recv.obj is not None:  # pipe.named_steps["x"].transform(...)
            return self.object_method(node, recv, recv.obj, method, args)
        if method in T.FIT_METHODS + T.FIT_TRANSFORM_METHODS + T.RESAMPLE_METHODS + T.PREDICT_METHODS + ("score",) and (
            recv.extra.get("param") or recv.kind in (OTHER, SYMBOL)
        ) and not (method in ("transform",) and recv.kind == DATA):
            return self._adopt(node, recv, method, args)
        if recv.kind == DATA and method in _ESTIMATOR_METHODS and args.pos and args.pos[0].kind == DATA and args.pos[0] is not recv:
            # scaler = fit_scaler(X_tr); scaler.transform(X_te): what is used as an estimator is one
            return self._adopt(node, recv, method, args)
        if method == "transform" and recv.kind == OTHER and recv.extra.get("param") is None and not recv.extra.get("grouped"):
            return self._adopt(node, recv, method, args)
        if recv.kind == DATA and recv.rows is not None:
            return self.data_method(node, recv, method, args)
        if recv.kind == SEQUENCE and "all_columns_except" in recv.extra:
            removed = {c for a in args.all() for c in (_strings(a) or [])}
            if method in ("remove", "discard"):
                recv.extra["all_columns_except"] |= removed
                return self.new(OTHER, node)
            if method in ("drop", "difference"):
                return self.new(SEQUENCE, node, [recv], items=None, extra={"all_columns_except": recv.extra["all_columns_except"] | removed})
            if method in ("tolist", "to_list", "copy", "to_numpy"):
                return recv
        if recv.kind == SEQUENCE:
            if method in ("append", "extend", "insert", "add", "update", "setdefault"):
                for a in args.all():
                    self.graph.add_edge(a.id, recv.id)
                    if "pred" in a.extra and "pred" not in recv.extra:
                        recv.extra["pred"] = a.extra["pred"]
                    if recv.items is not None:
                        recv.items.append(a)
                return self.new(OTHER, node)
            if method == "items":
                return self.new(SEQUENCE, node, [recv], items=recv.items, extra={"pairs": True})
            if method == "values" and recv.items is not None and recv.extra.get("dict"):
                vals = [i.items[1] for i in recv.items if i.items and len(i.items) > 1]
                return self.new(SEQUENCE, node, vals, items=vals)
        inputs = [recv, *args.all()]
        if method in _SELECT_METHODS and any(self._is_score(v) for v in inputs):
            self.event(SelectEvent, node, inputs=[v for v in inputs if self._is_score(v)], keeps=method not in _RANK_METHODS)
        if method in _INDEX_FUNCTIONS:  # rng.choice(n, 300), np.random.permutation(n)
            out = self.derive(node, inputs)
            out.extra["indices"] = True
            return out
        if recv.extra.get("generator"):  # rng.normal(size=(500, 8)): every draw is new data
            return self.unknown_result(node, args.all())
        if recv.kind == OTHER and not recv.extra.get("builtin") and "str" not in recv.extra and not any(self._is_score(v) for v in inputs):
            return self.unknown_result(node, inputs)  # pickle.load(fh).values, client.fetch()
        out = self.derive(node, inputs)
        if method in T.COMPARISON_METHODS and out.kind == DATA:
            out.extra["mask"] = True  # out.argmax(1).eq(targets)
        return out

    def _adopt(self, node: cst.Call, recv: Value, method: str, args: Args) -> Value:
        """An unknown object used like an estimator: treat it as one from now on."""
        kind = K.TRANSFORMER if method in ("fit_transform", "transform") else K.RESAMPLER if method in T.RESAMPLE_METHODS else "unknown"
        label = recv.name or (self.module.code_for_node(node.func.value) if isinstance(node.func, cst.Attribute) else "object")  # type: ignore[union-attr]
        obj = Obj(id=len(self.values), kind=kind, cls=label, site=self.site(node), ctor_value=recv.id, learned=True)
        recv.kind = OBJECT
        recv.obj = obj
        recv.rows = None
        return self.object_method(node, recv, obj, method, args)

    def object_method(self, node: cst.Call, recv: Value, obj: Obj, method: str, args: Args) -> Value:
        if obj.kind == "unknown" and method in ("fit_transform", "transform"):
            obj.kind = K.TRANSFORMER  # an unknown class used as a transformer
            obj.learns = "unknown"
        elif obj.kind == "unknown" and method in T.RESAMPLE_METHODS:
            obj.kind = K.RESAMPLER
        if method in T.FIT_METHODS:
            return self._fit(node, recv, obj, method, args)
        if method in T.FIT_TRANSFORM_METHODS:
            return self._fit(node, recv, obj, method, args, transform=True)
        if method in T.RESAMPLE_METHODS:
            return self._resample(node, obj, method, args)
        if method in T.TRANSFORM_METHODS:
            data = args.get(0, "X", "raw_documents", "texts")
            if data is None:
                return self.derive(node, [recv])
            state = self.values[obj.state] if obj.state is not None else None
            out = self.new(DATA, node, [data, state], rows=data.rows) if data.rows is not None else self.derive(node, [data, state])
            self.event(TransformEvent, node, obj=obj, state=obj.state, data=data, output=out)
            return out
        if method in T.PREDICT_METHODS:
            data = args.get(0, "X")
            if data is None:
                return self.derive(node, [recv])
            return self._predict(node, obj, data)
        if method in T.SCORE_METHODS:
            data = args.get(0, "X", "x")
            truth = args.get(1, "y")
            result = self.new(SCORE, node, [recv, *args.all()])
            self.event(EvalEvent, node, obj=obj, state=obj.state, data=data, truth=truth, result=result, what=f"{obj.cls}.{method}")
            return result
        if method == "split" and obj.kind == K.CV_SPLITTER:
            data = args.get(0, "X")
            kind = "holdout" if obj.holdout else "cv"
            split = self.event(SplitEvent, node, kind=kind, inputs=[v for v in args.all() if v.kind == DATA], label=f"{obj.cls}.split")
            return self.new(FOLDS, node, args.all(), extra={"split": split, "base": data or recv})
        if method in ("load_state_dict", "set_weights", "load_weights") and args.pos and args.pos[0].obj is not None and args.pos[0].obj is not obj:
            recv.obj = args.pos[0].obj  # model2.load_state_dict(torch.load(path)): the saved model again
            return recv
        if method in ("set_params",):
            for a in args.all():
                self.graph.add_edge(a.id, obj.ctor_value)
            return recv
        if method in _SELF_METHODS:
            return recv
        if method in ("save", "save_model", "save_weights"):
            self.kept_objects += 1
        if method in T.ARTIFACT_WRITE_METHODS:
            self._write_artifact(args.get(T.ARTIFACT_WRITE_METHODS[method], "path", "filepath", "fname"), recv)
        if method in ("state_dict", "get_booster", "save", "save_model"):
            return self.new(OTHER, node, [recv], obj=obj)
        if method in T.STATE_READ_METHODS and obj.state is not None:  # selector.get_support(): what the fit chose
            return self.new(STAT, node, [recv, self.values[obj.state], *args.all()])
        return self.new(OTHER, node, [recv, *args.all()], obj=obj if method in ("named_steps", "get_params") else None)

    def _fit(self, node: cst.Call, recv: Value, obj: Obj, method: str, args: Args, transform: bool = False) -> Value:
        data = args.get(0, "X", "x", "raw_documents", "texts", "dtrain", "train_set")
        target = args.get(1, "y")
        if data is None and obj.ctor_data is not None:
            data, target = obj.ctor_data
        state = self.new(STATE, node, [data, target, self.values[obj.ctor_value] if obj.ctor_value >= 0 else None])
        eval_sets = [args.kw[k] for k in T.EVAL_DATA_KEYWORDS if k in args.kw]
        selects = _selects(args) or (obj.ctor_value >= 0 and bool(self.values[obj.ctor_value].extra.get("selects")))
        ev = self.event(FitEvent, node, obj=obj, data=data, target=target, state=state.id, method=method, eval_sets=eval_sets, selects=selects)
        obj.fits.append(ev)  # type: ignore[arg-type]
        obj.state = state.id
        if obj.kind == K.SEARCH:
            self.event(CVEvent, node, estimator=obj, data=data, what=f"{obj.cls}.fit")
        if transform:
            if data is None:
                return self.derive(node, [state])
            out = self.new(DATA, node, [data, state], rows=data.rows) if data.rows is not None else self.derive(node, [data, state])
            self.event(TransformEvent, node, obj=obj, state=state.id, data=data, output=out)
            return out
        if method == "fit" and _is_keras_like(obj):
            return self.new(OTHER, node, [recv], obj=obj)
        return recv

    def _resample(self, node: cst.Call, obj: Obj, method: str, args: Args) -> Value:
        data = args.get(0, "X", "x")
        target = args.get(1, "y")
        if data is None or data.rows is None:
            return self.derive(node, args.all())
        rows = self.rowset("resampled", [data.rows], node, label=data.name or "")
        self.event(ResampleEvent, node, data=data, output_rows=rows, what=f"{obj.cls}.{method}")
        x = self.new(DATA, node, [data], rows=rows)
        if method == "flow":
            return x
        y = self.new(DATA, node, [target] if target else [], rows=rows)
        return self.new(SEQUENCE, node, [x, y], items=[x, y])

    def _predict(self, node: cst.Call, obj: Obj, data: Value) -> Value:
        state = self.values[obj.state] if obj.state is not None else None
        out = self.new(PREDICTION, node, [data, state], rows=data.rows)
        ev = self.event(PredictEvent, node, obj=obj, state=obj.state, data=data, output=out)
        out.extra["pred"] = ev
        return out

    def _training_step(self, node: cst.Call) -> None:
        """``loss.backward()``: the forward passes in this loop body were training (PyTorch)."""
        loop = self.loop_stack[-1] if self.loop_stack else None
        seen: set[int] = set()
        for ev in reversed(self.events):
            if not isinstance(ev, PredictEvent) or (ev.loops[-1:] != (loop,) if loop is not None else ev.loops):
                continue
            if ev.obj.id in seen or any(f.method == "train step" and f.loops == ev.loops for f in ev.obj.fits):
                continue
            seen.add(ev.obj.id)
            self._fit(ev.site.node, self.values[ev.obj.ctor_value] if ev.obj.ctor_value >= 0 else ev.output, ev.obj, "train step", Args(pos=[ev.data]))  # type: ignore[arg-type]

    def _score_predictions(self, node: cst.CSTNode, compared: Value, what: str) -> Value:
        """``np.mean(pred == y_test)``, ``(out.argmax(1) == y).sum()``: a hand-written metric."""
        pe: PredictEvent = compared.extra["pred"]
        result = self.new(SCORE, node, [compared])
        self.event(EvalEvent, node, obj=pe.obj, state=pe.state, data=pe.data, truth=None, result=result, what=f"an accuracy computed with {what}()")
        return result

    def _statistic(self, node: cst.CSTNode, data: Value, what: str, keep_rows: bool = False) -> Value:
        stat = self.new(STAT, node, [data])
        self.event(StatEvent, node, data=data, result=stat, what=what)
        if keep_rows:
            self.stmt_stats.append(stat)
            return self.new(DATA, node, [data, stat], rows=data.rows)
        return stat

    def data_method(self, node: cst.Call, recv: Value, method: str, args: Args) -> Value:
        rows = recv.rows
        assert rows is not None
        if method in T.ARTIFACT_WRITE_METHODS:
            self._write_artifact(args.get(T.ARTIFACT_WRITE_METHODS[method], "path_or_buf", "path", "file"), recv)
        inputs = [recv, *args.all()]
        stats = [v for v in args.all() if v.kind == STAT]
        fn = next((v for v in args.pos if v.kind == FUNCTION), None)
        if recv.extra.get("grouped") and fn is None and _group_statistic(method, args):
            stat = self._statistic(node, recv, f"groupby.{method}")
            if method == "transform":
                self.stmt_stats.append(stat)
                return self.new(DATA, node, [recv, stat], rows=rows)
            return stat
        if fn is not None and method in ("apply", "transform", "agg", "aggregate", "map", "applymap", "pipe"):
            column = self.new(DATA, node, [recv], rows=rows)
            before = len(self.events)
            result = self.inline(node, fn, None, evaluated=Args(pos=[column]))
            out = self.new(DATA, node, [recv, result], rows=rows)
            computes = any(isinstance(e, StatEvent) for e in self.events[before:])
            if recv.extra.get("grouped") and method == "transform" and computes:
                stat = self._statistic(node, recv, "groupby.transform")
                self.stmt_stats.append(stat)
                self.graph.add_edge(stat.id, out.id)
            return out
        if "pred" in recv.extra and method in ("mean", "sum") and recv.extra["pred"].output is not recv and recv.extra.get("mask"):
            return self._score_predictions(node, recv, method)  # (pred == y).mean(): a hand-written accuracy
        if method in ("size", "numel", "nelement", "dim", "__len__", "memory_usage"):
            return self.new(OTHER, node, [recv])
        if method in ("rolling", "expanding", "ewm", "resample"):
            return self.new(DATA, node, inputs, rows=rows, extra={"windowed": True})
        if method in T.STATISTIC_METHODS and (recv.extra.get("windowed") or _row_wise(args)):
            return self.new(DATA, node, inputs, rows=rows)  # a per-row window statistic
        if method in T.STATISTIC_METHODS:
            if any(self._is_score(v) for v in inputs) or recv.extra.get("scores"):
                self.event(SelectEvent, node, inputs=[recv])
                return self.derive(node, inputs)
            return self._statistic(node, recv, method)
        if method == "groupby":
            return self.new(DATA, node, inputs, rows=rows, extra={"grouped": True})
        if method == "sample" and isinstance(args.kw_nodes.get("replace"), cst.Name) and args.kw_nodes["replace"].value == "True":
            new_rows = self.rowset("resampled", [rows], node, label=recv.name or "")
            self.event(ResampleEvent, node, data=recv, output_rows=new_rows, what="sample(replace=True)")
            return self.new(DATA, node, inputs, rows=new_rows)
        if method == "sample":
            frac = args.kw_nodes.get("frac")
            if isinstance(frac, (cst.Integer, cst.Float)) and float(frac.value) >= 1.0:
                return self.new(DATA, node, inputs, rows=rows)
            names = self.pending[1] if self.pending[0] is node else []
            split = self.event(SplitEvent, node, kind="holdout", inputs=[recv], label="sample")
            role = (role_from_name(names[0]) if len(names) == 1 else None) or "train"
            child = self.rowset("subset", [rows], node, role=role, split=split, label=names[0] if names else "")
            earlier = self._sample_splits.get(rows.id)
            if earlier is not None:  # two independent random samples of one frame share rows
                child.overlaps.append(earlier[1])
                earlier[1].overlaps.append(child)
            self._sample_splits[rows.id] = (split, child)  # type: ignore[assignment]
            return self.new(DATA, node, inputs, rows=child)
        if method == "drop":
            for a in args.all():
                src = a.extra.get("index_of")
                if src is not None and src.rows is not None and src.rows.parents and src.rows.parents[0] is rows and src.rows.split is not None:
                    other: Role = "test" if src.rows.role == "train" else "train"
                    child = self._split_child(src.rows.split, rows, other, node)
                    return self.new(DATA, node, inputs, rows=child)
        if method == "drop":
            named = [v for k, v in [*((None, p) for p in args.pos[:1]), *args.kw.items()] if k in (None, "columns", "labels")]
            dropped = {c for v in named for c in (_strings(v) or [])}
            out = self.new(DATA, node, inputs, rows=rows, extra={"frame": recv, "dropped": dropped})
            if any(_strings(v) is None for v in named):
                out.extra["dropped_unknown"] = True
            if "inplace" in args.kw_nodes and isinstance(node.func, cst.Attribute):
                self._rebind(node.func.value, out)
            return out
        if method == "pop":
            col = _strings(args.pos[0]) if args.pos else None
            if col:
                recv.extra.setdefault("popped", set()).update(col)
            return self.new(DATA, node, inputs, rows=rows, extra={"columns": col or [], "frame": recv})
        if method in ("select_dtypes",) or (method == "filter" and ("like" in args.kw or "regex" in args.kw or "items" in args.kw)):
            out = self.new(DATA, node, inputs, rows=rows, extra={"frame": recv, "columns": None})
            include = args.get(0, "include")
            text = self.module.code_for_node(args.kw_nodes.get("include") or (args.pos_nodes[0] if args.pos_nodes else cst.Name("x")))
            if method == "select_dtypes" and include is not None and re.search(r"number|float|int", text):
                out.extra["numeric_only"] = True  # every numeric column: a numeric target too
            return out
        if method in T.ROW_FILTER_METHODS:
            new_rows = self._filter_rows(node, recv) if method == "query" else self.rowset("filter", [rows], node, label=recv.name or "")
            return self.new(DATA, node, inputs, rows=new_rows)
        if method in T.ROW_COMBINE_METHODS:
            others = [v for v in _flatten(args.pos[:1]) if v.kind == DATA and v.rows is not None and v.rows is not rows]
            if others and method == "append":
                new_rows = self.rowset("union", [rows, *(o.rows for o in others)], node, label=method)  # type: ignore[misc]
                return self.new(DATA, node, inputs, rows=new_rows)
        if method in _SELECT_METHODS and recv.extra.get("scores"):
            self.event(SelectEvent, node, inputs=[recv])
        if stats:
            self.stmt_stats.extend(stats)
            if "inplace" in args.kw_nodes and isinstance(node.func, cst.Attribute):
                new = self.new(DATA, node, inputs, rows=rows)
                self.event(ApplyEvent, node, target=new, stats=list(stats))
                self._rebind(node.func.value, new)
                return new
        if method in ("fit", "fit_transform", "fit_resample") and recv.extra.get("param"):
            return self._adopt(node, recv, method, args)
        out = self.new(DATA, node, inputs, rows=rows)
        if (recv.extra.get("mask") and method in T.CAST_METHODS) or method in T.COMPARISON_METHODS or method in T.MASK_METHODS:
            out.extra["mask"] = True  # (pred == y).float(), pred.eq(y): a comparison, as numbers
        if "inplace" in args.kw_nodes and isinstance(node.func, cst.Attribute):
            self._rebind(node.func.value, out)
        return out
