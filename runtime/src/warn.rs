//! NumPy's floating-point and division warnings (`RuntimeWarning: divide by zero encountered in
//! divide` …), printed on stderr the way Python's `warnings` module prints them.
//!
//! Compiled code tests each checked operation's result cheaply (a float result that is not
//! finite, an integer divisor of 0 or -1, a wrapped integer sum) and only then asks this
//! module which of NumPy's flags the operation raised (`arrc_fp_flags`, `arrc_int_flags`):
//! three bits per operation, [`DIVIDE`], [`OVERFLOW`], [`INVALID`] (NumPy ignores underflow by
//! default). A kernel ORs the bits of its operations into one word, operation `k` at bits
//! `3k..3k+3`, and calls `arrc_fp_warn` once after its loop; host code calls it after each
//! operation. The message of every bit is in a table the compiler wrote into the program's
//! data, so the runtime prints text without knowing the source.

use std::collections::HashSet;
use std::io::Write;
use std::sync::Mutex;

pub const DIVIDE: i64 = 1;
pub const OVERFLOW: i64 = 2;
pub const INVALID: i64 = 4;

/// Codes of the checked operations, shared with the compiler. Float codes with [`op::F32`]
/// set compute in float32.
pub mod op {
    pub const ADD: i64 = 0;
    pub const SUB: i64 = 1;
    pub const MUL: i64 = 2;
    pub const DIV: i64 = 3;
    pub const SQRT: i64 = 4;
    pub const FLOOR_DIV: i64 = 5;
    pub const MOD: i64 = 6;
    pub const POW: i64 = 7;
    pub const EXP: i64 = 8;
    pub const EXPM1: i64 = 9;
    pub const LOG: i64 = 10;
    pub const LOG2: i64 = 11;
    pub const LOG10: i64 = 12;
    pub const LOG1P: i64 = 13;
    pub const SIN: i64 = 14;
    pub const COS: i64 = 15;
    pub const TAN: i64 = 16;
    pub const ARCSIN: i64 = 17;
    pub const ARCCOS: i64 = 18;
    /// float64 → float32 (overflows).
    pub const CAST_F32: i64 = 19;
    pub const EXP2: i64 = 20;
    pub const SINH: i64 = 21;
    pub const COSH: i64 = 22;
    pub const ARCCOSH: i64 = 23;
    pub const ARCTANH: i64 = 24;
    pub const RAD2DEG: i64 = 25;
    pub const LOGADDEXP: i64 = 27;
    pub const LOGADDEXP2: i64 = 28;
    /// Marks a float32 operation.
    pub const F32: i64 = 0x100;
}

#[cfg(target_arch = "x86_64")]
mod fe {
    pub const INVALID: i32 = 0x01;
    pub const DIVBYZERO: i32 = 0x04;
    pub const OVERFLOW: i32 = 0x08;
}
#[cfg(not(target_arch = "x86_64"))]
mod fe {
    pub const INVALID: i32 = 0x01;
    pub const DIVBYZERO: i32 = 0x02;
    pub const OVERFLOW: i32 = 0x04;
}

extern "C" {
    fn feclearexcept(excepts: i32) -> i32;
    fn fetestexcept(excepts: i32) -> i32;
}

const FE_ALL: i32 = fe::INVALID | fe::DIVBYZERO | fe::OVERFLOW;

/// Runs `f` on fresh floating-point status flags and returns NumPy's bits for those it set,
/// as NumPy reads them after a ufunc loop. `black_box` keeps the operation between the two
/// flag accesses.
pub(crate) fn with_fenv(f: impl FnOnce() -> f64) -> i64 {
    unsafe {
        feclearexcept(FE_ALL);
        std::hint::black_box(f());
        let raised = fetestexcept(FE_ALL);
        let mut bits = 0;
        if raised & fe::DIVBYZERO != 0 {
            bits |= DIVIDE;
        }
        if raised & fe::OVERFLOW != 0 {
            bits |= OVERFLOW;
        }
        if raised & fe::INVALID != 0 {
            bits |= INVALID;
        }
        bits
    }
}

