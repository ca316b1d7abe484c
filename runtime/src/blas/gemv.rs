//! `cblas_dgemv` with `alpha = 1`, `beta = 0` (what NumPy passes) in OpenBLAS's summation order.
//!
//! OpenBLAS's interface (`interface/gemv.c`) turns every call into a column-major `m × n`
//! matrix `a` with leading dimension `lda` and one of two kernels: `N` (`y = a·x`, `y` of length
//! `m`) and `T` (`y = aᵀ·x`, `y` of length `n`). Each output element's last bits depend on the
//! kernel's order, which is fixed per CPU family (`super::core`):
//!
//! - `N` (`kernel/x86_64/dgemv_n_4.c`; micro-kernels `dgemv_n_microk_haswell-4.c`,
//!   `dgemv_n_microk_skylakex-4.c`): the rows in whole groups of four (`m & -4` of them) add the
//!   columns in blocks of four, `y += (a0·x0 ⊕ a2·x2) + (a1·x1 ⊕ a3·x3)` on HASWELL/ZEN (⊕ a
//!   fused multiply-add), then a pair `y += a0·x0 + a1·x1`, then a single column `y += a·x`
//!   (with a strided `x`, every leftover column alone). The last `m & 3` rows sum their own
//!   scalar `temp` over all columns (pairs or fours when `lda` equals the row count and `x` is
//!   contiguous) and add it at the end.
//! - `T` (`kernel/x86_64/dgemv_t_4.c`, `dgemv_t_microk_haswell-4.c`): the rows in blocks of at
//!   most 2,048 (together `m & -4` of them); in each block, columns in groups of four take a
//!   4-lane FMA accumulator each (lanes: rows mod 4, reduced `(l0+l2)+(l1+l3)`), a leftover
//!   pair two plain 2-lane sums, a leftover single column a plain 4-lane sum; each block's
//!   partial is added to `y`. The last `m & 3` rows add `a·x` of those rows to each `y`.
//!
//! The C parts (tails, `temp` sums) are compiled for HASWELL/ZEN with `-mavx2` only, so they
//! multiply and add separately; the SKYLAKEX build compiles them for `skylake-avx512`, where GCC
//! contracts `t += a*b` into an FMA (and `t += a*b + c*d` into `t + fma(a, b, c*d)`).
//!
//! Products of `m·n >= 460,800` run on OpenBLAS's threads (`driver/level2/gemv_thread.c`): the
//! outputs are cut into one range per thread (widths rounded up, at least 4), each range a
//! kernel call of its own (so its own `& 3` tails); an `N` product with too few rows for all
//! threads cuts the columns instead and adds the threads' partial `y`s in order. arrc runs the
//! same ranges on scoped threads, so the split is also its speed-up.
//!
//! `sgemv` (float32, [`sgemv`]) has kernels of its own (`sgemv_n_4.c`, `sgemv_t_4.c` and their
//! HASWELL micro-kernels: 8-column blocks, 8-lane accumulators, 4,096-row blocks); only its
//! HASWELL/ZEN order is here (SKYLAKEX runs other float32 kernels).
//!
//! Checked bit for bit against NumPy 2.4.6's OpenBLAS 0.3.31 on AMD Zen (HASWELL kernels):
//! thousands of random float64 and float32 products (m, n from 1 to 300 and some beyond the
//! threading threshold; C- and F-ordered, row- and column-sliced, reversed operands; strided
//! and reversed vectors; `@`, `np.dot`, batches). The SKYLAKEX float64 order follows the
//! sources and was not measured. There is no order here for the generic kernels: callers check
//! [`supported`] / [`supported_f32`] first.

use super::{core, openblas_threads, Core};

/// Whether this CPU's OpenBLAS kernel order is implemented here.
pub fn supported() -> bool {
    matches!(core(), Core::Haswell | Core::SkylakeX)
}

/// OpenBLAS's `GEMM_MULTITHREAD_THRESHOLD` (4) times 115,200: the smallest `m·n` that runs on
/// more than one thread.
const THREAD_MIN: usize = 115_200 * 4;
/// `gemv_thread.c`'s `Y_DUMMY_NUM`: the column split needs `m · threads` to fit.
const Y_DUMMY: usize = 1024;
/// `dgemv_t_4.c`'s `NBMAX`: rows per block of the `T` kernel.
const NB_T: usize = 2048;

