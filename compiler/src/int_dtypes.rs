//! The unsigned and small signed integer dtypes (uint8, uint16, uint32, uint64, int8, int16):
//! their ranges, NumPy 2's promotion rules for them, and their names.
//!
//! Representation: every integer element lives in an `I64` machine value. A narrow dtype's
//! value is kept normalised there (sign-extended for int8/int16, zero-extended for the
//! unsigned ones), so ordinary i64 comparisons, divisions and right shifts are exact for them;
//! lowering wraps each result that can leave the range (`lower/ints.rs`). A uint64 value is
//! its 64 bits as an i64; the operations where that differs from int64 (comparisons,
//! division, right shift, conversion to and from float, printing) say so.

use crate::types::DType;

/// The integer dtypes this module adds.
pub fn is_new(d: DType) -> bool {
    matches!(
        d,
        DType::U8 | DType::U16 | DType::U32 | DType::U64 | DType::I8 | DType::I16
    )
}

pub fn is_unsigned(d: DType) -> bool {
    matches!(d, DType::U8 | DType::U16 | DType::U32 | DType::U64)
}

/// The width of an integer dtype in bits (bool: 8).
pub fn bits(d: DType) -> u32 {
    d.itemsize() as u32 * 8
}

/// The smallest and largest values of an integer dtype.
pub fn range(d: DType) -> (i128, i128) {
    let b = bits(d);
    if is_unsigned(d) {
        (0, (1i128 << b) - 1)
    } else {
        (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1)
    }
}

/// Whether `d` is stored narrower than its i64 machine value (so results wrap).
pub fn wraps(d: DType) -> bool {
    matches!(
        d,
        DType::U8 | DType::U16 | DType::U32 | DType::I8 | DType::I16 | DType::I32
    )
}

/// The signed integer of `bits` bits.
fn signed_of(bits: u32) -> DType {
    match bits {
        8 => DType::I8,
        16 => DType::I16,
        32 => DType::I32,
        _ => DType::I64,
    }
}

/// NumPy's `promote_types` when either operand is one of this module's dtypes (`None` for the
/// others): same signedness takes the wider; unsigned with signed takes the narrowest signed
/// type holding both (uint64 with any signed int: float64); with float32, ints of up to 16
/// bits stay float32, wider ones need float64.
pub fn promote(a: DType, b: DType) -> Option<DType> {
    if !(is_new(a) || is_new(b)) {
        return None;
    }
    if a == b {
        return Some(a);
    }
    Some(match (a, b) {
        (DType::Bool, x) | (x, DType::Bool) => x,
        (DType::F64, _) | (_, DType::F64) => DType::F64,
        (DType::F32, x) | (x, DType::F32) => {
            if bits(x) <= 16 {
                DType::F32
            } else {
                DType::F64
            }
        }
        _ => {
            let (ua, ub) = (is_unsigned(a), is_unsigned(b));
            if ua == ub {
                if bits(a) >= bits(b) {
                    a
                } else {
                    b
                }
            } else {
                let (u, s) = if ua { (a, b) } else { (b, a) };
                if bits(s) > bits(u) {
                    s
                } else if bits(u) < 64 {
                    signed_of(bits(u) * 2)
                } else {
                    DType::F64
                }
            }
        }
    })
}

/// NumPy's scalar type names for this module's dtypes (`np.NAME`, `dtype='NAME'`).
pub fn parse_name(name: &str) -> Option<DType> {
    Some(match name {
        "uint8" | "ubyte" => DType::U8,
        "uint16" | "ushort" => DType::U16,
        "uint32" | "uintc" => DType::U32,
        "uint64" | "uint" | "uintp" => DType::U64,
        "int8" | "byte" => DType::I8,
        "int16" | "short" => DType::I16,
        _ => return None,
    })
}

/// NumPy's `OverflowError` text for a Python int that does not fit `d`, `None` when it fits.
pub fn python_int_overflow(v: i128, d: DType) -> Option<String> {
    if !d.is_int() {
        return None;
    }
    let (lo, hi) = range(d);
    (v < lo || v > hi).then(|| format!("Python integer {v} out of bounds for {}", d.name()))
}

/// The dtype NumPy sums (and multiplies, accumulates) an integer dtype in: the platform int
/// of its signedness.
pub fn sum_dtype(d: DType) -> DType {
    if is_unsigned(d) {
        DType::U64
    } else {
        DType::I64
    }
}

/// Python's name of a NumPy scalar's class: `numpy.uint8`.
pub fn class_name(d: DType) -> &'static str {
    match d {
        DType::U8 => "numpy.uint8",
        DType::U16 => "numpy.uint16",
        DType::U32 => "numpy.uint32",
        DType::U64 => "numpy.uint64",
        DType::I8 => "numpy.int8",
        DType::I16 => "numpy.int16",
        DType::I32 => "numpy.int32",
        DType::I64 => "numpy.int64",
        DType::F32 => "numpy.float32",
        DType::F64 => "numpy.float64",
        DType::Bool => "numpy.bool",
        DType::C64 => "numpy.complex64",
        DType::C128 => "numpy.complex128",
    }
}

#[cfg(test)]
mod tests {
    use super::promote;
    use crate::types::{promote_types, DType::*};

    #[test]
    fn promotion_matches_numpy_2() {
        // From np.promote_types in NumPy 2.4.
        let table = [
            (U8, I8, I16),
            (U8, I16, I16),
            (U16, I8, I32),
            (U32, I32, I64),
            (U32, I16, I64),
            (U64, I64, F64),
            (U64, I8, F64),
            (U8, U16, U16),
            (I8, I16, I16),
            (I8, I64, I64),
            (U8, I64, I64),
            (U64, U8, U64),
            (U8, F32, F32),
            (I16, F32, F32),
            (U32, F32, F64),
            (U64, F64, F64),
            (Bool, U8, U8),
            (I32, U16, I32),
            (U16, I32, I32),
        ];
        for (a, b, want) in table {
            assert_eq!(promote(a, b), Some(want), "{a:?} with {b:?}");
            assert_eq!(promote_types(b, a), want, "{b:?} with {a:?}");
        }
        assert_eq!(promote(I32, I64), None);
    }
}
