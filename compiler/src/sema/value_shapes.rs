//! NumPy functions whose result's shape depends on the values: `np.nonzero`, one-argument
//! `np.where`, `np.flatnonzero`, `np.argwhere`, `np.bincount`, `np.unique`, `np.repeat`. Each
//! result is an
//! array with a run-time extent (`Ty::RunArray`; static where NumPy's shape is fixed), computed
//! by the runtime (`arrc_nonzero`, `arrc_bincount`, `arrc_unique`, `arrc_repeat`), which raises
//! NumPy's errors for bad values.

use super::desugar::Build;
use super::shape::bind_args;
use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{broadcast_dims, dims_of, DType, Dim, RunArrTy, Ty};

/// `hir::ExprKind::NonZero`'s `which` for `np.flatnonzero`: indices into the raveled array.
pub const NONZERO_FLAT: i64 = -1;
/// `which` for `np.argwhere`: an `(count, ndim)` array of index rows.
pub const NONZERO_ROWS: i64 = -2;

impl Sema {
    /// An argument NumPy converts with `np.asarray`: a list literal is `np.array(list)`
    /// (`np.sin([0, 1])`, `np.sum([1, 2])`), anything else itself.
    pub(super) fn array_like_arg(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        if matches!(e.kind, A::List(_)) {
            let b = Build(e.span);
            self.type_rewrite(&[], vec![], &b.call(b.np("array"), vec![e.clone()], vec![]))
        } else {
            self.expr(e)
        }
    }

