//! Writes through an index that copies on read: one integer array (`x[idx] = v`,
//! `x[idx] -= 10`) and a boolean mask updated in place (`x[x > 5] += 100`).
//!
//! Reading `x[idx]` or `x[mask]` makes a new array, so an augmented assignment cannot update
//! what it read (that would change the copy and lose the result). NumPy's `x[i] op= v` is
//! `x[i] = x[i] op v`: the gathered values, updated, stored back through the same index.
//! - Integer array: a gather, the operation, and a `PutNd` scatter with one index array
//!   (a repeated position gets the same new value, as NumPy's buffered update does).
//! - Mask of the array's shape, scalar value: one in-place kernel
//!   `x = x op where(mask, v, e)` with `e` the operation's exact identity (`x + -0.0`,
//!   `x * 1`, `x - 0`, …), so unselected elements keep their bits and raise no warning
//!   flag, and selected ones are computed exactly as NumPy computes them.

use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, EwOp, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, BinOp};
use crate::types::{ArrTy, DType, Ty};

impl Sema {
    /// `base[iv] = value` with `iv` an integer array: a scatter into `base`'s first axis.
    pub(super) fn put_take(
        &mut self,
        base: hir::Expr,
        iv: hir::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let (dtype, dims) = crate::types::dims_of(&base.ty).unwrap();
        let Some((idtype, _)) = crate::types::dims_of(&iv.ty) else {
            unreachable!("an array index")
        };
        if !idtype.is_int() {
            return err(
                iv.span,
                SemaError::Py(
                    PyExc::IndexError,
                    "arrays used as indices must be of integer (or boolean) type".into(),
                ),
            );
        }
        if dims.is_empty() {
            return err(iv.span, SemaError::TooManyIndices { ndim: 0, given: 1 });
        }
        let value = self.put_value(value, dtype)?;
        out.push(hir::Stmt {
            kind: hir::StmtKind::PutNd {
                base,
                indices: vec![iv],
                value,
                mask: false,
            },
            span,
        });
        Ok(())
    }

    /// `base[mask] = value` with an array value: the value's elements go to the selected
    /// positions in C order, as `base[np.nonzero(mask)] = value` (`PutNd`), with NumPy's
    /// boolean-assignment errors for a value of another size.
    pub(super) fn mask_put_array(
        &mut self,
        base: hir::Expr,
        mask: hir::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let (dtype, _) = crate::types::dims_of(&base.ty).unwrap();
        let m = mask.ty.as_array().expect("a static mask").clone();
        // CPython evaluates the value before the index.
        let value = self.put_value(value, dtype)?;
        let (vty, vspan) = (value.ty.clone(), value.span);
        let vid = self.hidden_local(value, out);
        let (mty, mspan) = (mask.ty.clone(), mask.span);
        let mid = self.hidden_local(mask, out);
        let indices = (0..m.ndim())
            .map(|axis| {
                mk(
                    H::NonZero {
                        arg: Box::new(mk(H::Local(mid), mty.clone(), mspan)),
                        which: axis as i64,
                    },
                    crate::types::RunArrTy {
                        dtype: DType::I64,
                        dims: vec![crate::types::Dim::Run],
                    }
                    .into_ty(),
                    mspan,
                )
            })
            .collect();
        out.push(hir::Stmt {
            kind: hir::StmtKind::PutNd {
                base,
                indices,
                value: mk(H::Local(vid), vty, vspan),
                mask: true,
            },
            span,
        });
        Ok(())
    }

