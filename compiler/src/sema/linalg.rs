//! Linear algebra: `np.matmul` / `@` (with batches), `np.dot` / `.dot()`, `np.outer`,
//! `np.inner`, `np.trace` / `.trace()` and `np.linalg.norm`.
//!
//! Shapes are static, so every shape error is NumPy's, raised here at compile time. Products
//! become `MatMul` (the runtime's gemm), outer products an elementwise multiply of two views,
//! traces and norms runtime calls that compute what NumPy's code computes for the case.

use super::shape::{bind_args, normalize_axis};
use super::{
    const_int, const_num, err, mk, promote, transposed, unsupported, Num, Result, Sema, SemaError,
};
use crate::hir::{self, EwOp, ExprKind as H, NormKind, ViewOp};
use crate::source::{PyExc, Span};
use crate::syntax::ast;
use crate::types::{dims_of, ArrTy, DType, RunArrTy, Shape, Ty};

/// The `np.` functions this module compiles.
pub(super) const FUNCTIONS: &[&str] = &["dot", "matmul", "outer", "inner", "trace"];

/// Functions of `np.linalg` that exist but arrc does not compile: "unsupported", not "no
/// attribute".
pub(super) const LINALG_FUNCTIONS: &[&str] = &[
    "inv",
    "solve",
    "det",
    "slogdet",
    "eig",
    "eigh",
    "eigvals",
    "eigvalsh",
    "svd",
    "svdvals",
    "qr",
    "cholesky",
    "lstsq",
    "pinv",
    "matrix_rank",
    "matrix_power",
    "matrix_norm",
    "vector_norm",
    "multi_dot",
    "cond",
    "tensorsolve",
    "tensorinv",
    "matmul",
    "outer",
    "trace",
    "diagonal",
    "cross",
    "vecdot",
    "tensordot",
    "matrix_transpose",
    "LinAlgError",
];

/// A constant `ord=` of `np.linalg.norm`.
#[derive(Clone, Debug, PartialEq)]
enum Ord {
    None,
    Num(f64),
    Str(String),
}

impl Sema {
    /// `np.dot`, `np.matmul`, `np.outer`, `np.inner`, `np.trace`.
    pub(super) fn linalg_function(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        match name {
            "matmul" => {
                // A ufunc: two inputs and an optional `out`, keywords are ufunc options.
                if args.len() < 2 || args.len() > 3 {
                    let were = if args.len() == 1 { "was" } else { "were" };
                    return super::py_err(
                        PyExc::TypeError,
                        span,
                        format!(
                            "matmul() takes from 2 to 3 positional arguments but {} {were} given",
                            args.len()
                        ),
                    );
                }
                if args.len() == 3 {
                    return unsupported(args[2].span, "the `out` argument of np.matmul");
                }
                self.kwarg(kwargs, name, &[])?;
                let a = self.expr(&args[0])?;
                let b = self.expr(&args[1])?;
                // np.matmul(2, 3) is a ufunc call, not Python's `@` on ints.
                let a = self.legacy_scalar(a);
                self.matmul(a, b, true, span)
            }
            "dot" | "outer" => {
                let b = bind_args(name, &["a", "b", "out"], 2, args, kwargs, span)?;
                if let Some(out) = b[2] {
                    return unsupported(out.span, format!("the `out` argument of np.{name}"));
                }
                let x = self.expr(b[0].unwrap())?;
                let y = self.expr(b[1].unwrap())?;
                if name == "dot" {
                    self.dot(x, y, span)
                } else {
                    self.outer(x, y, span)
                }
            }
            "inner" => {
                if let Some(kw) = kwargs.first() {
                    let names: Vec<&str> = kwargs
                        .iter()
                        .filter(|k| k.name == "a" || k.name == "b")
                        .map(|k| k.name.as_str())
                        .collect();
                    if names.is_empty() {
                        return err(
                            kw.span,
                            SemaError::UnexpectedKeyword("inner".into(), kw.name.clone()),
                        );
                    }
                    return super::py_err(PyExc::TypeError, span, format!("inner() got some positional-only arguments passed as keyword arguments: '{}'", names.join(", ")));
                }
                let b = bind_args(name, &["a", "b"], 2, args, kwargs, span)?;
                let x = self.expr(b[0].unwrap())?;
                let y = self.expr(b[1].unwrap())?;
                self.inner(x, y, span)
            }
            _ => {
                let params = ["a", "offset", "axis1", "axis2", "dtype", "out"];
                let b = bind_args("trace", &params, 1, args, kwargs, span)?;
                let x = self.expr(b[0].unwrap())?;
                self.trace(x, &b[1..], span)
            }
        }
    }

