//! NumPy's own float32 `exp`, `log`, `sin` and `cos`, element by element.
//!
//! On x86-64 machines with AVX2 and FMA3 (NumPy's `X86_V3` dispatch target) or AVX-512,
//! NumPy 2.4.6 does not call the C library for these: it runs its own SIMD algorithms
//! (`numpy/_core/src/umath/loops_exponent_log.dispatch.c.src`, `simd_exp_FLOAT` and
//! `simd_log_FLOAT`; `loops_trigonometric.dispatch.cpp`, `simd_sincos_f32`), which can differ
//! from the correctly rounded result in the last bit, and float32 prints every bit. These are
//! those algorithms written again here, one lane at a time (same constants, same operation
//! order, fused multiply-adds where NumPy fuses), so that every element matches NumPy's
//! bit for bit; [`numpy_uses_simd`] is NumPy's dispatch rule, and elsewhere the C library is
//! used, as NumPy does.

use std::sync::OnceLock;

/// Whether NumPy's float32 SIMD paths run on this CPU (AVX2 with FMA3, or AVX-512F).
pub fn numpy_uses_simd() -> bool {
    static USES: OnceLock<bool> = OnceLock::new();
    *USES.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        {
            (is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma"))
                || is_x86_feature_detected!("avx512f")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    })
}

const RINT_CVT_MAGIC: f32 = 12582912.0; // 0x1.8p+23

#[inline]
fn fma(a: f32, b: f32, c: f32) -> f32 {
    a.mul_add(b, c)
}

/// `poly * 2**quadrant` as NumPy's AVX2 `fma_scalef_ps` computes it (the same values as
/// AVX-512's `scalef`): the exponent added to poly's bits, and for `quadrant <= -125` a
/// division that rounds the subnormal result once.
#[inline]
fn scalef(poly: f32, quadrant: f32) -> f32 {
    if quadrant <= -125.0 {
        let diff = -(quadrant + 125.0);
        let two_power_diff = (1i32 << (diff as i32)) as f32;
        let scaled = f32::from_bits((poly.to_bits() as i32).wrapping_add(-125 << 23) as u32);
        scaled / two_power_diff
    } else {
        f32::from_bits((poly.to_bits() as i32).wrapping_add((quadrant as i32) << 23) as u32)
    }
}

/// NumPy's `simd_exp_FLOAT` for one element: Cody-Waite reduction by ln 2, then a 5/2
/// rational approximation, then `scalef`.
#[inline(always)]
fn exp_impl(x: f32) -> f32 {
    const XMAX: f32 = 88.72283935546875;
    const XMIN: f32 = -103.97208404541015625;
    const LN2_HI: f32 = -6.93145752e-1;
    const LN2_LO: f32 = -1.42860677e-6;
    const P: [f32; 6] = [
        9.999999999980870924916e-01,
        7.257664613233124478488e-01,
        2.473615434895520810817e-01,
        5.114512081637298353406e-02,
        6.757896990527504603057e-03,
        5.082762527590693718096e-04,
    ];
    const Q: [f32; 3] = [
        1.0,
        -2.742335390411667452936e-01,
        2.159509375685829852307e-02,
    ];
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    if x.is_nan() {
        return f32::NAN;
    }
    if x >= XMAX {
        return f32::INFINITY;
    }
    if x <= XMIN {
        return 0.0;
    }
    let quadrant = (x * LOG2E + RINT_CVT_MAGIC) - RINT_CVT_MAGIC;
    let mut r = fma(quadrant, LN2_HI, x);
    r = fma(quadrant, LN2_LO, r);
    r = fma(quadrant, 0.0, r);
    let mut num = fma(P[5], r, P[4]);
    num = fma(num, r, P[3]);
    num = fma(num, r, P[2]);
    num = fma(num, r, P[1]);
    num = fma(num, r, P[0]);
    let mut den = fma(Q[2], r, Q[1]);
    den = fma(den, r, Q[0]);
    scalef(num / den, quadrant)
}

/// The input to NumPy's `get_exponent`/`get_mantissa`: subnormals scaled by 2**100 first.
#[inline]
fn normalised(x: f32) -> (f32, bool) {
    let subnormal = x < f32::MIN_POSITIVE;
    let two_power_100 = f32::from_bits(0x7180_0000);
    (if subnormal { x * two_power_100 } else { x }, subnormal)
}

