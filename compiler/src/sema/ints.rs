//! Typing of the integer dtypes uint8 … int16 and uint64 (`crate::int_dtypes`) in
//! elementwise operations: NEP 50's rule that a Python int operand must fit the integer dtype
//! it is cast to, the float dtypes NumPy's float functions give small ints, and the
//! operations on uint64 that arrc does not compute.

use super::{const_int, err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, EwOp, ExprKind as H};
use crate::int_dtypes::{is_new, python_int_overflow};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::ModuleKind;
use crate::types::{DType, Ty};

/// The result dtype of float function `op` (`np.sqrt`, `np.exp`, `np.sin`, …) of integer
/// dtype `d`, one of this module's: NumPy picks the smallest float holding the ints (float16
/// for 8-bit ints, which arrc lacks). `None` for other operations and dtypes.
pub(super) fn float_result(op: EwOp, d: DType) -> Option<std::result::Result<DType, String>> {
    if !is_new(d) || !matches!(op, EwOp::Exp | EwOp::Sqrt | EwOp::Math(_) | EwOp::Arctan2) {
        return None;
    }
    Some(match d.itemsize() {
        1 => Err(format!(
            "np.{} of {} (NumPy gives float16)",
            super::ew_symbol(op),
            d.name()
        )),
        2 => Ok(DType::F32),
        _ => Ok(DType::F64),
    })
}

/// NumPy compares uint64 with signed ints exactly; promoted, they would compare as float64,
/// so arrc rejects that mix.
pub(super) fn check_uint64_compare(op: EwOp, args: &[hir::Expr], span: Span) -> Result<()> {
    // Python ints are weak (`int_dtype_operands`): only arrays and NumPy scalars count.
    let dtypes: Vec<DType> = args
        .iter()
        .filter_map(|a| match &a.ty {
            Ty::Array(t) => Some(t.dtype),
            Ty::RunArray(t) => Some(t.dtype),
            Ty::NpScalar(d) => Some(*d),
            _ => None,
        })
        .collect();
    let signed = |d: &DType| d.is_int() && !crate::int_dtypes::is_unsigned(*d);
    if matches!(
        op,
        EwOp::Cmp(_) | EwOp::Maximum | EwOp::Minimum | EwOp::Clip
    ) && dtypes.contains(&DType::U64)
        && dtypes.iter().any(signed)
    {
        return unsupported(span, "comparing uint64 values with signed ints");
    }
    Ok(())
}

impl Sema {
    /// `value` stored into (or cast to) integer dtype `d`, one of this module's: a Python int
    /// must fit it (NEP 50), checked now for a constant, when it runs otherwise.
    pub(super) fn python_int_fitting(
        &mut self,
        value: hir::Expr,
        d: DType,
        span: Span,
    ) -> Result<hir::Expr> {
        if value.ty != Ty::Int || !is_new(d) {
            return Ok(value);
        }
        if let Some(v) = const_int(&value, &self.consts) {
            if let Some(m) = python_int_overflow(v as i128, d) {
                return err(span, SemaError::Py(PyExc::OverflowError, m));
            }
            return Ok(value);
        }
        let kind = hir::ExprKind::Elementwise {
            op: EwOp::CheckFits(d),
            args: vec![value],
        };
        Ok(mk(kind, Ty::Int, span))
    }

    /// The operands of elementwise `op` computing in `dtype`, checked for this module's
    /// dtypes: a Python int must fit `dtype` (NEP 50; NumPy's OverflowError, at compile time
    /// for a constant and when the program runs otherwise); comparisons take any Python int
    /// (exact, in int64) except with uint64; uint64 division, powers, `maximum`/`minimum`,
    /// `clip` and `sign` are not computed.
    pub(super) fn int_dtype_operands(
        &mut self,
        op: EwOp,
        dtype: DType,
        numpy: bool,
        args: Vec<hir::Expr>,
        span: Span,
    ) -> Result<Vec<hir::Expr>> {
        if !numpy || !is_new(dtype) {
            return Ok(args);
        }
        if dtype == DType::U64
            && matches!(
                op,
                EwOp::FloorDiv
                    | EwOp::Mod
                    | EwOp::Pow
                    | EwOp::Maximum
                    | EwOp::Minimum
                    | EwOp::Clip
                    | EwOp::Sign
                    | EwOp::Round(_)
            )
        {
            return unsupported(span, format!("`{}` on uint64 values", super::ew_symbol(op)));
        }
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            if a.ty != Ty::Int {
                out.push(a);
                continue;
            }
            let known = const_int(&a, &self.consts);
            match op {
                EwOp::Cmp(_) if dtype != DType::U64 => out.push(a),
                EwOp::Cmp(_) | EwOp::Where | EwOp::Clip => match known {
                    Some(v) if python_int_overflow(v as i128, dtype).is_none() => out.push(a),
                    _ => {
                        return unsupported(
                            span,
                            format!(
                                "`{}` of a {} value and a Python int that may not fit it",
                                super::ew_symbol(op),
                                dtype.name()
                            ),
                        )
                    }
                },
                _ => match known {
                    Some(v) => {
                        if let Some(m) = python_int_overflow(v as i128, dtype) {
                            return err(span, SemaError::Py(PyExc::OverflowError, m));
                        }
                        out.push(a);
                    }
                    None => {
                        let s = span;
                        out.push(mk(
                            hir::ExprKind::Elementwise {
                                op: EwOp::CheckFits(dtype),
                                args: vec![a],
                            },
                            Ty::Int,
                            s,
                        ));
                    }
                },
            }
        }
        Ok(out)
    }
}

