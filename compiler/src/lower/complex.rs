//! Complex numbers in lowering. A complex scalar is a 0-d array (`Ty::is_object`), so every
//! complex computation is a kernel; inside one, a complex value is its two parts: an
//! operand `Input(i)` of a complex array reads the real part and `CImag(Input(i))` the
//! imaginary one, and a complex result is `CPair(re, im)`, which only the kernel's store
//! takes apart (`codegen.rs`). Each operation is NumPy's loop (`loops.c.src`, read for its
//! formulas): `*` is `(ac - bd, ad + bc)`, `/` Smith's method with NumPy's zero case, `abs`
//! C's `hypot`, `sqrt`/`exp` glibc's `csqrt`/`cexp` (`npy_csqrt`/`npy_cexp` on Linux).

use super::{convert, ty_dtype, KernelBuilder, Lower};
use crate::hir::{self, ComplexFn, EwOp, ExprKind as H};
use crate::lir::{Expr, Op, Stmt, Var};
use crate::rtabi::RtFn;
use crate::syntax::ast::CmpOp;
use crate::types::complex::{complex_of, part_dtype};
use crate::types::{ArrTy, DType, Ty};

/// The complex dtype a complex scalar type holds (`None` for anything else).
fn complex_scalar_dtype(t: &Ty) -> Option<DType> {
    match t {
        Ty::Complex => Some(DType::C128),
        Ty::NpScalar(d) if d.is_complex() => Some(*d),
        _ => None,
    }
}

/// `e` with its scalar type replaced by the 0-d array type that holds it at run time.
fn as_zero_d(e: &hir::Expr) -> hir::Expr {
    let mut e = e.clone();
    if let Some(d) = e.ty.scalar_dtype() {
        e.ty = Ty::Array(ArrTy::new(d, vec![]));
    }
    e
}

/// The parts of a kernel value of dtype `d` (complex or real) as values of `part` (a float
/// dtype).
pub(super) fn parts(v: Expr, d: DType, part: DType) -> (Expr, Expr) {
    if !d.is_complex() {
        let zero = if part == DType::F32 {
            Expr::op(Op::FDemote, vec![Expr::F64(0.0)])
        } else {
            Expr::F64(0.0)
        };
        return (convert(v, d, part), zero);
    }
    let (re, im) = match v {
        Expr::Op(Op::CPair, mut p) => {
            let im = p.pop().unwrap();
            (p.pop().unwrap(), im)
        }
        Expr::Input(i) => (Expr::Input(i), Expr::op(Op::CImag, vec![Expr::Input(i)])),
        other => unreachable!("complex kernel value {other}"),
    };
    let pd = part_dtype(d);
    (convert(re, pd, part), convert(im, pd, part))
}

/// `convert` where `from` or `to` is complex: the parts converted; a complex value cast to a
/// real dtype keeps its real part (NumPy's cast, which warns ComplexWarning).
pub(super) fn convert_complex(v: Expr, from: DType, to: DType) -> Expr {
    if to.is_complex() {
        let (re, im) = parts(v, from, part_dtype(to));
        return Expr::op(Op::CPair, vec![re, im]);
    }
    let (re, _) = parts(v, from, part_dtype(from));
    convert(re, part_dtype(from), to)
}

/// A kernel's value for its complex output of `dtype`, already converted to it: the two
/// parts (`CPair`) also when it is an operand of that dtype read as it is.
pub(super) fn complex_output(value: Expr, dtype: DType) -> Expr {
    match value {
        v @ Expr::Op(Op::CPair, _) => v,
        v => {
            let (re, im) = parts(v, dtype, part_dtype(dtype));
            Expr::op(Op::CPair, vec![re, im])
        }
    }
}

fn bin(op: Op, a: Expr, b: Expr) -> Expr {
    Expr::op(op, vec![a, b])
}

