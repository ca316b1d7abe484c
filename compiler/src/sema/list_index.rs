//! Indexing with a list of constant ints among slices: `x[[0, 2]]`, `m[:, [2, 0, 2]]`, and
//! assignment through it (`x[[0, 2]] = v`). NumPy copies on read (a gather); the result is
//! built as a concatenation of length-1 slices, and a write is one slice write per entry, in
//! order (a repeated index ends with the last value, as in NumPy). Also `x[mask] = v`, a
//! boolean mask of the array's shape with a scalar value: one kernel `where(mask, v, x)`.

use super::{const_int, err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, EwOp, ExprKind as H, ViewOp};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{broadcast_shapes, Ty};

/// The views a list index stands for: one per list entry, each of length 1 along `axis`.
pub(super) struct ListIndex {
    pub parts: Vec<hir::Expr>,
    pub axis: usize,
}

impl Sema {
    /// Whether `index` has a list in it (`x[[0, 2]]`, `x[:, [1]]`).
    pub(super) fn has_list(&self, index: &ast::Expr) -> bool {
        match &index.kind {
            A::List(_) => true,
            A::Tuple(items) => items.iter().any(|i| matches!(i.kind, A::List(_))),
            _ => false,
        }
    }

    /// `None` when `index` has no list in it.
    pub(super) fn list_index(
        &mut self,
        base: &hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<Option<ListIndex>> {
        let items: Vec<&ast::Expr> = match &index.kind {
            A::Tuple(items) => items.iter().collect(),
            _ => vec![index],
        };
        let lists: Vec<usize> = (0..items.len())
            .filter(|&i| matches!(items[i].kind, A::List(_)))
            .collect();
        let Some(&at) = lists.first() else {
            return Ok(None);
        };
        if lists.len() > 1 {
            return unsupported(items[lists[1]].span, "more than one list in an index");
        }
        if let Some(other) = items
            .iter()
            .find(|i| !matches!(i.kind, A::List(_) | A::Slice { .. }))
        {
            return unsupported(
                other.span,
                "a list index together with integer indices, `...` or np.newaxis",
            );
        }
        let arr = base.ty.as_array().unwrap();
        if arr.tensor.is_some() {
            return unsupported(items[at].span, "indexing a tensor with a list");
        }
        if !matches!(base.kind, H::Local(_)) {
            return unsupported(span, "a list index of anything but a variable");
        }
        if items.len() > arr.ndim() {
            return err(
                index.span,
                SemaError::TooManyIndices {
                    ndim: arr.ndim(),
                    given: items.len(),
                },
            );
        }
        let A::List(entries) = &items[at].kind else {
            unreachable!()
        };
        if entries.is_empty() {
            return unsupported(items[at].span, "an empty index list");
        }
        let n = arr.shape[at] as i64;
        let mut parts = Vec::new();
        for e in entries {
            let v = self.expr(e)?;
            if !matches!(v.ty, Ty::Int) {
                return unsupported(e.span, "index lists of anything but int constants");
            }
            let Some(c) = const_int(&v, &self.consts) else {
                return unsupported(e.span, "index lists of anything but int constants");
            };
            if c < -n || c >= n {
                return err(
                    e.span,
                    SemaError::IndexOutOfBounds {
                        index: c,
                        axis: at,
                        size: n as usize,
                    },
                );
            }
            let c = if c < 0 { c + n } else { c };
            let int = |v: i64| {
                Some(Box::new(ast::Expr {
                    kind: A::Int(v),
                    span: e.span,
                }))
            };
            let mut one: Vec<ast::Expr> = items.iter().map(|i| (*i).clone()).collect();
            one[at] = ast::Expr {
                kind: A::Slice {
                    lower: int(c),
                    upper: int(c + 1),
                    step: None,
                },
                span: e.span,
            };
            let one = ast::Expr {
                kind: A::Tuple(one),
                span: index.span,
            };
            match self.index(base.clone(), &one, span)? {
                super::Indexed::View(v) => parts.push(v),
                super::Indexed::Element { .. } => unreachable!("a slice gives a view"),
            }
        }
        Ok(Some(ListIndex { parts, axis: at }))
    }

    /// The read `x[[0, 2]]`: a new array.
    pub(super) fn list_gather(&self, l: ListIndex, span: Span) -> hir::Expr {
        let first = l.parts[0].ty.as_array().unwrap();
        let mut shape = first.shape.clone();
        shape[l.axis] = l.parts.len();
        let ty = Ty::Array(first.with(first.dtype, shape));
        mk(
            H::Concatenate {
                parts: l.parts,
                axis: l.axis,
                list_index: true,
            },
            ty,
            span,
        )
    }

    /// The write `x[[0, 2]] = value`: entry by entry, each getting its part of `value`.
    pub(super) fn list_scatter(
        &mut self,
        l: ListIndex,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let first = l.parts[0].ty.as_array().unwrap();
        let mut shape = first.shape.clone();
        shape[l.axis] = l.parts.len();
        let m = l.parts.len();
        // NumPy drops leading length-1 axes of a value with more axes than the result.
        let value = match value.ty.as_array() {
            Some(v)
                if v.ndim() > shape.len()
                    && v.shape[..v.ndim() - shape.len()].iter().all(|&d| d == 1) =>
            {
                let vshape = v.shape[v.ndim() - shape.len()..].to_vec();
                let ty = Ty::Array(v.with(v.dtype, vshape));
                let vspan = value.span;
                mk(H::Reshape(Box::new(value)), ty, vspan)
            }
            _ => value,
        };
        let value = match &value.ty {
            Ty::Array(v) => {
                if broadcast_shapes(&shape, &v.shape).as_ref() != Some(&shape) {
                    let fmt = |s: &[usize]| {
                        let d: Vec<String> = s.iter().map(|x| x.to_string()).collect();
                        if d.len() == 1 {
                            format!("({},)", d[0])
                        } else {
                            format!("({})", d.join(","))
                        }
                    };
                    return err(
                        value.span,
                        SemaError::Py(PyExc::ValueError, format!(
                            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                            fmt(&v.shape),
                            fmt(&shape)
                        )),
                    );
                }
                // Evaluated once, before any write, into an array of its own (it may be a
                // view of the target: `x[[1, 0]] = x[:2]`).
                let vty = value.ty.clone();
                let local = self.new_local("<value>", vty.clone());
                let vspan = value.span;
                let copy = mk(H::Copy(Box::new(value)), vty.clone(), vspan);
                out.push(hir::Stmt {
                    kind: hir::StmtKind::Assign { local, value: copy },
                    span,
                });
                mk(H::Local(local), vty, vspan)
            }
            t if t.is_scalar() => {
                // Evaluated once, before any write (`z[[0, 1]] = z.max() + 1`).
                let vty = value.ty.clone();
                let local = self.new_local("<value>", vty.clone());
                let vspan = value.span;
                out.push(hir::Stmt {
                    kind: hir::StmtKind::Assign { local, value },
                    span,
                });
                mk(H::Local(local), vty, vspan)
            }
            other => return unsupported(value.span, format!("storing a {other} in an array")),
        };
        for (k, part) in l.parts.into_iter().enumerate() {
            let piece = match value.ty.as_array() {
                // The value's axis that lines up with the list's (values align to the right).
                Some(v) if v.ndim() + l.axis >= shape.len() && m > 1 => {
                    let vaxis = v.ndim() + l.axis - shape.len();
                    if v.shape[vaxis] == m {
                        let mut pshape = v.shape.clone();
                        pshape[vaxis] = 1;
                        mk(
                            H::View {
                                base: Box::new(value.clone()),
                                ops: vec![ViewOp::Slice {
                                    axis: vaxis,
                                    start: k as i64,
                                    len: 1,
                                    step: 1,
                                }],
                            },
                            Ty::Array(v.with(v.dtype, pshape)),
                            value.span,
                        )
                    } else {
                        value.clone()
                    }
                }
                _ => value.clone(),
            };
            self.write_into(part, piece, span, out)?;
        }
        Ok(())
    }

    /// `index` when it is an array (a mask or integer positions); `None` for any other index.
    pub(super) fn index_array_value(
        &mut self,
        base: &hir::Expr,
        index: &ast::Expr,
    ) -> Result<Option<hir::Expr>> {
        if matches!(
            index.kind,
            A::Tuple(_) | A::Slice { .. } | A::List(_) | A::Ellipsis
        ) {
            return Ok(None);
        }
        if base.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
            return Ok(None);
        }
        let v = self.expr(index)?;
        Ok(crate::types::dims_of(&v.ty).is_some().then_some(v))
    }

