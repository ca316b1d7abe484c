//! Constructors (`np.full`, `np.eye`, `np.identity`, `np.linspace`, `np.full_like`,
//! `np.empty_like`) and shape operations (`transpose` with axes, `swapaxes`, `expand_dims`,
//! `squeeze`, `ravel`, `flatten`, `stack`, `vstack`, `hstack`, `concatenate(axis=None)`).
//!
//! Every shape is static, so each of these is resolved here to a view (`ViewOp`s over the
//! operand), a reshape, a copy or a concatenation; errors are NumPy's, raised at compile time.

use super::{
    const_int, const_num, err, mk, unsupported, Num, Result, Sema, SemaError, ARRAY_DIM_LIMIT,
};
use crate::hir::{self, ExprKind as H, ViewOp};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{ArrTy, DType, Shape, Ty};

/// The NumPy functions this module compiles.
pub(super) const FUNCTIONS: &[&str] = &[
    "full",
    "full_like",
    "empty_like",
    "eye",
    "identity",
    "linspace",
    "transpose",
    "swapaxes",
    "expand_dims",
    "squeeze",
    "ravel",
    "stack",
    "vstack",
    "hstack",
];

/// The array methods this module compiles.
pub(super) const METHODS: &[&str] = &["transpose", "swapaxes", "squeeze", "ravel", "flatten"];

/// Binds positional and keyword arguments to the parameters of a Python signature, with
/// CPython's errors for too many, missing, repeated or unknown arguments.
pub(super) fn bind_args<'a>(
    func: &str,
    params: &[&str],
    required: usize,
    args: &'a [ast::Expr],
    kwargs: &'a [ast::Keyword],
    span: Span,
) -> Result<Vec<Option<&'a ast::Expr>>> {
    if args.len() > params.len() {
        let takes = if required == params.len() {
            format!(
                "{} positional argument{}",
                required,
                if required == 1 { "" } else { "s" }
            )
        } else {
            format!("from {required} to {} positional arguments", params.len())
        };
        let were = if args.len() == 1 { "was" } else { "were" };
        return super::py_err(
            PyExc::TypeError,
            span,
            format!("{func}() takes {takes} but {} {were} given", args.len()),
        );
    }
    let mut bound: Vec<Option<&ast::Expr>> = vec![None; params.len()];
    for (slot, a) in bound.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for kw in kwargs {
        match params.iter().position(|p| *p == kw.name) {
            Some(i) if bound[i].is_some() => {
                return super::py_err(
                    PyExc::TypeError,
                    kw.span,
                    format!("{func}() got multiple values for argument '{}'", kw.name),
                )
            }
            Some(i) => bound[i] = Some(&kw.value),
            None => {
                return err(
                    kw.span,
                    SemaError::UnexpectedKeyword(func.into(), kw.name.clone()),
                )
            }
        }
    }
    let missing: Vec<&str> = (0..required)
        .filter(|&i| bound[i].is_none())
        .map(|i| params[i])
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        return super::py_err(
            PyExc::TypeError,
            span,
            format!(
                "{func}() missing {} required positional argument{}: {list}",
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            ),
        );
    }
    Ok(bound)
}

/// `axis` of an `ndim`-dimensional array, negative axes counting from the end.
pub(super) fn normalize_axis(axis: i64, ndim: usize, span: Span) -> Result<usize> {
    if axis < -(ndim as i64) || axis >= ndim as i64 {
        return err(span, SemaError::AxisOutOfBounds { axis, ndim });
    }
    Ok(if axis < 0 { axis + ndim as i64 } else { axis } as usize)
}

/// NumPy's `normalize_axis_tuple`: each axis normalized, none repeated.
fn normalize_axes(axes: &[i64], ndim: usize, span: Span) -> Result<Vec<usize>> {
    let mut out = Vec::new();
    for &a in axes {
        let a = normalize_axis(a, ndim, span)?;
        if out.contains(&a) {
            return super::py_err(PyExc::ValueError, span, "repeated axis");
        }
        out.push(a);
    }
    Ok(out)
}

