//! Complex numbers in the runtime: printing complex scalars (held as 0-d arrays), one
//! element of a complex array as a new 0-d array, glibc's `csqrt`/`cexp` (which NumPy's
//! `npy_csqrt`/`npy_cexp` are on Linux), and complex matrix products.

use super::{write_out, Arr, STYLE_NP_REPR, STYLE_NP_STR, STYLE_PY};
use crate::array::{ArrObj, DType};
use crate::format;

/// C99 `double _Complex` / `float _Complex`: the same layout and calling convention as a
/// struct of two floats on x86-64 and AArch64.
#[repr(C)]
#[derive(Clone, Copy)]
struct C64 {
    re: f64,
    im: f64,
}

/// C99 `float _Complex`.
#[repr(C)]
#[derive(Clone, Copy)]
struct C32 {
    re: f32,
    im: f32,
}

extern "C" {
    fn csqrt(z: C64) -> C64;
    fn cexp(z: C64) -> C64;
    fn csqrtf(z: C32) -> C32;
    fn cexpf(z: C32) -> C32;
}

#[no_mangle]
pub extern "C" fn arrc_csqrtf_re(re: f32, im: f32) -> f32 {
    unsafe { csqrtf(C32 { re, im }).re }
}

#[no_mangle]
pub extern "C" fn arrc_csqrtf_im(re: f32, im: f32) -> f32 {
    unsafe { csqrtf(C32 { re, im }).im }
}

#[no_mangle]
pub extern "C" fn arrc_cexpf_re(re: f32, im: f32) -> f32 {
    unsafe { cexpf(C32 { re, im }).re }
}

#[no_mangle]
pub extern "C" fn arrc_cexpf_im(re: f32, im: f32) -> f32 {
    unsafe { cexpf(C32 { re, im }).im }
}

/// The parts of the complex element at `p`.
unsafe fn read(dtype: DType, p: *const u8) -> (f64, f64) {
    match dtype {
        DType::C64 => {
            let q = p as *const f32;
            (q.read_unaligned() as f64, q.add(1).read_unaligned() as f64)
        }
        _ => {
            let q = p as *const f64;
            (q.read_unaligned(), q.add(1).read_unaligned())
        }
    }
}

/// Writes a complex scalar held in 0-d array `p`: `style` is `STYLE_PY` (Python's `complex`,
/// whose `str` and `repr` are the same), `STYLE_NP_STR` or `STYLE_NP_REPR`.
#[no_mangle]
pub unsafe extern "C" fn arrc_write_complex(p: Arr, style: i64) {
    crate::gpu::host_read(p);
    let a = &*p;
    let (re, im) = read(a.dtype, a.data);
    let c64 = a.dtype == DType::C64;
    let text = format::complex_scalar_str(re, im, c64);
    let text = match style {
        STYLE_NP_REPR => {
            // `np.complex128(1+2j)`: the text without its parentheses.
            let inner = text.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
            format!("np.{}({})", a.dtype.name(), inner.unwrap_or(&text))
        }
        STYLE_PY | STYLE_NP_STR => text,
        _ => text,
    };
    write_out(text.as_bytes());
}

/// A new 0-d array holding the element `offset` bytes into `p`'s data (`z[i, j]` of a
/// complex array: a complex scalar).
#[no_mangle]
pub unsafe extern "C" fn arrc_complex_element(p: Arr, offset: i64) -> Arr {
    crate::gpu::host_read(p);
    let a = &*p;
    let out = ArrObj::alloc_with(a.dtype, &[], false);
    let n = a.dtype.itemsize();
    std::ptr::copy_nonoverlapping(a.data.offset(offset as isize), (*out).data, n);
    out
}

