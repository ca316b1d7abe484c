//! Reductions with `axis=` and `keepdims=` (`sum`, `mean`, `max`/`amax`, `min`/`amin`, `prod`,
//! `std`, `var` with `ddof=`, `argmax`, `argmin`, `any`, `all`) and accumulations (`cumsum`,
//! `cumprod`), as array methods and `np.` functions: NumPy's argument binding with its
//! TypeErrors, static result shapes and dtypes, and the axis errors NumPy raises.

use super::{const_int, err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, AxisOp, ExprKind as H, ReduceForm, ReduceOp};
use crate::source::{PyExc, Span};
use crate::syntax::ast;
use crate::types::{ArrTy, DType, Dim, RunArrTy, Shape, Ty};

/// The names of the reductions and accumulations, as methods and as `np.` functions.
pub const REDUCTIONS: &[&str] = &[
    "sum", "mean", "max", "min", "amax", "amin", "prod", "std", "var", "argmax", "argmin", "any",
    "all", "cumsum", "cumprod",
];

fn axis_op(name: &str) -> AxisOp {
    match name {
        "sum" => AxisOp::Sum,
        "mean" => AxisOp::Mean,
        "max" | "amax" => AxisOp::Max,
        "min" | "amin" => AxisOp::Min,
        "prod" => AxisOp::Prod,
        "std" => AxisOp::Std,
        "var" => AxisOp::Var,
        "argmax" => AxisOp::ArgMax,
        "argmin" => AxisOp::ArgMin,
        "any" => AxisOp::Any,
        "all" => AxisOp::All,
        "cumsum" => AxisOp::CumSum,
        _ => AxisOp::CumProd,
    }
}

/// NumPy's parameters after the array: positional-or-keyword, then keyword-only.
fn signature(name: &str, method: bool) -> (&'static [&'static str], &'static [&'static str]) {
    match name {
        "sum" | "prod" => (
            &["axis", "dtype", "out", "keepdims", "initial", "where"],
            &[],
        ),
        "mean" => (&["axis", "dtype", "out", "keepdims"], &["where"]),
        "max" | "min" | "amax" | "amin" => (&["axis", "out", "keepdims", "initial", "where"], &[]),
        "std" | "var" => (
            &["axis", "dtype", "out", "ddof", "keepdims"],
            &["where", "mean", "correction"],
        ),
        "argmax" | "argmin" => (&["axis", "out"], &["keepdims"]),
        "any" | "all" if method => (&["axis", "dtype", "out", "keepdims"], &["where"]),
        "any" | "all" => (&["axis", "out", "keepdims"], &["where"]),
        _ => (&["axis", "dtype", "out"], &[]),
    }
}

