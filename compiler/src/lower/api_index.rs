//! Lowering of the everyday NumPy functions the runtime computes (`hir::ExprKind::Api`):
//! the array operands, then the int operands, in source order, then one `arrc_api` call.

use super::Lower;
use crate::hir;
use crate::lir::{self, Expr, Stmt};
use crate::rtabi::RtFn;

/// How many array and int operands `arrc_api` takes.
pub(crate) const API_ARRAYS: usize = 4;
pub(crate) const API_INTS: usize = 4;

impl Lower<'_> {
    pub(super) fn api_call(
        &mut self,
        e: &hir::Expr,
        op: i64,
        arrays: &[hir::Expr],
        ints: &[hir::Expr],
        out: &mut Vec<Stmt>,
    ) -> (lir::Var, bool) {
        assert!(arrays.len() <= API_ARRAYS && ints.len() <= API_INTS);
        let mut objs = Vec::new();
        for a in arrays {
            objs.push(self.object(a, out));
        }
        let mut vals = Vec::new();
        for i in ints {
            let v = self.scalar(i, out);
            vals.push(self.temp(v, lir::Ty::I64, out));
        }
        let site = self.site(e.span);
        let mut args = vec![site, Expr::I64(op)];
        args.extend(objs.iter().map(|&(v, _)| Expr::Var(v)));
        args.resize(2 + API_ARRAYS, Expr::I64(0));
        args.extend(vals);
        args.resize(2 + API_ARRAYS + API_INTS, Expr::I64(0));
        let r = self.call_obj(RtFn::Api, args, out);
        for (v, owned) in objs {
            self.release(v, owned, out);
        }
        r
    }
}
