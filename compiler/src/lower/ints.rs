//! Lowering of the integer dtypes uint8 … int16 and uint64 (`crate::int_dtypes`): their
//! values live normalised in `I64`s (sign- or zero-extended), so each result that can leave
//! the range is wrapped here, and the operations where uint64's bits differ from int64's
//! (conversions to and from float, comparisons, right shifts) take their own path.

use crate::hir::EwOp;
use crate::int_dtypes::{bits, is_unsigned};
use crate::lir::{Expr, Op};
use crate::rtabi::RtFn;
use crate::syntax::ast::CmpOp;
use crate::types::DType;

/// `e`, an i64 whose low bits are a result of dtype `d`, normalised: zero-extended for the
/// unsigned dtypes, sign-extended for the signed ones (int32 keeps its `IWrap32`).
pub(super) fn wrap(e: Expr, d: DType) -> Expr {
    let b = bits(d);
    if b >= 64 {
        return e;
    }
    if d == DType::I32 {
        return Expr::op(Op::IWrap32, vec![e]);
    }
    let mask = Expr::I64(((1u64 << b) - 1) as i64);
    let low = Expr::op(Op::IAnd, vec![e, mask]);
    if is_unsigned(d) {
        low
    } else {
        // ((x & mask) ^ sign) - sign sign-extends the low `b` bits.
        let sign = 1i64 << (b - 1);
        let flipped = Expr::op(Op::IXor, vec![low, Expr::I64(sign)]);
        Expr::op(Op::ISub, vec![flipped, Expr::I64(sign)])
    }
}

/// Whether a value of `from` is a value of `to` unchanged (the range of `from` lies in
/// `to`'s, or both are 64-bit and the bits carry over: NumPy's int64 ↔ uint64 casts).
fn same_bits(from: DType, to: DType) -> bool {
    if from == DType::Bool {
        return true;
    }
    if bits(to) == 64 {
        return true;
    }
    let (flo, fhi) = crate::int_dtypes::range(from);
    let (tlo, thi) = crate::int_dtypes::range(to);
    flo >= tlo && fhi <= thi
}

/// Whether a cast from `from` to `to` is this module's: either is one of its dtypes.
pub(super) fn handles(from: DType, to: DType) -> bool {
    crate::int_dtypes::is_new(from) || crate::int_dtypes::is_new(to)
}

/// NumPy's unsafe cast from `from` to `to` where [`handles`] says so.
pub(super) fn convert(e: Expr, from: DType, to: DType) -> Expr {
    match (from, to) {
        _ if from == to => e,
        (_, DType::Bool) if from.is_float() => Expr::op(Op::FToB, vec![e]),
        (_, DType::Bool) => Expr::op(Op::IToB, vec![e]),
        (DType::U64, DType::F64) => Expr::Call(RtFn::U64ToF64, vec![e]),
        (DType::U64, DType::F32) => Expr::Call(RtFn::U64ToF32, vec![e]),
        (_, DType::F64) => Expr::op(Op::IToF, vec![e]),
        (_, DType::F32) => Expr::op(Op::IToF32, vec![e]),
        (DType::F32, DType::U64) => {
            Expr::Call(RtFn::F64ToU64, vec![Expr::op(Op::FPromote, vec![e])])
        }
        (DType::F64, DType::U64) => Expr::Call(RtFn::F64ToU64, vec![e]),
        // C's float → small int conversion through int64, then the low bits (exact for the
        // values in range, which is all NumPy defines).
        (DType::F64 | DType::F32, _) => wrap(Expr::op(Op::FToI, vec![e]), to),
        _ if same_bits(from, to) => e,
        _ => wrap(e, to),
    }
}

/// Whether results of `op` in dtype `d` are wrapped back into its range.
pub(super) fn op_wraps(op: EwOp, d: DType) -> bool {
    crate::int_dtypes::wraps(d)
        && matches!(
            op,
            EwOp::Add
                | EwOp::Sub
                | EwOp::Mul
                | EwOp::FloorDiv
                | EwOp::Mod
                | EwOp::Pow
                | EwOp::Neg
                | EwOp::Abs
                | EwOp::Not
        )
}

/// A left (`left`) or right shift of `x` by `n` in integer dtype `d` (NumPy's rules), or of
/// Python ints (`python`: Python's rules and errors, at `site`).
pub(super) fn shift(left: bool, d: DType, x: Expr, n: Expr, python: bool, site: Expr) -> Expr {
    if python {
        return Expr::Call(RtFn::PyShift, vec![x, n, Expr::I64(left as i64), site]);
    }
    Expr::Call(
        RtFn::IntShift,
        vec![x, n, Expr::I64(d.code()), Expr::I64(left as i64)],
    )
}

/// A uint64 comparison: both operands' sign bits flipped, then a signed one.
pub(super) fn cmp_u64(c: CmpOp, x: Expr, y: Expr) -> Expr {
    let flip = |e: Expr| Expr::op(Op::IXor, vec![e, Expr::I64(i64::MIN)]);
    Expr::op(Op::ICmp(c), vec![flip(x), flip(y)])
}

/// NEP 50's run-time check that a Python int operand fits the integer dtype `d` it is cast
/// to (OverflowError at `site`); the value itself.
pub(super) fn checked_fit(e: Expr, d: DType, site: Expr) -> Expr {
    Expr::Call(RtFn::IntFits, vec![e, Expr::I64(d.code()), site])
}