/// A view of `v` whose axis `d` is axis `perm[d]` of `v`.
pub(super) fn permuted(v: hir::Expr, perm: Vec<usize>, span: Span) -> hir::Expr {
    let a = v.ty.as_array().expect("permute of an array").clone();
    let shape = perm.iter().map(|&p| a.shape[p]).collect();
    mk(
        H::View {
            base: Box::new(v),
            ops: vec![ViewOp::Permute(perm)],
        },
        Ty::Array(a.with(a.dtype, shape)),
        span,
    )
}

/// A view of `v` with length-1 axes inserted at `axes` (axes of the result, sorted).
pub(super) fn with_new_axes(v: hir::Expr, axes: &[usize], span: Span) -> hir::Expr {
    let a = v.ty.as_array().expect("new axes of an array").clone();
    let mut shape = a.shape.clone();
    let mut ops = Vec::new();
    for &ax in axes {
        shape.insert(ax, 1);
        ops.push(ViewOp::NewAxis { axis: ax });
    }
    mk(
        H::View {
            base: Box::new(v),
            ops,
        },
        Ty::Array(a.with(a.dtype, shape)),
        span,
    )
}

impl Sema {
    /// `np.NAME(...)` for the functions in `FUNCTIONS`.
    pub(super) fn shape_function(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        match name {
            "full" => {
                let b = bind_args(
                    name,
                    &["shape", "fill_value", "dtype", "order"],
                    2,
                    args,
                    kwargs,
                    span,
                )?;
                self.reject_arg(b[3], "order")?;
                let shape = self.shape_arg(b[0].unwrap())?;
                let value = self.fill_value(b[1].unwrap())?;
                let dtype = match self.opt_dtype(b[2])? {
                    Some(d) => d,
                    None => value.ty.scalar_dtype().unwrap(),
                };
                self.check_fits_int32(&value, dtype, span)?;
                self.check_ndim(shape.len(), span)?;
                Ok(mk(
                    H::Full(Box::new(value)),
                    Ty::Array(ArrTy::new(dtype, shape)),
                    span,
                ))
            }
            "full_like" | "empty_like" => {
                let mut params = vec!["a", "fill_value", "dtype", "order", "subok", "shape"];
                if name == "empty_like" {
                    params.remove(1);
                }
                let required = if name == "full_like" { 2 } else { 1 };
                let b = bind_args(name, &params, required, args, kwargs, span)?;
                let like = self.array_operand(b[0].unwrap(), name)?;
                let a = like.ty.as_array().unwrap().clone();
                let rest = &b[required..];
                self.reject_arg(rest[1], "order")?;
                self.reject_arg(rest[2], "subok")?;
                self.reject_arg(rest[3], "shape")?;
                let dtype = self.opt_dtype(rest[0])?.unwrap_or(a.dtype);
                let value = match name {
                    "full_like" => self.fill_value(b[1].unwrap())?,
                    _ => mk(H::Int(0), Ty::Int, span),
                };
                let full = mk(
                    H::Full(Box::new(value)),
                    Ty::Array(ArrTy::new(dtype, a.shape)),
                    span,
                );
                Ok(super::filled_like(full, like))
            }
            "eye" | "identity" => {
                let (n, m, k, dtype) = if name == "eye" {
                    let b = bind_args(
                        name,
                        &["N", "M", "k", "dtype", "order"],
                        1,
                        args,
                        kwargs,
                        span,
                    )?;
                    self.reject_arg(b[4], "order")?;
                    let n = self.dim_arg(b[0].unwrap())?;
                    let m = match b[1] {
                        Some(e) if !matches!(e.kind, A::None) => self.dim_arg(e)?,
                        _ => n,
                    };
                    let k = match b[2] {
                        Some(e) => self.const_int_arg(e, "k")?,
                        None => 0,
                    };
                    (n, m, k, self.opt_dtype(b[3])?)
                } else {
                    let b = bind_args(name, &["n", "dtype"], 1, args, kwargs, span)?;
                    let n = self.dim_arg(b[0].unwrap())?;
                    (n, n, 0, self.opt_dtype(b[1])?)
                };
                Ok(mk(
                    H::Eye { k },
                    Ty::Array(ArrTy::new(dtype.unwrap_or(DType::F64), vec![n, m])),
                    span,
                ))
            }
            "linspace" => self.linspace(args, kwargs, span),
            "transpose" => {
                let b = bind_args(name, &["a", "axes"], 1, args, kwargs, span)?;
                let v = self.array_operand(b[0].unwrap(), name)?;
                let axes = match b[1] {
                    Some(e) if !matches!(e.kind, A::None) => Some(self.axes_arg(e)?),
                    _ => None,
                };
                self.transpose_axes(v, axes, span)
            }
            "swapaxes" => {
                let b = bind_args(name, &["a", "axis1", "axis2"], 3, args, kwargs, span)?;
                let v = self.array_operand(b[0].unwrap(), name)?;
                self.swapaxes(v, b[1].unwrap(), b[2].unwrap(), span)
            }
            "expand_dims" => {
                let b = bind_args(name, &["a", "axis"], 2, args, kwargs, span)?;
                let v = self.array_operand(b[0].unwrap(), name)?;
                let axes = self.axes_arg(b[1].unwrap())?;
                let nd = v.ty.as_array().unwrap().ndim();
                let out_nd = nd + axes.len();
                self.check_ndim(out_nd, span)?;
                let mut axes = normalize_axes(&axes, out_nd, span)?;
                axes.sort_unstable();
                Ok(with_new_axes(v, &axes, span))
            }
            "squeeze" => {
                let b = bind_args(name, &["a", "axis"], 1, args, kwargs, span)?;
                let v = self.array_operand(b[0].unwrap(), name)?;
                self.squeeze(v, b[1], span)
            }
            "ravel" => {
                let b = bind_args(name, &["a", "order"], 1, args, kwargs, span)?;
                self.reject_arg(b[1], "order")?;
                let v = self.array_operand(b[0].unwrap(), name)?;
                Ok(self.ravel(v, span))
            }
            "stack" => {
                let b = bind_args(
                    name,
                    &["arrays", "axis", "out", "dtype", "casting"],
                    1,
                    args,
                    kwargs,
                    span,
                )?;
                for (i, what) in [(2, "out"), (3, "dtype"), (4, "casting")] {
                    self.reject_arg(b[i], what)?;
                }
                let parts = self.array_list(b[0].unwrap(), "stack")?;
                let axis = match b[1] {
                    Some(e) => self.const_int_arg(e, "axis")?,
                    None => 0,
                };
                self.stack(parts, axis, span)
            }
            "vstack" | "hstack" => {
                let b = bind_args(name, &["tup", "dtype", "casting"], 1, args, kwargs, span)?;
                self.reject_arg(b[1], "dtype")?;
                self.reject_arg(b[2], "casting")?;
                let parts = self.array_list(b[0].unwrap(), name)?;
                if parts.is_empty() {
                    return super::py_err(
                        PyExc::ValueError,
                        span,
                        "need at least one array to concatenate",
                    );
                }
                if name == "vstack" {
                    // `atleast_2d`: a 1-D part becomes one row.
                    let parts = parts
                        .into_iter()
                        .map(|p| {
                            if p.ty.as_array().unwrap().ndim() == 1 {
                                let s = p.span;
                                with_new_axes(p, &[0], s)
                            } else {
                                p
                            }
                        })
                        .collect();
                    self.concatenate(parts, 0, span)
                } else {
                    let axis = if parts[0].ty.as_array().unwrap().ndim() == 1 {
                        0
                    } else {
                        1
                    };
                    self.concatenate(parts, axis, span)
                }
            }
            _ => unreachable!("shape function {name}"),
        }
    }

