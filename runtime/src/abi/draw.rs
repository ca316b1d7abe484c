//! Draws for `np.random.randint`/`uniform`/`choice`/`shuffle`/`standard_normal` and for
//! `np.random.default_rng(seed)` generators. A generator is a handle (an index into this
//! thread's table of [`Pcg64Generator`]s); handle `-1` is the legacy global stream.

use super::{raise_py, with_rng, Arr};
use crate::array::DType;
use crate::pyexc::PyExc;
use crate::rng::{LegacyRandom, Pcg64Generator};
use std::cell::RefCell;

mod ints;
pub use ints::arrc_draw_int_of;

/// Distribution codes shared with the compiler (`hir::Dist`).
pub const DRAW_RANDOM: i64 = 0;
pub const DRAW_STANDARD_NORMAL: i64 = 1;
pub const DRAW_NORMAL: i64 = 2;
pub const DRAW_UNIFORM: i64 = 3;
/// `randint(low, high)` / `integers(low, high)`.
pub const DRAW_INTEGERS: i64 = 4;
/// `randint(high)` / `integers(high)`: the same draws, NumPy words an empty range differently.
pub const DRAW_INTEGERS_HIGH: i64 = 5;
pub const DRAW_CHOICE: i64 = 6;

/// The legacy global stream's handle.
pub const LEGACY_STREAM: i64 = -1;

thread_local! {
    static GENERATORS: RefCell<Vec<Pcg64Generator>> = const { RefCell::new(Vec::new()) };
}

enum Stream<'a> {
    Legacy(&'a mut LegacyRandom),
    Pcg(&'a mut Pcg64Generator),
}

fn with_stream<T>(gen: i64, f: impl FnOnce(Stream<'_>) -> T) -> T {
    if gen < 0 {
        return with_rng(|r| f(Stream::Legacy(r)));
    }
    GENERATORS.with(|g| f(Stream::Pcg(&mut g.borrow_mut()[gen as usize])))
}

impl Stream<'_> {
    fn float(&mut self, dist: i64, a: f64, b: f64) -> f64 {
        match (self, dist) {
            (Stream::Legacy(r), DRAW_RANDOM) => r.random_sample(),
            (Stream::Legacy(r), DRAW_STANDARD_NORMAL) => r.gauss(),
            (Stream::Legacy(r), DRAW_NORMAL) => r.normal(a, b),
            (Stream::Legacy(r), _) => r.uniform(a, b),
            (Stream::Pcg(g), DRAW_RANDOM) => g.random(),
            (Stream::Pcg(g), DRAW_STANDARD_NORMAL) => g.standard_normal(),
            (Stream::Pcg(g), DRAW_NORMAL) => g.normal(a, b),
            (Stream::Pcg(g), _) => g.uniform(a, b),
        }
    }

    /// A float32 draw (`Generator.random` / `standard_normal` with `dtype=np.float32`).
    fn float32(&mut self, dist: i64) -> f32 {
        match (self, dist) {
            (Stream::Pcg(g), DRAW_STANDARD_NORMAL) => g.standard_normal_f32(),
            (Stream::Pcg(g), _) => g.random_f32(),
            // The legacy functions have no dtype argument: the compiler never asks.
            (Stream::Legacy(r), _) => r.random_sample() as f32,
        }
    }

    /// One draw of `low ..= high` (already validated, `low <= high`).
    fn int(&mut self, low: i64, high: i64) -> i64 {
        match self {
            Stream::Legacy(r) => r.randint_closed(low, high),
            Stream::Pcg(g) => g.integers_closed(low, high),
        }
    }

    fn shuffle<T>(&mut self, xs: &mut [T]) {
        match self {
            Stream::Legacy(r) => r.shuffle(xs),
            Stream::Pcg(g) => g.shuffle(xs),
        }
    }
}

/// `np.random.default_rng(seed)`.
#[no_mangle]
pub unsafe extern "C" fn arrc_default_rng(seed: i64, site: *const u8) -> i64 {
    if seed < 0 {
        raise_py(site, PyExc::ValueError, "expected non-negative integer");
    }
    GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        g.push(Pcg64Generator::new(seed as u64));
        g.len() as i64 - 1
    })
}

/// NumPy's checks on float parameters, before anything is drawn.
unsafe fn check_float_params(dist: i64, a: f64, b: f64, site: *const u8) {
    match dist {
        DRAW_NORMAL if b < 0.0 || b.is_nan() => raise_py(site, PyExc::ValueError, "scale < 0"),
        DRAW_UNIFORM if !(b - a).is_finite() => {
            raise_py(site, PyExc::OverflowError, "Range exceeds valid bounds")
        }
        _ => {}
    }
}