    /// An array argument, where NumPy also takes a list literal (`np.nonzero([1, 0, 2])`).
    fn array_like_operand(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let v = self.array_like_arg(e)?;
        if dims_of(&v.ty).is_none() || v.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
            return unsupported(e.span, format!("an array argument that is a {}", v.ty));
        }
        Ok(v)
    }

    /// `np.nonzero(a)`, `np.where(a)`: a tuple of int64 index arrays, one per axis;
    /// `np.flatnonzero(a)`; `np.argwhere(a)`.
    pub(super) fn nonzero_indices(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(name, &["a"], 1, args, kwargs, span)?;
        let a = self.array_like_operand(b[0].unwrap())?;
        let (_, dims) = dims_of(&a.ty).unwrap();
        let nd = dims.len();
        if nd == 0 {
            return unsupported(span, format!("np.{name} of a 0-d array"));
        }
        let index_array = |dims: Vec<Dim>| {
            Ty::RunArray(RunArrTy {
                dtype: DType::I64,
                dims,
            })
        };
        let one = |arg: hir::Expr, which: i64, ty: Ty| {
            mk(
                H::NonZero {
                    arg: Box::new(arg),
                    which,
                },
                ty,
                span,
            )
        };
        match name {
            "flatnonzero" => Ok(one(a, NONZERO_FLAT, index_array(vec![Dim::Run]))),
            "argwhere" => Ok(one(
                a,
                NONZERO_ROWS,
                index_array(vec![Dim::Run, Dim::Fixed(nd)]),
            )),
            _ => {
                // One scan per axis, of the argument evaluated once.
                let mut first = Vec::new();
                let (ty, sp) = (a.ty.clone(), a.span);
                let id = self.hidden_local(a, &mut first);
                let items: Vec<hir::Expr> = (0..nd)
                    .map(|k| {
                        one(
                            mk(H::Local(id), ty.clone(), sp),
                            k as i64,
                            index_array(vec![Dim::Run]),
                        )
                    })
                    .collect();
                let tys = items.iter().map(|i| i.ty.clone()).collect();
                Ok(super::seq(first, mk(H::Tuple(items), Ty::Tuple(tys), span)))
            }
        }
    }

    /// `np.bincount(x, weights=None, minlength=0)`: counts (int64), or sums of `weights`
    /// (float64, added in `x`'s order), of each value of the non-negative int array `x`.
    pub(super) fn bincount(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "bincount",
            &["x", "weights", "minlength"],
            1,
            args,
            kwargs,
            span,
        )?;
        let x = self.array_like_operand(b[0].unwrap())?;
        let (xd, xdims) = dims_of(&x.ty).unwrap();
        if xd.is_float() {
            return err(
                x.span,
                SemaError::Py(PyExc::TypeError, format!(
                    "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
                    xd.name()
                )),
            );
        }
        if xdims.len() != 1 {
            return err(
                x.span,
                SemaError::Py(
                    PyExc::ValueError,
                    "object too deep for desired array".into(),
                ),
            );
        }
        let weights = match b[1] {
            Some(w) if w.kind != A::None => {
                let w = self.array_like_operand(w)?;
                let (wd, _) = dims_of(&w.ty).unwrap();
                if wd != DType::F64 {
                    // NumPy casts weights to float64 first.
                    let span = w.span;
                    let (_, dims) = dims_of(&w.ty).unwrap();
                    Some(mk(
                        H::Elementwise {
                            op: hir::EwOp::Cast,
                            args: vec![w],
                        },
                        RunArrTy {
                            dtype: DType::F64,
                            dims,
                        }
                        .into_ty(),
                        span,
                    ))
                } else {
                    Some(w)
                }
            }
            _ => None,
        };
        let minlength = match b[2] {
            Some(m) if m.kind != A::None => {
                let v = self.expr(m)?;
                if !v.ty.is_index() {
                    return unsupported(m.span, format!("a minlength that is a {}", v.ty));
                }
                self.to_py(v, Ty::Int)
            }
            _ => mk(H::Int(0), Ty::Int, span),
        };
        let dtype = if weights.is_some() {
            DType::F64
        } else {
            DType::I64
        };
        Ok(mk(
            H::BinCount {
                x: Box::new(x),
                weights: weights.map(Box::new),
                minlength: Box::new(minlength),
            },
            Ty::RunArray(RunArrTy {
                dtype,
                dims: vec![Dim::Run],
            }),
            span,
        ))
    }

    /// `np.unique(ar, return_index, return_inverse, return_counts)` (flattened: `axis=None`,
    /// `equal_nan=True`): the sorted unique values (NaN once, last), then each output asked
    /// for, in NumPy's order. With `return_index` NumPy sorts stably, so the first of equal
    /// values is kept; otherwise its quicksort decides which of `0.0` and `-0.0` stays, and
    /// the runtime stops with an error where both occur (as `np.sort` does).
    pub(super) fn unique(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let params = [
            "ar",
            "return_index",
            "return_inverse",
            "return_counts",
            "axis",
            "equal_nan",
        ];
        let b = bind_args("unique", &params, 1, args, kwargs, span)?;
        let a = self.array_like_operand(b[0].unwrap())?;
        let mut flags = [false; 3];
        for (k, flag) in flags.iter_mut().enumerate() {
            if let Some(e) = b[k + 1] {
                let v = self.expr(e)?;
                match v.kind {
                    H::Bool(x) => *flag = x,
                    _ => match super::const_int(&v, &self.consts) {
                        Some(i) => *flag = i != 0,
                        None => {
                            return unsupported(
                                e.span,
                                format!("a {} not known at compile time", params[k + 1]),
                            )
                        }
                    },
                }
            }
        }
        if b[4].is_some_and(|e| e.kind != A::None) {
            return unsupported(span, "np.unique with an axis");
        }
        if b[5].is_some_and(|e| !matches!(e.kind, A::Bool(true))) {
            return unsupported(span, "np.unique with equal_nan other than True");
        }
        let (dtype, dims) = dims_of(&a.ty).unwrap();
        let stable = flags[0];
        let mut first = Vec::new();
        let (ty, sp) = (a.ty.clone(), a.span);
        let id = self.hidden_local(a, &mut first);
        let one = |which: i64, dtype: DType, dims: Vec<Dim>| {
            mk(
                H::Unique {
                    arg: Box::new(mk(H::Local(id), ty.clone(), sp)),
                    which,
                    stable,
                },
                RunArrTy { dtype, dims }.into_ty(),
                span,
            )
        };
        let mut items = vec![one(0, dtype, vec![Dim::Run])];
        if flags[0] {
            items.push(one(1, DType::I64, vec![Dim::Run]));
        }
        if flags[1] {
            // NumPy 2: the inverse has the input's shape.
            items.push(one(2, DType::I64, dims.clone()));
        }
        if flags[2] {
            items.push(one(3, DType::I64, vec![Dim::Run]));
        }
        let value = if items.len() == 1 {
            items.pop().unwrap()
        } else {
            let tys = items.iter().map(|i| i.ty.clone()).collect();
            mk(H::Tuple(items), Ty::Tuple(tys), span)
        };
        Ok(super::seq(first, value))
    }

    /// `np.repeat(a, repeats, axis=None)`: each element (of the flattened array, or each
    /// position along `axis`) repeated `repeats` times, an int or an int array of one count
    /// per element. The shape is static for a constant count and a static `a`.
    pub(super) fn repeat(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("repeat", &["a", "repeats", "axis"], 2, args, kwargs, span)?;
        let a = self.array_like_operand(b[0].unwrap())?;
        let (dtype, dims) = dims_of(&a.ty).unwrap();
        let r_e = b[1].unwrap();
        let reps = if matches!(r_e.kind, A::List(_)) {
            self.array_like_operand(r_e)?
        } else {
            self.expr(r_e)?
        };
        let axis = match b[2] {
            Some(e) if e.kind != A::None => {
                let v = self.expr(e)?;
                match super::const_int(&v, &self.consts) {
                    Some(ax) => Some(super::shape::normalize_axis(ax, dims.len().max(1), e.span)?),
                    None => return unsupported(e.span, "a repeat axis not known at compile time"),
                }
            }
            _ => None,
        };
        if dims.is_empty() {
            return unsupported(span, "np.repeat of a 0-d array");
        }
        let count = super::const_int(&reps, &self.consts);
        let along = |n: Dim| match (n, count) {
            (Dim::Fixed(n), Some(c)) if c >= 0 => Dim::Fixed(n * c as usize),
            _ => Dim::Run,
        };
        let rdims = match axis {
            None => {
                let size = dims
                    .iter()
                    .try_fold(1usize, |acc, d| d.fixed().map(|n| acc * n));
                vec![along(size.map_or(Dim::Run, Dim::Fixed))]
            }
            Some(ax) => {
                let mut d = dims.clone();
                d[ax] = along(d[ax]);
                d
            }
        };
        match dims_of(&reps.ty) {
            Some((rd, _)) if !rd.is_int() && rd != DType::Bool => {
                return err(
                    reps.span,
                    SemaError::Py(PyExc::TypeError, format!(
                        "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
                        rd.name()
                    )),
                )
            }
            Some(_) => {}
            None if reps.ty.is_index() => {}
            None => return unsupported(reps.span, format!("repeats that are a {}", reps.ty)),
        }
        let reps = if reps.ty.is_scalar() {
            self.to_py(reps, Ty::Int)
        } else {
            reps
        };
        Ok(mk(
            H::Repeat {
                arg: Box::new(a),
                repeats: Box::new(reps),
                axis: axis.map_or(-1, |a| a as i64),
            },
            RunArrTy { dtype, dims: rdims }.into_ty(),
            span,
        ))
    }

    /// `np.intersect1d`, `np.union1d`, `np.setdiff1d` (sorted unique values, flattened; NaN
    /// is never equal to NaN in an intersection, kept once in a union or difference) and
    /// `np.isin(element, test_elements, invert=False)` (a bool array of `element`'s shape).
    pub(super) fn set_op(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let params: &[&str] = match name {
            "isin" => &["element", "test_elements", "assume_unique", "invert"],
            "setdiff1d" | "union1d" => &["ar1", "ar2", "assume_unique"],
            _ => &["ar1", "ar2", "assume_unique", "return_indices"],
        };
        let b = bind_args(name, params, 2, args, kwargs, span)?;
        for (k, e) in b.iter().enumerate().skip(2) {
            if let Some(e) = e {
                let ok = matches!(e.kind, A::Bool(false))
                    || (params[k] == "invert" && matches!(e.kind, A::Bool(true)));
                if !ok {
                    return unsupported(e.span, format!("np.{name} with {}=", params[k]));
                }
            }
        }
        let invert = b
            .get(3)
            .copied()
            .flatten()
            .is_some_and(|e| matches!(e.kind, A::Bool(true)));
        let x = self.array_like_operand(b[0].unwrap())?;
        let y = self.array_like_operand(b[1].unwrap())?;
        let (dx, xdims) = dims_of(&x.ty).unwrap();
        let (dy, _) = dims_of(&y.ty).unwrap();
        let dtype = match name {
            "isin" | "setdiff1d" => dx,
            _ => super::promote(dx, dy),
        };
        let compare = super::promote(dx, dy);
        let x = self.cast_array(x, compare);
        let y = self.cast_array(y, compare);
        let (op, ty) = match name {
            "intersect1d" => (0, vec![Dim::Run]),
            "union1d" => (1, vec![Dim::Run]),
            "setdiff1d" => (2, vec![Dim::Run]),
            _ => (3 + invert as i64, xdims),
        };
        let rdtype = if op >= 3 { DType::Bool } else { compare };
        let e = mk(
            H::SetOp {
                a: Box::new(x),
                b: Box::new(y),
                op,
            },
            RunArrTy {
                dtype: rdtype,
                dims: ty,
            }
            .into_ty(),
            span,
        );
        // setdiff1d keeps `ar1`'s dtype (its values are `ar1`'s).
        Ok(if op < 3 && dtype != rdtype {
            self.cast_array(e, dtype)
        } else {
            e
        })
    }

    /// Whether `index` is a multi-array integer index `x[i0, i1, ...]`: two or more items, no
    /// slice, `None` or `...`, and among them a list literal or a name bound to an array.
    pub(super) fn is_multi_array_index(&self, index: &ast::Expr) -> bool {
        let A::Tuple(items) = &index.kind else {
            return false;
        };
        items.len() >= 2
            && !items
                .iter()
                .any(|i| matches!(i.kind, A::Slice { .. } | A::None | A::Ellipsis))
            && items
                .iter()
                .any(|i| matches!(i.kind, A::List(_)) || self.surely_array(i))
    }

    /// Whether `e` is an array whatever the types say, judged from its form without typing
    /// it (typing it twice would repeat its effects): a name bound to an array, a view of one
    /// (`rows[:, None]`), arithmetic with one, or a call of a NumPy array constructor.
    pub(super) fn surely_array(&self, e: &ast::Expr) -> bool {
        const MAKERS: &[&str] = &[
            "array",
            "asarray",
            "arange",
            "zeros",
            "ones",
            "full",
            "repeat",
            "unique",
            "flatnonzero",
            "argsort",
            "sort",
            "linspace",
        ];
        match &e.kind {
            A::Name(n) => matches!(
                self.env.get(n),
                Some(super::Binding::Local(id)) if dims_of(&self.locals[*id].ty).is_some()
            ),
            A::Subscript { value, index } => {
                // A view, or advanced indexing with an array (`x[mask]`, `x[idx]`).
                let view = |i: &ast::Expr| {
                    matches!(i.kind, A::Slice { .. } | A::None | A::List(_)) || self.surely_array(i)
                };
                self.surely_array(value)
                    && match &index.kind {
                        A::Tuple(items) => items.iter().any(view),
                        _ => view(index),
                    }
            }
            A::BinOp { lhs, rhs, .. } => self.surely_array(lhs) || self.surely_array(rhs),
            A::Call { func, .. } => match &func.kind {
                A::Attribute { value, attr, .. } => {
                    (self.module_of(value) == Some(crate::types::ModuleKind::NumPy)
                        && MAKERS.contains(&attr.as_str()))
                        // an array's own methods that give an array (`np.array(v).reshape(2, 2)`)
                        || (matches!(attr.as_str(), "reshape" | "copy" | "astype" | "ravel" | "flatten")
                            && self.surely_array(value))
                }
                _ => false,
            },
            A::Attribute { value, attr, .. } => attr == "T" && self.surely_array(value),
            _ => false,
        }
    }

    /// The index arrays of a multi-array index, in order (a scalar int becomes a one-element
    /// array, which broadcasts as the scalar does), and the indexing result's dims.
    fn index_arrays(
        &mut self,
        base: &hir::Expr,
        index: &ast::Expr,
    ) -> Result<(Vec<hir::Expr>, Vec<Dim>)> {
        let A::Tuple(items) = &index.kind else {
            unreachable!("a multi-array index")
        };
        let Some((_, bdims)) =
            dims_of(&base.ty).filter(|_| !base.ty.as_array().is_some_and(|a| a.tensor.is_some()))
        else {
            return unsupported(index.span, format!("array indices into a {}", base.ty));
        };
        if items.len() > bdims.len() {
            return err(
                index.span,
                SemaError::TooManyIndices {
                    ndim: bdims.len(),
                    given: items.len(),
                },
            );
        }
        let mut out = Vec::new();
        let mut dims: Vec<Dim> = Vec::new();
        for (axis, item) in items.iter().enumerate() {
            let v = self.array_like_arg(item)?;
            // A 1-D boolean array stands for the positions where it is true (NumPy replaces it
            // by its `nonzero()`), after its length is checked against the axis.
            let v = match (&v.ty, bdims.get(axis)) {
                (Ty::Array(m), Some(&Dim::Fixed(n))) if m.dtype == DType::Bool && m.ndim() == 1 => {
                    if m.shape[0] != n {
                        return err(
                            item.span,
                            SemaError::Py(PyExc::IndexError, format!(
                                "boolean index did not match indexed array along axis {axis}; size of axis is {n} but size of corresponding boolean axis is {}",
                                m.shape[0]
                            )),
                        );
                    }
                    let vspan = v.span;
                    mk(
                        H::NonZero {
                            arg: Box::new(v),
                            which: NONZERO_FLAT,
                        },
                        RunArrTy {
                            dtype: DType::I64,
                            dims: vec![Dim::Run],
                        }
                        .into_ty(),
                        vspan,
                    )
                }
                _ => v,
            };
            let v = match dims_of(&v.ty) {
                Some((d, idims)) if d.is_int() => {
                    dims = broadcast_dims(&dims, &idims).unwrap_or_else(|| {
                        // Fixed extents that do not broadcast: NumPy's IndexError at run time.
                        vec![Dim::Run; dims.len().max(idims.len())]
                    });
                    v
                }
                Some((DType::Bool, _)) => {
                    return unsupported(item.span, "a boolean array among several indices")
                }
                Some(_) => {
                    return err(
                        item.span,
                        SemaError::Py(PyExc::IndexError,
                            "arrays used as indices must be of integer (or boolean) type".into(),
                        ),
                    )
                }
                None if v.ty.is_index() => {
                    let span = v.span;
                    let v = self.to_py(v, Ty::Int);
                    mk(
                        H::Full(Box::new(v)),
                        Ty::Array(crate::types::ArrTy::new(DType::I64, vec![1])),
                        span,
                    )
                }
                None => {
                    return err(item.span, SemaError::Py(PyExc::IndexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices".into()))
                }
            };
            out.push(v);
        }
        dims.extend_from_slice(&bdims[items.len()..]);
        Ok((out, dims))
    }

    /// `x[i0, i1, ...]` read with a multi-array index (`m[[0, 1, 2], [3, 2, 1]]`,
    /// `A[rows, cols]`): NumPy's gather, the indices bounds-checked when it runs.
    pub(super) fn take_nd(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let (indices, dims) = self.index_arrays(&base, index)?;
        let (dtype, _) = dims_of(&base.ty).unwrap();
        Ok(mk(
            H::TakeNd {
                base: Box::new(base),
                indices,
            },
            RunArrTy { dtype, dims }.into_ty(),
            span,
        ))
    }

    /// The value of a scatter (`PutNd`) into an array of `dtype`: a scalar as a one-element
    /// array, an array cast to `dtype`.
    pub(super) fn put_value(&self, value: hir::Expr, dtype: DType) -> Result<hir::Expr> {
        if value.ty.is_scalar() {
            let vspan = value.span;
            Ok(mk(
                H::Full(Box::new(value)),
                Ty::Array(crate::types::ArrTy::new(dtype, vec![1])),
                vspan,
            ))
        } else if dims_of(&value.ty).is_some() {
            Ok(self.cast_array(value, dtype))
        } else {
            unsupported(value.span, format!("storing a {} in an array", value.ty))
        }
    }

    /// `x[i0, i1, ...] = value` with a multi-array index: `value` (a scalar or an array,
    /// converted to `x`'s dtype) stored at each selected position, in order.
    pub(super) fn put_nd(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let (indices, _) = self.index_arrays(&base, index)?;
        let (dtype, _) = dims_of(&base.ty).unwrap();
        let value = self.put_value(value, dtype)?;
        out.push(hir::Stmt {
            kind: hir::StmtKind::PutNd {
                base,
                indices,
                value,
                mask: false,
            },
            span,
        });
        Ok(())
    }
}