    /// `x[mask] = value` with a scalar value: `x = where(mask, value, x)` in place.
    pub(super) fn mask_assign(
        &mut self,
        base: hir::Expr,
        mask: hir::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let x = base.ty.as_array().unwrap().clone();
        let m = mask.ty.as_array().unwrap().clone();
        self.check_mask_shape(&x, &m, mask.span)?;
        if !value.ty.is_scalar() {
            return self.mask_put_array(base, mask, value, span, out);
        }
        let mask = mask_over_leading_axes(mask, x.ndim());
        // The value cast to the array's dtype first, as NumPy's setitem does.
        let value = if value.ty.scalar_dtype() == Some(x.dtype) {
            value
        } else {
            let vspan = value.span;
            mk(
                H::Elementwise {
                    op: EwOp::Cast,
                    args: vec![value],
                },
                Ty::NpScalar(x.dtype),
                vspan,
            )
        };
        let mspan = mask.span;
        let select = mk(
            H::Elementwise {
                op: EwOp::Where,
                args: vec![mask, value, base.clone()],
            },
            Ty::Array(x.clone()),
            mspan,
        );
        out.push(hir::Stmt {
            kind: hir::StmtKind::Write {
                target: base,
                value: select,
            },
            span,
        });
        Ok(())
    }

