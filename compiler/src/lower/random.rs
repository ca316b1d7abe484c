//! Lowering of the random draws that go through `arrc_draw_*` (`hir::ExprKind::Draw`,
//! `default_rng`, `shuffle`): one runtime call each, with the stream as a handle (`-1` for
//! the legacy global stream).

use super::Lower;
use crate::hir::{self, Dist};
use crate::lir::{self, Expr, Stmt, Var};
use crate::rtabi::RtFn;
use crate::types::{ArrTy, DType};
use arrc_runtime::abi as rt;

fn dist_code(dist: Dist) -> i64 {
    match dist {
        Dist::Random | Dist::RandomF32 => rt::DRAW_RANDOM,
        Dist::StandardNormal | Dist::StandardNormalF32 => rt::DRAW_STANDARD_NORMAL,
        Dist::Normal => rt::DRAW_NORMAL,
        Dist::Uniform => rt::DRAW_UNIFORM,
        Dist::Integers { one_arg: false } => rt::DRAW_INTEGERS,
        Dist::Integers { one_arg: true } => rt::DRAW_INTEGERS_HIGH,
        Dist::Choice => rt::DRAW_CHOICE,
    }
}

fn is_int(dist: Dist) -> bool {
    matches!(dist, Dist::Integers { .. } | Dist::Choice)
}

impl Lower<'_> {
    fn stream(&mut self, gen: &Option<Box<hir::Expr>>, out: &mut Vec<Stmt>) -> Expr {
        match gen {
            Some(g) => self.scalar(g, out),
            None => Expr::I64(rt::LEGACY_STREAM),
        }
    }

    /// The stream handle and the two parameters, evaluated in source order.
    fn draw_operands(
        &mut self,
        gen: &Option<Box<hir::Expr>>,
        a: &hir::Expr,
        b: &hir::Expr,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr, Expr) {
        let g = self.stream(gen, out);
        let g = self.temp(g, lir::Ty::I64, out);
        let av = self.scalar(a, out);
        let bv = self.scalar(b, out);
        (g, av, bv)
    }

    /// `Draw` or `DefaultRng` whose result is a scalar (or a generator handle).
    pub(super) fn draw_scalar(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> Expr {
        match &e.kind {
            hir::ExprKind::DefaultRng(seed) => {
                let s = self.scalar(seed, out);
                let site = self.site(e.span);
                self.temp(
                    Expr::Call(RtFn::DefaultRng, vec![s, site]),
                    lir::Ty::I64,
                    out,
                )
            }
            hir::ExprKind::Draw { gen, dist, a, b } => {
                let (g, av, bv) = self.draw_operands(gen, a, b, out);
                let site = self.site(e.span);
                let code = Expr::I64(dist_code(*dist));
                if let Some(d) =
                    e.ty.scalar_dtype()
                        .filter(|d| *d != DType::I64 && d.is_int())
                {
                    // `dtype=` of a narrower integer.
                    let call = vec![g, code, av, bv, Expr::I64(d.code()), site];
                    self.temp(Expr::Call(RtFn::DrawIntOf, call), lir::Ty::I64, out)
                } else if is_int(*dist) {
                    self.temp(
                        Expr::Call(RtFn::DrawI64, vec![g, code, av, bv, site]),
                        lir::Ty::I64,
                        out,
                    )
                } else {
                    let f32 = matches!(dist, Dist::RandomF32 | Dist::StandardNormalF32);
                    self.temp(
                        Expr::Call(
                            RtFn::DrawF64,
                            vec![g, code, av, bv, Expr::I64(f32 as i64), site],
                        ),
                        lir::Ty::F64,
                        out,
                    )
                }
            }
            k => unreachable!("draw {k:?}"),
        }
    }

    /// `Draw` whose result is an array: a fresh array filled in C order.
    pub(super) fn draw_array(
        &mut self,
        e: &hir::Expr,
        arr: &ArrTy,
        out: &mut Vec<Stmt>,
    ) -> (Var, bool) {
        let hir::ExprKind::Draw { gen, dist, a, b } = &e.kind else {
            unreachable!("draw array {:?}", e.kind)
        };
        let (g, av, bv) = self.draw_operands(gen, a, b, out);
        let site = self.site(e.span);
        let dst = self.alloc(arr, e.span, out);
        let code = Expr::I64(dist_code(*dist));
        let f = if is_int(*dist) {
            RtFn::DrawFillI64
        } else {
            RtFn::DrawFill
        };
        out.push(Stmt::Call(f, vec![g, code, Expr::Var(dst), av, bv, site]));
        (dst, true)
    }

    /// `shuffle(x)`: in place, through whatever view `x` is.
    pub(super) fn shuffle(
        &mut self,
        gen: &Option<hir::Expr>,
        arr: &hir::Expr,
        out: &mut Vec<Stmt>,
    ) {
        let g = match gen {
            Some(g) => self.scalar(g, out),
            None => Expr::I64(rt::LEGACY_STREAM),
        };
        let g = self.temp(g, lir::Ty::I64, out);
        let (p, owned) = self.object(arr, out);
        out.push(Stmt::Call(RtFn::DrawShuffle, vec![g, Expr::Var(p)]));
        self.release(p, owned, out);
    }
}
