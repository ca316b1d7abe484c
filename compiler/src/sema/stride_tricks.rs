//! `numpy.lib.stride_tricks`: `as_strided(x, shape, strides)` and
//! `sliding_window_view(x, window_shape, axis)`, the attribute `a.strides`, and `+` of tuples
//! (`Z.strides + Z.strides`).
//!
//! Both functions make a view of `x`'s memory (`hir::ExprKind::AsStrided`, run by
//! `arrc_as_strided`): a new header with a static shape and byte strides computed when it
//! runs, read from `x`'s header (`hir::ExprKind::Stride`), since the memory order of an
//! array is decided at run time (`runtime/src/order.rs`). `sliding_window_view` follows
//! `numpy/lib/_stride_tricks_impl.py`: the strides are `x.strides` followed by those of the
//! windowed axes, the shape `x.shape` trimmed by each window followed by the window.

use super::desugar::Build;
use super::shape::{bind_args, normalize_axis};
use super::{err, is_trivial, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{ArrTy, Ty};

/// The most axes an array header holds (`runtime/src/array.rs`'s `MAX_DIMS`).
const MAX_DIMS: usize = 8;

impl Sema {
    /// `a.strides`: a tuple of the byte strides in `a`'s header (`a` evaluated already).
    pub(super) fn strides_attribute(&mut self, v: hir::Expr, span: Span) -> hir::Expr {
        let ndim = crate::types::dims_of(&v.ty).map_or(0, |(_, d)| d.len());
        let items = (0..ndim).map(|axis| stride(&v, axis, span)).collect();
        mk(H::Tuple(items), Ty::Tuple(vec![Ty::Int; ndim]), span)
    }

    /// `l + r` of two tuples: one tuple of their items, in order.
    pub(super) fn tuple_concat(
        &mut self,
        l: hir::Expr,
        r: hir::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let mut items = Vec::new();
        for v in [l, r] {
            items.extend(self.items_of(v, &mut first)?);
        }
        let tys = items.iter().map(|i| i.ty.clone()).collect();
        Ok(super::seq(first, mk(H::Tuple(items), Ty::Tuple(tys), span)))
    }

    /// The items of a tuple value, each an expression that runs nothing (the tuple is bound
    /// to a temporary in `first` where needed).
    fn items_of(&mut self, v: hir::Expr, first: &mut Vec<hir::Stmt>) -> Result<Vec<hir::Expr>> {
        if let H::Tuple(parts) = &v.kind {
            if !v.has_effects() {
                return Ok(parts.clone());
            }
        }
        let v = if is_trivial(&v) {
            v
        } else {
            self.bind_temp(v, first)
        };
        Ok(self.tuple_items(v))
    }

    /// `stride_tricks.as_strided(...)` and `stride_tricks.sliding_window_view(...)`.
    pub(super) fn stride_tricks_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if name == "as_strided" {
            let b = bind_args(
                name,
                &["x", "shape", "strides", "subok", "writeable"],
                1,
                args,
                kwargs,
                span,
            )?;
            self.flag_arg(b[3], false, "subok=True")?;
            self.flag_arg(b[4], true, "writeable=False")?;
            return self.as_strided(b[0].unwrap(), b[1], b[2], span);
        }
        let b = bind_args(
            name,
            &["x", "window_shape", "axis", "subok", "writeable"],
            2,
            args,
            kwargs,
            span,
        )?;
        self.flag_arg(b[3], false, "subok=True")?;
        self.flag_arg(b[4], false, "writeable=True")?;
        self.sliding_window_view(b[0].unwrap(), b[1].unwrap(), b[2], span)
    }

    /// Accepts a bool argument only at its default `default` (the other value is `what`).
    fn flag_arg(&mut self, e: Option<&ast::Expr>, default: bool, what: &str) -> Result<()> {
        match e.map(|e| (&e.kind, e.span)) {
            None => Ok(()),
            Some((A::Bool(v), _)) if *v == default => Ok(()),
            Some((_, s)) => unsupported(s, format!("{what} in numpy.lib.stride_tricks")),
        }
    }

    /// The array operand: a static-shaped NumPy array, evaluated once into a local.
    fn strided_operand(
        &mut self,
        e: &ast::Expr,
        what: &str,
        first: &mut Vec<hir::Stmt>,
    ) -> Result<(hir::Expr, ArrTy)> {
        let v = self.array_like_arg(e)?;
        let Some(a) = v.ty.as_array().cloned() else {
            return unsupported(e.span, format!("{what} of a {}", v.ty));
        };
        if a.tensor.is_some() {
            return unsupported(e.span, format!("{what} of a tensor"));
        }
        let v = if is_trivial(&v) {
            v
        } else {
            self.bind_temp(v, first)
        };
        Ok((v, a))
    }

    /// `as_strided(x, shape=None, strides=None)`: `shape` must be known at compile time.
    fn as_strided(
        &mut self,
        x: &ast::Expr,
        shape: Option<&ast::Expr>,
        strides: Option<&ast::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let (xv, a) = self.strided_operand(x, "as_strided", &mut first)?;
        let shape: Vec<usize> = match shape.filter(|s| s.kind != A::None) {
            None => a.shape.clone(),
            Some(s) => {
                let v = self.expr(s)?;
                let items = self.items_or_one(v, &mut first)?;
                let mut dims = Vec::new();
                for i in &items {
                    match super::const_int(i, &self.consts) {
                        Some(n) if n >= 0 => dims.push(n as usize),
                        Some(_) => {
                            return err(
                                s.span,
                                SemaError::Py(
                                    PyExc::ValueError,
                                    "negative dimensions are not allowed".into(),
                                ),
                            )
                        }
                        None => {
                            return unsupported(
                                s.span,
                                "an as_strided shape not known at compile time",
                            )
                        }
                    }
                }
                dims
            }
        };
        let strides: Vec<hir::Expr> = match strides.filter(|s| s.kind != A::None) {
            // NumPy's array interface reads missing strides as C-contiguous ones.
            None if shape != a.shape => {
                let mut step = a.dtype.itemsize() as i64;
                let mut out = vec![];
                for &n in shape.iter().rev() {
                    out.push(mk(H::Int(step), Ty::Int, span));
                    step *= n.max(1) as i64;
                }
                out.reverse();
                out
            }
            None => (0..a.ndim()).map(|k| stride(&xv, k, span)).collect(),
            Some(s) => {
                let v = self.expr(s)?;
                let items = self.items_or_one(v, &mut first)?;
                for i in &items {
                    if !i.ty.is_index() || matches!(i.ty, Ty::Bool) {
                        return unsupported(i.span, format!("a stride that is a {}", i.ty));
                    }
                }
                items
            }
        };
        if strides.len() != shape.len() {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    "mismatch in length of strides and shape".into(),
                ),
            );
        }
        if shape.len() > MAX_DIMS {
            return unsupported(span, format!("arrays of more than {MAX_DIMS} dimensions"));
        }
        let value = self.strided_view(xv, a, shape, strides, span, &mut first)?;
        Ok(super::seq(first, value))
    }

    /// The items of a tuple or list value, or the value itself as the only one.
    fn items_or_one(&mut self, v: hir::Expr, first: &mut Vec<hir::Stmt>) -> Result<Vec<hir::Expr>> {
        match v.ty {
            Ty::Tuple(_) => self.items_of(v, first),
            _ if v.ty.is_index() => Ok(vec![v]),
            _ => unsupported(v.span, format!("a shape or strides that is a {}", v.ty)),
        }
    }

    /// `sliding_window_view(x, window_shape, axis=None)`.
    fn sliding_window_view(
        &mut self,
        x: &ast::Expr,
        window: &ast::Expr,
        axis: Option<&ast::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let (xv, a) = self.strided_operand(x, "sliding_window_view", &mut first)?;
        let window = self.const_ints(window, "a window_shape")?;
        if window.iter().any(|&w| w < 0) {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    "`window_shape` cannot contain negative values".into(),
                ),
            );
        }
        let axes: Vec<usize> = match axis.filter(|e| e.kind != A::None) {
            None => {
                if window.len() != a.ndim() {
                    return err(
                        span,
                        SemaError::Py(PyExc::ValueError, format!(
                            "Since axis is `None`, must provide window_shape for all dimensions of `x`; got {} window_shape elements and `x.ndim` is {}.",
                            window.len(),
                            a.ndim()
                        )),
                    );
                }
                (0..a.ndim()).collect()
            }
            Some(e) => {
                let axes = self.const_ints(e, "an axis")?;
                let axes = axes
                    .iter()
                    .map(|&ax| normalize_axis(ax, a.ndim(), e.span))
                    .collect::<Result<Vec<_>>>()?;
                if window.len() != axes.len() {
                    return err(
                        span,
                        SemaError::Py(PyExc::ValueError, format!(
                            "Must provide matching length window_shape and axis; got {} window_shape elements and {} axes elements.",
                            window.len(),
                            axes.len()
                        )),
                    );
                }
                axes
            }
        };
        let mut shape = a.shape.clone();
        for (&ax, &w) in axes.iter().zip(&window) {
            if (shape[ax] as i64) < w {
                return err(
                    span,
                    SemaError::Py(
                        PyExc::ValueError,
                        "window shape cannot be larger than input array shape".into(),
                    ),
                );
            }
            shape[ax] -= w as usize - 1;
        }
        shape.extend(window.iter().map(|&w| w as usize));
        if shape.len() > MAX_DIMS {
            return unsupported(span, format!("arrays of more than {MAX_DIMS} dimensions"));
        }
        let strides: Vec<hir::Expr> = (0..a.ndim())
            .chain(axes.iter().copied())
            .map(|k| stride(&xv, k, span))
            .collect();
        let value = self.strided_view(xv, a, shape, strides, span, &mut first)?;
        Ok(super::seq(first, value))
    }

    /// An int or a tuple/list of ints known at compile time (`what` for the message).
    fn const_ints(&mut self, e: &ast::Expr, what: &str) -> Result<Vec<i64>> {
        let items: Vec<ast::Expr> = match &e.kind {
            A::Tuple(items) | A::List(items) => items.clone(),
            _ => vec![e.clone()],
        };
        let mut out = Vec::new();
        for i in &items {
            let v = self.expr(i)?;
            if let Ty::Tuple(_) = v.ty {
                let mut first = Vec::new();
                for part in self.items_of(v, &mut first)? {
                    match super::const_int(&part, &self.consts) {
                        Some(k) => out.push(k),
                        None => {
                            return unsupported(i.span, format!("{what} not known at compile time"))
                        }
                    }
                }
                if !first.is_empty() {
                    return unsupported(i.span, format!("{what} not known at compile time"));
                }
                continue;
            }
            match super::const_int(&v, &self.consts) {
                Some(k) if !matches!(v.ty, Ty::Float) => out.push(k),
                _ => return unsupported(i.span, format!("{what} not known at compile time")),
            }
        }
        Ok(out)
    }

    /// The view of `x` (a local or constant expression of type `a`) with `shape` and the
    /// byte `strides` (int expressions).
    fn strided_view(
        &mut self,
        x: hir::Expr,
        a: ArrTy,
        shape: Vec<usize>,
        strides: Vec<hir::Expr>,
        span: Span,
        first: &mut Vec<hir::Stmt>,
    ) -> Result<hir::Expr> {
        let b = Build(span);
        let mut names = Vec::new();
        let mut ids = Vec::new();
        for (k, s) in strides.into_iter().enumerate() {
            let s = if matches!(s.ty, Ty::Int) {
                s
            } else {
                self.to_py(s, Ty::Int)
            };
            ids.push(self.hidden_local(s, first));
            names.push(format!("stride·{k}"));
        }
        let bound: Vec<(&str, hir::LocalId)> = names.iter().map(|n| n.as_str()).zip(ids).collect();
        let list = b.e(A::List(names.iter().map(|n| b.name(n)).collect()));
        let dims = b.e(A::List(shape.iter().map(|&n| b.int(n as i64)).collect()));
        let (strides, dims) = self.with_hidden_names(&bound, |s| {
            let i64 = || b.kw("dtype", b.np("int64"));
            let st = s.expr(&b.call(b.np("array"), vec![list], vec![i64()]))?;
            let di = s.expr(&b.call(b.np("array"), vec![dims], vec![i64()]))?;
            Ok((st, di))
        })?;
        Ok(mk(
            H::AsStrided {
                arg: Box::new(x),
                shape: Box::new(dims),
                strides: Box::new(strides),
            },
            Ty::Array(a.with(a.dtype, shape)),
            span,
        ))
    }
}

/// The byte stride of axis `axis` of the array `arr`, read from its header: a Python int.
fn stride(arr: &hir::Expr, axis: usize, span: Span) -> hir::Expr {
    mk(
        H::Stride {
            arr: Box::new(arr.clone()),
            axis,
        },
        Ty::Int,
        span,
    )
}