impl Sema {
    /// `np.iinfo(d).ATTR` and `np.finfo(d).ATTR`: constants of the dtype `d` (known at compile
    /// time: a scalar type, a string, `x.dtype`, a loop variable over dtypes). `None` when
    /// `value` is not such a call.
    pub(super) fn info_attribute(
        &mut self,
        value: &ast::Expr,
        attr: &str,
        attr_span: Span,
        span: Span,
    ) -> Result<Option<hir::Expr>> {
        let A::Call { func, args, kwargs } = &value.kind else {
            return Ok(None);
        };
        let A::Attribute {
            value: module,
            attr: fname,
            ..
        } = &func.kind
        else {
            return Ok(None);
        };
        if !matches!(fname.as_str(), "iinfo" | "finfo")
            || self.module_of(module) != Some(ModuleKind::NumPy)
        {
            return Ok(None);
        }
        let [arg] = args.as_slice() else {
            return unsupported(value.span, format!("np.{fname} of other than one argument"));
        };
        if !kwargs.is_empty() {
            return unsupported(kwargs[0].span, format!("keyword arguments of np.{fname}()"));
        }
        let d = self.dtype_arg(arg)?;
        let int = |v: i128| mk(H::Int(v as i64), Ty::Int, span);
        let v = if fname == "iinfo" {
            if !d.is_int() {
                return unsupported(arg.span, format!("np.iinfo of {}", d.name()));
            }
            let (lo, hi) = crate::int_dtypes::range(d);
            match attr {
                "min" => int(lo),
                "max" if hi <= i64::MAX as i128 => int(hi),
                "bits" => int(crate::int_dtypes::bits(d) as i128),
                "dtype" => mk(H::DType(d), Ty::DTypeObj(d), span),
                _ => return unsupported(attr_span, format!("the attribute .{attr} of np.iinfo")),
            }
        } else {
            let f32 = match d {
                DType::F32 => true,
                DType::F64 => false,
                _ => return unsupported(arg.span, format!("np.finfo of {}", d.name())),
            };
            let float = |x: f64| -> Result<hir::Expr> { Ok(mk(H::Float(x), Ty::Float, span)) };
            let value = match (attr, f32) {
                ("min", true) => float(-(f32::MAX as f64))?,
                ("min", false) => float(-f64::MAX)?,
                ("max", true) => float(f32::MAX as f64)?,
                ("max", false) => float(f64::MAX)?,
                ("eps", true) => float(f32::EPSILON as f64)?,
                ("eps", false) => float(f64::EPSILON)?,
                ("tiny" | "smallest_normal", true) => float(f32::MIN_POSITIVE as f64)?,
                ("tiny" | "smallest_normal", false) => float(f64::MIN_POSITIVE)?,
                ("resolution", true) => float(1e-6)?,
                ("resolution", false) => float(1e-15)?,
                ("bits", _) => return Ok(Some(int(if f32 { 32 } else { 64 }))),
                ("precision", _) => return Ok(Some(int(if f32 { 6 } else { 15 }))),
                ("dtype", _) => return Ok(Some(mk(H::DType(d), Ty::DTypeObj(d), span))),
                _ => return unsupported(attr_span, format!("the attribute .{attr} of np.finfo")),
            };
            self.to_py(value, Ty::NpScalar(d))
        };
        Ok(Some(v))
    }
}
