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

impl Lower<'_> {
    /// `np.histogram`'s edges or counts: one runtime call (`runtime/src/abi/histogram.rs`).
    pub(super) fn histogram(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> (Var, bool) {
        let site = self.site(e.span);
        match &e.kind {
            hir::ExprKind::HistEdges { a, bins, range } => {
                let (p, o) = self.object(a, out);
                let (lo, hi) = range.unwrap_or((0.0, 0.0));
                let r = self.call_obj(
                    RtFn::HistEdges,
                    vec![
                        site,
                        Expr::Var(p),
                        Expr::I64(*bins),
                        Expr::F64(lo),
                        Expr::F64(hi),
                        Expr::I64(range.is_some() as i64),
                    ],
                    out,
                );
                self.release(p, o, out);
                r
            }
            hir::ExprKind::HistCount { a, edges, uniform } => {
                let (p, o) = self.object(a, out);
                let (q, oq) = self.object(edges, out);
                let r = self.call_obj(
                    RtFn::HistCount,
                    vec![site, Expr::Var(p), Expr::Var(q), Expr::I64(*uniform as i64)],
                    out,
                );
                self.release(p, o, out);
                self.release(q, oq, out);
                r
            }
            _ => unreachable!("a histogram expression"),
        }
    }
}

impl Lower<'_> {
    /// `np.linalg.matrix_rank(a)`: one runtime call returning the rank.
    pub(super) fn matrix_rank(&mut self, a: &hir::Expr, span: Span, out: &mut Vec<Stmt>) -> Expr {
        let site = self.site(span);
        let (p, o) = self.object(a, out);
        let r = self.temp(
            Expr::Call(RtFn::MatrixRank, vec![site, Expr::Var(p)]),
            crate::lir::Ty::I64,
            out,
        );
        self.release(p, o, out);
        r
    }
}
