//! `cblas_ddot` and `cblas_sdot` in OpenBLAS's summation order, and NumPy's `DOUBLE_dot` /
//! `FLOAT_dot` around them (`numpy/_core/src/multiarray/arraytypes.c.src`).
//!
//! OpenBLAS (`kernel/x86_64/ddot.c`, `sdot.c` and their `*_microk_*` kernels): a contiguous
//! vector's prefix (a multiple of 16 doubles or 32 floats) goes through a micro-kernel of four
//! vector accumulators updated with FMA, reduced in a fixed order; the rest is added one
//! product at a time. Strided vectors use two scalar accumulators (four floats per step for
//! double, two for float). The HASWELL and ZEN builds compile the C parts without FMA; the
//! SKYLAKEX build compiles them for `skylake-avx512`, where GCC contracts `a += x * y` to an
//! FMA. Vectors longer than 10,000 are split across OpenBLAS's threads and the partial sums
//! added in thread order. The HASWELL order was checked against NumPy 2.4.6's OpenBLAS
//! 0.3.31 on thousands of random vectors; the SKYLAKEX order follows the sources (no
//! AVX-512 machine was at hand to check it).

use super::{core, openblas_threads, Core};

/// NumPy's `DOUBLE_dot`: BLAS when both byte strides are positive multiples of the item size
/// (in chunks of at most 2^30 elements, summed in a double), else a plain loop.
///
/// # Safety
/// `x` and `y` must address `n` elements at the given byte strides.
pub unsafe fn numpy_dot_f64(n: usize, x: *const u8, sx: isize, y: *const u8, sy: isize) -> f64 {
    let (bx, by) = (blas_stride(sx, 8), blas_stride(sy, 8));
    if bx == 0 || by == 0 {
        let mut sum = 0.0f64;
        for i in 0..n as isize {
            sum += *(x.offset(i * sx) as *const f64) * *(y.offset(i * sy) as *const f64);
        }
        return sum;
    }
    let mut sum = 0.0f64;
    let (mut x, mut y, mut left) = (x, y, n);
    while left > 0 {
        let chunk = left.min(CBLAS_CHUNK);
        sum += ddot(chunk, x as *const f64, bx, y as *const f64, by);
        x = x.offset(chunk as isize * sx);
        y = y.offset(chunk as isize * sy);
        left -= chunk;
    }
    sum
}

/// NumPy's `FLOAT_dot`: `cblas_sdot` chunks summed in a double, else a float loop.
///
/// # Safety
/// As [`numpy_dot_f64`].
pub unsafe fn numpy_dot_f32(n: usize, x: *const u8, sx: isize, y: *const u8, sy: isize) -> f32 {
    let (bx, by) = (blas_stride(sx, 4), blas_stride(sy, 4));
    if bx == 0 || by == 0 {
        let mut sum = 0.0f32;
        for i in 0..n as isize {
            sum += *(x.offset(i * sx) as *const f32) * *(y.offset(i * sy) as *const f32);
        }
        return sum;
    }
    let mut sum = 0.0f64;
    let (mut x, mut y, mut left) = (x, y, n);
    while left > 0 {
        let chunk = left.min(CBLAS_CHUNK);
        sum += sdot(chunk, x as *const f32, bx, y as *const f32, by) as f64;
        x = x.offset(chunk as isize * sx);
        y = y.offset(chunk as isize * sy);
        left -= chunk;
    }
    sum as f32
}

/// NumPy's `NPY_CBLAS_CHUNK`: `(INT_MAX / 2 + 1)`, the most one BLAS call takes.
const CBLAS_CHUNK: usize = 1 << 30;

/// NumPy's `blas_stride`: the stride in elements, or 0 where BLAS cannot take it.
fn blas_stride(bytes: isize, itemsize: isize) -> isize {
    if bytes > 0 && bytes % itemsize == 0 && bytes / itemsize <= i32::MAX as isize {
        bytes / itemsize
    } else {
        0
    }
}

/// Splits `n` as OpenBLAS's `blas_level1_thread_with_return_value` does for dot products
/// longer than 10,000 (one chunk per thread, sizes rounded up, in order).
fn thread_chunks(n: usize, incx: isize, incy: isize) -> Vec<usize> {
    let threads = if incx == 0 || incy == 0 || n <= 10_000 {
        1
    } else {
        openblas_threads()
    };
    let mut chunks = Vec::with_capacity(threads);
    let mut left = n;
    while left > 0 {
        let width = left.div_ceil(threads - chunks.len()).min(left);
        chunks.push(width);
        left -= width;
    }
    chunks
}

/// `cblas_ddot` with element strides.
///
/// # Safety
/// `x` and `y` must address `n` elements at the given element strides.
pub unsafe fn ddot(n: usize, x: *const f64, incx: isize, y: *const f64, incy: isize) -> f64 {
    let mut dot = 0.0;
    let (mut x, mut y) = (x, y);
    for w in thread_chunks(n, incx, incy) {
        dot += ddot_compute(w, x, incx, y, incy);
        x = x.offset(w as isize * incx);
        y = y.offset(w as isize * incy);
    }
    dot
}