    /// `base[mask] op= rhs` (`target` evaluated once already): `base` updated in place where
    /// `mask` is true.
    pub(super) fn mask_aug_assign(
        &mut self,
        target: &ast::Expr,
        op: BinOp,
        rhs: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let ast::ExprKind::Subscript { value: b, index } = &target.kind else {
            unreachable!("a subscript target")
        };
        let Some(index) = super::list_index::leading_index_only(index) else {
            return unsupported(
                index.span,
                "an augmented assignment through a boolean mask among other indices",
            );
        };
        let base = self.expr(b)?;
        let mask = self.expr(index)?;
        let Ty::Array(x) = base.ty.clone() else {
            return unsupported(
                target.span,
                "an augmented assignment through a boolean mask into an array of run-time shape",
            );
        };
        let Ty::Array(m) = mask.ty.clone() else {
            return unsupported(
                index.span,
                "a boolean mask of run-time shape in an augmented assignment",
            );
        };
        self.check_mask_shape(&x, &m, mask.span)?;
        if !rhs.ty.is_scalar() {
            return unsupported(
                rhs.span,
                "an augmented assignment of an array through a boolean mask (only a scalar value)",
            );
        }
        if x.dtype.is_complex() || rhs.ty.scalar_dtype().is_some_and(|d| d.is_complex()) {
            return unsupported(
                span,
                "an augmented assignment of complex numbers through a boolean mask",
            );
        }
        // The operation's dtype and NumPy's errors, from the plain `x op rhs`.
        let probe = self.binop(op, base.clone(), rhs.clone(), span)?;
        let (r, _) = crate::types::dims_of(&probe.ty).unwrap();
        super::same_kind_output(op, r, x.dtype, span)?;
        // A Python scalar takes the array's dtype when the operation stays in it (NEP 50),
        // a NumPy scalar keeps its own.
        let weak = matches!(rhs.ty, Ty::Int | Ty::Float | Ty::Bool);
        let (rhs, vdtype) = if weak && r == x.dtype {
            let rhs = self.python_int_fitting(rhs, x.dtype, span)?;
            let rspan = rhs.span;
            let cast = mk(
                H::Elementwise {
                    op: EwOp::Cast,
                    args: vec![rhs],
                },
                Ty::NpScalar(x.dtype),
                rspan,
            );
            (cast, x.dtype)
        } else {
            let d = rhs.ty.scalar_dtype().unwrap_or(r);
            let rspan = rhs.span;
            let rhs = if matches!(rhs.ty, Ty::NpScalar(_)) {
                rhs
            } else {
                mk(
                    H::Elementwise {
                        op: EwOp::Cast,
                        args: vec![rhs],
                    },
                    Ty::NpScalar(d),
                    rspan,
                )
            };
            (rhs, d)
        };
        let Some(identity) = identity(op, vdtype) else {
            return unsupported(
                span,
                format!(
                    "`{}=` through a boolean mask on {} values",
                    op.symbol(),
                    vdtype.name()
                ),
            );
        };
        let ispan = rhs.span;
        let identity = mk(
            H::Elementwise {
                op: EwOp::Cast,
                args: vec![identity_literal(identity, ispan)],
            },
            Ty::NpScalar(vdtype),
            ispan,
        );
        let mask = super::list_index::mask_over_leading_axes(mask, x.ndim());
        let mshape = mask.ty.as_array().unwrap().shape.clone();
        let mspan = mask.span;
        let selected = mk(
            H::Elementwise {
                op: EwOp::Where,
                args: vec![mask, rhs, identity],
            },
            Ty::Array(ArrTy::new(vdtype, mshape)),
            mspan,
        );
        let result = self.binop(op, base.clone(), selected, span)?;
        let value = self.cast_array(result, x.dtype);
        out.push(hir::Stmt {
            kind: hir::StmtKind::Write {
                target: base,
                value,
            },
            span,
        });
        Ok(())
    }
}

/// An identity element of `op` on `dtype` that leaves every value's bits unchanged and
/// raises no floating-point flag; `None` where there is none (`%`, float `//`).
fn identity(op: BinOp, dtype: DType) -> Option<Identity> {
    let float = matches!(dtype, DType::F64 | DType::F32);
    let boolean = dtype == DType::Bool;
    let signed_int = dtype.is_int() && !crate::int_dtypes::is_unsigned(dtype);
    Some(match op {
        BinOp::Add if float => Identity::Float(-0.0),
        BinOp::Add | BinOp::Sub => Identity::Int(0),
        BinOp::Mul | BinOp::Pow | BinOp::Div => Identity::Int(1),
        BinOp::FloorDiv if !float && !boolean => Identity::Int(1),
        BinOp::BitAnd if boolean || signed_int => Identity::Int(-1),
        BinOp::BitOr | BinOp::BitXor if !float => Identity::Int(0),
        BinOp::LShift | BinOp::RShift if !float && !boolean => Identity::Int(0),
        _ => return None,
    })
}

#[derive(Clone, Copy)]
enum Identity {
    Int(i64),
    Float(f64),
}

fn identity_literal(i: Identity, span: Span) -> hir::Expr {
    match i {
        Identity::Int(v) => mk(H::Int(v), Ty::Int, span),
        Identity::Float(f) => mk(H::Float(f), Ty::Float, span),
    }
}

impl Sema {
    /// `lhs is rhs` / `lhs is not rhs`: object identity where arrc's values have one. `None`
    /// against anything is decided by the types; arrays and lists compare their objects
    /// (`id()`); Python bools are singletons, so they compare by value.
    pub(super) fn identity_compare(
        &mut self,
        lhs: hir::Expr,
        rhs: hir::Expr,
        negate: bool,
        span: Span,
    ) -> Result<hir::Expr> {
        let none = |e: &hir::Expr| e.ty == Ty::None;
        if none(&lhs) || none(&rhs) {
            if lhs.has_effects() || rhs.has_effects() {
                return unsupported(span, "`is None` of a value with side effects");
            }
            let same = none(&lhs) && none(&rhs);
            return Ok(mk(H::Bool(same != negate), Ty::Bool, span));
        }
        let op = if negate {
            crate::syntax::ast::CmpOp::NotEq
        } else {
            crate::syntax::ast::CmpOp::Eq
        };
        // Strings are left out: CPython interns some and not others.
        let object = |t: &Ty| matches!(t, Ty::Array(_) | Ty::RunArray(_) | Ty::List(_));
        if object(&lhs.ty) && object(&rhs.ty) {
            let ids: Vec<hir::Expr> = [lhs, rhs]
                .into_iter()
                .map(|e| {
                    let s = e.span;
                    mk(H::Id(Box::new(e)), Ty::Int, s)
                })
                .collect();
            return self.elementwise(EwOp::Cmp(op), ids, span);
        }
        if lhs.ty == Ty::Bool && rhs.ty == Ty::Bool {
            return self.elementwise(EwOp::Cmp(op), vec![lhs, rhs], span);
        }
        unsupported(
            span,
            format!("the `is` operator between a {} and a {}", lhs.ty, rhs.ty),
        )
    }
}