    /// `x.NAME(...)` for the methods in `METHODS`.
    pub(super) fn shape_method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let (Some(kw), "transpose" | "swapaxes") = (kwargs.first(), name) {
            return super::py_err(
                PyExc::TypeError,
                kw.span,
                format!("ndarray.{name}() takes no keyword arguments"),
            );
        }
        match name {
            "transpose" => {
                // `x.transpose()`, `x.transpose(None)`, `x.transpose((1, 0))`, `x.transpose(1, 0)`.
                let axes = match args {
                    [] => None,
                    [a] if matches!(a.kind, A::None) => None,
                    [a] => Some(self.axes_arg(a)?),
                    _ => {
                        let mut axes = Vec::new();
                        for a in args {
                            axes.push(self.const_int_arg(a, "axes")?);
                        }
                        Some(axes)
                    }
                };
                self.transpose_axes(recv, axes, span)
            }
            "swapaxes" => {
                let b = bind_args(name, &["axis1", "axis2"], 2, args, kwargs, span)?;
                self.swapaxes(recv, b[0].unwrap(), b[1].unwrap(), span)
            }
            "squeeze" => {
                let b = bind_args(name, &["axis"], 0, args, kwargs, span)?;
                self.squeeze(recv, b[0], span)
            }
            "ravel" => {
                let b = bind_args(name, &["order"], 0, args, kwargs, span)?;
                self.reject_arg(b[0], "order")?;
                Ok(self.ravel(recv, span))
            }
            "flatten" => {
                let b = bind_args(name, &["order"], 0, args, kwargs, span)?;
                self.reject_arg(b[0], "order")?;
                // Always a copy: a fresh C-contiguous array, viewed as 1-D.
                let a = recv.ty.as_array().unwrap().clone();
                let copy = mk(H::Copy(Box::new(recv)), Ty::Array(a.clone()), span);
                Ok(mk(
                    H::Reshape(Box::new(copy)),
                    Ty::Array(a.with(a.dtype, vec![a.size()])),
                    span,
                ))
            }
            _ => unreachable!("shape method {name}"),
        }
    }

    /// `np.concatenate(parts, axis=None)`: the parts raveled, then joined.
    pub(super) fn concatenate_flat(
        &mut self,
        parts: Vec<hir::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut flat = Vec::new();
        for p in parts {
            if p.ty.as_array().is_none() {
                return unsupported(p.span, format!("concatenating a {}", p.ty));
            }
            let s = p.span;
            flat.push(self.ravel(p, s));
        }
        self.concatenate(flat, 0, span)
    }

    fn reject_arg(&self, e: Option<&ast::Expr>, what: &str) -> Result<()> {
        match e {
            Some(e) => unsupported(e.span, format!("the argument '{what}' here")),
            None => Ok(()),
        }
    }

    fn check_ndim(&self, ndim: usize, span: Span) -> Result<()> {
        if ndim > ARRAY_DIM_LIMIT {
            return unsupported(span, "arrays of more than 8 dimensions");
        }
        Ok(())
    }

    fn array_operand(&mut self, e: &ast::Expr, func: &str) -> Result<hir::Expr> {
        let v = self.expr(e)?;
        match v.ty.as_array() {
            Some(a) if a.tensor.is_some() => unsupported(e.span, format!("np.{func} of a tensor")),
            Some(a) if a.ndim() == 0 => unsupported(e.span, "0-d arrays"),
            Some(_) => Ok(v),
            None => unsupported(e.span, format!("np.{func} of a {}", v.ty)),
        }
    }

    fn array_list(&mut self, e: &ast::Expr, func: &str) -> Result<Vec<hir::Expr>> {
        let parts = self.expr_list(e)?;
        for p in &parts {
            match p.ty.as_array() {
                Some(a) if a.ndim() > 0 && a.tensor.is_none() => {}
                _ => return unsupported(p.span, format!("np.{func} of a {}", p.ty)),
            }
        }
        Ok(parts)
    }

    /// A `dtype=` argument that may be absent or `None`.
    fn opt_dtype(&mut self, e: Option<&ast::Expr>) -> Result<Option<DType>> {
        match e {
            None => Ok(None),
            Some(e) if matches!(e.kind, A::None) => Ok(None),
            Some(e) => self.dtype_arg(e).map(Some),
        }
    }

    fn fill_value(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let v = self.expr(e)?;
        if !v.ty.is_scalar() {
            return unsupported(e.span, format!("a fill value that is a {}", v.ty));
        }
        Ok(v)
    }

    fn const_int_arg(&mut self, e: &ast::Expr, what: &str) -> Result<i64> {
        let v = self.expr(e)?;
        match const_int(&v, &self.consts) {
            Some(i) => Ok(i),
            None if matches!(v.ty, Ty::Float | Ty::NpScalar(DType::F64 | DType::F32)) => {
                super::py_err(
                    PyExc::TypeError,
                    e.span,
                    "'float' object cannot be interpreted as an integer",
                )
            }
            None => unsupported(e.span, format!("{what} not known at compile time")),
        }
    }

    /// A dimension length: a constant int, not negative.
    fn dim_arg(&mut self, e: &ast::Expr) -> Result<usize> {
        let d = self.const_int_arg(e, "shapes")?;
        if d < 0 {
            return super::py_err(
                PyExc::ValueError,
                e.span,
                "negative dimensions are not allowed",
            );
        }
        Ok(d as usize)
    }

    /// An axis or a tuple/list of axes, as constant ints.
    fn axes_arg(&mut self, e: &ast::Expr) -> Result<Vec<i64>> {
        match &e.kind {
            A::Tuple(items) | A::List(items) => items
                .iter()
                .map(|i| self.const_int_arg(i, "axes"))
                .collect(),
            _ => Ok(vec![self.const_int_arg(e, "axes")?]),
        }
    }

    fn transpose_axes(
        &mut self,
        v: hir::Expr,
        axes: Option<Vec<i64>>,
        span: Span,
    ) -> Result<hir::Expr> {
        let nd = v.ty.as_array().unwrap().ndim();
        let perm: Vec<usize> = match axes {
            None => (0..nd).rev().collect(),
            Some(axes) => {
                if axes.len() != nd {
                    return super::py_err(PyExc::ValueError, span, "axes don't match array");
                }
                let mut perm = Vec::new();
                for a in axes {
                    let a = normalize_axis(a, nd, span)?;
                    if perm.contains(&a) {
                        return super::py_err(
                            PyExc::ValueError,
                            span,
                            "repeated axis in transpose",
                        );
                    }
                    perm.push(a);
                }
                perm
            }
        };
        Ok(permuted(v, perm, span))
    }

    fn swapaxes(
        &mut self,
        v: hir::Expr,
        a1: &ast::Expr,
        a2: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let nd = v.ty.as_array().unwrap().ndim();
        let mut ax = [0usize; 2];
        for (i, (e, what)) in [(a1, "axis1"), (a2, "axis2")].into_iter().enumerate() {
            let a = self.const_int_arg(e, what)?;
            ax[i] = match normalize_axis(a, nd, span) {
                Ok(a) => a,
                Err(_) => {
                    let m = SemaError::AxisOutOfBounds { axis: a, ndim: nd };
                    return super::py_err(PyExc::AxisError, span, format!("{what}: {m}"));
                }
            };
        }
        let mut perm: Vec<usize> = (0..nd).collect();
        perm.swap(ax[0], ax[1]);
        Ok(permuted(v, perm, span))
    }

    fn squeeze(&mut self, v: hir::Expr, axis: Option<&ast::Expr>, span: Span) -> Result<hir::Expr> {
        let a = v.ty.as_array().unwrap().clone();
        let axes: Vec<usize> = match axis {
            Some(e) if !matches!(e.kind, A::None) => {
                let mut axes = Vec::new();
                for ax in self.axes_arg(e)? {
                    let ax = normalize_axis(ax, a.ndim(), span)?;
                    if axes.contains(&ax) {
                        return super::py_err(PyExc::ValueError, span, "duplicate value in 'axis'");
                    }
                    axes.push(ax);
                }
                if axes.iter().any(|&ax| a.shape[ax] != 1) {
                    return super::py_err(
                        PyExc::ValueError,
                        span,
                        "cannot select an axis to squeeze out which has size not equal to one",
                    );
                }
                axes
            }
            _ => (0..a.ndim()).filter(|&d| a.shape[d] == 1).collect(),
        };
        if axes.len() == a.ndim() {
            return unsupported(span, "0-d arrays (squeezing out every axis)");
        }
        let mut axes = axes;
        axes.sort_unstable();
        let mut shape = a.shape.clone();
        let mut ops = Vec::new();
        // From the last axis back, so earlier axis numbers stay valid.
        for &ax in axes.iter().rev() {
            shape.remove(ax);
            ops.push(ViewOp::Index {
                axis: ax,
                index: Box::new(mk(H::Int(0), Ty::Int, span)),
                size: 1,
                source_axis: ax,
            });
        }
        Ok(mk(
            H::View {
                base: Box::new(v),
                ops,
            },
            Ty::Array(a.with(a.dtype, shape)),
            span,
        ))
    }

    fn ravel(&mut self, v: hir::Expr, span: Span) -> hir::Expr {
        let a = v.ty.as_array().unwrap().clone();
        mk(
            H::Ravel(Box::new(v)),
            Ty::Array(a.with(a.dtype, vec![a.size()])),
            span,
        )
    }

    fn stack(&mut self, parts: Vec<hir::Expr>, axis: i64, span: Span) -> Result<hir::Expr> {
        if parts.is_empty() {
            return super::py_err(PyExc::ValueError, span, "need at least one array to stack");
        }
        let shape0: Shape = parts[0].ty.as_array().unwrap().shape.clone();
        if parts
            .iter()
            .any(|p| p.ty.as_array().unwrap().shape != shape0)
        {
            return super::py_err(
                PyExc::ValueError,
                span,
                "all input arrays must have the same shape",
            );
        }
        let out_nd = shape0.len() + 1;
        self.check_ndim(out_nd, span)?;
        let ax = normalize_axis(axis, out_nd, span)?;
        let parts = parts
            .into_iter()
            .map(|p| {
                let s = p.span;
                with_new_axes(p, &[ax], s)
            })
            .collect();
        self.concatenate(parts, ax as i64, span)
    }

    fn linspace(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "linspace",
            &[
                "start", "stop", "num", "endpoint", "retstep", "dtype", "axis",
            ],
            2,
            args,
            kwargs,
            span,
        )?;
        let mut bound = [0.0f64; 2];
        // Bounds known only at run time: `Sema::linspace_run` (sema/interp.rs).
        let mut run = false;
        for (i, e) in b[..2].iter().enumerate() {
            let e = e.unwrap();
            let v = self.expr(e)?;
            if !matches!(v.ty, Ty::Int | Ty::Float | Ty::NpScalar(_)) {
                return unsupported(e.span, format!("np.linspace bounds of type {}", v.ty));
            }
            bound[i] = match const_num(&v, &self.consts) {
                Some(Num::I(i)) if v.ty == Ty::Int => i as f64,
                Some(Num::F(f)) if v.ty == Ty::Float => f,
                _ => {
                    run = true;
                    0.0
                }
            };
        }
        let num = match b[2] {
            Some(e) => {
                let n = self.const_int_arg(e, "num")?;
                if n < 0 {
                    return super::py_err(
                        PyExc::ValueError,
                        e.span,
                        format!("Number of samples, {n}, must be non-negative."),
                    );
                }
                n as usize
            }
            None => 50,
        };
        let endpoint = match b[3] {
            None => true,
            Some(e) => match self.expr(e)?.kind {
                H::Bool(v) => v,
                _ => return unsupported(e.span, "endpoint other than True or False"),
            },
        };
        if let Some(e) = b[4] {
            if !matches!(self.expr(e)?.kind, H::Bool(false)) {
                return unsupported(e.span, "linspace with retstep=True");
            }
        }
        let dtype = self.opt_dtype(b[5])?.unwrap_or(DType::F64);
        if let Some(e) = b[6] {
            let axis = self.const_int_arg(e, "axis")?;
            if normalize_axis(axis, 1, e.span).is_err() {
                let m = SemaError::AxisOutOfBounds { axis, ndim: 1 };
                return super::py_err(PyExc::AxisError, e.span, format!("destination: {m}"));
            }
        }
        if run {
            if dtype != DType::F64 {
                return unsupported(
                    span,
                    "np.linspace with run-time bounds and a dtype other than float64",
                );
            }
            return self.linspace_run(b[0].unwrap(), b[1].unwrap(), num, endpoint, span);
        }
        Ok(mk(
            H::Linspace {
                start: bound[0],
                stop: bound[1],
                num,
                endpoint,
            },
            Ty::Array(ArrTy::new(dtype, vec![num])),
            span,
        ))
    }
}