/// `cblas_sdot` with element strides.
///
/// # Safety
/// As [`ddot`].
pub unsafe fn sdot(n: usize, x: *const f32, incx: isize, y: *const f32, incy: isize) -> f32 {
    // sdot runs on one thread for any length.
    sdot_compute(n, x, incx, y, incy)
}

/// One thread's share of `ddot` (`dot_compute`).
unsafe fn ddot_compute(n: usize, x: *const f64, incx: isize, y: *const f64, incy: isize) -> f64 {
    let fused = core() == Core::SkylakeX;
    let mul_add = |a: f64, b: f64, c: f64| if fused { a.mul_add(b, c) } else { a * b + c };
    if incx == 1 && incy == 1 {
        let n1 = n & !15;
        let mut dot = if n1 > 0 { ddot_kernel(n1, x, y) } else { 0.0 };
        for i in n1..n {
            dot = mul_add(*y.add(i), *x.add(i), dot);
        }
        return dot;
    }
    let (mut t1, mut t2) = (0.0f64, 0.0f64);
    let n1 = n & !3;
    let (mut ix, mut iy) = (0isize, 0isize);
    let mut i = 0;
    while i < n1 {
        let at = |k: isize| (*y.offset(iy + k * incy), *x.offset(ix + k * incx));
        let ((y0, x0), (y1, x1), (y2, x2), (y3, x3)) = (at(0), at(1), at(2), at(3));
        // `temp1 += m1 + m3`: GCC fuses the first product into the pair's sum when it may.
        t1 += mul_add(y0, x0, y2 * x2);
        t2 += mul_add(y1, x1, y3 * x3);
        ix += 4 * incx;
        iy += 4 * incy;
        i += 4;
    }
    while i < n {
        t1 = mul_add(*y.offset(iy), *x.offset(ix), t1);
        ix += incx;
        iy += incy;
        i += 1;
    }
    t1 + t2
}

/// One call of `sdot`'s body: the float micro-kernel's result joins a double tail sum.
unsafe fn sdot_compute(n: usize, x: *const f32, incx: isize, y: *const f32, incy: isize) -> f32 {
    let mut dot = 0.0f64;
    if incx == 1 && incy == 1 {
        let n1 = n & !31;
        let mydot = if n1 > 0 { sdot_kernel(n1, x, y) } else { 0.0 };
        for i in n1..n {
            // A float product widened, then added in double (no fusing across the types).
            dot += (*y.add(i) * *x.add(i)) as f64;
        }
        dot += mydot as f64;
        return dot as f32;
    }
    let fused = core() == Core::SkylakeX;
    let n1 = n & !1;
    let (mut ix, mut iy) = (0isize, 0isize);
    let mut i = 0;
    while i < n1 {
        let (y0, x0) = (*y.offset(iy), *x.offset(ix));
        let (y1, x1) = (*y.offset(iy + incy), *x.offset(ix + incx));
        let pair = if fused {
            y0.mul_add(x0, y1 * x1)
        } else {
            y0 * x0 + y1 * x1
        };
        dot += pair as f64;
        ix += 2 * incx;
        iy += 2 * incy;
        i += 2;
    }
    while i < n {
        dot += (*y.offset(iy) * *x.offset(ix)) as f64;
        ix += incx;
        iy += incy;
        i += 1;
    }
    dot as f32
}

/// The micro-kernel over `n` (a multiple of 16) contiguous doubles.
unsafe fn ddot_kernel(n: usize, x: *const f64, y: *const f64) -> f64 {
    #[cfg(target_arch = "x86_64")]
    match core() {
        Core::SkylakeX => return x86::ddot_skylakex(n, x, y),
        Core::Haswell => return x86::ddot_haswell(n, x, y),
        Core::Generic => {}
    }
    generic_kernel(n, 8, |i| *y.add(i) * *x.add(i))
}

/// The micro-kernel over `n` (a multiple of 32) contiguous floats.
unsafe fn sdot_kernel(n: usize, x: *const f32, y: *const f32) -> f32 {
    #[cfg(target_arch = "x86_64")]
    match core() {
        Core::SkylakeX => return x86::sdot_skylakex(n, x, y),
        Core::Haswell => return x86::sdot_haswell(n, x, y),
        Core::Generic => {}
    }
    let mut dot = 0.0f32;
    for b in (0..n).step_by(8) {
        let mut s = *y.add(b) * *x.add(b);
        for i in b + 1..b + 8 {
            s += *y.add(i) * *x.add(i);
        }
        dot += s;
    }
    dot
}

