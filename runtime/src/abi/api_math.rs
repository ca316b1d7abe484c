//! The float functions of NumPy's newer math ufuncs that Rust's std computes differently
//! from the C library NumPy calls: `np.arcsinh`, `np.arccosh`, `np.arctanh` are glibc's
//! `asinh`/`acosh`/`atanh` (`asinhf`… for float32), as NumPy's loops call them (std's
//! `f64::asinh` is its own formula, whose last bit can differ). `np.deg2rad` and
//! `np.rad2deg` are `npy_deg2rad`/`npy_rad2deg` of NumPy's
//! `numpy/_core/src/npymath/npy_math_internal.h.src`: `x * (NPY_PI / 180.0)`, the constant
//! computed in the operand's own type.

use std::f32::consts::PI as PI32;
use std::f64::consts::PI;

extern "C" {
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn asinhf(x: f32) -> f32;
    fn acoshf(x: f32) -> f32;
    fn atanhf(x: f32) -> f32;
}

macro_rules! c_functions {
    ($( $f64:ident, $f32:ident = $c64:ident, $c32:ident; )*) => {$(
        #[no_mangle]
        pub extern "C" fn $f64(x: f64) -> f64 {
            unsafe { $c64(x) }
        }

        #[no_mangle]
        pub extern "C" fn $f32(x: f32) -> f32 {
            unsafe { $c32(x) }
        }
    )*};
}

c_functions! {
    arrc_asinh, arrc_asinh_f32 = asinh, asinhf;
    arrc_acosh, arrc_acosh_f32 = acosh, acoshf;
    arrc_atanh, arrc_atanh_f32 = atanh, atanhf;
}

#[no_mangle]
pub extern "C" fn arrc_deg2rad(x: f64) -> f64 {
    x * (PI / 180.0)
}

#[no_mangle]
pub extern "C" fn arrc_deg2rad_f32(x: f32) -> f32 {
    x * (PI32 / 180.0f32)
}

#[no_mangle]
pub extern "C" fn arrc_rad2deg(x: f64) -> f64 {
    x * (180.0 / PI)
}

#[no_mangle]
pub extern "C" fn arrc_rad2deg_f32(x: f32) -> f32 {
    x * (180.0f32 / PI32)
}

extern "C" {
    fn hypot(x: f64, y: f64) -> f64;
    fn hypotf(x: f32, y: f32) -> f32;
}

/// `np.hypot`: the C library's `hypot` (NumPy's loop calls it directly).
#[no_mangle]
pub extern "C" fn arrc_c_hypot(x: f64, y: f64) -> f64 {
    unsafe { hypot(x, y) }
}

#[no_mangle]
pub extern "C" fn arrc_c_hypot_f32(x: f32, y: f32) -> f32 {
    unsafe { hypotf(x, y) }
}

#[no_mangle]
pub extern "C" fn arrc_copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

#[no_mangle]
pub extern "C" fn arrc_copysign_f32(x: f32, y: f32) -> f32 {
    x.copysign(y)
}

/// `npy_logaddexp` (NumPy's `npy_math_internal.h.src`): equal operands (infinities of one
/// sign) give `x + ln 2`, else the larger plus `log1p(exp(-|x - y|))`; NaN stays NaN.
macro_rules! logaddexp {
    ($name:ident, $t:ty, $ln2:expr, $exp:ident, $scale:expr) => {
        #[no_mangle]
        pub extern "C" fn $name(x: $t, y: $t) -> $t {
            if x == y {
                return x + $ln2;
            }
            let tmp = x - y;
            if tmp > 0.0 {
                x + $scale * (-tmp).$exp().ln_1p()
            } else if tmp <= 0.0 {
                y + $scale * tmp.$exp().ln_1p()
            } else {
                tmp
            }
        }
    };
}

logaddexp!(arrc_logaddexp, f64, std::f64::consts::LN_2, exp, 1.0);
logaddexp!(arrc_logaddexp_f32, f32, std::f32::consts::LN_2, exp, 1.0);
// `npy_logaddexp2`: `x + 1` for equal operands, `npy_log2_1p(v) = LOG2E * log1p(v)`.
logaddexp!(arrc_logaddexp2, f64, 1.0, exp2, std::f64::consts::LOG2_E);
logaddexp!(
    arrc_logaddexp2_f32,
    f32,
    1.0,
    exp2,
    std::f32::consts::LOG2_E
);