/// NumPy's `simd_log_FLOAT` for one element: `x = m * 2**k` with m in [sqrt(1/2), sqrt(2)),
/// a 5/5 rational approximation of log(m), plus k ln 2.
#[inline(always)]
fn log_impl(x_in: f32) -> f32 {
    const P: [f32; 6] = [
        0.0,
        9.999999999999998702752e-01,
        2.112677543073053063722e+00,
        1.480000633576506585156e+00,
        3.808837741388407920751e-01,
        2.589979117907922693523e-02,
    ];
    const Q: [f32; 6] = [
        1.0,
        2.612677543073109236779e+00,
        2.453006071784736363091e+00,
        9.864942958519418960339e-01,
        1.546476374983906719538e-01,
        5.875095403124574342950e-03,
    ];
    if x_in.is_nan() {
        return f32::NAN;
    }
    if x_in < 0.0 {
        return -f32::NAN;
    }
    if x_in == 0.0 {
        return f32::NEG_INFINITY;
    }
    if x_in == f32::INFINITY {
        return f32::INFINITY;
    }
    let (n, subnormal) = normalised(x_in);
    let mut exponent = ((n.to_bits() >> 23) as i32 - 0x7E) as f32;
    if subnormal {
        exponent -= 100.0;
    }
    let mut m = f32::from_bits((n.to_bits() & 0x7f_ffff) | (126 << 23));
    if m <= std::f32::consts::FRAC_1_SQRT_2 {
        m = m + m;
        exponent -= 1.0;
    }
    let t = m - 1.0;
    let mut num = fma(P[5], t, P[4]);
    num = fma(num, t, P[3]);
    num = fma(num, t, P[2]);
    num = fma(num, t, P[1]);
    num = fma(num, t, P[0]);
    let mut den = fma(Q[5], t, Q[4]);
    den = fma(den, t, Q[3]);
    den = fma(den, t, Q[2]);
    den = fma(den, t, Q[1]);
    den = fma(den, t, Q[0]);
    fma(exponent, std::f32::consts::LN_2, num / den)
}

/// NumPy's `simd_sincos_f32` for one element: Cody-Waite reduction by pi/2 within
/// ±117435.992 (sine) or ±71476.0625 (cosine), polynomials on [-pi/4, pi/4]; the C library
/// beyond.
#[inline(always)]
fn sincos_impl(x: f32, cosine: bool) -> f32 {
    if x.is_nan() {
        return f32::NAN;
    }
    let max_cody = if cosine { 71476.0625 } else { 117435.992 };
    if x.abs() > max_cody {
        return if cosine { x.cos() } else { x.sin() };
    }
    // NumPy's C++ is built with GCC's default `-ffp-contract=fast`, which fuses this
    // multiply and add (its C files, built as ISO C11, are not contracted).
    let quadrant = fma(x, f32::from_bits(0x3f22_f983), RINT_CVT_MAGIC) - RINT_CVT_MAGIC;
    let mut r = fma(quadrant, -f32::from_bits(0x3fc9_0fd8), x);
    r = fma(quadrant, -f32::from_bits(0x34a8_885a), r);
    r = fma(quadrant, -f32::from_bits(0x27c2_34c4), r);
    let r2 = r * r;
    let mut c = fma(
        f32::from_bits(0x37cc_730b),
        r2,
        -f32::from_bits(0x3ab6_036e),
    );
    c = fma(c, r2, f32::from_bits(0x3d2a_aa9e));
    c = fma(c, r2, -0.5);
    c = fma(c, r2, 1.0);
    let mut s = fma(
        f32::from_bits(0x363e_9dde),
        r2,
        -f32::from_bits(0x3950_35dd),
    );
    s = fma(s, r2, f32::from_bits(0x3c08_88cd));
    s = fma(s, r2, -f32::from_bits(0x3e2a_aaab));
    s = fma(s, r2, 0.0);
    s = fma(s, r, r);
    let mut q = quadrant as i32;
    if cosine {
        q += 1;
    }
    let v = if q & 1 == 0 { s } else { c };
    if q & 2 == 2 {
        0.0 - v
    } else {
        v
    }
}

/// With FMA3 known to be there, `mul_add` is one instruction instead of a call to `fmaf`.
#[cfg(target_arch = "x86_64")]
mod fma3 {
    #[target_feature(enable = "fma")]
    pub unsafe fn exp(x: f32) -> f32 {
        super::exp_impl(x)
    }
    #[target_feature(enable = "fma")]
    pub unsafe fn log(x: f32) -> f32 {
        super::log_impl(x)
    }
    #[target_feature(enable = "fma")]
    pub unsafe fn sincos(x: f32, cosine: bool) -> f32 {
        super::sincos_impl(x, cosine)
    }
}

macro_rules! dispatch {
    ($( $(#[$doc:meta])* $name:ident($x:ident) = $fma:ident($($arg:expr),*), $plain:ident; )*) => {$(
        $(#[$doc])*
        pub fn $name($x: f32) -> f32 {
            #[cfg(target_arch = "x86_64")]
            if numpy_uses_simd() {
                // SAFETY: numpy_uses_simd() checked FMA3 (AVX-512F implies it).
                return unsafe { fma3::$fma($($arg),*) };
            }
            $plain($($arg),*)
        }
    )*};
}

dispatch! {
    /// NumPy's float32 exp, bit for bit.
    exp_f32(x) = exp(x), exp_impl;
    /// NumPy's float32 log, bit for bit.
    log_f32(x) = log(x), log_impl;
    /// NumPy's float32 sin, bit for bit.
    sin_f32(x) = sincos(x, false), sincos_impl;
    /// NumPy's float32 cos, bit for bit.
    cos_f32(x) = sincos(x, true), sincos_impl;
}