/// NumPy's complex division (`loops.c.src` `@TYPE@_divide`): Smith's method, and a zero
/// divisor dividing each part by `|re|` (inf or nan as C gives them).
fn divide((ar, ai): (Expr, Expr), (br, bi): (Expr, Expr), f32: bool) -> (Expr, Expr) {
    let one = if f32 {
        Expr::op(Op::FDemote, vec![Expr::F64(1.0)])
    } else {
        Expr::F64(1.0)
    };
    let zero = if f32 {
        Expr::op(Op::FDemote, vec![Expr::F64(0.0)])
    } else {
        Expr::F64(0.0)
    };
    let abs_r = Expr::op(Op::FAbs, vec![br.clone()]);
    let abs_i = Expr::op(Op::FAbs, vec![bi.clone()]);
    let real_big = bin(Op::FCmp(CmpOp::GtE), abs_r.clone(), abs_i.clone());
    let both_zero = bin(
        Op::IAnd,
        bin(Op::FCmp(CmpOp::Eq), abs_r.clone(), zero.clone()),
        bin(Op::FCmp(CmpOp::Eq), abs_i, zero),
    );
    // |br| >= |bi|: rat = bi/br, scl = 1/(br + bi*rat).
    let rat1 = bin(Op::FDiv, bi.clone(), br.clone());
    let scl1 = bin(
        Op::FDiv,
        one.clone(),
        bin(
            Op::FAdd,
            br.clone(),
            bin(Op::FMul, bi.clone(), rat1.clone()),
        ),
    );
    let r1 = bin(
        Op::FMul,
        bin(
            Op::FAdd,
            ar.clone(),
            bin(Op::FMul, ai.clone(), rat1.clone()),
        ),
        scl1.clone(),
    );
    let i1 = bin(
        Op::FMul,
        bin(Op::FSub, ai.clone(), bin(Op::FMul, ar.clone(), rat1)),
        scl1,
    );
    // Otherwise: rat = br/bi, scl = 1/(bi + br*rat).
    let rat2 = bin(Op::FDiv, br.clone(), bi.clone());
    let scl2 = bin(
        Op::FDiv,
        one,
        bin(Op::FAdd, bi, bin(Op::FMul, br, rat2.clone())),
    );
    let r2 = bin(
        Op::FMul,
        bin(
            Op::FAdd,
            bin(Op::FMul, ar.clone(), rat2.clone()),
            ai.clone(),
        ),
        scl2.clone(),
    );
    let i2 = bin(
        Op::FMul,
        bin(Op::FSub, bin(Op::FMul, ai.clone(), rat2), ar.clone()),
        scl2,
    );
    let r0 = bin(Op::FDiv, ar, abs_r.clone());
    let i0 = bin(Op::FDiv, ai, abs_r);
    let sel = |c: &Expr, a: Expr, b: Expr| Expr::op(Op::Select, vec![c.clone(), a, b]);
    let re = sel(&real_big, sel(&both_zero, r0, r1), r2);
    let im = sel(&real_big, sel(&both_zero, i0, i1), i2);
    (re, im)
}