    /// A boolean mask `m` over `x`'s first axes: NumPy's IndexError for a mismatched axis.
    pub(super) fn check_mask_shape(
        &self,
        x: &crate::types::ArrTy,
        m: &crate::types::ArrTy,
        span: Span,
    ) -> Result<()> {
        if m.ndim() > x.ndim() {
            return err(
                span,
                SemaError::TooManyIndices {
                    ndim: x.ndim(),
                    given: m.ndim(),
                },
            );
        }
        for (axis, (&mb, &xb)) in m.shape.iter().zip(&x.shape).enumerate() {
            if mb != xb {
                return err(
                    span,
                    SemaError::Py(PyExc::IndexError, format!(
                        "boolean index did not match indexed array along axis {axis}; size of axis is {xb} but size of corresponding boolean axis is {mb}"
                    )),
                );
            }
        }
        Ok(())
    }
}

/// A mask over an array's first axes, with length-1 axes added after it so that it
/// broadcasts against the whole array (`x[rows] = v` sets whole rows).
pub(super) fn mask_over_leading_axes(mask: hir::Expr, ndim: usize) -> hir::Expr {
    let m = mask.ty.as_array().expect("a static mask").ndim();
    if m >= ndim {
        return mask;
    }
    let span = mask.span;
    let axes: Vec<usize> = (m..ndim).collect();
    super::shape::with_new_axes(mask, &axes, span)
}

/// The first item of an index tuple whose other items are all `:` or `...`
/// (`x[mask, :]` indexes as `x[mask]`); `index` itself when it is not a tuple.
pub(super) fn leading_index_only(index: &ast::Expr) -> Option<&ast::Expr> {
    let A::Tuple(items) = &index.kind else {
        return Some(index);
    };
    let full = |e: &ast::Expr| match &e.kind {
        A::Slice { lower, upper, step } => lower.is_none() && upper.is_none() && step.is_none(),
        A::Ellipsis => true,
        _ => false,
    };
    match items.split_first() {
        Some((first, rest)) if !rest.is_empty() && rest.iter().all(full) && !full(first) => {
            Some(first)
        }
        _ => None,
    }
}
