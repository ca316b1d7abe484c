//! The methods of NumPy's binary ufuncs: `np.add.at`, `np.add.outer`, `np.add.reduce`,
//! `np.add.accumulate` (and the same on `subtract`, `multiply`, `maximum`, ...). Each is
//! rewritten into AST sema already types, at the call's span, with the operands evaluated once
//! into hidden locals:
//!
//! - `np.OP.at(a, idx, b)` is NumPy's unbuffered loop written out: for each index `k` in
//!   order, `a[idx[k], None] = np.OP(a[idx[k], None], b_k)`, so repeated indices accumulate.
//!   The one-element view keeps the array operation's warning words (`divide`, not `scalar
//!   divide`) and its bounds check gives NumPy's `index 10 is out of bounds for axis 0 with
//!   size 10`; the store casts unsafely, as `ufunc.at` does. Python scalar values are made
//!   NumPy scalars of the default dtype first, because `ufunc.at` converts `b` with
//!   `np.asarray` (a Python float added into a float32 array computes in float64).
//! - `np.OP.outer(a, b)` is `np.OP(a.reshape(a.shape + (1,) * b.ndim), b)`, as NumPy's
//!   `ufunc.outer` reshapes its first operand.
//! - `np.OP.reduce(a, axis=0)` and `np.OP.accumulate(a, axis=0)` are the functions NumPy
//!   itself implements with them (`np.sum` is `np.add.reduce`, `np.cumsum` is
//!   `np.add.accumulate`, ...), called with the ufunc method's default axis 0.

use super::desugar::Build;
use super::shape::bind_args;
use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, BinOp, ExprKind as A, StmtKind as S};
use crate::types::{DType, ModuleKind, Ty};

/// The binary ufuncs whose methods arrc has (each is also a function `np.NAME` it types).
const BINARY_UFUNCS: &[&str] = &[
    "add",
    "subtract",
    "multiply",
    "divide",
    "true_divide",
    "floor_divide",
    "remainder",
    "mod",
    "power",
    "maximum",
    "minimum",
    "fmax",
    "fmin",
    "logical_and",
    "logical_or",
    "logical_xor",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "arctan2",
    "hypot",
];

/// The ufunc method names NumPy has (those arrc lacks are `unsupported`).
const METHODS: &[&str] = &["at", "outer", "reduce", "accumulate", "reduceat"];