impl Lower<'_> {
    /// A kernel node that involves complex numbers, as a kernel value (`CPair` for a complex
    /// result); `None` for the others. Complex scalars are 0-d array operands.
    pub(super) fn complex_kernel_node(
        &mut self,
        e: &hir::Expr,
        kb: &mut KernelBuilder,
        dst: Var,
        in_place: bool,
        out: &mut Vec<Stmt>,
    ) -> Option<Expr> {
        if complex_scalar_dtype(&e.ty).is_some() {
            let z = as_zero_d(e);
            return Some(self.kernel_node(&z, kb, dst, in_place, out));
        }
        let H::Elementwise { op, args } = &e.kind else {
            return None;
        };
        let rd = ty_dtype(&e.ty);
        let dts: Vec<DType> = args.iter().map(|a| ty_dtype(&a.ty)).collect();
        if !rd.is_complex() && !dts.iter().any(|d| d.is_complex()) {
            return None;
        }
        // The complex dtype the operation computes in.
        let cd = match op {
            EwOp::Complex(ComplexFn::Make) => complex_of(rd),
            EwOp::Cast => {
                if rd.is_complex() {
                    rd
                } else {
                    dts[0]
                }
            }
            _ => {
                let d = crate::sema::elementwise_dtype(args.iter().map(|a| &a.ty));
                complex_of(d)
            }
        };
        let pd = part_dtype(cd);
        let f32 = pd == DType::F32;
        let mut vals = Vec::new();
        for (a, dt) in args.iter().zip(&dts) {
            let v = self.kernel_expr(a, kb, dst, in_place, out);
            vals.push(parts(v, *dt, pd));
        }
        self.run_shape_node(e, args.len(), false, kb, dst, out);
        let pair = |(re, im): (Expr, Expr)| Expr::op(Op::CPair, vec![re, im]);
        let mut vals = vals.into_iter();
        let (ar, ai) = vals.next().unwrap();
        let mut second = || vals.next().unwrap();
        let call2 = |f: RtFn, x: Expr, y: Expr| Expr::Call(f, vec![x, y]);
        let r = match op {
            EwOp::Add => {
                let (br, bi) = second();
                pair((bin(Op::FAdd, ar, br), bin(Op::FAdd, ai, bi)))
            }
            EwOp::Sub => {
                let (br, bi) = second();
                pair((bin(Op::FSub, ar, br), bin(Op::FSub, ai, bi)))
            }
            EwOp::Mul => {
                // NumPy's SIMD complex multiply (`loops_arithm_fp.dispatch.c.src`, taken for
                // contiguous, strided and scalar operands alike): one product rounded, the
                // other fused with it, `re = fma(ar, br, -(ai*bi))`, `im = fma(ar, bi, ai*br)`.
                let (br, bi) = second();
                let fma = if f32 { RtFn::FmaF32 } else { RtFn::Fma };
                let fused = |x: Expr, y: Expr, z: Expr| Expr::Call(fma, vec![x, y, z]);
                let re = fused(
                    ar.clone(),
                    br.clone(),
                    Expr::op(Op::FNeg, vec![bin(Op::FMul, ai.clone(), bi.clone())]),
                );
                let im = fused(ar, bi, bin(Op::FMul, ai, br));
                pair((re, im))
            }
            EwOp::Div => pair(divide((ar, ai), second(), f32)),
            EwOp::Neg => pair((Expr::op(Op::FNeg, vec![ar]), Expr::op(Op::FNeg, vec![ai]))),
            EwOp::Complex(ComplexFn::Conj) => pair((ar, Expr::op(Op::FNeg, vec![ai]))),
            EwOp::Complex(ComplexFn::Real) => ar,
            EwOp::Complex(ComplexFn::Imag) => ai,
            EwOp::Complex(ComplexFn::Make) => {
                // `complex(a, b)` of two reals: a + b*1j as CPython builds it, parts as given.
                pair((ar, second().0))
            }
            EwOp::Complex(ComplexFn::Angle) => {
                let f = if f32 { RtFn::Atan2F32 } else { RtFn::Atan2 };
                call2(f, ai, ar)
            }
            EwOp::Abs => {
                let f = if f32 { RtFn::HypotF32 } else { RtFn::Hypot };
                call2(f, ar, ai)
            }
            EwOp::Cmp(c) => {
                let (br, bi) = second();
                let re = bin(Op::FCmp(*c), ar, br);
                let im = bin(Op::FCmp(*c), ai, bi);
                if *c == CmpOp::Eq {
                    bin(Op::IAnd, re, im)
                } else {
                    bin(Op::IOr, re, im)
                }
            }
            EwOp::IsNan => bin(
                Op::IOr,
                Expr::op(Op::FIsNan, vec![ar]),
                Expr::op(Op::FIsNan, vec![ai]),
            ),
            EwOp::IsInf => bin(
                Op::IOr,
                Expr::op(Op::FIsInf, vec![ar]),
                Expr::op(Op::FIsInf, vec![ai]),
            ),
            EwOp::IsFinite => bin(
                Op::IAnd,
                Expr::op(Op::FIsFinite, vec![ar]),
                Expr::op(Op::FIsFinite, vec![ai]),
            ),
            EwOp::Sqrt | EwOp::Exp => {
                let (fr, fi) = match (*op == EwOp::Sqrt, f32) {
                    (true, false) => (RtFn::CSqrtRe, RtFn::CSqrtIm),
                    (false, false) => (RtFn::CExpRe, RtFn::CExpIm),
                    (true, true) => (RtFn::CSqrtF32Re, RtFn::CSqrtF32Im),
                    (false, true) => (RtFn::CExpF32Re, RtFn::CExpF32Im),
                };
                pair((call2(fr, ar.clone(), ai.clone()), call2(fi, ar, ai)))
            }
            EwOp::Cast => {
                let v = pair((ar, ai));
                convert_complex(v, cd, rd)
            }
            other => unreachable!("complex {other:?} passed sema"),
        };
        // Results computed in `cd` land in `rd` (a complex64 operation's float32 parts).
        let from = match op {
            EwOp::Cast => rd,
            EwOp::Cmp(_) | EwOp::IsNan | EwOp::IsInf | EwOp::IsFinite => DType::Bool,
            EwOp::Abs | EwOp::Complex(ComplexFn::Real | ComplexFn::Imag | ComplexFn::Angle) => pd,
            _ => cd,
        };
        Some(if from == rd {
            r
        } else if from.is_complex() || rd.is_complex() {
            convert_complex(r, from, rd)
        } else {
            convert(r, from, rd)
        })
    }

    /// A complex scalar expression as its 0-d array; `None` for other expressions and for
    /// those `Lower::object` handles as they are (locals).
    pub(super) fn complex_object(
        &mut self,
        e: &hir::Expr,
        out: &mut Vec<Stmt>,
    ) -> Option<(Var, bool)> {
        // Also the retyped (0-d array) constants and elements `complex_kernel_node` passes on.
        let d = match (&e.kind, &e.ty) {
            (H::Complex(..) | H::Element { .. } | H::Convert(_), Ty::Array(a))
                if a.dtype.is_complex() =>
            {
                a.dtype
            }
            (_, t) => complex_scalar_dtype(t)?,
        };
        match &e.kind {
            H::Local(_) | H::Seq { .. } | H::TupleGet { .. } => None,
            H::Complex(re, im) => {
                let a = ArrTy::new(d, vec![]);
                let p = self.alloc_with(&a, false, e.span, out);
                let (pd, half) = if d == DType::C64 {
                    (DType::F32, 4)
                } else {
                    (DType::F64, 8)
                };
                for (off, x) in [(0, *re), (half, *im)] {
                    let v = convert(Expr::F64(x), DType::F64, pd);
                    out.push(Stmt::Store {
                        arr: Expr::Var(p),
                        offset: Expr::I64(off),
                        dtype: pd,
                        value: v,
                    });
                }
                Some((p, true))
            }
            H::Element { base, indices } => {
                let (b, owned) = self.object(base, out);
                let (_, dims) = crate::types::dims_of(&base.ty).expect("an array");
                let offset = self.element_offset(b, &dims, indices, out);
                let (p, _) = self.call_obj(RtFn::ComplexElement, vec![Expr::Var(b), offset], out);
                self.release(b, owned, out);
                Some((p, true))
            }
            H::Convert(inner) => {
                // A conversion between complex types (Python's and NumPy's): a cast kernel.
                let cast = hir::Expr {
                    kind: H::Elementwise {
                        op: EwOp::Cast,
                        args: vec![(**inner).clone()],
                    },
                    ty: Ty::Array(ArrTy::new(d, vec![])),
                    span: e.span,
                };
                Some(self.object(&cast, out))
            }
            _ => Some(self.object(&as_zero_d(e), out)),
        }
    }

    /// A real scalar computed from complex operands (`abs(z)`, `z.real`, `z == w`): the
    /// element of the 0-d array a kernel computes it into.
    pub(super) fn complex_real_scalar(
        &mut self,
        e: &hir::Expr,
        out: &mut Vec<Stmt>,
    ) -> Option<Expr> {
        let H::Elementwise { args, .. } = &e.kind else {
            return None;
        };
        if !args.iter().any(|a| complex_scalar_dtype(&a.ty).is_some()) {
            return None;
        }
        let d = ty_dtype(&e.ty);
        let (p, owned) = self.object(&as_zero_d(e), out);
        Some(self.first_element(p, owned, d, out))
    }

    /// `print`/`str`/`repr` of a complex scalar held in 0-d array `p`.
    pub(super) fn write_complex(&mut self, p: Var, ty: &Ty, repr: bool, out: &mut Vec<Stmt>) {
        let style = match ty {
            Ty::Complex => 0,
            _ if repr => 2,
            _ => 1,
        };
        out.push(Stmt::Call(
            RtFn::WriteComplex,
            vec![Expr::Var(p), Expr::I64(style)],
        ));
    }
}