/// How the callee reports bad arguments: NumPy's Python functions (`np.sum`, and the methods
/// that forward to `numpy._core._methods._sum` …), or the C methods `argmax` (argument clinic)
/// and `cumsum` (PyArg_ParseTupleAndKeywords).
enum Callee {
    Python(String),
    Clinic(&'static str),
    CApi(&'static str),
}

impl Callee {
    fn of(name: &str, method: bool) -> Callee {
        match (name, method) {
            (_, false) => Callee::Python(name.into()),
            ("argmax", true) => Callee::Clinic("argmax"),
            ("argmin", true) => Callee::Clinic("argmin"),
            ("cumsum", true) => Callee::CApi("cumsum"),
            ("cumprod", true) => Callee::CApi("cumprod"),
            ("max", true) => Callee::Python("_amax".into()),
            ("min", true) => Callee::Python("_amin".into()),
            (n, true) => Callee::Python(format!("_{n}")),
        }
    }

    /// `given` positional arguments (after the array) where at most `max` are taken;
    /// `total` counts the keywords too.
    fn too_many(&self, max: usize, given: usize, total: usize) -> String {
        match self {
            Callee::Python(f) => format!(
                "{f}() takes from 1 to {} positional arguments but {} were given",
                max + 1,
                given + 1
            ),
            Callee::Clinic(f) => {
                format!("{f}() takes from 0 to {max} positional arguments but {given} were given")
            }
            Callee::CApi(f) => format!("{f}() takes at most {max} arguments ({total} given)"),
        }
    }

    fn unexpected(&self, kw: &str) -> String {
        match self {
            Callee::Python(f) => format!("{f}() got an unexpected keyword argument '{kw}'"),
            Callee::Clinic(f) => format!("{f}() got an unexpected keyword argument '{kw}'"),
            Callee::CApi(f) => format!("'{kw}' is an invalid keyword argument for {f}()"),
        }
    }

    /// Keyword `kw` also given as positional argument `pos` (0-based, after the array).
    fn duplicate(&self, kw: &str, pos: usize) -> String {
        match self {
            Callee::Python(f) => format!("{f}() got multiple values for argument '{kw}'"),
            Callee::Clinic(f) => {
                format!("argument for {f}() given by name ('{kw}') and position (position {pos})")
            }
            Callee::CApi(f) => {
                format!(
                    "argument for {f}() given by name ('{kw}') and position ({})",
                    pos + 1
                )
            }
        }
    }
}

impl Sema {
    /// `x.NAME(...)` (`method`) or `np.NAME(x, ...)` for a reduction or accumulation `name`;
    /// `args` and `kwargs` are those after the array.
    pub(super) fn reduction_call(
        &mut self,
        name: &str,
        method: bool,
        recv: hir::Expr,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let (params, kwonly) = signature(name, method);
        let callee = Callee::of(name, method);
        if args.len() > params.len() {
            let msg = callee.too_many(params.len(), args.len(), args.len() + kwargs.len());
            return err(span, SemaError::type_error(msg));
        }
        // Bound arguments in NumPy's parameter order (that is the order their errors show in).
        let mut bound: Vec<Option<&ast::Expr>> = vec![None; params.len() + kwonly.len()];
        for (slot, a) in bound.iter_mut().zip(args) {
            *slot = Some(a);
        }
        for kw in kwargs {
            let k = kw.name.as_str();
            match params.iter().chain(kwonly).position(|p| *p == k) {
                Some(pos) if pos < args.len() => {
                    return err(kw.span, SemaError::type_error(callee.duplicate(k, pos)))
                }
                Some(pos) => bound[pos] = Some(&kw.value),
                None => return err(kw.span, SemaError::type_error(callee.unexpected(k))),
            }
        }
        let recv = self.reduction_dtype(name, params, recv, &mut bound, span)?;
        let op = axis_op(name);
        // Run-time extents (`Ty::RunArray`): typed as a static array whose run axes are
        // marked; their extents (placeholders here) are never read, and what depends on them
        // (an empty `max`, the result's extents) is decided when it runs.
        let (a, run): (ArrTy, Vec<bool>) = match &recv.ty {
            Ty::RunArray(r) => (
                ArrTy::new(
                    r.dtype,
                    r.dims.iter().map(|d| d.fixed().unwrap_or(0)).collect(),
                ),
                r.dims.iter().map(|d| *d == Dim::Run).collect(),
            ),
            t => match t.as_array() {
                Some(a) => (a.clone(), vec![false; a.ndim()]),
                None => return unsupported(recv.span, format!("{name}() of a {}", recv.ty)),
            },
        };
        if a.dtype.is_complex() {
            return unsupported(span, format!("{name}() of complex numbers"));
        }
        let is_run = run.iter().any(|&r| r);
        let mut axis: Option<Vec<i64>> = None;
        let mut keepdims = false;
        let mut ddof = 0;
        for (&p, e) in params.iter().chain(kwonly).zip(&bound) {
            let Some(e) = *e else { continue };
            let v = self.expr(e)?;
            match p {
                "axis" => axis = self.axis_arg(&v, op)?,
                "keepdims" => match &v.kind {
                    H::Bool(b) => keepdims = *b,
                    _ => match const_int(&v, &self.consts) {
                        Some(i) => keepdims = i != 0,
                        None => return unsupported(e.span, "keepdims not known at compile time"),
                    },
                },
                "ddof" => match const_int(&v, &self.consts) {
                    Some(i) if v.ty == Ty::Int => ddof = i,
                    _ => return unsupported(e.span, "a ddof that is not an int constant"),
                },
                "dtype" | "out" if v.ty == Ty::None => {}
                _ => return unsupported(e.span, format!("the {p}= argument of {name}()")),
            }
        }
        let nd = a.ndim();
        // Normalised axes (NumPy's normalize_axis_tuple: bounds first, then duplicates).
        let axes: Option<Vec<usize>> = match axis {
            None => None,
            Some(list) => {
                let mut out = Vec::new();
                for &ax in &list {
                    if ax < -(nd as i64) || ax >= nd as i64 {
                        return err(span, SemaError::AxisOutOfBounds { axis: ax, ndim: nd });
                    }
                    out.push(if ax < 0 { ax + nd as i64 } else { ax } as usize);
                }
                let mut sorted = out.clone();
                sorted.sort_unstable();
                sorted.dedup();
                if sorted.len() != out.len() {
                    return err(
                        span,
                        SemaError::Py(PyExc::ValueError, "duplicate value in 'axis'".into()),
                    );
                }
                Some(out)
            }
        };
        // The whole-array forms the older `Reduce` node already computes.
        let old = match op {
            AxisOp::Sum => Some(ReduceOp::Sum),
            AxisOp::Mean => Some(ReduceOp::Mean),
            AxisOp::Max => Some(ReduceOp::Max),
            AxisOp::Min => Some(ReduceOp::Min),
            _ => None,
        };
        if let (Some(r), None, false) = (old, &axes, keepdims) {
            if is_run || !(a.size() == 0 && matches!(op, AxisOp::Max | AxisOp::Min)) {
                let form = if method {
                    ReduceForm::Method
                } else {
                    ReduceForm::Function
                };
                return Ok(self.reduce(r, recv, form, span));
            }
        }
        let reduced: Vec<bool> = match &axes {
            None => vec![true; nd],
            Some(list) => (0..nd).map(|d| list.contains(&d)).collect(),
        };
        // The reduced count, when no reduced extent is a run-time one (the runtime checks
        // the others: `arrc_reduce_alloc`).
        let count: Option<usize> = (0..nd).filter(|&d| reduced[d]).try_fold(1, |n: usize, d| {
            (!run[d]).then(|| n.saturating_mul(a.shape[d]))
        });
        let dtype = a.dtype;
        let int_like = matches!(dtype, DType::Bool | DType::I64 | DType::I32);
        let rdtype = match op {
            AxisOp::Sum | AxisOp::Prod | AxisOp::CumSum | AxisOp::CumProd if int_like => DType::I64,
            // NumPy sums small ints in the platform int of their signedness.
            AxisOp::Sum | AxisOp::Prod | AxisOp::CumSum | AxisOp::CumProd
                if crate::int_dtypes::is_new(dtype) =>
            {
                crate::int_dtypes::sum_dtype(dtype)
            }
            AxisOp::Mean | AxisOp::Var | AxisOp::Std => dtype.float_result(),
            AxisOp::ArgMax | AxisOp::ArgMin => DType::I64,
            AxisOp::Any | AxisOp::All => DType::Bool,
            _ => dtype,
        };
        match op {
            AxisOp::Max | AxisOp::Min if count == Some(0) => {
                let f = if op == AxisOp::Max {
                    "maximum"
                } else {
                    "minimum"
                };
                return err(
                    span,
                    SemaError::Py(
                        PyExc::ValueError,
                        format!("zero-size array to reduction operation {f} which has no identity"),
                    ),
                );
            }
            AxisOp::ArgMax | AxisOp::ArgMin if count == Some(0) => {
                let f = if op == AxisOp::ArgMax {
                    "argmax"
                } else {
                    "argmin"
                };
                return err(
                    span,
                    SemaError::Py(
                        PyExc::ValueError,
                        format!("attempt to get {f} of an empty sequence"),
                    ),
                );
            }
            AxisOp::Var | AxisOp::Std if ddof < 0 => {
                return unsupported(span, format!("{name}() with a negative ddof"));
            }
            _ => {}
        }
        let mask: i64 = match &axes {
            None if op.single_axis() => -1,
            None => (1i64 << nd) - 1,
            Some(list) => list.iter().map(|&d| 1i64 << d).sum(),
        };
        let dim = |d: usize| {
            if run[d] {
                Dim::Run
            } else {
                Dim::Fixed(a.shape[d])
            }
        };
        let dims: Vec<Dim> = if op.is_accumulation() {
            match axes {
                None if is_run => vec![Dim::Run],
                None => vec![Dim::Fixed(a.size())],
                Some(_) => (0..nd).map(dim).collect(),
            }
        } else {
            (0..nd)
                .filter(|&d| keepdims || !reduced[d])
                .map(|d| if reduced[d] { Dim::Fixed(1) } else { dim(d) })
                .collect()
        };
        let ty = if dims.is_empty() && !keepdims && !op.is_accumulation() {
            Ty::NpScalar(rdtype)
        } else if is_run {
            Ty::RunArray(RunArrTy {
                dtype: rdtype,
                dims,
            })
        } else {
            let shape: Shape = dims.iter().map(|d| d.fixed().unwrap()).collect();
            Ty::Array(a.with(rdtype, shape))
        };
        Ok(mk(
            H::ReduceAxes {
                op,
                arg: Box::new(recv),
                axes: mask,
                ddof,
                form: if method {
                    ReduceForm::Method
                } else {
                    ReduceForm::Function
                },
            },
            ty,
            span,
        ))
    }

    /// An `axis=` value: None, an int, or (for ops over several axes) a tuple of ints.
    fn axis_arg(&self, v: &hir::Expr, op: AxisOp) -> Result<Option<Vec<i64>>> {
        let not_int = |t: &str| {
            err(
                v.span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!("'{t}' object cannot be interpreted as an integer"),
                ),
            )
        };
        match (&v.kind, &v.ty) {
            (_, Ty::None) => Ok(None),
            (H::Tuple(items), _) => {
                if op.single_axis() {
                    return not_int("tuple");
                }
                let mut out = Vec::new();
                for i in items {
                    match const_int(i, &self.consts) {
                        Some(c) if i.ty == Ty::Int => out.push(c),
                        _ if matches!(i.ty, Ty::Float) => return not_int("float"),
                        _ => return unsupported(i.span, "axes not known at compile time"),
                    }
                }
                Ok(Some(out))
            }
            (_, Ty::Int) => match const_int(v, &self.consts) {
                Some(c) => Ok(Some(vec![c])),
                None => unsupported(v.span, "axes not known at compile time"),
            },
            (_, Ty::Float) => not_int("float"),
            (_, Ty::Str) => not_int("str"),
            _ => unsupported(v.span, format!("an axis of type {}", v.ty)),
        }
    }
}