/// NumPy's flags for `floor_divide(a, b)` (`npy_floor_divide`: by zero it sets them itself;
/// otherwise `npy_divmod`'s `fmod` is invalid for an infinite dividend, and an overflowing
/// quotient is also invalid in its rounding step).
fn floor_div_flags(a: f64, b: f64, r: f64) -> i64 {
    if b == 0.0 {
        return if a == 0.0 {
            INVALID
        } else if a.is_finite() {
            DIVIDE
        } else {
            0
        };
    }
    if a.is_nan() || b.is_nan() {
        0
    } else if a.is_infinite() {
        INVALID
    } else if r.is_infinite() {
        OVERFLOW | INVALID
    } else {
        0
    }
}

/// NumPy's flags for `remainder(a, b)`: `fmod` is invalid by zero and for an infinite dividend.
fn mod_flags(a: f64, b: f64) -> i64 {
    if a.is_nan() || b.is_nan() {
        0
    } else if b == 0.0 || a.is_infinite() {
        INVALID
    } else {
        0
    }
}

/// Which of NumPy's flags float operation `code` raises on `x` (and `y`), float32 operands
/// passed widened (exactly). Called only when the operation's result was not finite.
#[no_mangle]
pub extern "C" fn arrc_fp_flags(code: i64, x: f64, y: f64) -> i64 {
    use crate::abi;
    let (xs, ys) = (x as f32, y as f32);
    let bb = std::hint::black_box::<f64>;
    let bb32 = std::hint::black_box::<f32>;
    if code & op::F32 != 0 {
        let c = code & !op::F32;
        return match c {
            op::FLOOR_DIV => floor_div_flags(x, y, abi::arrc_floordiv_f32(xs, ys) as f64),
            op::MOD => mod_flags(x, y),
            _ => with_fenv(|| {
                // float32 exp/log/sin/cos: the C library raises the flags NumPy's own SIMD
                // algorithms set by hand (`simd_math`), for the same inputs.
                (match c {
                    op::ADD => bb32(xs) + bb32(ys),
                    op::SUB => bb32(xs) - bb32(ys),
                    op::MUL => bb32(xs) * bb32(ys),
                    op::DIV => bb32(xs) / bb32(ys),
                    op::SQRT => bb32(xs).sqrt(),
                    op::POW => abi::arrc_pow_f32(bb32(xs), bb32(ys)),
                    op::EXP => bb32(xs).exp(),
                    op::EXPM1 => abi::arrc_expm1_f32(bb32(xs)),
                    op::LOG => bb32(xs).ln(),
                    op::LOG2 => abi::arrc_log2_f32(bb32(xs)),
                    op::LOG10 => abi::arrc_log10_f32(bb32(xs)),
                    op::LOG1P => abi::arrc_log1p_f32(bb32(xs)),
                    op::SIN => bb32(xs).sin(),
                    op::COS => bb32(xs).cos(),
                    op::TAN => abi::arrc_tan_f32(bb32(xs)),
                    op::ARCSIN => abi::arrc_asin_f32(bb32(xs)),
                    op::ARCCOS => abi::arrc_acos_f32(bb32(xs)),
                    op::EXP2 => abi::arrc_exp2_f32(bb32(xs)),
                    op::SINH => abi::arrc_sinh_f32(bb32(xs)),
                    op::COSH => abi::arrc_cosh_f32(bb32(xs)),
                    op::ARCCOSH => abi::arrc_acosh_f32(bb32(xs)),
                    op::ARCTANH => abi::arrc_atanh_f32(bb32(xs)),
                    op::RAD2DEG => abi::arrc_rad2deg_f32(bb32(xs)),
                    op::LOGADDEXP => abi::arrc_logaddexp_f32(bb32(xs), bb32(ys)),
                    op::LOGADDEXP2 => abi::arrc_logaddexp2_f32(bb32(xs), bb32(ys)),
                    _ => 0.0,
                }) as f64
            }),
        };
    }
    match code {
        op::FLOOR_DIV => floor_div_flags(x, y, abi::arrc_floordiv_f64(x, y)),
        op::MOD => mod_flags(x, y),
        _ => with_fenv(|| match code {
            op::ADD => bb(x) + bb(y),
            op::SUB => bb(x) - bb(y),
            op::MUL => bb(x) * bb(y),
            op::DIV => bb(x) / bb(y),
            op::SQRT => bb(x).sqrt(),
            op::POW => abi::arrc_pow_f64(bb(x), bb(y)),
            op::EXP => abi::arrc_exp(bb(x)),
            op::EXPM1 => abi::arrc_expm1(bb(x)),
            op::LOG => abi::arrc_log(bb(x)),
            op::LOG2 => abi::arrc_log2(bb(x)),
            op::LOG10 => abi::arrc_log10(bb(x)),
            op::LOG1P => abi::arrc_log1p(bb(x)),
            op::SIN => abi::arrc_sin(bb(x)),
            op::COS => abi::arrc_cos(bb(x)),
            op::TAN => abi::arrc_tan(bb(x)),
            op::ARCSIN => abi::arrc_asin(bb(x)),
            op::ARCCOS => abi::arrc_acos(bb(x)),
            op::EXP2 => abi::arrc_exp2(bb(x)),
            op::SINH => abi::arrc_sinh(bb(x)),
            op::COSH => abi::arrc_cosh(bb(x)),
            op::ARCCOSH => abi::arrc_acosh(bb(x)),
            op::ARCTANH => abi::arrc_atanh(bb(x)),
            op::RAD2DEG => abi::arrc_rad2deg(bb(x)),
            op::LOGADDEXP => abi::arrc_logaddexp(bb(x), bb(y)),
            op::LOGADDEXP2 => abi::arrc_logaddexp2(bb(x), bb(y)),
            op::CAST_F32 => (bb(x) as f32) as f64,
            _ => 0.0,
        }),
    }
}

