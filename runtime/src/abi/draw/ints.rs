//! `integers(low, high, dtype=...)` / `randint(..., dtype=...)` for the integer dtypes
//! uint8 … int16 and uint32 (`compiler/src/int_dtypes.rs`), drawing exactly NumPy's numbers.
//!
//! Written from NumPy's algorithms (`numpy/random/_bounded_integers.pyx.in`, `_rand_{type}`,
//! and `numpy/random/src/distributions/distributions.c`, `random_bounded_uint{8,16,32}_fill`):
//! the range becomes an unsigned offset and span of the dtype's width; 8- and 16-bit values
//! come from one 32-bit word at a time, used low bits first (a buffer that lives for one
//! fill); `Generator` takes Lemire's multiply-and-reject, `RandomState` masked rejection.

use super::{raise_py, with_stream, Stream, DRAW_INTEGERS_HIGH};
use crate::array::DType;
use crate::pyexc::PyExc;

/// The 32-bit words behind a draw: the stream's `next_u32`.
fn next_u32(s: &mut Stream<'_>) -> u32 {
    match s {
        Stream::Legacy(r) => r.next_u32(),
        Stream::Pcg(g) => g.next_u32(),
    }
}

/// NumPy's `gen_mask`: the smallest all-ones mask covering `max`.
fn gen_mask(max: u32) -> u32 {
    let mut m = max;
    m |= m >> 1;
    m |= m >> 2;
    m |= m >> 4;
    m |= m >> 8;
    m |= m >> 16;
    m
}

/// A source of `bits`-wide values: 8- and 16-bit values are cut from one 32-bit word
/// (`buffered_uint8`, `buffered_uint16`), 32-bit ones are whole words.
struct Buffered {
    bits: u32,
    buf: u32,
    left: u32,
}

impl Buffered {
    fn next(&mut self, s: &mut Stream<'_>) -> u32 {
        if self.bits == 32 {
            return next_u32(s);
        }
        if self.left == 0 {
            self.buf = next_u32(s);
            self.left = 32 / self.bits - 1;
        } else {
            self.buf >>= self.bits;
            self.left -= 1;
        }
        self.buf & ((1u64 << self.bits) - 1) as u32
    }
}

/// One value of `[0, rng]`, `rng` below the width's maximum and nonzero.
fn bounded(s: &mut Stream<'_>, b: &mut Buffered, rng: u32, masked: bool) -> u32 {
    let bits = b.bits;
    if masked {
        let mask = gen_mask(rng);
        loop {
            let v = b.next(s) & mask;
            if v <= rng {
                return v;
            }
        }
    }
    // Lemire: the high `bits` of a `2 * bits`-wide product, rejecting the biased low part.
    let full = ((1u64 << bits) - 1) as u32;
    let rng_excl = rng as u64 + 1;
    let mut m = b.next(s) as u64 * rng_excl;
    let mut leftover = (m & full as u64) as u32;
    if (leftover as u64) < rng_excl {
        let threshold = ((full - rng) as u64 % rng_excl) as u32;
        while leftover < threshold {
            m = b.next(s) as u64 * rng_excl;
            leftover = (m & full as u64) as u32;
        }
    }
    (m >> bits) as u32
}

/// NumPy's checks of `low`, `high` (exclusive unless `closed`) against `dtype`'s range, then
/// the inclusive range.
unsafe fn check_range(dist: i64, dtype: DType, a: i64, b: i64, site: *const u8) -> (i64, i64) {
    let bits = dtype.itemsize() as u32 * 8;
    let (lo, hi) = if matches!(dtype, DType::I8 | DType::I16 | DType::I32) {
        (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
    } else {
        (0, ((1u64 << bits) - 1) as i64)
    };
    let high = b - 1;
    if a < lo {
        raise_py(
            site,
            PyExc::ValueError,
            &format!("low is out of bounds for {}", dtype.name()),
        );
    }
    if high > hi {
        raise_py(
            site,
            PyExc::ValueError,
            &format!("high is out of bounds for {}", dtype.name()),
        );
    }
    if a > high {
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
    (a, high)
}

/// Draws for a whole array of a small integer dtype in C order, with one buffer.
pub(super) unsafe fn fill_array(
    gen: i64,
    dist: i64,
    dtype: DType,
    data: *mut u8,
    n: usize,
    a: i64,
    b: i64,
    site: *const u8,
) {
    if n == 0 {
        return;
    }
    let (low, high) = check_range(dist, dtype, a, b, site);
    let item = dtype.itemsize();
    let bits = item as u32 * 8;
    let width_mask = ((1u64 << bits) - 1) as u32;
    let off = (low as u32) & width_mask;
    let rng = ((high - low) as u32) & width_mask;
    with_stream(gen, |mut s| {
        let masked = matches!(s, Stream::Legacy(_));
        let mut buf = Buffered {
            bits,
            buf: 0,
            left: 0,
        };
        for i in 0..n {
            let v = if rng == 0 {
                0
            } else if rng == width_mask {
                buf.next(&mut s)
            } else {
                bounded(&mut s, &mut buf, rng, masked)
            };
            let u = off.wrapping_add(v) & width_mask;
            let p = data.add(i * item);
            match item {
                1 => *p = u as u8,
                2 => (p as *mut u16).write_unaligned(u as u16),
                _ => (p as *mut u32).write_unaligned(u),
            }
        }
    });
}

/// One draw of a small integer dtype (`size=None`), as its machine value.
#[no_mangle]
pub unsafe extern "C" fn arrc_draw_int_of(
    gen: i64,
    dist: i64,
    a: i64,
    b: i64,
    dtype: i64,
    site: *const u8,
) -> i64 {
    let dtype = DType::from_code(dtype);
    let mut word = [0u8; 4];
    fill_array(gen, dist, dtype, word.as_mut_ptr(), 1, a, b, site);
    crate::array::Elem::read(dtype, word.as_ptr()).as_i64()
}
