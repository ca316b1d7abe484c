//! `np.linalg.matrix_rank(A)` of a matrix, computed by the runtime
//! (`runtime/src/abi/svd.rs`): an integer that agrees with NumPy's LAPACK-based one, or a
//! run-time error where a singular value is too close to the tolerance to be sure.
//! `np.linalg.svd` itself is not in the language: its singular values and factors come from
//! LAPACK's `dgesdd`, whose last digits and signs arrc cannot reproduce.

use super::{mk, unsupported, Result, Sema};
use crate::hir::{self, ExprKind as H};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{DType, Ty};

impl Sema {
    pub(super) fn matrix_rank(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = super::shape::bind_args(
            "matrix_rank",
            &["A", "tol", "hermitian", "rtol"],
            1,
            args,
            kwargs,
            span,
        )?;
        for e in b[1..].iter().flatten() {
            if !matches!(e.kind, A::None) {
                return unsupported(e.span, "np.linalg.matrix_rank's tol=, hermitian= and rtol=");
            }
        }
        let a = self.array_like_arg(b[0].unwrap())?;
        let matrix = a.ty.as_array().is_some_and(|t| {
            t.tensor.is_none() && t.ndim() == 2 && matches!(t.dtype, DType::F64 | DType::I64)
        });
        if !matrix {
            let what = format!("np.linalg.matrix_rank of a {}", a.ty);
            return unsupported(
                a.span,
                format!("{what} (only float64 or int64 matrices are)"),
            );
        }
        Ok(mk(
            H::MatrixRank(Box::new(a)),
            Ty::NpScalar(DType::I64),
            span,
        ))
    }
}