impl Lower<'_> {
    /// Stores the elements of `np.array([...])` into complex array `dst` (C order).
    pub(super) fn complex_array_lit(
        &mut self,
        dst: Var,
        dtype: DType,
        elems: &[hir::Expr],
        out: &mut Vec<Stmt>,
    ) {
        let pd = part_dtype(dtype);
        let half = pd.itemsize() as i64;
        for (k, el) in elems.iter().enumerate() {
            let base = (k * dtype.itemsize()) as i64;
            let (re, im) = match complex_scalar_dtype(&el.ty) {
                Some(d) => {
                    let (p, owned) = self.object(el, out);
                    let epd = part_dtype(d);
                    let load = |off: i64| Expr::Load {
                        arr: Box::new(Expr::Var(p)),
                        offset: Box::new(Expr::I64(off)),
                        dtype: epd,
                    };
                    let re = self.temp(convert(load(0), epd, pd), super::dtype_machine(pd), out);
                    let im = convert(load(epd.itemsize() as i64), epd, pd);
                    let im = self.temp(im, super::dtype_machine(pd), out);
                    self.release(p, owned, out);
                    (re, im)
                }
                None => {
                    let v = self.scalar(el, out);
                    (
                        convert(v, ty_dtype(&el.ty), pd),
                        convert(Expr::F64(0.0), DType::F64, pd),
                    )
                }
            };
            for (off, value) in [(base, re), (base + half, im)] {
                out.push(Stmt::Store {
                    arr: Expr::Var(dst),
                    offset: Expr::I64(off),
                    dtype: pd,
                    value,
                });
            }
        }
    }
}
