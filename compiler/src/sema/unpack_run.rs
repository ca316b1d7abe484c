//! `a, b = arr` where `arr` has run-time extents but a first axis of known length (a
//! `np.mgrid` of run-time bounds): its rows, views of the evaluated array, bound in order.

use super::desugar::Build;
use super::{err, Result, Sema, SemaError};
use crate::hir;
use crate::source::Span;
use crate::syntax::ast;
use crate::types::{Dim, Ty};

impl Sema {
    /// The rows of `value` bound to `items`, when `value` is a run-time-shaped array of 2
    /// or more axes whose first extent is known; `Ok(false)` (nothing done) otherwise.
    pub(super) fn unpack_run_rows(
        &mut self,
        items: &[ast::Expr],
        value: &hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<bool> {
        let Ty::RunArray(r) = &value.ty else {
            return Ok(false);
        };
        let (2.., Dim::Fixed(k)) = (r.dims.len(), r.dims[0]) else {
            return Ok(false);
        };
        if k != items.len() {
            let msg = if k > items.len() {
                format!("too many values to unpack (expected {})", items.len())
            } else {
                format!(
                    "not enough values to unpack (expected {}, got {k})",
                    items.len()
                )
            };
            return err(value.span, SemaError::value(msg));
        }
        let id = self.hidden_local(value.clone(), out);
        let b = Build(value.span);
        for (i, item) in items.iter().enumerate() {
            let row = self.with_hidden_names(&[("unpack·rows", id)], |s| {
                s.expr(&b.index(b.name("unpack·rows"), b.int(i as i64)))
            })?;
            self.assign(item, row, span, out)?;
        }
        Ok(true)
    }
}
