//! The integer dtypes uint8 … int16 and uint64 (`compiler/src/int_dtypes.rs`): shifts with
//! NumPy's and Python's rules, the run-time check that a Python int fits a dtype (NEP 50),
//! and scalar printing.

use super::{py_int_overflow, raise_py, scalar_text, write_out};
use crate::array::DType;
use crate::format::{ElemKind, Scalar};
use crate::pyexc::PyExc;

/// The width in bits and signedness of a dtype code (`compiler/src/types.rs`).
fn width(code: i64) -> (u32, bool) {
    let d = DType::from_code(code);
    (
        d.itemsize() as u32 * 8,
        !matches!(d, DType::U8 | DType::U16 | DType::U32 | DType::U64),
    )
}

/// `x` wrapped to dtype `code`'s range, as its machine value (sign- or zero-extended).
fn wrap(x: i64, code: i64) -> i64 {
    let (bits, signed) = width(code);
    if bits == 64 {
        return x;
    }
    let shift = 64 - bits;
    if signed {
        (x << shift) >> shift
    } else {
        ((x as u64) << shift >> shift) as i64
    }
}

/// NumPy's `left_shift` / `right_shift` of integer dtype `dtype` (`left` 1 or 0), its
/// `npy_lshift`/`npy_rshift`: a shift count of the width or more (or negative, which C
/// compares as unsigned) gives 0, or -1 for a right shift of a negative signed value; right
/// shifts of unsigned values are logical.
#[no_mangle]
pub extern "C" fn arrc_int_shift(x: i64, n: i64, dtype: i64, left: i64) -> i64 {
    let (bits, signed) = width(dtype);
    let in_range = (n as u64) < bits as u64;
    if left != 0 {
        if in_range {
            wrap(((x as u64) << n) as i64, dtype)
        } else {
            0
        }
    } else if !signed {
        let u = if bits == 64 {
            x as u64
        } else {
            (x as u64) & ((1u64 << bits) - 1)
        };
        if in_range {
            (u >> n) as i64
        } else {
            0
        }
    } else if in_range {
        x >> n
    } else {
        x >> 63
    }
}

/// Python's `x << n` / `x >> n` on ints: ValueError for a negative count, and a left shift
/// whose result leaves arrc's int64 range is the OverflowError of any such Python int.
///
/// # Safety
/// `site` is null or a site string of the program's data.
#[no_mangle]
pub unsafe extern "C" fn arrc_py_shift(x: i64, n: i64, left: i64, site: *const u8) -> i64 {
    if n < 0 {
        raise_py(site, PyExc::ValueError, "negative shift count");
    }
    if left == 0 {
        return x >> n.min(63);
    }
    if x == 0 {
        return 0;
    }
    if n < 64 {
        let wide = (x as i128) << n;
        if (wide >> n) == x as i128 {
            if let Ok(v) = i64::try_from(wide) {
                return v;
            }
            py_int_overflow(site, &wide.to_string());
        }
    }
    // The exact value, in decimal: |x| doubled n times (the text shows its digit count once
    // long).
    let mut digits: Vec<u8> = x
        .unsigned_abs()
        .to_string()
        .bytes()
        .map(|b| b - b'0')
        .collect();
    digits.reverse();
    for _ in 0..n.min(100_000) {
        let mut carry = 0;
        for d in digits.iter_mut() {
            let v = *d * 2 + carry;
            *d = v % 10;
            carry = v / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    let mut text: String = digits.iter().rev().map(|d| (d + b'0') as char).collect();
    if x < 0 {
        text.insert(0, '-');
    }
    py_int_overflow(site, &text)
}

/// NEP 50: a Python int operand (`dtype` -1: `int()` of a uint64, which must fit int64) of an operation in integer dtype `dtype` must fit it, else
/// NumPy's OverflowError. Returns `v`.
///
/// # Safety
/// `site` is null or a site string of the program's data.
#[no_mangle]
pub unsafe extern "C" fn arrc_int_fits(v: i64, dtype: i64, site: *const u8) -> i64 {
    if dtype == -1 {
        // `int()` of a uint64: arrc's Python ints are int64.
        if v < 0 {
            py_int_overflow(site, &(v as u64).to_string());
        }
        return v;
    }
    let d = DType::from_code(dtype);
    let fits = match d {
        DType::U64 => v >= 0,
        _ => wrap(v, dtype) == v,
    };
    if !fits {
        raise_py(
            site,
            PyExc::OverflowError,
            &format!("Python integer {v} out of bounds for {}", d.name()),
        );
    }
    v
}

fn write_of(v: i64, kind: ElemKind, style: i64) {
    let s = if kind == ElemKind::U64 {
        Scalar::U64(v as u64)
    } else {
        Scalar::Int(kind, v)
    };
    write_out(scalar_text(s, style).as_bytes());
}

#[no_mangle]
pub extern "C" fn arrc_write_uint8(v: i64, style: i64) {
    write_of(v, ElemKind::U8, style)
}
#[no_mangle]
pub extern "C" fn arrc_write_uint16(v: i64, style: i64) {
    write_of(v, ElemKind::U16, style)
}
#[no_mangle]
pub extern "C" fn arrc_write_uint32(v: i64, style: i64) {
    write_of(v, ElemKind::U32, style)
}
#[no_mangle]
pub extern "C" fn arrc_write_uint64(v: i64, style: i64) {
    write_of(v, ElemKind::U64, style)
}
#[no_mangle]
pub extern "C" fn arrc_write_int8(v: i64, style: i64) {
    write_of(v, ElemKind::I8, style)
}
#[no_mangle]
pub extern "C" fn arrc_write_int16(v: i64, style: i64) {
    write_of(v, ElemKind::I16, style)
}

/// uint64 → float64 / float32 (round to nearest), and float → uint64 as C converts.
#[no_mangle]
pub extern "C" fn arrc_u64_to_f64(v: i64) -> f64 {
    v as u64 as f64
}
#[no_mangle]
pub extern "C" fn arrc_u64_to_f32(v: i64) -> f32 {
    v as u64 as f32
}
#[no_mangle]
pub extern "C" fn arrc_f64_to_u64(v: f64) -> i64 {
    crate::array::float_to_u64(v) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_follow_numpy() {
        // np.uint8(200) << 1 == 144; np.int8(-5) >> 9 == -1; np.uint8(5) << 9 == 0.
        assert_eq!(arrc_int_shift(200, 1, 5, 1), 144);
        assert_eq!(arrc_int_shift(-5, 9, 9, 0), -1);
        assert_eq!(arrc_int_shift(5, 9, 5, 1), 0);
        assert_eq!(arrc_int_shift(-1, 60, 8, 0), 15);
        assert_eq!(arrc_int_shift(100, 1, 9, 1), -56);
    }
}