/// `x * y + z` rounded once (NumPy's complex multiply fuses one of its products).
#[no_mangle]
pub extern "C" fn arrc_fma(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

#[no_mangle]
pub extern "C" fn arrc_fmaf(x: f32, y: f32, z: f32) -> f32 {
    x.mul_add(y, z)
}

#[no_mangle]
pub extern "C" fn arrc_csqrt_re(re: f64, im: f64) -> f64 {
    unsafe { csqrt(C64 { re, im }).re }
}

#[no_mangle]
pub extern "C" fn arrc_csqrt_im(re: f64, im: f64) -> f64 {
    unsafe { csqrt(C64 { re, im }).im }
}

#[no_mangle]
pub extern "C" fn arrc_cexp_re(re: f64, im: f64) -> f64 {
    unsafe { cexp(C64 { re, im }).re }
}

#[no_mangle]
pub extern "C" fn arrc_cexp_im(re: f64, im: f64) -> f64 {
    unsafe { cexp(C64 { re, im }).im }
}

/// One (m,k)·(k,n) complex product into C-ordered `po`: each element summed from 0 in `k`
/// order, as NumPy's `matmul_inner_noblas` does (NumPy gives matrices BLAS's zgemm, whose
/// blocking can differ in the last bits).
///
/// # Safety
/// The pointers and strides must describe valid complex matrices of `dtype`.
pub(super) unsafe fn complex_matmul(
    dtype: DType,
    (m, k, n): (usize, usize, usize),
    (pa, rsa, csa): (*const u8, i64, i64),
    (pb, rsb, csb): (*const u8, i64, i64),
    po: *mut u8,
) {
    let isz = dtype.itemsize();
    for i in 0..m {
        for j in 0..n {
            let (mut sr, mut si) = (0.0f64, 0.0f64);
            let (mut sr32, mut si32) = (0.0f32, 0.0f32);
            for l in 0..k {
                let ea = pa.offset(i as isize * rsa as isize + l as isize * csa as isize);
                let eb = pb.offset(l as isize * rsb as isize + j as isize * csb as isize);
                let (ar, ai) = read(dtype, ea);
                let (br, bi) = read(dtype, eb);
                if dtype == DType::C64 {
                    let (ar, ai, br, bi) = (ar as f32, ai as f32, br as f32, bi as f32);
                    sr32 += ar * br - ai * bi;
                    si32 += ar * bi + ai * br;
                } else {
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
            }
            let o = po.add((i * n + j) * isz);
            if dtype == DType::C64 {
                let q = o as *mut f32;
                q.write_unaligned(sr32);
                q.add(1).write_unaligned(si32);
            } else {
                let q = o as *mut f64;
                q.write_unaligned(sr);
                q.add(1).write_unaligned(si);
            }
        }
    }
}

/// `abs` of a complex number as NumPy's SIMD `absolute` loop computes it
/// (`loops_unary_complex.dispatch.c.src`, read for its formula): infinities win over NaN,
/// then `larger * sqrt(fma(ratio, ratio, 1))` with `ratio = smaller / larger` (0 when
/// `larger` is 0 or `smaller` infinite).
#[no_mangle]
pub extern "C" fn arrc_hypot(re: f64, im: f64) -> f64 {
    let (mut re, mut im) = (re.abs(), im.abs());
    if re == f64::INFINITY || im == f64::INFINITY {
        return f64::INFINITY;
    }
    if re.is_nan() || im.is_nan() {
        (re, im) = (f64::NAN, f64::NAN);
    }
    let larger = if re >= im || re.is_nan() { re } else { im };
    let smaller = if im <= re || im.is_nan() { im } else { re };
    let ratio = if larger == 0.0 || smaller == f64::INFINITY {
        0.0
    } else {
        smaller / larger
    };
    ratio.mul_add(ratio, 1.0).sqrt() * larger
}

#[no_mangle]
pub extern "C" fn arrc_hypot_f32(re: f32, im: f32) -> f32 {
    let (mut re, mut im) = (re.abs(), im.abs());
    if re == f32::INFINITY || im == f32::INFINITY {
        return f32::INFINITY;
    }
    if re.is_nan() || im.is_nan() {
        (re, im) = (f32::NAN, f32::NAN);
    }
    let larger = if re >= im || re.is_nan() { re } else { im };
    let smaller = if im <= re || im.is_nan() { im } else { re };
    let ratio = if larger == 0.0 || smaller == f32::INFINITY {
        0.0
    } else {
        smaller / larger
    };
    ratio.mul_add(ratio, 1.0).sqrt() * larger
}