impl Sema {
    /// `np.UFUNC.METHOD(...)` when `func` is one: `Some` of the typed call, else `None`.
    pub(super) fn numpy_ufunc_method(
        &mut self,
        func_value: &ast::Expr,
        method: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<Option<hir::Expr>> {
        let A::Attribute {
            value: module,
            attr: ufunc,
            ..
        } = &func_value.kind
        else {
            return Ok(None);
        };
        if self.module_of(module) != Some(ModuleKind::NumPy) || !METHODS.contains(&method) {
            return Ok(None);
        }
        if !BINARY_UFUNCS.contains(&ufunc.as_str()) {
            if super::numpy_names::NUMPY_CALLABLES.contains(&ufunc.as_str()) {
                return unsupported(span, format!("np.{ufunc}.{method}"));
            }
            return Ok(None);
        }
        let e = match method {
            "at" => self.ufunc_at(ufunc, args, kwargs, span)?,
            "outer" => self.ufunc_outer(ufunc, args, kwargs, span)?,
            "reduce" | "accumulate" => self.ufunc_reduce(ufunc, method, args, kwargs, span)?,
            _ => return unsupported(span, format!("np.{ufunc}.{method}")),
        };
        Ok(Some(e))
    }

    /// `np.OP.at(a, indices, b)`: see the module doc.
    fn ufunc_at(
        &mut self,
        ufunc: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("at", &["a", "indices", "b"], 2, args, kwargs, span)?;
        let Some(b_e) = b[2] else {
            return unsupported(
                span,
                format!("np.{ufunc}.at without values (a unary ufunc's form)"),
            );
        };
        let mut first = Vec::new();
        let a = self.expr(b[0].unwrap())?;
        let Ty::Array(at) = a.ty.clone() else {
            return unsupported(b[0].unwrap().span, format!("np.{ufunc}.at of a {}", a.ty));
        };
        if at.tensor.is_some() {
            return unsupported(b[0].unwrap().span, format!("np.{ufunc}.at of a tensor"));
        }
        let a_id = self.hidden_local(a, &mut first);
        // The index arrays (one per indexed axis), or a single int index.
        let idx_e = b[1].unwrap();
        let items: Vec<&ast::Expr> = match &idx_e.kind {
            A::Tuple(items) => items.iter().collect(),
            _ => vec![idx_e],
        };
        if items.is_empty() || items.len() > at.shape.len() {
            return unsupported(idx_e.span, format!("np.{ufunc}.at with this index"));
        }
        let mut idx_ids = Vec::new();
        let mut count: Option<usize> = None;
        let mut scalar_index = false;
        for it in &items {
            let v = super::lists::as_array(self.array_like_arg(it)?);
            match &v.ty {
                Ty::Array(t) if t.tensor.is_none() && t.shape.len() == 1 => {
                    if !matches!(t.dtype, DType::I64 | DType::I32) {
                        return unsupported(
                            it.span,
                            format!(
                                "np.{ufunc}.at with an index array of dtype {}",
                                t.dtype.name()
                            ),
                        );
                    }
                    match count {
                        None => count = Some(t.shape[0]),
                        Some(n) if n == t.shape[0] => {}
                        Some(n) => {
                            return err(
                                it.span,
                                SemaError::Py(PyExc::IndexError, format!(
                                    "shape mismatch: indexing arrays could not be broadcast together with shapes ({n},) ({},) ",
                                    t.shape[0]
                                )),
                            )
                        }
                    }
                }
                t if t.is_index() && !matches!(t, Ty::Bool | Ty::NpScalar(DType::Bool)) => {
                    scalar_index = true;
                }
                t => {
                    return unsupported(
                        it.span,
                        format!("np.{ufunc}.at with an index that is a {t}"),
                    )
                }
            }
            idx_ids.push(self.hidden_local(v, &mut first));
        }
        if scalar_index && count.is_some() {
            return unsupported(
                idx_e.span,
                format!("np.{ufunc}.at mixing int and array indices"),
            );
        }
        let n = count.unwrap_or(1);
        let rest = &at.shape[items.len()..];
        // The values, as `np.asarray` makes them: a Python scalar becomes a NumPy scalar.
        let v = self.array_like_arg(b_e)?;
        let vty = v.ty.clone();
        let v = match vty {
            Ty::Int => self.to_py(v, Ty::NpScalar(DType::I64)),
            Ty::Float => self.to_py(v, Ty::NpScalar(DType::F64)),
            Ty::Bool => self.to_py(v, Ty::NpScalar(DType::Bool)),
            Ty::NpScalar(_) => v,
            Ty::Array(ref t) if t.tensor.is_none() => v,
            ref t => {
                return unsupported(
                    b_e.span,
                    format!("np.{ufunc}.at with values that are a {t}"),
                )
            }
        };
        // Which part of the values step `k` uses: all of them, row `k`, or row 0.
        let mut per_step = 0; // 0: all, 1: row k, 2: row 0
        if let Ty::Array(vt) = &v.ty {
            let full: Vec<usize> = std::iter::once(if scalar_index { 1 } else { n })
                .chain(rest.iter().copied())
                .collect();
            let fits = |have: &[usize], want: &[usize]| {
                have.len() <= want.len()
                    && have
                        .iter()
                        .rev()
                        .zip(want.iter().rev())
                        .all(|(&h, &w)| h == w || h == 1)
            };
            let full_cmp = if scalar_index { &full[1..] } else { &full[..] };
            if !fits(&vt.shape, full_cmp) {
                return err(
                    b_e.span,
                    SemaError::Py(
                        PyExc::ValueError,
                        "array is not broadcastable to correct shape".into(),
                    ),
                );
            }
            if !scalar_index && vt.shape.len() == full.len() {
                per_step = if vt.shape[0] == n { 1 } else { 2 };
            }
        }
        let v_id = self.hidden_local(v, &mut first);
        let bl = Build(span);
        const A_NAME: &str = "a·at";
        const V_NAME: &str = "v·at";
        const K_NAME: &str = "k·at";
        let idx_names: Vec<String> = (0..idx_ids.len()).map(|i| format!("i{i}·at")).collect();
        let mut target_items: Vec<ast::Expr> = idx_names
            .iter()
            .map(|nm| {
                if scalar_index {
                    bl.name(nm)
                } else {
                    bl.index(bl.name(nm), bl.name(K_NAME))
                }
            })
            .collect();
        target_items.push(bl.e(A::None));
        let target = bl.index(bl.name(A_NAME), bl.tuple(target_items));
        let value = match per_step {
            1 => bl.index(bl.name(V_NAME), bl.name(K_NAME)),
            2 => bl.index(bl.name(V_NAME), bl.int(0)),
            _ => bl.name(V_NAME),
        };
        let op = match ufunc {
            "add" => Some(BinOp::Add),
            "subtract" => Some(BinOp::Sub),
            "multiply" => Some(BinOp::Mul),
            "divide" | "true_divide" => Some(BinOp::Div),
            "floor_divide" => Some(BinOp::FloorDiv),
            "remainder" | "mod" => Some(BinOp::Mod),
            "power" => Some(BinOp::Pow),
            "bitwise_and" => Some(BinOp::BitAnd),
            "bitwise_or" => Some(BinOp::BitOr),
            "bitwise_xor" => Some(BinOp::BitXor),
            _ => None,
        };
        let computed = match op {
            Some(op) => bl.binop(op, target.clone(), value),
            None => bl.call(bl.np(ufunc), vec![target.clone(), value], vec![]),
        };
        let step = ast::Stmt {
            kind: S::Assign {
                targets: vec![target],
                value: computed,
            },
            span,
        };
        let k_id = self.new_local("<value>", Ty::Int);
        self.locals[k_id].may_be_unbound = false;
        let mut names: Vec<(&str, hir::LocalId)> =
            vec![(A_NAME, a_id), (V_NAME, v_id), (K_NAME, k_id)];
        for (nm, id) in idx_names.iter().zip(&idx_ids) {
            names.push((nm.as_str(), *id));
        }
        let range = bl.call(bl.name("range"), vec![bl.int(n as i64)], vec![]);
        self.with_hidden_names(&names, |s| {
            if scalar_index {
                s.stmt(&step, &mut first)
            } else {
                s.for_range(
                    &bl.name(K_NAME),
                    &range,
                    std::slice::from_ref(&step),
                    span,
                    &mut first,
                )
            }
        })?;
        Ok(super::seq(first, mk(H::None, Ty::None, span)))
    }

    /// `np.OP.outer(a, b)`: see the module doc.
    fn ufunc_outer(
        &mut self,
        ufunc: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("outer", &["A", "B"], 2, args, kwargs, span)?;
        let mut first = Vec::new();
        let mut ids = Vec::new();
        let mut shapes = Vec::new();
        for e in [b[0].unwrap(), b[1].unwrap()] {
            let v = self.array_like_arg(e)?;
            match &v.ty {
                Ty::Array(t) if t.tensor.is_none() => shapes.push(t.shape.clone()),
                t => {
                    return unsupported(e.span, format!("np.{ufunc}.outer of a {t}"));
                }
            }
            ids.push(self.hidden_local(v, &mut first));
        }
        let bl = Build(span);
        let new_shape: Vec<ast::Expr> = shapes[0]
            .iter()
            .map(|&d| bl.int(d as i64))
            .chain(shapes[1].iter().map(|_| bl.int(1)))
            .collect();
        let lhs = bl.method(bl.name("a·outer"), "reshape", vec![bl.tuple(new_shape)]);
        let call = bl.call(bl.np(ufunc), vec![lhs, bl.name("b·outer")], vec![]);
        let names = [("a·outer", ids[0]), ("b·outer", ids[1])];
        self.type_rewrite(&names, first, &call)
    }

    /// `np.OP.reduce(a, axis=0, keepdims=False)` and `np.OP.accumulate(a, axis=0)`.
    fn ufunc_reduce(
        &mut self,
        ufunc: &str,
        method: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let params: &[&str] = if method == "reduce" {
            &["array", "axis", "dtype", "out", "keepdims"]
        } else {
            &["array", "axis", "dtype", "out"]
        };
        let b = bind_args(method, params, 1, args, kwargs, span)?;
        for (k, e) in b.iter().enumerate().skip(2) {
            if let Some(e) = e {
                let default = if params[k] == "keepdims" {
                    matches!(e.kind, A::Bool(false | true))
                } else {
                    matches!(e.kind, A::None)
                };
                if !default {
                    return unsupported(e.span, format!("np.{ufunc}.{method} with {}=", params[k]));
                }
            }
        }
        let func = match (ufunc, method) {
            ("add", "reduce") => "sum",
            ("multiply", "reduce") => "prod",
            ("maximum", "reduce") => "max",
            ("minimum", "reduce") => "min",
            ("logical_and", "reduce") => "all",
            ("logical_or", "reduce") => "any",
            ("add", "accumulate") => "cumsum",
            ("multiply", "accumulate") => "cumprod",
            _ => return unsupported(span, format!("np.{ufunc}.{method}")),
        };
        let bl = Build(span);
        let mut first = Vec::new();
        let v = self.array_like_arg(b[0].unwrap())?;
        if !matches!(v.ty, Ty::Array(_) | Ty::RunArray(_)) {
            return unsupported(
                b[0].unwrap().span,
                format!("np.{ufunc}.{method} of a {}", v.ty),
            );
        }
        let id = self.hidden_local(v, &mut first);
        let mut kw = vec![bl.kw("axis", b[1].cloned().unwrap_or_else(|| bl.int(0)))];
        if let Some(k) = b.get(4).copied().flatten() {
            kw.push(bl.kw("keepdims", k.clone()));
        }
        let call = bl.call(bl.np(func), vec![bl.name("a·reduce")], kw);
        self.type_rewrite(&[("a·reduce", id)], first, &call)
    }
}
