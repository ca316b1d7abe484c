//! Complex numbers (`complex64`, `complex128`, Python's `complex`): the typing of complex
//! operands of elementwise operations, `.real`/`.imag`/`conj`/`angle`, `complex(a, b)`.
//!
//! Complex scalars, Python's and NumPy's, are held as 0-d arrays at run time
//! (`Ty::is_object`), so every complex computation is a kernel (`lower/complex.rs`) and
//! every complex value prints through the runtime's complex formatter. What is not here
//! (ordering comparisons, the other ufuncs, reductions but `sum`/`mean`/`prod`) is
//! rejected as `unsupported`.

use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ComplexFn, EwOp, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::CmpOp;
use crate::types::complex::{complex_of, part_dtype};
use crate::types::{broadcast_dims, broadcast_shapes, ArrTy, DType, Dim, RunArrTy, Shape, Ty};

/// The dtype of a value's elements, when it has one (arrays and scalars).
fn dtype_of(t: &Ty) -> Option<DType> {
    match t {
        Ty::Array(a) => Some(a.dtype),
        Ty::RunArray(a) => Some(a.dtype),
        t => t.scalar_dtype(),
    }
}

/// Whether a value is complex: a complex scalar or an array of a complex dtype.
pub(super) fn is_complex(t: &Ty) -> bool {
    dtype_of(t).is_some_and(DType::is_complex)
}

/// The type of an elementwise result of `dtype` over `args` (broadcast shape; a Python or
/// NumPy scalar when no operand is an array).
fn result_ty(args: &[hir::Expr], dtype: DType, span: Span) -> Result<Ty> {
    if args.iter().any(|a| matches!(a.ty, Ty::RunArray(_))) {
        let mut dims: Vec<Dim> = Vec::new();
        for a in args {
            if let Some((_, d)) = crate::types::dims_of(&a.ty) {
                dims = broadcast_dims(&dims, &d)
                    .unwrap_or_else(|| vec![Dim::Run; dims.len().max(d.len())]);
            }
        }
        return Ok(Ty::RunArray(RunArrTy { dtype, dims }));
    }
    let arrays: Vec<&ArrTy> = args.iter().filter_map(|a| a.ty.as_array()).collect();
    if arrays.is_empty() {
        let numpy = args.iter().any(|a| matches!(a.ty, Ty::NpScalar(_)));
        return Ok(Ty::scalar_of(dtype, numpy));
    }
    let mut shape: Shape = Vec::new();
    for a in &arrays {
        match broadcast_shapes(&shape, &a.shape) {
            Some(s) => shape = s,
            None => {
                let shapes = arrays.iter().map(|a| a.shape.clone()).collect();
                return err(span, SemaError::Broadcast(shapes));
            }
        }
    }
    Ok(Ty::Array(ArrTy::new(dtype, shape)))
}