/// NumPy's flags for integer `floor_divide` (`code & 1`) or `remainder` of `x` by `y`, in
/// int64 or, with `code & 2`, int32 (values sign-extended): divide by zero, and `MIN // -1`
/// overflows. Called only when `y` is 0 or -1.
#[no_mangle]
pub extern "C" fn arrc_int_flags(code: i64, x: i64, y: i64) -> i64 {
    // Bits 2..: the width of an int8 or int16 (`compiler/src/int_dtypes.rs`).
    let min = match code >> 2 {
        8 => i8::MIN as i64,
        16 => i16::MIN as i64,
        _ if code & 2 != 0 => i32::MIN as i64,
        _ => i64::MIN,
    };
    if y == 0 {
        DIVIDE
    } else if code & 1 != 0 && y == -1 && x == min {
        OVERFLOW
    } else {
        0
    }
}

/// The registry keys of the warnings already printed: Python's default filter shows a warning
/// once per (message, category, line). A message names its line, so it is its own key, unless
/// Python saw the warning come from a line of NumPy's files (see [`registry_key`]).
static SHOWN: Mutex<Option<HashSet<Vec<u8>>>> = Mutex::new(None);

/// The key Python's registry files a table entry under, and the text printed. An entry that
/// starts with a NUL byte is `\0KEY\0TEXT`: a warning NumPy raises from its own Python code
/// (`x.sum()` runs `numpy/_core/_methods.py`) is printed at the script's line, but repeats are
/// suppressed by NumPy's line, which KEY names. Any other entry is its own key.
fn registry_key(entry: &[u8]) -> (&[u8], &[u8]) {
    if let Some(rest) = entry.strip_prefix(b"\0") {
        if let Some(end) = rest.iter().position(|&b| b == 0) {
            return (&rest[..end], &rest[end + 1..]);
        }
    }
    (entry, entry)
}

/// Prints the warning of each bit set in `flags`, lowest bit first, from `table`: a
/// little-endian u32 count, then per bit a u32 length and the entry (empty: no warning; see
/// [`registry_key`]).
///
/// # Safety
/// `table` is a table the compiler wrote.
#[no_mangle]
pub unsafe extern "C" fn arrc_fp_warn(flags: i64, table: *const u8) {
    let read_u32 = |p: *const u8| u32::from_le_bytes(std::ptr::read_unaligned(p as *const [u8; 4]));
    let n = read_u32(table) as usize;
    let mut p = table.add(4);
    let mut texts = Vec::with_capacity(n);
    for _ in 0..n {
        let len = read_u32(p) as usize;
        texts.push(std::slice::from_raw_parts(p.add(4), len));
        p = p.add(4 + len);
    }
    let mut shown = SHOWN.lock().unwrap_or_else(|e| e.into_inner());
    let shown = shown.get_or_insert_with(HashSet::new);
    let mut printed = false;
    for (bit, entry) in texts.iter().enumerate().take(64) {
        let (key, text) = registry_key(entry);
        if flags & (1 << bit) == 0 || text.is_empty() || shown.contains(key) {
            continue;
        }
        if !printed {
            crate::abi::flush_out();
            printed = true;
        }
        shown.insert(key.to_vec());
        let _ = std::io::stderr().write_all(text);
    }
}