#[derive(Clone, Copy)]
struct Ptr<T>(T);
// SAFETY: the ranges handed to threads write disjoint outputs and only read shared operands.
unsafe impl<T> Send for Ptr<T> {}
unsafe impl<T> Sync for Ptr<T> {}
impl<T: Copy> Ptr<T> {
    /// The pointer (a method, so that closures capture the `Send` wrapper, not the field).
    fn get(self) -> T {
        self.0
    }
}

/// `y = a·x` (`trans == false`, `y` of length `m`) or `y = aᵀ·x` (`y` of length `n`) for the
/// column-major `m × n` matrix at `a` with leading dimension `lda >= m`; `x` has element
/// stride `incx > 0`; `y` is contiguous and overwritten.
///
/// # Safety
/// The operands must address the elements described; `y` must not overlap them.
#[allow(clippy::too_many_arguments)]
pub unsafe fn dgemv(
    trans: bool,
    m: usize,
    n: usize,
    a: *const f64,
    lda: usize,
    x: *const f64,
    incx: usize,
    y: *mut f64,
) {
    let fused = core() == Core::SkylakeX;
    let kernel = move |trans, m, n, a, lda, x, incx, y| {
        if trans {
            dgemv_t(m, n, a, lda, x, incx, y)
        } else {
            dgemv_n(fused, m, n, a, lda, x, incx, y)
        }
    };
    drive(trans, m, n, a, lda, x, incx, y, kernel);
}

/// `cblas_sgemv` as [`dgemv`]: HASWELL/ZEN kernels only (check [`supported_f32`]).
///
/// # Safety
/// As [`dgemv`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn sgemv(
    trans: bool,
    m: usize,
    n: usize,
    a: *const f32,
    lda: usize,
    x: *const f32,
    incx: usize,
    y: *mut f32,
) {
    #[cfg(target_arch = "x86_64")]
    let kernel = |trans, m, n, a, lda, x, incx, y| {
        if trans {
            x86::sgemv_t(m, n, a, lda, x, incx, y)
        } else {
            x86::sgemv_n(m, n, a, lda, x, incx, y)
        }
    };
    #[cfg(not(target_arch = "x86_64"))]
    let kernel = |_, _, _, _, _, _, _, _| unreachable!("sgemv: no float32 order off x86");
    drive(trans, m, n, a, lda, x, incx, y, kernel);
}

/// Whether this CPU's `sgemv` order is implemented here (HASWELL/ZEN; SKYLAKEX has float32
/// kernels of its own).
pub fn supported_f32() -> bool {
    cfg!(target_arch = "x86_64") && core() == Core::Haswell
}

/// `interface/gemv.c` and `gemv_thread.c` around one kernel: zero `y`, then one call, or one
/// call per thread's range.
#[allow(clippy::too_many_arguments)]
unsafe fn drive<T, K>(
    trans: bool,
    m: usize,
    n: usize,
    a: *const T,
    lda: usize,
    x: *const T,
    incx: usize,
    y: *mut T,
    kernel: K,
) where
    T: Copy + Default + std::ops::AddAssign + Send + Sync,
    K: Fn(bool, usize, usize, *const T, usize, *const T, usize, *mut T) + Copy + Send,
{
    let len = if trans { n } else { m };
    for j in 0..len {
        y.add(j).write(T::default());
    }
    if m == 0 || n == 0 {
        return;
    }
    let threads = if m * n < THREAD_MIN {
        1
    } else {
        openblas_threads()
    };
    if threads == 1 {
        kernel(trans, m, n, a, lda, x, incx, y);
        return;
    }
    let ranges = split(len, threads);
    let (pa, px, py) = (Ptr(a), Ptr(x), Ptr(y));
    if !trans && ranges.len() < threads && m * threads <= Y_DUMMY {
        // Too few rows: each thread takes a range of columns into its own partial `y`.
        let cols = split(n, threads);
        let mut parts = vec![vec![T::default(); m]; cols.len()];
        let work: Vec<_> = cols
            .iter()
            .zip(parts.iter_mut())
            .map(|(&(from, to), part)| {
                let part = Ptr(part.as_mut_ptr());
                move || {
                    let (a, x) = (pa.get().add(from * lda), px.get().add(from * incx));
                    kernel(false, m, to - from, a, lda, x, incx, part.get());
                }
            })
            .collect();
        run_parallel(work);
        for part in &parts {
            for (j, &v) in part.iter().enumerate() {
                *y.add(j) += v;
            }
        }
        return;
    }
    let work: Vec<_> = ranges
        .iter()
        .map(|&(from, to)| {
            move || {
                if trans {
                    let a = pa.get().add(from * lda);
                    kernel(
                        true,
                        m,
                        to - from,
                        a,
                        lda,
                        px.get(),
                        incx,
                        py.get().add(from),
                    );
                } else {
                    let a = pa.get().add(from);
                    kernel(
                        false,
                        to - from,
                        n,
                        a,
                        lda,
                        px.get(),
                        incx,
                        py.get().add(from),
                    );
                }
            }
        })
        .collect();
    run_parallel(work);
}

