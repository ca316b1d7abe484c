//! Lowering of `np.interp` (`hir::ExprKind::Interp`): one `arrc_interp` call.

use super::Lower;
use crate::hir;
use crate::lir::{self, Expr, Stmt, Var};
use crate::rtabi::RtFn;

impl Lower<'_> {
    /// `np.interp(x, xp, fp, left, right)`: the operands in source order, then the call; the
    /// flags say which fill values were given.
    pub(super) fn interp(
        &mut self,
        e: &hir::Expr,
        x: &hir::Expr,
        xp: &hir::Expr,
        fp: &hir::Expr,
        fills: [Option<&hir::Expr>; 2],
        out: &mut Vec<Stmt>,
    ) -> (Var, bool) {
        let mut objs = Vec::new();
        for a in [x, xp, fp] {
            objs.push(self.object(a, out));
        }
        let mut flags = 0;
        let mut vals = Vec::new();
        for (k, f) in fills.into_iter().enumerate() {
            match f {
                Some(f) => {
                    let v = self.scalar(f, out);
                    vals.push(self.temp(v, lir::Ty::F64, out));
                    flags |= 1 << k;
                }
                None => vals.push(Expr::F64(0.0)),
            }
        }
        let site = self.site(e.span);
        let mut args = vec![site];
        args.extend(objs.iter().map(|&(v, _)| Expr::Var(v)));
        args.extend(vals);
        args.push(Expr::I64(flags));
        let r = self.call_obj(RtFn::Interp, args, out);
        for (v, owned) in objs {
            self.release(v, owned, out);
        }
        r
    }
}
