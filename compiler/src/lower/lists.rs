//! Lowering of CPython's list operations on a list held as an array (`hir::ExprKind::ListCall`,
//! `runtime/src/abi/lists.rs`).

use super::Lower;
use crate::hir::{self, ListOp};
use crate::lir::{self, Expr, Stmt};
use crate::rtabi::RtFn;
use crate::types::Ty;

impl Lower<'_> {
    /// `list.sort()` / `reverse()` in place (the value is a dummy 0), or `sum`/`min`/`max`.
    pub(super) fn list_call(
        &mut self,
        e: &hir::Expr,
        op: ListOp,
        list: &hir::Expr,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let (p, owned) = self.object(list, out);
        let site = self.site(e.span);
        let code = match op {
            ListOp::Sort => 0,
            ListOp::SortReverse => 1,
            ListOp::Reverse => 2,
            ListOp::Sum => 3,
            ListOp::Min => 4,
            ListOp::Max => 5,
        };
        let (f, ty) = match e.ty {
            Ty::Float => (RtFn::ListOpF64, lir::Ty::F64),
            _ => (RtFn::ListOp, lir::Ty::I64),
        };
        let r = self.temp(
            Expr::Call(f, vec![site, Expr::Var(p), Expr::I64(code)]),
            ty,
            out,
        );
        self.release(p, owned, out);
        r
    }
}
