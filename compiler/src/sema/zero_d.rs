//! NumPy's 0-d arrays (`np.array(2.5)`, `np.zeros(())`, `a[...]` of one, `x.reshape(())`).
//!
//! A 0-d array is a `Ty::Array` of rank 0: kernels over an empty loop nest, views, printing
//! (`runtime/src/format.rs` prints one as the scalar it holds, and `repr` as `array(2.5)`)
//! already handle rank 0, as reductions use 0-d arrays internally. What differs from other
//! ranks is NumPy's rule that an operation whose operands are all 0-d (or scalars) returns a
//! NumPy *scalar*: sema types such an elementwise operation as a 0-d kernel and then reads
//! its one element ([`item`]), so the kernel still raises the array operation's warnings
//! (`invalid value encountered in divide`, not `... in scalar divide`) while the value is a
//! NumPy scalar. In-place operations on a 0-d array write the element back
//! ([`Sema::zero_d_aug_assign`]).

use super::{err, mk, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::BinOp;
use crate::types::Ty;

/// Whether `t` is a NumPy 0-d array (torch's 0-d tensors stay tensors).
pub(super) fn is_zero_d(t: &Ty) -> bool {
    matches!(t, Ty::Array(a) if a.shape.is_empty() && a.tensor.is_none())
}

/// The NumPy scalar a 0-d array holds (`a[()]`).
pub(super) fn item(e: hir::Expr) -> hir::Expr {
    let dtype = e.ty.as_array().expect("a 0-d array").dtype;
    let span = e.span;
    mk(
        H::Element {
            base: Box::new(e),
            indices: vec![],
        },
        Ty::NpScalar(dtype),
        span,
    )
}

impl Sema {
    /// `a OP= rhs` with `a` a 0-d array: NumPy's in-place ufunc into the array's one element
    /// (the output must not broadcast to more than `()`; the result must cast to `a`'s dtype
    /// under 'same_kind').
    pub(super) fn zero_d_aug_assign(
        &mut self,
        current: hir::Expr,
        op: BinOp,
        rhs: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let dtype = current.ty.as_array().unwrap().dtype;
        if let Some(r) = rhs.ty.as_array() {
            if !r.shape.is_empty() {
                return err(
                    span,
                    SemaError::NonBroadcastableOutput {
                        out: vec![],
                        broadcast: r.shape.clone(),
                    },
                );
            }
        }
        if matches!(rhs.ty, Ty::RunArray(_)) {
            return super::unsupported(
                span,
                "an in-place operation on a 0-d array with an array whose shape is known only at run time",
            );
        }
        if op == BinOp::Sub
            && dtype == crate::types::DType::Bool
            && rhs.ty.scalar_dtype().or(rhs.ty.as_array().map(|a| a.dtype))
                == Some(crate::types::DType::Bool)
        {
            return err(span, SemaError::BoolSubtract);
        }
        let result = self.binop(op, current.clone(), rhs, span)?;
        let rdtype = result
            .ty
            .scalar_dtype()
            .or(result.ty.as_array().map(|a| a.dtype))
            .unwrap();
        super::same_kind_output(op, rdtype, dtype, span)?;
        let value = self.to_py(result, Ty::NpScalar(dtype));
        out.push(hir::Stmt {
            kind: hir::StmtKind::Write {
                target: current,
                value,
            },
            span,
        });
        Ok(())
    }
}

impl Sema {
    /// `np.asarray(a)`: an array `a` itself (the same object, as NumPy returns it); a scalar
    /// or a list literal as `np.array` makes it (a scalar gives a 0-d array).
    pub(super) fn asarray(
        &mut self,
        args: &[crate::syntax::ast::Expr],
        kwargs: &[crate::syntax::ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        use super::desugar::Build;
        let b = super::shape::bind_args("asarray", &["a", "dtype"], 1, args, kwargs, span)?;
        let a = b[0].unwrap();
        if !matches!(a.kind, crate::syntax::ast::ExprKind::List(_)) {
            let v = self.expr(a)?;
            if matches!(v.ty, Ty::Array(_) | Ty::RunArray(_)) {
                if b[1].is_some() {
                    return super::unsupported(span, "np.asarray of an array with dtype=");
                }
                return Ok(v);
            }
            if !v.ty.is_scalar() {
                return super::unsupported(a.span, format!("np.asarray of a {}", v.ty));
            }
        }
        let bl = Build(span);
        let kw = b[1]
            .map(|d| vec![bl.kw("dtype", d.clone())])
            .unwrap_or_default();
        let call = bl.call(bl.np("array"), vec![a.clone()], kw);
        self.type_rewrite(&[], vec![], &call)
    }
}

impl Sema {
    /// `a.item()`: the one element of a size-1 array as a Python scalar.
    pub(super) fn item_method(
        &mut self,
        recv: hir::Expr,
        kwargs: &[crate::syntax::ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        self.kwarg(kwargs, "item", &[])?;
        let a = recv.ty.as_array().unwrap().clone();
        if a.size() != 1 {
            return err(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    "can only convert an array of size 1 to a Python scalar".into(),
                ),
            );
        }
        let indices = vec![mk(H::Int(0), Ty::Int, span); a.ndim()];
        let elem = mk(
            H::Element {
                base: Box::new(recv),
                indices,
            },
            Ty::NpScalar(a.dtype),
            span,
        );
        let py = match a.dtype {
            crate::types::DType::Bool => Ty::Bool,
            d if d.is_float() => Ty::Float,
            _ => Ty::Int,
        };
        Ok(self.to_py(elem, py))
    }
}