/// Runs each piece of work once, the first on this thread and the others on scoped threads
/// (started per call: products this large take far longer than a thread start).
fn run_parallel<F: FnOnce() + Send>(work: Vec<F>) {
    let mut work = work.into_iter();
    let Some(first) = work.next() else {
        return;
    };
    std::thread::scope(|s| {
        for w in work {
            s.spawn(w);
        }
        first();
    });
}

/// `gemv_thread.c`'s ranges: `len` cut into at most `threads` pieces, each the remainder
/// divided by the threads left (rounded up), at least 4.
fn split(len: usize, threads: usize) -> Vec<(usize, usize)> {
    let mut ranges = Vec::with_capacity(threads);
    let mut from = 0;
    while from < len {
        let left = len - from;
        let width = left
            .div_ceil(threads - ranges.len().min(threads - 1))
            .max(4)
            .min(left);
        ranges.push((from, from + width));
        from += width;
    }
    ranges
}

/// Whether the `T` kernel's last-rows tail (`y += a0*x0 + a1*x1 + a2*x2`) is contracted into
/// FMAs, `y + fma(a2, x2, fma(a0, x0, a1*x1))`. The sources suggest the HASWELL build has no
/// FMA in its C code (and the `N` tail indeed has none), but NumPy's OpenBLAS 0.3.31 rounds
/// this tail fused on Zen: measured, 0 of 30,000 random rows differ from the fused order,
/// about 70% from the plain one. SKYLAKEX contracts it too.
const C_FMA: bool = true;

