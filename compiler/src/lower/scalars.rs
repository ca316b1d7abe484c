//! Lowering of f-strings, `np.set_printoptions` and the scalar builtins the runtime computes
//! (`math.*`, `round`, `min`/`max`, `len` of a str).

use super::{dtype_machine, ew_expr, machine_ty, ty_dtype, Lower, Val};
use crate::hir::{self, EwOp, FStringPart, ScalarFn};
use crate::lir::{self, Expr, Stmt, Var};
use crate::rtabi::RtFn;
use crate::syntax::ast::CmpOp;
use crate::types::Ty;

impl Lower<'_> {
    /// An f-string: its parts written into a capture that becomes the new str.
    pub(super) fn fstring(&mut self, parts: &[FStringPart], out: &mut Vec<Stmt>) -> (Var, bool) {
        // Every field is evaluated first, in order, as CPython does (a call that prints must
        // not land inside the string being built); then the text is written into a capture.
        let mut vals = Vec::new();
        for part in parts {
            vals.push(match part {
                FStringPart::Literal(_) => None,
                FStringPart::Text { value, .. } => Some(self.value(value, out)),
                FStringPart::Format { value, .. } => Some(match &value.ty {
                    Ty::Str => {
                        let (p, owned) = self.object(value, out);
                        Val::Object(p, owned)
                    }
                    t => {
                        let v = self.scalar(value, out);
                        Val::Scalar(self.temp(v, machine_ty(t), out))
                    }
                }),
            });
        }
        out.push(Stmt::Call(RtFn::CaptureBegin, vec![]));
        for (part, val) in parts.iter().zip(&vals) {
            match (part, val) {
                (FStringPart::Literal(text), _) => self.write_text(text, out),
                (FStringPart::Text { value, repr }, Some(v)) => self.write_of(value, v, *repr, out),
                (FStringPart::Format { value, spec }, Some(v)) => {
                    let id = self.data(spec.as_bytes().to_vec());
                    let (spec, len) = (Expr::Data(id), Expr::I64(spec.len() as i64));
                    let site = self.site(value.span);
                    match (v, &value.ty) {
                        (Val::Object(p, _), _) => out.push(Stmt::Call(
                            RtFn::FormatStr,
                            vec![Expr::Var(*p), spec, len, site],
                        )),
                        (Val::Scalar(v), t) => {
                            let v = v.clone();
                            let call = match t {
                                Ty::Float => (RtFn::FormatFloat, vec![v, spec, len, site]),
                                Ty::Bool => {
                                    (RtFn::FormatInt, vec![v, Expr::I64(1), spec, len, site])
                                }
                                _ => (RtFn::FormatInt, vec![v, Expr::I64(0), spec, len, site]),
                            };
                            out.push(Stmt::Call(call.0, call.1));
                        }
                        (v, t) => unreachable!("format field {v:?} of {t:?}"),
                    }
                }
                (p, v) => unreachable!("f-string part {p:?} with {v:?}"),
            }
        }
        for v in vals.iter().flatten() {
            self.release_val(v, out);
        }
        self.call_obj(RtFn::CaptureEnd, vec![], out)
    }

    pub(super) fn scalar_call(
        &mut self,
        e: &hir::Expr,
        func: ScalarFn,
        args: &[hir::Expr],
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let mut vals: Vec<Expr> = Vec::new();
        for a in args {
            let v = self.scalar(a, out);
            vals.push(self.temp(v, machine_ty(&a.ty), out));
        }
        let site = self.site(e.span);
        let (f, args) = match func {
            ScalarFn::MathSqrt => (RtFn::MathSqrt, vec![vals[0].clone(), site]),
            ScalarFn::MathExp => (RtFn::MathExp, vec![vals[0].clone(), site]),
            ScalarFn::MathLog => (RtFn::MathLog, vec![vals[0].clone(), site]),
            ScalarFn::MathLogBase => (
                RtFn::MathLogBase,
                vec![vals[0].clone(), vals[1].clone(), site],
            ),
            ScalarFn::MathFloor => (RtFn::MathFloor, vec![vals[0].clone(), site]),
            ScalarFn::MathCeil => (RtFn::MathCeil, vec![vals[0].clone(), site]),
            ScalarFn::RoundFloat => (RtFn::RoundFloat, vec![vals[0].clone(), site]),
            ScalarFn::RoundFloatDigits => (
                RtFn::RoundFloatDigits,
                vec![vals[0].clone(), vals[1].clone(), site],
            ),
            ScalarFn::RoundIntDigits => (
                RtFn::RoundIntDigits,
                vec![vals[0].clone(), vals[1].clone(), site],
            ),
            ScalarFn::NpRoundDigits => (RtFn::NpRoundDigits, vals),
            ScalarFn::NpRoundDigitsF32 => (RtFn::NpRoundDigitsF32, vals),
            ScalarFn::NpRoundIntDigits => (RtFn::NpRoundIntDigits, vals),
        };
        self.temp(Expr::Call(f, args), machine_ty(&e.ty), out)
    }

    /// `min`/`max`: the first argument, replaced by each later one that compares strictly
    /// beyond it (so NaN handling and ties are Python's).
    pub(super) fn min_max(
        &mut self,
        e: &hir::Expr,
        max: bool,
        args: &[hir::Expr],
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let dt = ty_dtype(&e.ty);
        let r = self.var(dtype_machine(dt));
        // Python and NumPy scalars mixed (or ones whose kind is known at run time): the
        // result's kind is the picked argument's.
        let tracked = matches!(e.ty, Ty::NpScalar(_))
            && args
                .iter()
                .any(|a| !matches!(a.ty, Ty::NpScalar(_)) || self.kind_flag_of(a).is_some());
        let flag = tracked.then(|| self.var(lir::Ty::I64));
        let kind_of = |l: &Self, a: &hir::Expr| {
            l.kind_flag_of(a)
                .unwrap_or(Expr::I64(matches!(a.ty, Ty::NpScalar(_)) as i64))
        };
        let first = self.scalar(&args[0], out);
        out.push(Stmt::Set(r, first));
        if let Some(f) = flag {
            out.push(Stmt::Set(f, kind_of(self, &args[0])));
        }
        let cmp = if max { CmpOp::Gt } else { CmpOp::Lt };
        for a in &args[1..] {
            let v = self.scalar(a, out);
            let v = self.temp(v, dtype_machine(dt), out);
            let cond = ew_expr(
                EwOp::Cmp(cmp),
                dt,
                vec![v.clone(), Expr::Var(r)],
                false,
                Expr::I64(0),
            );
            let mut then = vec![Stmt::Set(r, v)];
            if let Some(f) = flag {
                then.push(Stmt::Set(f, kind_of(self, a)));
            }
            out.push(Stmt::If {
                cond,
                then,
                orelse: vec![],
            });
        }
        if let Some(f) = flag {
            self.minmax_flags.insert(e as *const _, f);
        }
        Expr::Var(r)
    }

    pub(super) fn str_len(&mut self, s: &hir::Expr, out: &mut Vec<Stmt>) -> Expr {
        let (p, owned) = self.object(s, out);
        let n = self.temp(
            Expr::Call(RtFn::StrLen, vec![Expr::Var(p)]),
            lir::Ty::I64,
            out,
        );
        self.release(p, owned, out);
        n
    }

    pub(super) fn set_printoptions(
        &mut self,
        span: crate::source::Span,
        options: [Option<&hir::Expr>; 5],
        out: &mut Vec<Stmt>,
    ) {
        let mut args = Vec::new();
        for o in options {
            args.push(match o {
                Some(e) => self.scalar(e, out),
                None => Expr::I64(i64::MIN),
            });
        }
        args.push(self.site(span));
        out.push(Stmt::Call(RtFn::SetPrintOptions, args));
    }
}