/// NumPy's checks on int parameters; the inclusive range to draw from.
unsafe fn int_range(gen: i64, dist: i64, a: i64, b: i64, site: *const u8) -> (i64, i64) {
    match dist {
        DRAW_CHOICE => {
            if a <= 0 {
                raise_py(
                    site,
                    PyExc::ValueError,
                    if gen < 0 {
                        "a must be greater than 0 unless no samples are taken"
                    } else {
                        "a must be a positive integer unless no samples are taken"
                    },
                );
            }
            (0, a - 1)
        }
        _ => {
            if a >= b {
                raise_py(
                    site,
                    PyExc::ValueError,
                    if dist == DRAW_INTEGERS_HIGH {
                        "high <= 0"
                    } else {
                        "low >= high"
                    },
                );
            }
            (a, b - 1)
        }
    }
}

/// A float scalar draw (`size=None`).
#[no_mangle]
pub unsafe extern "C" fn arrc_draw_f64(
    gen: i64,
    dist: i64,
    a: f64,
    b: f64,
    f32: i64,
    site: *const u8,
) -> f64 {
    check_float_params(dist, a, b, site);
    with_stream(gen, |mut s| {
        if f32 != 0 {
            f64::from(s.float32(dist))
        } else {
            s.float(dist, a, b)
        }
    })
}

/// Fills a new contiguous float64 or float32 array in C order.
#[no_mangle]
pub unsafe extern "C" fn arrc_draw_fill(
    gen: i64,
    dist: i64,
    p: Arr,
    a: f64,
    b: f64,
    site: *const u8,
) {
    check_float_params(dist, a, b, site);
    let arr = &*p;
    let n = arr.size as usize;
    if arr.dtype == DType::F32 {
        let out = std::slice::from_raw_parts_mut(arr.data as *mut f32, n);
        with_stream(gen, |mut s| {
            out.iter_mut().for_each(|x| *x = s.float32(dist))
        });
    } else {
        let out = std::slice::from_raw_parts_mut(arr.data as *mut f64, n);
        with_stream(gen, |mut s| {
            out.iter_mut().for_each(|x| *x = s.float(dist, a, b))
        });
    }
}

/// An int scalar draw.
#[no_mangle]
pub unsafe extern "C" fn arrc_draw_i64(
    gen: i64,
    dist: i64,
    a: i64,
    b: i64,
    site: *const u8,
) -> i64 {
    let (low, high) = int_range(gen, dist, a, b, site);
    with_stream(gen, |mut s| s.int(low, high))
}

/// Fills a new contiguous int64 array in C order. An empty `choice` checks nothing, as in
/// NumPy (`choice(0, size=0)` is an empty array).
#[no_mangle]
pub unsafe extern "C" fn arrc_draw_fill_i64(
    gen: i64,
    dist: i64,
    p: Arr,
    a: i64,
    b: i64,
    site: *const u8,
) {
    let arr = &*p;
    let n = arr.size as usize;
    if n == 0 && dist == DRAW_CHOICE {
        return;
    }
    if matches!(
        arr.dtype,
        DType::U8 | DType::U16 | DType::U32 | DType::I8 | DType::I16 | DType::I32
    ) {
        // `dtype=` of a narrower integer (`draw/ints.rs`).
        return ints::fill_array(gen, dist, arr.dtype, arr.data, n, a, b, site);
    }
    let (low, high) = int_range(gen, dist, a, b, site);
    let out = std::slice::from_raw_parts_mut(arr.data as *mut i64, n);
    with_stream(gen, |mut s| {
        out.iter_mut().for_each(|x| *x = s.int(low, high))
    });
}

/// `shuffle(x)` of a 1-D array (any stride), in place.
#[no_mangle]
pub unsafe extern "C" fn arrc_draw_shuffle(gen: i64, p: Arr) {
    crate::gpu::host_write(p);
    let arr = &*p;
    let n = arr.size as usize;
    let stride = arr.strides[0] as isize;
    let item = arr.dtype.itemsize();
    // Shuffle the element positions, then apply the swaps to the bytes.
    let mut order: Vec<usize> = (0..n).collect();
    with_stream(gen, |mut s| s.shuffle(&mut order));
    let elem = |i: usize| arr.data.offset(i as isize * stride);
    let mut old = vec![0u8; n * item];
    for (i, chunk) in old.chunks_exact_mut(item.max(1)).enumerate().take(n) {
        std::ptr::copy_nonoverlapping(elem(i), chunk.as_mut_ptr(), item);
    }
    for (i, &src) in order.iter().enumerate() {
        std::ptr::copy_nonoverlapping(old.as_ptr().add(src * item), elem(i), item);
    }
}