impl Sema {
    /// An elementwise operation with a complex operand (`Sema::elementwise` hands these here).
    pub(super) fn complex_elementwise(
        &mut self,
        op: EwOp,
        args: Vec<hir::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        for a in &args {
            let ok = match &a.ty {
                Ty::Array(t) => t.tensor.is_none(),
                Ty::RunArray(_) => true,
                t => t.scalar_dtype().is_some(),
            };
            if !ok {
                return unsupported(span, format!("complex numbers with a {}", a.ty));
            }
        }
        let python = args
            .iter()
            .all(|a| matches!(a.ty, Ty::Int | Ty::Float | Ty::Bool | Ty::Complex));
        let dtype = super::elementwise_dtype(args.iter().map(|a| &a.ty));
        let part = part_dtype(dtype);
        let result = match op {
            EwOp::Add | EwOp::Sub | EwOp::Mul | EwOp::Neg | EwOp::Exp | EwOp::Sqrt => dtype,
            EwOp::Div => {
                if python && !self.nonzero_constant(&args[1]) {
                    // CPython raises ZeroDivisionError where NumPy gives inf/nan.
                    return unsupported(
                        span,
                        "division of Python complex numbers by a value that is not a nonzero constant",
                    );
                }
                dtype
            }
            EwOp::Pow => {
                // `z ** 2` is `z * z` in NumPy's power loop (and in CPython's).
                match super::const_int(&args[1], &self.consts) {
                    Some(2) if !is_complex(&args[1].ty) || matches!(args[1].kind, H::Int(_)) => {
                        let base = args.into_iter().next().unwrap();
                        return self.complex_square(base, span);
                    }
                    _ => {
                        return unsupported(span, "a complex power other than `** 2`");
                    }
                }
            }
            EwOp::Cmp(CmpOp::Eq | CmpOp::NotEq) => DType::Bool,
            EwOp::Cmp(_)
                if python
                    || args
                        .iter()
                        .all(|a| a.ty.as_array().is_none() && !matches!(a.ty, Ty::RunArray(_))) =>
            {
                let sym = match op {
                    EwOp::Cmp(c) => c.symbol(),
                    _ => unreachable!(),
                };
                let names: Vec<&str> = args.iter().map(|a| super::py_type_name(&a.ty)).collect();
                return err(
                    span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!(
                            "'{sym}' not supported between instances of '{}' and '{}'",
                            names[0], names[1]
                        ),
                    ),
                );
            }
            EwOp::Cmp(_) => {
                return unsupported(
                    span,
                    "ordering comparisons of complex arrays (NumPy orders them lexicographically)",
                )
            }
            EwOp::Abs => part,
            EwOp::IsNan | EwOp::IsInf | EwOp::IsFinite => DType::Bool,
            EwOp::Complex(ComplexFn::Real | ComplexFn::Imag | ComplexFn::Angle) => part,
            EwOp::Complex(ComplexFn::Conj) => dtype,
            EwOp::Complex(ComplexFn::Make) => complex_of(dtype),
            other => {
                return unsupported(
                    span,
                    format!("`{}` of complex numbers", super::ew_symbol(other)),
                )
            }
        };
        let ty = result_ty(&args, result, span)?;
        let ty = match (ty, python) {
            // Python's `abs(z)` is a float, `z == w` a bool.
            (t, true) if !t.is_object() && t.scalar_dtype().is_some() => {
                Ty::scalar_of(result, false)
            }
            (t, _) => t,
        };
        Ok(mk(H::Elementwise { op, args }, ty, span))
    }

    /// `z ** 2` as `z * z` of `z` evaluated once.
    fn complex_square(&mut self, base: hir::Expr, span: Span) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let b = self.once(base, &mut first);
        let sq = self.complex_elementwise(EwOp::Mul, vec![b.clone(), b], span)?;
        Ok(super::seq(first, sq))
    }

    /// Whether `e` is a constant that is not zero (a Python complex divisor that cannot raise).
    fn nonzero_constant(&self, e: &hir::Expr) -> bool {
        self.const_complex(e)
            .is_some_and(|(re, im)| re != 0.0 || im != 0.0)
    }

    /// The value of a constant number expression (`1 + 1j`), as a complex number.
    fn const_complex(&self, e: &hir::Expr) -> Option<(f64, f64)> {
        match &e.kind {
            H::Complex(re, im) => Some((*re, *im)),
            H::Float(x) => Some((*x, 0.0)),
            H::Elementwise { op, args } if args.len() <= 2 => {
                let a = self.const_complex(&args[0])?;
                let b = match args.get(1) {
                    Some(b) => Some(self.const_complex(b)?),
                    None => None,
                };
                match (op, b) {
                    (EwOp::Add, Some(b)) => Some((a.0 + b.0, a.1 + b.1)),
                    (EwOp::Sub, Some(b)) => Some((a.0 - b.0, a.1 - b.1)),
                    (EwOp::Mul, Some(b)) => Some((a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)),
                    (EwOp::Neg, None) => Some((-a.0, -a.1)),
                    _ => None,
                }
            }
            _ => super::const_int(e, &self.consts).map(|v| (v as f64, 0.0)),
        }
    }

    /// `x.real`, `x.imag`, `np.real(x)`, `np.imag(x)`, `np.conj(x)`, `np.angle(x)`: of a complex
    /// value a new array (or scalar) of its parts; of a real one NumPy's result (`x` itself,
    /// zeros, `x`, the float angle 0 or pi).
    pub(super) fn complex_part(
        &mut self,
        f: ComplexFn,
        v: hir::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        if is_complex(&v.ty) {
            return self.complex_elementwise(EwOp::Complex(f), vec![v], span);
        }
        let Some(d) = dtype_of(&v.ty) else {
            return unsupported(span, format!("the complex part of a {}", v.ty));
        };
        match f {
            ComplexFn::Real | ComplexFn::Conj => Ok(v),
            ComplexFn::Imag => {
                // Zeros of `x`'s type: `x * 0` keeps NaN, so multiply by a `where`.
                let zero = match d {
                    DType::F64 | DType::F32 => mk(H::Float(0.0), Ty::Float, span),
                    _ => mk(H::Int(0), Ty::Int, span),
                };
                let keep = mk(H::Bool(false), Ty::Bool, span);
                self.elementwise(EwOp::Where, vec![keep, v, zero], span)
            }
            ComplexFn::Angle => unsupported(span, "np.angle of a real value"),
            ComplexFn::Make => unreachable!("complex(a, b) is built by `complex_call`"),
        }
    }

    /// Builtin `complex(re, im)` / `complex(x)` and `np.complex128(x)` / `np.complex64(x)`.
    pub(super) fn complex_call(
        &mut self,
        dtype: Option<DType>,
        args: Vec<hir::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        for a in &args {
            if !matches!(
                a.ty,
                Ty::Int | Ty::Float | Ty::Bool | Ty::Complex | Ty::NpScalar(_)
            ) {
                return unsupported(span, format!("complex() of a {}", a.ty));
            }
        }
        let e = match args.len() {
            0 => mk(H::Complex(0.0, 0.0), Ty::Complex, span),
            1 if is_complex(&args[0].ty) => args.into_iter().next().unwrap(),
            1 | 2 => {
                let mut args = args;
                if args.iter().any(|a| is_complex(&a.ty)) {
                    return unsupported(span, "complex(a, b) of complex parts");
                }
                if args.len() == 1 {
                    args.push(mk(H::Float(0.0), Ty::Float, span));
                }
                // Python's complex() takes float parts.
                let args: Vec<hir::Expr> =
                    args.into_iter().map(|a| self.to_py(a, Ty::Float)).collect();
                let ty = Ty::Complex;
                mk(
                    H::Elementwise {
                        op: EwOp::Complex(ComplexFn::Make),
                        args,
                    },
                    ty,
                    span,
                )
            }
            n => {
                return err(
                    span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!("complex() takes at most 2 arguments ({n} given)"),
                    ),
                )
            }
        };
        let ty = match dtype {
            None => Ty::Complex,
            Some(d) => Ty::NpScalar(d),
        };
        if e.ty == ty {
            return Ok(e);
        }
        Ok(mk(
            H::Elementwise {
                op: EwOp::Cast,
                args: vec![e],
            },
            ty,
            span,
        ))
    }
}
