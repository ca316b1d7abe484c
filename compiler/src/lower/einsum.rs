//! Lowering of `np.einsum` (`hir::ExprKind::Einsum`): the operands pushed in order, then one
//! `arrc_einsum` call with the labels as program data (see `runtime/src/abi/einsum.rs`).

use super::Lower;
use crate::hir;
use crate::lir::{Expr, Stmt, Var};
use crate::rtabi::RtFn;
use crate::source::Span;

impl Lower<'_> {
    pub(super) fn einsum(
        &mut self,
        spec: &[u8],
        operands: &[hir::Expr],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> (Var, bool) {
        let held = self.push_indices(operands, out);
        let site = self.site(span);
        let spec = Expr::Data(self.data(spec.to_vec()));
        let r = self.call_obj(
            RtFn::Einsum,
            vec![site, spec, Expr::I64(operands.len() as i64)],
            out,
        );
        for (p, o) in held {
            self.release(p, o, out);
        }
        r
    }
}