/// OpenBLAS's C kernel: `dot += y[i]*x[i] + … + y[i+7]*x[i+7]`, summed left to right.
fn generic_kernel(n: usize, width: usize, product: impl Fn(usize) -> f64) -> f64 {
    let mut dot = 0.0;
    for b in (0..n).step_by(width) {
        let mut s = product(b);
        for i in b + 1..b + width {
            s += product(i);
        }
        dot += s;
    }
    dot
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    /// `ddot_microk_haswell-2.c`: four 4-lane FMA accumulators; each folded to 2 lanes, then
    /// (0+1) + (2+3), then the two lanes.
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn ddot_haswell(n: usize, x: *const f64, y: *const f64) -> f64 {
        let mut acc = [_mm256_setzero_pd(); 4];
        let mut i = 0;
        while i < n {
            for (j, a) in acc.iter_mut().enumerate() {
                let k = i + 4 * j;
                *a = _mm256_fmadd_pd(_mm256_loadu_pd(x.add(k)), _mm256_loadu_pd(y.add(k)), *a);
            }
            i += 16;
        }
        let h = acc.map(|a| _mm_add_pd(_mm256_castpd256_pd128(a), _mm256_extractf128_pd::<1>(a)));
        let s = _mm_add_pd(_mm_add_pd(h[0], h[1]), _mm_add_pd(h[2], h[3]));
        _mm_cvtsd_f64(_mm_hadd_pd(s, s))
    }

    /// `sdot_microk_haswell-2.c`: as the double kernel with 8 lanes, two horizontal adds.
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn sdot_haswell(n: usize, x: *const f32, y: *const f32) -> f32 {
        let mut acc = [_mm256_setzero_ps(); 4];
        let mut i = 0;
        while i < n {
            for (j, a) in acc.iter_mut().enumerate() {
                let k = i + 8 * j;
                *a = _mm256_fmadd_ps(_mm256_loadu_ps(x.add(k)), _mm256_loadu_ps(y.add(k)), *a);
            }
            i += 32;
        }
        let h = acc.map(|a| _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps::<1>(a)));
        let s = _mm_add_ps(_mm_add_ps(h[0], h[1]), _mm_add_ps(h[2], h[3]));
        let s = _mm_hadd_ps(s, s);
        _mm_cvtss_f32(_mm_hadd_ps(s, s))
    }

    /// `ddot_microk_skylakex-2.c`: four 8-lane FMA accumulators over multiples of 32, each
    /// folded to 4 lanes, at most one 16-element step with 4-lane accumulators, then
    /// `((a0 + a1) + a2) + a3`, halves, and the two lanes.
    #[target_feature(enable = "avx512f,avx2,fma")]
    pub unsafe fn ddot_skylakex(n: usize, x: *const f64, y: *const f64) -> f64 {
        let n32 = n & !31;
        let mut wide = [_mm512_setzero_pd(); 4];
        let mut i = 0;
        while i < n32 {
            for (j, a) in wide.iter_mut().enumerate() {
                let k = i + 8 * j;
                *a = _mm512_fmadd_pd(_mm512_loadu_pd(x.add(k)), _mm512_loadu_pd(y.add(k)), *a);
            }
            i += 32;
        }
        let mut acc = wide.map(|a| {
            _mm256_add_pd(
                _mm512_extractf64x4_pd::<0>(a),
                _mm512_extractf64x4_pd::<1>(a),
            )
        });
        while i < n {
            for (j, a) in acc.iter_mut().enumerate() {
                let k = i + 4 * j;
                *a = _mm256_fmadd_pd(_mm256_loadu_pd(x.add(k)), _mm256_loadu_pd(y.add(k)), *a);
            }
            i += 16;
        }
        let a = _mm256_add_pd(_mm256_add_pd(_mm256_add_pd(acc[0], acc[1]), acc[2]), acc[3]);
        let h = _mm_add_pd(_mm256_castpd256_pd128(a), _mm256_extractf128_pd::<1>(a));
        _mm_cvtsd_f64(_mm_hadd_pd(h, h))
    }

    /// `sdot_microk_skylakex-2.c`: as the double kernel with 16 and 8 lanes over multiples of
    /// 64 and 32.
    #[target_feature(enable = "avx512f,avx512dq,avx2,fma")]
    pub unsafe fn sdot_skylakex(n: usize, x: *const f32, y: *const f32) -> f32 {
        let n64 = n & !63;
        let mut wide = [_mm512_setzero_ps(); 4];
        let mut i = 0;
        while i < n64 {
            for (j, a) in wide.iter_mut().enumerate() {
                let k = i + 16 * j;
                *a = _mm512_fmadd_ps(_mm512_loadu_ps(x.add(k)), _mm512_loadu_ps(y.add(k)), *a);
            }
            i += 64;
        }
        let mut acc = wide.map(|a| {
            _mm256_add_ps(
                _mm512_extractf32x8_ps::<0>(a),
                _mm512_extractf32x8_ps::<1>(a),
            )
        });
        while i < n {
            for (j, a) in acc.iter_mut().enumerate() {
                let k = i + 8 * j;
                *a = _mm256_fmadd_ps(_mm256_loadu_ps(x.add(k)), _mm256_loadu_ps(y.add(k)), *a);
            }
            i += 32;
        }
        let a = _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(acc[0], acc[1]), acc[2]), acc[3]);
        let h = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps::<1>(a));
        let h = _mm_hadd_ps(h, h);
        _mm_cvtss_f32(_mm_hadd_ps(h, h))
    }
}
