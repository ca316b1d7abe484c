//! `for d in [np.int8, np.int32, np.int64]:` — a loop over a list literal of NumPy scalar
//! types (or dtypes), unrolled at compile time: the target is assigned each element in turn
//! and the body is checked once per element, so `np.iinfo(d)` and `dtype=d` see a constant
//! dtype each time.

use super::{unsupported, Result, Sema};
use crate::hir;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A, StmtKind as S};
use crate::types::Ty;

/// Whether `body` (not counting loops nested in it) has a `break` or `continue`.
fn breaks(body: &[ast::Stmt]) -> Option<Span> {
    body.iter().find_map(|s| match &s.kind {
        S::Break | S::Continue => Some(s.span),
        S::If { body, orelse, .. } => breaks(body).or_else(|| breaks(orelse)),
        _ => None,
    })
}

impl Sema {
    /// The unrolled loop when `iter` is a list literal whose elements are all NumPy scalar
    /// types or dtypes; `false` (nothing done) for any other loop.
    pub(super) fn for_over_dtypes(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<bool> {
        let A::List(items) = &iter.kind else {
            return Ok(false);
        };
        if items.is_empty() || !items.iter().all(|i| self.is_dtype_literal(i)) {
            return Ok(false);
        }
        if !matches!(target.kind, A::Name(_)) {
            return unsupported(target.span, "for-loop targets other than a name");
        }
        if let Some(at) = breaks(body) {
            return unsupported(at, "break or continue in a loop over a list of dtypes");
        }
        for item in items {
            let assign = ast::Stmt {
                kind: S::Assign {
                    targets: vec![target.clone()],
                    value: item.clone(),
                },
                span,
            };
            self.stmt(&assign, out)?;
            for s in body {
                self.stmt(s, out)?;
            }
        }
        Ok(true)
    }

    /// Whether `e` is `np.NAME` for a NumPy scalar type (checked without side effects: an
    /// attribute of the NumPy module only).
    fn is_dtype_literal(&mut self, e: &ast::Expr) -> bool {
        match &e.kind {
            A::Attribute { value, .. }
                if self.module_of(value) == Some(crate::types::ModuleKind::NumPy) =>
            {
                matches!(self.expr(e).map(|v| v.ty), Ok(Ty::ScalarType(_)))
            }
            _ => false,
        }
    }
}