/// `a*b + c`, fused where the build contracts it.
#[inline(always)]
fn madd(fused: bool, a: f64, b: f64, c: f64) -> f64 {
    if fused {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// `dgemv_n_4.c`'s `CNAME`: `y += a·x`.
#[allow(clippy::too_many_arguments)]
unsafe fn dgemv_n(
    fused: bool,
    m: usize,
    n: usize,
    a: *const f64,
    lda: usize,
    x: *const f64,
    incx: usize,
    y: *mut f64,
) {
    let at = |i: usize, j: usize| *a.add(i + j * lda);
    let xv = |j: usize| *x.add(j * incx);
    let m3 = m & 3;
    let rows = m - m3;
    if rows > 0 {
        let blocks = n >> 2;
        #[cfg(target_arch = "x86_64")]
        let simd = is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma");
        #[cfg(not(target_arch = "x86_64"))]
        let simd = false;
        if simd {
            #[cfg(target_arch = "x86_64")]
            x86::dgemv_n_blocks(fused, rows, blocks, a, lda, x, incx, y);
        } else {
            for b in 0..blocks {
                let j = 4 * b;
                let xs = [xv(j), xv(j + 1), xv(j + 2), xv(j + 3)];
                for i in 0..rows {
                    let p = |c: usize| at(i, j + c) * xs[c];
                    let s = if fused {
                        at(i, j + 3).mul_add(
                            xs[3],
                            at(i, j + 2).mul_add(xs[2], at(i, j).mul_add(xs[0], p(1))),
                        )
                    } else {
                        at(i, j + 2).mul_add(xs[2], p(0)) + at(i, j + 3).mul_add(xs[3], p(1))
                    };
                    *y.add(i) += s;
                }
            }
        }
        let mut j = 4 * blocks;
        if incx == 1 && n & 2 != 0 {
            let (x0, x1) = (xv(j), xv(j + 1));
            for i in 0..rows {
                *y.add(i) += madd(fused, at(i, j), x0, at(i, j + 1) * x1);
            }
            j += 2;
        }
        while j < n {
            // `dgemv_kernel_4x1`: SSE multiplies and adds.
            let x0 = xv(j);
            for i in 0..rows {
                *y.add(i) += at(i, j) * x0;
            }
            j += 1;
        }
    }
    // The last `m & 3` rows: one scalar sum each.
    let contiguous = lda == m3 && incx == 1;
    for i in rows..m {
        let mut t = 0.0f64;
        let mut j = 0;
        if contiguous {
            let p = |j: usize| at(i, j) * xv(j);
            while j < n & !3 {
                if m3 == 1 {
                    t += if fused {
                        at(i, j + 3).mul_add(
                            xv(j + 3),
                            at(i, j + 2).mul_add(xv(j + 2), at(i, j).mul_add(xv(j), p(j + 1))),
                        )
                    } else {
                        p(j) + p(j + 1) + p(j + 2) + p(j + 3)
                    };
                } else {
                    t += madd(fused, at(i, j), xv(j), p(j + 1));
                    t += madd(fused, at(i, j + 2), xv(j + 2), p(j + 3));
                }
                j += 4;
            }
        }
        while j < n {
            t = madd(fused, at(i, j), xv(j), t);
            j += 1;
        }
        *y.add(i) += t;
    }
}

/// `dgemv_t_4.c`'s `CNAME`: `y += aᵀ·x`.
#[allow(clippy::too_many_arguments)]
unsafe fn dgemv_t(
    m: usize,
    n: usize,
    a: *const f64,
    lda: usize,
    x: *const f64,
    incx: usize,
    y: *mut f64,
) {
    let m3 = m & 3;
    let rows = m - m3;
    let mut xbuf = Vec::new();
    let mut r0 = 0;
    while r0 < rows {
        let nb = (rows - r0).min(NB_T);
        let xb = if incx == 1 {
            x.add(r0)
        } else {
            xbuf.clear();
            xbuf.extend((0..nb).map(|i| *x.add((r0 + i) * incx)));
            xbuf.as_ptr()
        };
        let ab = a.add(r0);
        let quads = n & !3;
        #[cfg(target_arch = "x86_64")]
        x86::dgemv_t_quads(nb, quads, ab, lda, xb, y);
        #[cfg(not(target_arch = "x86_64"))]
        for j in 0..quads {
            let col = ab.add(j * lda);
            let mut l = [0.0f64; 4];
            for i in 0..nb {
                l[i & 3] = (*col.add(i)).mul_add(*xb.add(i), l[i & 3]);
            }
            *y.add(j) += (l[0] + l[2]) + (l[1] + l[3]);
        }
        let mut j = quads;
        if n & 2 != 0 {
            // `dgemv_kernel_4x2`: per column two lanes (even and odd rows), SSE mul and add.
            for c in j..j + 2 {
                let col = ab.add(c * lda);
                let mut l = [0.0f64; 2];
                for i in 0..nb {
                    l[i & 1] += *col.add(i) * *xb.add(i);
                }
                *y.add(c) += l[0] + l[1];
            }
            j += 2;
        }
        if n & 1 != 0 {
            // `dgemv_kernel_4x1`: four lanes (rows mod 4), SSE mul and add.
            let col = ab.add(j * lda);
            let mut l = [0.0f64; 4];
            for i in 0..nb {
                l[i & 3] += *col.add(i) * *xb.add(i);
            }
            *y.add(j) += (l[0] + l[2]) + (l[1] + l[3]);
        }
        r0 += nb;
    }
    if m3 == 0 {
        return;
    }
    let xs: Vec<f64> = (rows..m).map(|i| *x.add(i * incx)).collect();
    for j in 0..n {
        let col = a.add(rows + j * lda);
        let p = |k: usize| *col.add(k) * xs[k];
        let s = match m3 {
            1 => {
                *y.add(j) = madd(C_FMA, *col, xs[0], *y.add(j));
                continue;
            }
            2 => madd(C_FMA, *col, xs[0], p(1)),
            _ => {
                if C_FMA {
                    (*col.add(2)).mul_add(xs[2], (*col).mul_add(xs[0], p(1)))
                } else {
                    p(0) + p(1) + p(2)
                }
            }
        };
        *y.add(j) += s;
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    /// The 4x4 kernel over `rows` (a multiple of 4) rows and `blocks` blocks of four columns:
    /// `dgemv_n_microk_haswell-4.c`'s `y += fma(a2, x2, a0·x0) + fma(a3, x3, a1·x1)`, or
    /// (`skylakex`) `dgemv_n_microk_skylakex-4.c`'s `a0·x0 + a1·x1 + a2·x2 + a3·x3` as GCC
    /// contracts it, `y += fma(a3, x3, fma(a2, x2, fma(a0, x0, a1·x1)))` (the same in each
    /// lane of its 512-bit loop).
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn dgemv_n_blocks(
        skylakex: bool,
        rows: usize,
        blocks: usize,
        a: *const f64,
        lda: usize,
        x: *const f64,
        incx: usize,
        y: *mut f64,
    ) {
        // Rows in chunks that stay in L1 while the column blocks pass over them.
        const CHUNK: usize = 512;
        let mut r0 = 0;
        while r0 < rows {
            let nr = (rows - r0).min(CHUNK);
            for b in 0..blocks {
                let j = 4 * b;
                let xv = |c: usize| *x.add((j + c) * incx);
                let xs = [
                    _mm256_set1_pd(xv(0)),
                    _mm256_set1_pd(xv(1)),
                    _mm256_set1_pd(xv(2)),
                    _mm256_set1_pd(xv(3)),
                ];
                let cols = [0, 1, 2, 3].map(|c| a.add(r0 + (j + c) * lda));
                let yb = y.add(r0);
                let mut i = 0;
                while i < nr {
                    let s = if skylakex {
                        let s = _mm256_fmadd_pd(
                            _mm256_loadu_pd(cols[0].add(i)),
                            xs[0],
                            _mm256_mul_pd(_mm256_loadu_pd(cols[1].add(i)), xs[1]),
                        );
                        let s = _mm256_fmadd_pd(_mm256_loadu_pd(cols[2].add(i)), xs[2], s);
                        _mm256_fmadd_pd(_mm256_loadu_pd(cols[3].add(i)), xs[3], s)
                    } else {
                        let t4 = _mm256_mul_pd(_mm256_loadu_pd(cols[0].add(i)), xs[0]);
                        let t5 = _mm256_mul_pd(_mm256_loadu_pd(cols[1].add(i)), xs[1]);
                        let t4 = _mm256_fmadd_pd(_mm256_loadu_pd(cols[2].add(i)), xs[2], t4);
                        let t5 = _mm256_fmadd_pd(_mm256_loadu_pd(cols[3].add(i)), xs[3], t5);
                        _mm256_add_pd(t4, t5)
                    };
                    _mm256_storeu_pd(yb.add(i), _mm256_add_pd(_mm256_loadu_pd(yb.add(i)), s));
                    i += 4;
                }
            }
            r0 += nr;
        }
    }

    /// `dgemv_t_microk_haswell-4.c` for `quads` columns (a multiple of 4), `nb` rows (a
    /// multiple of 4): a 4-lane FMA accumulator per column, reduced `(l0+l2)+(l1+l3)`, added
    /// to `y`.
    pub unsafe fn dgemv_t_quads(
        nb: usize,
        quads: usize,
        a: *const f64,
        lda: usize,
        x: *const f64,
        y: *mut f64,
    ) {
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            dgemv_t_quads_fma(nb, quads, a, lda, x, y);
            return;
        }
        for j in 0..quads {
            let col = a.add(j * lda);
            let mut l = [0.0f64; 4];
            for i in 0..nb {
                l[i & 3] = (*col.add(i)).mul_add(*x.add(i), l[i & 3]);
            }
            *y.add(j) += (l[0] + l[2]) + (l[1] + l[3]);
        }
    }

    #[target_feature(enable = "avx2,fma")]
    unsafe fn dgemv_t_quads_fma(
        nb: usize,
        quads: usize,
        a: *const f64,
        lda: usize,
        x: *const f64,
        y: *mut f64,
    ) {
        let mut j = 0;
        while j < quads {
            let cols = [0, 1, 2, 3].map(|c| a.add((j + c) * lda));
            let mut acc = [_mm256_setzero_pd(); 4];
            let mut i = 0;
            while i < nb {
                let xv = _mm256_loadu_pd(x.add(i));
                for c in 0..4 {
                    acc[c] = _mm256_fmadd_pd(_mm256_loadu_pd(cols[c].add(i)), xv, acc[c]);
                }
                i += 4;
            }
            for c in 0..4 {
                let h = _mm_add_pd(
                    _mm256_castpd256_pd128(acc[c]),
                    _mm256_extractf128_pd::<1>(acc[c]),
                );
                let s = _mm_cvtsd_f64(_mm_hadd_pd(h, h));
                *y.add(j + c) += s;
            }
            j += 4;
        }
    }

    /// `sgemv_n_4.c` with `sgemv_n_microk_haswell-4.c` (NBMAX 4096): row blocks of 4,096 (the
    /// last one `rows % 4096`), whose first `NB & 12` rows the 4x8/4x4 kernels sum in two FMA
    /// chains (even and odd columns) and the rest in one; then SSE pairs and singles; the last
    /// `m & 3` rows a plain scalar sum.
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn sgemv_n(
        m: usize,
        n: usize,
        a: *const f32,
        lda: usize,
        x: *const f32,
        incx: usize,
        y: *mut f32,
    ) {
        let at = |i: usize, j: usize| *a.add(i + j * lda);
        let xv = |j: usize| *x.add(j * incx);
        let m3 = m & 3;
        let rows = m - m3;
        let mut r0 = 0;
        while r0 < rows {
            let nb = (rows - r0).min(4096);
            let pre = nb & 12;
            // One column block of width `w` (8 or 4) for every row of this block.
            // (A function, not a closure: closures do not inherit `target_feature`.)
            let block = |j: usize, w: usize| sgemv_n_block((r0, nb, pre), j, w, a, lda, x, incx, y);
            let mut j = 0;
            if incx == 1 {
                while j + 8 <= n {
                    block(j, 8);
                    j += 8;
                }
                if n & 4 != 0 {
                    block(j, 4);
                    j += 4;
                }
                if n & 2 != 0 {
                    for i in r0..r0 + nb {
                        *y.add(i) = (*y.add(i) + at(i, j) * xv(j)) + at(i, j + 1) * xv(j + 1);
                    }
                    j += 2;
                }
            } else {
                while j + 4 <= n {
                    block(j, 4);
                    j += 4;
                }
            }
            while j < n {
                for i in r0..r0 + nb {
                    *y.add(i) += at(i, j) * xv(j);
                }
                j += 1;
            }
            r0 += nb;
        }
        let contiguous = lda == m3 && incx == 1;
        for i in rows..m {
            let mut t = 0.0f32;
            let mut j = 0;
            if contiguous {
                let p = |j: usize| at(i, j) * xv(j);
                while j < n & !3 {
                    if m3 == 1 {
                        t += p(j) + p(j + 1) + p(j + 2) + p(j + 3);
                    } else {
                        t += p(j) + p(j + 1);
                        t += p(j + 2) + p(j + 3);
                    }
                    j += 4;
                }
            }
            while j < n {
                t += at(i, j) * xv(j);
                j += 1;
            }
            *y.add(i) += t;
        }
    }

    /// One block of `w` (8 or 4) columns from `j` for the rows `r0..r0 + nb` of `sgemv_n`:
    /// the first `pre` rows in two chains (even and odd columns), the rest in one.
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn sgemv_n_block(
        (r0, nb, pre): (usize, usize, usize),
        j: usize,
        w: usize,
        a: *const f32,
        lda: usize,
        x: *const f32,
        incx: usize,
        y: *mut f32,
    ) {
        let xv = |k: usize| *x.add((j + k) * incx);
        let at = |i: usize, k: usize| *a.add(i + (j + k) * lda);
        let mut xs = [_mm256_setzero_ps(); 8];
        for (k, v) in xs.iter_mut().enumerate().take(w) {
            *v = _mm256_set1_ps(xv(k));
        }
        let cols: [*const f32; 8] = std::array::from_fn(|k| a.add((j + k.min(w - 1)) * lda));
        // Sixteen rows per step (`nb - pre` is a multiple of 16), as the micro-kernel reads
        // them: two independent 8-lane chains, a whole cache line of each column.
        let mut i = r0 + pre;
        while i < r0 + nb {
            let mut c0 = _mm256_mul_ps(_mm256_loadu_ps(cols[0].add(i)), xs[0]);
            let mut c1 = _mm256_mul_ps(_mm256_loadu_ps(cols[0].add(i + 8)), xs[0]);
            for k in 1..w {
                c0 = _mm256_fmadd_ps(_mm256_loadu_ps(cols[k].add(i)), xs[k], c0);
                c1 = _mm256_fmadd_ps(_mm256_loadu_ps(cols[k].add(i + 8)), xs[k], c1);
            }
            _mm256_storeu_ps(y.add(i), _mm256_add_ps(_mm256_loadu_ps(y.add(i)), c0));
            _mm256_storeu_ps(
                y.add(i + 8),
                _mm256_add_ps(_mm256_loadu_ps(y.add(i + 8)), c1),
            );
            i += 16;
        }
        for i in r0..r0 + pre {
            let (mut c4, mut c5) = (at(i, 0) * xv(0), at(i, 1) * xv(1));
            for c in (2..w).step_by(2) {
                c4 = at(i, c).mul_add(xv(c), c4);
                c5 = at(i, c + 1).mul_add(xv(c + 1), c5);
            }
            *y.add(i) += c4 + c5;
        }
    }

    /// `sgemv_t_4.c` with `sgemv_t_microk_haswell-4.c` (NBMAX 4096): per row block, columns in
    /// fours take 8 FMA lanes each (the block's first `NB & 4` rows in lanes 0-3, then rows
    /// mod 8), reduced `((l0+l4)+(l1+l5)) + ((l2+l6)+(l3+l7))`; a leftover pair 4 plain lanes
    /// each, reduced `(l0+l1)+(l2+l3)`; a leftover column two plain 4-lane sums (alternate
    /// fours of rows) added lane-wise, then reduced the same way; the last `m & 3` rows
    /// `y + ((a0·x0 + a1·x1) + a2·x2)`, plain (unlike the float64 tail: measured).
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn sgemv_t(
        m: usize,
        n: usize,
        a: *const f32,
        lda: usize,
        x: *const f32,
        incx: usize,
        y: *mut f32,
    ) {
        let m3 = m & 3;
        let rows = m - m3;
        let mut xbuf = Vec::new();
        let mut r0 = 0;
        while r0 < rows {
            let nb = (rows - r0).min(4096);
            let off = nb & 4;
            xbuf.clear();
            xbuf.extend((0..nb).map(|p| *x.add((r0 + p) * incx)));
            let col = |j: usize, p: usize| *a.add(r0 + p + j * lda);
            let quads = n & !3;
            // Four columns per pass (independent chains, as the micro-kernel runs them); each
            // column's lanes are its own. The first `off` rows land in lanes 0-3 (a 4-lane FMA
            // into zeros: the products).
            for j0 in (0..quads).step_by(4) {
                let mut acc = [_mm256_setzero_ps(); 4];
                for (c, acc) in acc.iter_mut().enumerate() {
                    let mut pre = [0.0f32; 8];
                    for (p, v) in pre.iter_mut().enumerate().take(off) {
                        *v = col(j0 + c, p) * xbuf[p];
                    }
                    *acc = _mm256_loadu_ps(pre.as_ptr());
                }
                let cols = [0, 1, 2, 3].map(|c| a.add(r0 + (j0 + c) * lda));
                let mut p = off;
                while p < nb {
                    let xv = _mm256_loadu_ps(xbuf.as_ptr().add(p));
                    for c in 0..4 {
                        acc[c] = _mm256_fmadd_ps(_mm256_loadu_ps(cols[c].add(p)), xv, acc[c]);
                    }
                    p += 8;
                }
                for (c, acc) in acc.iter().enumerate() {
                    let h = _mm_add_ps(
                        _mm256_castps256_ps128(*acc),
                        _mm256_extractf128_ps::<1>(*acc),
                    );
                    let h = _mm_hadd_ps(h, h);
                    *y.add(j0 + c) += _mm_cvtss_f32(_mm_hadd_ps(h, h));
                }
            }
            let mut j = quads;
            if n & 2 != 0 {
                for c in j..j + 2 {
                    let mut l = [0.0f32; 4];
                    for (p, &xp) in xbuf.iter().enumerate() {
                        l[p & 3] += col(c, p) * xp;
                    }
                    *y.add(c) += (l[0] + l[1]) + (l[2] + l[3]);
                }
                j += 2;
            }
            if n & 1 != 0 {
                let (mut lo, mut hi) = ([0.0f32; 4], [0.0f32; 4]);
                for (p, &xp) in xbuf.iter().enumerate() {
                    if p < off || (p - off) & 7 < 4 {
                        lo[p & 3] += col(j, p) * xp;
                    } else {
                        hi[p & 3] += col(j, p) * xp;
                    }
                }
                let s = [lo[0] + hi[0], lo[1] + hi[1], lo[2] + hi[2], lo[3] + hi[3]];
                *y.add(j) += (s[0] + s[1]) + (s[2] + s[3]);
            }
            r0 += nb;
        }
        if m3 == 0 {
            return;
        }
        let xs: Vec<f32> = (rows..m).map(|i| *x.add(i * incx)).collect();
        for j in 0..n {
            let c = a.add(rows + j * lda);
            let yj = y.add(j);
            let p = |k: usize| *c.add(k) * xs[k];
            match m3 {
                1 => *yj += p(0),
                2 => *yj += p(0) + p(1),
                _ => *yj += p(0) + p(1) + p(2),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_follows_gemv_thread() {
        // `width = ceil(left / threads_left)`, at least 4, at most what is left.
        assert_eq!(split(32, 2), vec![(0, 16), (16, 32)]);
        assert_eq!(split(10, 4), vec![(0, 4), (4, 8), (8, 10)]);
        assert_eq!(split(5, 2), vec![(0, 4), (4, 5)]);
        assert_eq!(split(3, 8), vec![(0, 3)]);
        assert_eq!(
            split(100_001, 3),
            vec![(0, 33_334), (33_334, 66_668), (66_668, 100_001)]
        );
    }

    /// The SIMD 4x4 blocks of the `N` kernel give the scalar order's bits for both families
    /// (only HASWELL's is checked against NumPy; this keeps the SKYLAKEX one honest too).
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn n_blocks_match_scalar_order() {
        if !(is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma")) {
            return;
        }
        let (rows, cols, lda) = (12, 8, 13);
        let a: Vec<f64> = (0..lda * cols)
            .map(|i| ((i * 7919) % 1000) as f64 / 37.0 - 13.1)
            .collect();
        let x: Vec<f64> = (0..cols).map(|i| (i as f64 + 0.3) / 3.0).collect();
        for skylakex in [false, true] {
            let mut y = vec![0.0f64; rows];
            unsafe {
                x86::dgemv_n_blocks(
                    skylakex,
                    rows,
                    cols / 4,
                    a.as_ptr(),
                    lda,
                    x.as_ptr(),
                    1,
                    y.as_mut_ptr(),
                )
            };
            for (i, &got) in y.iter().enumerate() {
                let mut want = 0.0f64;
                for b in 0..cols / 4 {
                    let p = |c: usize| (a[i + (4 * b + c) * lda], x[4 * b + c]);
                    let ((a0, x0), (a1, x1), (a2, x2), (a3, x3)) = (p(0), p(1), p(2), p(3));
                    want += if skylakex {
                        a3.mul_add(x3, a2.mul_add(x2, a0.mul_add(x0, a1 * x1)))
                    } else {
                        a2.mul_add(x2, a0 * x0) + a3.mul_add(x3, a1 * x1)
                    };
                }
                assert_eq!(got.to_bits(), want.to_bits(), "skylakex {skylakex} row {i}");
            }
        }
    }

    /// Every output element, whatever the kernel family, is the sum of the same products: a
    /// check of the indexing (the order itself is checked against NumPy, see the module doc).
    #[test]
    fn sums_every_product() {
        if !supported() {
            return;
        }
        for &(m, n, lda, incx) in &[
            (1, 1, 1, 1),
            (7, 5, 9, 2),
            (13, 18, 13, 1),
            (3, 200_000, 3, 1),
        ] {
            // Small integers: every order gives the same exact sum.
            let a: Vec<f64> = (0..lda * n).map(|i| (i % 7) as f64 - 3.0).collect();
            for trans in [false, true] {
                let (xlen, ylen) = if trans { (m, n) } else { (n, m) };
                let x: Vec<f64> = (0..xlen * incx).map(|i| (i % 5) as f64 - 2.0).collect();
                let mut y = vec![f64::NAN; ylen];
                unsafe {
                    dgemv(
                        trans,
                        m,
                        n,
                        a.as_ptr(),
                        lda,
                        x.as_ptr(),
                        incx,
                        y.as_mut_ptr(),
                    )
                };
                for (o, &got) in y.iter().enumerate() {
                    let want: f64 = (0..xlen)
                        .map(|s| {
                            let (i, j) = if trans { (s, o) } else { (o, s) };
                            a[i + j * lda] * x[s * incx]
                        })
                        .sum();
                    assert_eq!(got, want, "trans {trans} m {m} n {n} output {o}");
                }
            }
        }
    }
}