    /// `x.dot(b)` and `x.trace(offset)`.
    pub(super) fn linalg_method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if name == "dot" {
            let b = bind_args("dot", &["b", "out"], 0, args, kwargs, span)?;
            let Some(other) = b[0] else {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    "dot() missing required argument 'b' (pos 0)",
                );
            };
            if let Some(out) = b[1] {
                return unsupported(out.span, "the `out` argument of .dot()");
            }
            let other = self.expr(other)?;
            return self.dot(recv, other, span);
        }
        let params = ["offset", "axis1", "axis2", "dtype", "out"];
        let b = bind_args("trace", &params, 0, args, kwargs, span)?;
        self.trace(recv, &b, span)
    }

    /// A Python scalar as the NumPy scalar `np.asarray` makes of it (int64, float64, bool):
    /// `np.dot` and `np.outer` promote their operands as arrays, value-blind.
    fn legacy_scalar(&self, v: hir::Expr) -> hir::Expr {
        match v.ty {
            Ty::Int | Ty::Float | Ty::Bool => {
                let d = v.ty.scalar_dtype().unwrap();
                self.to_py(v, Ty::NpScalar(d))
            }
            _ => v,
        }
    }

    /// `np.dot(a, b)`: a matrix product of 1-D and 2-D arrays, a multiply when one operand is
    /// a scalar.
    fn dot(&mut self, a: hir::Expr, b: hir::Expr, span: Span) -> Result<hir::Expr> {
        // A list operand is read as the array of its values (the product only reads it).
        let (a, b) = (super::lists::as_array(a), super::lists::as_array(b));
        let is_array_or_scalar = |e: &hir::Expr| {
            e.ty.is_scalar() || e.ty.as_array().is_some() || matches!(e.ty, Ty::RunArray(_))
        };
        for e in [&a, &b] {
            if !is_array_or_scalar(e) {
                return unsupported(e.span, format!("np.dot of a {}", e.ty));
            }
        }
        let zero_d = |e: &hir::Expr| {
            !matches!(e.ty, Ty::RunArray(_)) && e.ty.as_array().map_or(true, |t| t.ndim() == 0)
        };
        if zero_d(&a) || zero_d(&b) {
            if a.ty
                .as_array()
                .or(b.ty.as_array())
                .is_some_and(|t| t.tensor.is_some())
            {
                return unsupported(span, "np.dot of a tensor and a scalar");
            }
            let (a, b) = (self.legacy_scalar(a), self.legacy_scalar(b));
            return self.elementwise(EwOp::Mul, vec![a, b], span);
        }
        let product = self.matmul(a.clone(), b.clone(), false, span)?;
        // NumPy's BLAS path (`cblas_matrixproduct`) treats a one-element operand as a scalar,
        // and when the result has one element it multiplies the two values directly instead of
        // summing `0 + a*b`: `np.dot([-3.25], [0.0])` is `-0.0`, where `@` gives `0.0`.
        let one_element = |e: &hir::Expr| {
            e.ty.as_array()
                .is_some_and(|t| t.shape.iter().all(|&d| d == 1))
        };
        let dtype = match &product.ty {
            Ty::Array(t) => Some(t.dtype),
            t => t.scalar_dtype(),
        };
        if one_element(&a) && one_element(&b) && matches!(dtype, Some(DType::F32 | DType::F64)) {
            let dtype = dtype.unwrap();
            let shape = product.ty.as_array().map(|t| t.shape.clone());
            let operand = |e: hir::Expr| {
                let e = self.cast_array(e, dtype);
                let t = e.ty.as_array().unwrap().clone();
                let span = e.span;
                match &shape {
                    Some(shape) => mk(
                        H::Reshape(Box::new(e)),
                        Ty::Array(t.with(dtype, shape.clone())),
                        span,
                    ),
                    // A NumPy scalar result: the operands' one elements.
                    None => mk(
                        H::Element {
                            base: Box::new(e),
                            indices: vec![mk(H::Int(0), Ty::Int, span); t.ndim()],
                        },
                        Ty::NpScalar(dtype),
                        span,
                    ),
                }
            };
            let (a, b) = (operand(a), operand(b));
            return self.elementwise(EwOp::Mul, vec![a, b], span);
        }
        Ok(product)
    }

    /// `np.matmul` / `@` (`is_at`) and `np.dot` of arrays (not `is_at`: 1-D and 2-D only).
    pub(super) fn matmul(
        &mut self,
        a: hir::Expr,
        b: hir::Expr,
        is_at: bool,
        span: Span,
    ) -> Result<hir::Expr> {
        let py_scalar = |e: &hir::Expr| matches!(e.ty, Ty::Int | Ty::Float | Ty::Bool);
        if is_at && py_scalar(&a) && py_scalar(&b) {
            return err(
                span,
                SemaError::BadOperands("@".into(), a.ty.clone(), b.ty.clone()),
            );
        }
        if is_at {
            for (i, e) in [&a, &b].into_iter().enumerate() {
                let nd = e.ty.as_array().map(|t| t.ndim());
                if e.ty.is_scalar() || nd == Some(0) {
                    return super::py_err(PyExc::ValueError, span, format!("matmul: Input operand {i} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"));
                }
            }
        }
        if matches!(a.ty, Ty::RunArray(_)) || matches!(b.ty, Ty::RunArray(_)) {
            return self.run_matmul(a, b, is_at, span);
        }
        let (Some(ta), Some(tb)) = (a.ty.as_array().cloned(), b.ty.as_array().cloned()) else {
            let other = if a.ty.as_array().is_none() { &a } else { &b };
            return unsupported(other.span, format!("a matrix product with a {}", other.ty));
        };
        let (na, nb) = (ta.ndim(), tb.ndim());
        // `np.dot(a, v)` of an N-D `a` and a 1-D `v` sums over `a`'s last axis as matmul does;
        // for integers (exact sums) it is that product.
        let exact = |t: &ArrTy| t.dtype.is_int() || t.dtype == DType::Bool;
        let nd_by_vector = na > 2 && nb == 1 && exact(&ta) && exact(&tb);
        if !is_at && !nd_by_vector && (na > 2 || nb > 2) {
            return unsupported(
                span,
                format!("np.dot of {na}-D and {nb}-D arrays (np.matmul and @ take batches)"),
            );
        }
        let ka = ta.shape[na - 1];
        let kb = if nb == 1 {
            tb.shape[0]
        } else {
            tb.shape[nb - 2]
        };
        if ka != kb {
            if is_at {
                return err(
                    span,
                    SemaError::MatmulMismatch {
                        got: kb,
                        expected: ka,
                    },
                );
            }
            return err(
                span,
                SemaError::DotNotAligned {
                    a: ta.shape.clone(),
                    b: tb.shape.clone(),
                    ka,
                    ka_dim: na - 1,
                    kb,
                },
            );
        }
        let batch_a = &ta.shape[..na.saturating_sub(2)];
        let batch_b = &tb.shape[..nb.saturating_sub(2)];
        let Some(mut shape) = broadcast_batch(batch_a, batch_b) else {
            return err(
                span,
                SemaError::MatmulBatchBroadcast {
                    a: ta.shape.clone(),
                    b: tb.shape.clone(),
                    n: ta.shape[na - 2],
                    m: tb.shape[nb - 1],
                },
            );
        };
        if shape.len() > super::ARRAY_DIM_LIMIT {
            return unsupported(span, "matrix products with more than 8 dimensions");
        }
        let dtype = if ta.tensor.is_some() {
            crate::types::torch_promote_types(ta.dtype, tb.dtype)
        } else {
            promote(ta.dtype, tb.dtype)
        };
        if na >= 2 {
            shape.push(ta.shape[na - 2]);
        }
        if nb >= 2 {
            shape.push(tb.shape[nb - 1]);
        }
        let ty = if shape.is_empty() && ta.tensor.is_none() {
            Ty::NpScalar(dtype)
        } else {
            Ty::Array(ta.with(dtype, shape))
        };
        let a = self.cast_array(a, dtype);
        let b = self.cast_array(b, dtype);
        Ok(mk(H::MatMul(Box::new(a), Box::new(b), !is_at), ty, span))
    }

    /// A product of 1-D and 2-D operands with run-time extents: the contracted extents are
    /// checked when it runs (`arrc_matmul_check`, NumPy's error then); the runtime's
    /// `arrc_matmul` sizes the result.
    fn run_matmul(
        &mut self,
        a: hir::Expr,
        b: hir::Expr,
        is_at: bool,
        span: Span,
    ) -> Result<hir::Expr> {
        let (Some((da, sa)), Some((db, sb))) = (dims_of(&a.ty), dims_of(&b.ty)) else {
            let other = if dims_of(&a.ty).is_none() { &a } else { &b };
            return unsupported(other.span, format!("a matrix product with a {}", other.ty));
        };
        if [&a, &b]
            .iter()
            .any(|e| e.ty.as_array().is_some_and(|t| t.tensor.is_some()))
        {
            return unsupported(
                span,
                "tensors with arrays whose shape is known only at run time",
            );
        }
        let (na, nb) = (sa.len(), sb.len());
        if na > 2 || nb > 2 {
            return unsupported(
                span,
                "matrix products of more than 2 axes with extents known only at run time",
            );
        }
        // Mismatched inner extents raise NumPy's error when the product runs.
        let dtype = promote(da, db);
        let mut dims = Vec::new();
        if na == 2 {
            dims.push(sa[0]);
        }
        if nb == 2 {
            dims.push(sb[1]);
        }
        let ty = if dims.is_empty() {
            Ty::NpScalar(dtype)
        } else {
            RunArrTy { dtype, dims }.into_ty()
        };
        let a = self.cast_array(a, dtype);
        let b = self.cast_array(b, dtype);
        Ok(mk(H::MatMul(Box::new(a), Box::new(b), !is_at), ty, span))
    }

    /// `np.outer(a, b)`: NumPy's `multiply(a.ravel()[:, None], b.ravel()[None, :])`.
    fn outer(&mut self, a: hir::Expr, b: hir::Expr, span: Span) -> Result<hir::Expr> {
        let a = self.outer_operand(a, 1)?;
        let b = self.outer_operand(b, 0)?;
        self.elementwise(EwOp::Mul, vec![a, b], span)
    }

    /// An operand of `np.outer` raveled, with a new axis at `new_axis`.
    fn outer_operand(&mut self, e: hir::Expr, new_axis: usize) -> Result<hir::Expr> {
        let span = e.span;
        let flat = match &e.ty {
            Ty::Int | Ty::Float | Ty::Bool => {
                // np.asarray(2): one element, of the scalar's value-blind dtype.
                let d = e.ty.scalar_dtype().unwrap();
                mk(
                    H::Full(Box::new(e)),
                    Ty::Array(ArrTy::new(d, vec![1])),
                    span,
                )
            }
            Ty::Array(t) if t.tensor.is_some() => {
                return unsupported(span, "np.outer of tensors");
            }
            Ty::Array(t) if t.ndim() == 1 => e,
            Ty::Array(t) => {
                let ty = Ty::Array(t.with(t.dtype, vec![t.size()]));
                mk(H::Ravel(Box::new(e)), ty, span)
            }
            t => return unsupported(span, format!("np.outer of a {t}")),
        };
        let t = flat.ty.as_array().unwrap().clone();
        let mut shape = t.shape.clone();
        shape.insert(new_axis, 1);
        Ok(mk(
            H::View {
                base: Box::new(flat),
                ops: vec![ViewOp::NewAxis { axis: new_axis }],
            },
            Ty::Array(t.with(t.dtype, shape)),
            span,
        ))
    }

    /// `np.inner(a, b)` of 1-D and 2-D arrays: `np.dot(a, b.T)` (with its errors).
    fn inner(&mut self, a: hir::Expr, b: hir::Expr, span: Span) -> Result<hir::Expr> {
        for e in [&a, &b] {
            if let Some(t) = e.ty.as_array() {
                if t.ndim() > 2 {
                    return unsupported(e.span, format!("np.inner of a {}-D array", t.ndim()));
                }
            }
        }
        let b = match (a.ty.as_array(), b.ty.as_array()) {
            (Some(_), Some(_)) => transposed(b, span),
            _ => b,
        };
        self.dot(a, b, span)
    }

    /// `np.trace(a, offset)` of a 2-D array; `rest` are the bound `offset`, `axis1`, `axis2`,
    /// `dtype`, `out` arguments.
    fn trace(
        &mut self,
        a: hir::Expr,
        rest: &[Option<&ast::Expr>],
        span: Span,
    ) -> Result<hir::Expr> {
        let names = ["offset", "axis1", "axis2", "dtype", "out"];
        for (name, arg) in names.iter().zip(rest).skip(1) {
            if let Some(arg) = arg {
                return unsupported(arg.span, format!("the `{name}` argument of trace()"));
            }
        }
        let offset = match rest[0] {
            None => mk(H::Int(0), Ty::Int, span),
            Some(e) => {
                let v = self.expr(e)?;
                match v.ty {
                    Ty::Int => v,
                    Ty::NpScalar(
                        DType::I64
                        | DType::I32
                        | DType::U8
                        | DType::U16
                        | DType::U32
                        | DType::I8
                        | DType::I16,
                    ) => self.to_py(v, Ty::Int),
                    Ty::Float | Ty::NpScalar(DType::F64 | DType::F32) => {
                        return super::py_err(
                            PyExc::TypeError,
                            e.span,
                            "integer argument expected, got float",
                        )
                    }
                    _ => return unsupported(e.span, format!("a trace offset of type {}", v.ty)),
                }
            }
        };
        let t = match &a.ty {
            Ty::Array(t) if t.ndim() >= 2 => t.clone(),
            Ty::Array(_) | Ty::Int | Ty::Float | Ty::Bool | Ty::NpScalar(_) => {
                return super::py_err(
                    PyExc::ValueError,
                    span,
                    "diag requires an array of at least two dimensions",
                )
            }
            t => return unsupported(a.span, format!("np.trace of a {t}")),
        };
        if t.ndim() > 2 {
            return unsupported(span, format!("np.trace of a {}-D array", t.ndim()));
        }
        if t.tensor.is_some() {
            return unsupported(span, "np.trace of a tensor");
        }
        // `sum` of the diagonal: small ints and bools add as int64.
        let dtype = if t.dtype.is_float() {
            t.dtype
        } else {
            DType::I64
        };
        Ok(mk(
            H::Trace {
                arg: Box::new(a),
                offset: Box::new(offset),
            },
            Ty::NpScalar(dtype),
            span,
        ))
    }

    /// `np.linalg.norm(x, ord=None, axis=None, keepdims=False)`, following the cases of
    /// `numpy/linalg/_linalg.py` for the `ord`s that do not need singular values.
    pub(super) fn linalg_norm(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let params = ["x", "ord", "axis", "keepdims"];
        let bound = bind_args("norm", &params, 1, args, kwargs, span)?;
        let x = self.expr(bound[0].unwrap())?;
        let t = match &x.ty {
            Ty::Array(t) if t.tensor.is_some() => {
                return unsupported(x.span, "np.linalg.norm of a tensor")
            }
            Ty::Array(t) if t.dtype.is_complex() => {
                return unsupported(x.span, "np.linalg.norm of complex numbers")
            }
            Ty::Array(t) if t.ndim() > 0 => t.clone(),
            t => return unsupported(x.span, format!("np.linalg.norm of a {t}")),
        };
        let ord = match bound[1] {
            None => Ord::None,
            Some(e) => self.norm_ord(e)?,
        };
        let nd = t.ndim();
        let axis = match bound[2] {
            None => None,
            Some(e) => {
                let v = self.expr(e)?;
                match (&v.kind, const_int(&v, &self.consts)) {
                    (H::None, _) => None,
                    (_, Some(ax)) if v.ty == Ty::Int => Some(normalize_axis(ax, nd, e.span)?),
                    _ if matches!(v.ty, Ty::Tuple(_)) => {
                        return unsupported(e.span, "a tuple `axis` of np.linalg.norm")
                    }
                    _ => {
                        return unsupported(
                            e.span,
                            "an `axis` of np.linalg.norm that is not an int constant",
                        )
                    }
                }
            }
        };
        let keepdims = match bound[3] {
            None => false,
            Some(e) => {
                let v = self.expr(e)?;
                match (&v.ty, const_num(&v, &self.consts)) {
                    (Ty::Bool, Some(Num::I(b))) => b != 0,
                    _ => return unsupported(e.span, "a `keepdims` that is not True or False"),
                }
            }
        };
        // Ints and bools are cast to float64 first (`x.astype(float)`).
        let dtype = if t.dtype.is_float() {
            t.dtype
        } else {
            DType::F64
        };
        let x = self.cast_array(x, dtype);
        let is = |o: f64| matches!(ord, Ord::Num(v) if v == o);
        let fro = matches!(&ord, Ord::Str(s) if s == "f" || s == "fro");
        let (kind, axis, out_shape): (NormKind, usize, Shape) =
            if axis.is_none() && (ord == Ord::None || (fro && nd == 2) || (is(2.0) && nd == 1)) {
                (NormKind::Dot, 0, vec![1; if keepdims { nd } else { 0 }])
            } else if axis.is_some() || nd == 1 {
                let ax = axis.unwrap_or(0);
                let kind = match &ord {
                    _ if is(f64::INFINITY) => NormKind::AbsMax,
                    _ if is(f64::NEG_INFINITY) => {
                        if t.shape[ax] == 0 {
                            return super::py_err(PyExc::ValueError,
                            span,
                            "zero-size array to reduction operation minimum which has no identity",
                        );
                        }
                        NormKind::AbsMin
                    }
                    _ if is(0.0) => NormKind::NonZero,
                    _ if is(1.0) => NormKind::AbsSum,
                    Ord::None => NormKind::SquareSum,
                    _ if is(2.0) => NormKind::SquareSum,
                    Ord::Str(s) => {
                        return super::py_err(
                            PyExc::ValueError,
                            span,
                            format!("Invalid norm order '{s}' for vectors"),
                        )
                    }
                    Ord::Num(p) => NormKind::Power(*p),
                };
                let mut shape = t.shape.clone();
                if keepdims {
                    shape[ax] = 1;
                } else {
                    shape.remove(ax);
                }
                (kind, ax, shape)
            } else if nd == 2 {
                let kind = match &ord {
                    _ if is(1.0) => NormKind::ColSumMax,
                    _ if is(f64::INFINITY) => NormKind::RowSumMax,
                    _ if is(-1.0) => NormKind::ColSumMin,
                    _ if is(f64::NEG_INFINITY) => NormKind::RowSumMin,
                    _ if is(2.0) || is(-2.0) || ord == Ord::Str("nuc".into()) => {
                        return unsupported(
                            span,
                            "the matrix norms ord=2, -2 and 'nuc' (they need singular values)",
                        )
                    }
                    _ => {
                        return super::py_err(
                            PyExc::ValueError,
                            span,
                            "Invalid norm order for matrices.",
                        )
                    }
                };
                let empty = t.shape.contains(&0);
                if empty && matches!(kind, NormKind::ColSumMin | NormKind::RowSumMin) {
                    return unsupported(span, "a minimum norm of an empty matrix");
                }
                (kind, 0, vec![1; if keepdims { 2 } else { 0 }])
            } else {
                return super::py_err(
                    PyExc::ValueError,
                    span,
                    "Improper number of dimensions to norm.",
                );
            };
        let ty = if out_shape.is_empty() {
            Ty::NpScalar(dtype)
        } else {
            Ty::Array(ArrTy::new(dtype, out_shape))
        };
        Ok(mk(
            H::Norm {
                arg: Box::new(x),
                kind,
                axis,
                keepdims,
            },
            ty,
            span,
        ))
    }

    /// A constant `ord=`: None, a number (`np.inf`, `-np.inf`, `1`, `True`) or a string.
    fn norm_ord(&mut self, e: &ast::Expr) -> Result<Ord> {
        let v = self.expr(e)?;
        match (&v.kind, &v.ty) {
            (H::None, _) => return Ok(Ord::None),
            (H::Str(s), _) => return Ok(Ord::Str(s.clone())),
            _ => {}
        }
        match const_num(&v, &self.consts) {
            Some(Num::I(i)) => Ok(Ord::Num(i as f64)),
            Some(Num::F(f)) => Ok(Ord::Num(f)),
            None => unsupported(
                e.span,
                "an `ord` of np.linalg.norm not known at compile time",
            ),
        }
    }
}

/// NumPy's broadcast of two matmul batch shapes (right-aligned, 1 stretches); `None` when they
/// do not broadcast.
fn broadcast_batch(a: &[usize], b: &[usize]) -> Option<Shape> {
    let nd = a.len().max(b.len());
    let at = |s: &[usize], d: usize| {
        let off = nd - s.len();
        if d < off {
            1
        } else {
            s[d - off]
        }
    };
    (0..nd)
        .map(|d| match (at(a, d), at(b, d)) {
            (x, y) if x == y || y == 1 => Some(x),
            (1, y) => Some(y),
            _ => None,
        })
        .collect()
}
