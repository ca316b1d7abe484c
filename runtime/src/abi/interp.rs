//! `np.interp(x, xp, fp, left, right)`: one-dimensional piecewise-linear interpolation.
//!
//! Written for arrc after reading NumPy's `arr_interp` and `binary_search_with_guess`
//! (`numpy/_core/src/multiarray/compiled_base.c`): the same search with a guess carried from
//! one `x` to the next, the same slope `(fp[j+1]-fp[j])/(xp[j+1]-xp[j])` (precomputed exactly
//! when `xp` is no longer than `x`, which gives the same bits), the same `slope*(x - xp[j]) +
//! fp[j]` with its retry from the right end when that is NaN, and the same special cases
//! (`x == xp[j]`, `x == xp[-1]`, one sample point), so every result has NumPy's bits.

use super::{raise_py, Arr};
use crate::array::{ArrObj, DType};
use crate::pyexc::PyExc;

/// How many elements either side of the guess NumPy looks at before bisecting.
const LIKELY_IN_CACHE_SIZE: usize = 8;

/// The index `j` with `arr[j] <= key < arr[j + 1]` in a sorted `arr` (at least 2 long): -1
/// below `arr[0]`, `len - 1` at `arr[len - 1]`, `len` above it. `guess` (the previous answer)
/// is looked at first, as NumPy does; for an `arr` that is not sorted the answer is still the
/// one NumPy's search gives.
fn search_with_guess(key: f64, arr: &[f64], guess: i64) -> i64 {
    let len = arr.len();
    if key > arr[len - 1] {
        return len as i64;
    } else if key < arr[0] {
        return -1;
    }
    if len <= 4 {
        let mut i = 1;
        while i < len && key >= arr[i] {
            i += 1;
        }
        return i as i64 - 1;
    }
    let guess = guess.clamp(1, len as i64 - 3) as usize;
    let (mut imin, mut imax) = (0usize, len);
    if key < arr[guess] {
        if key < arr[guess - 1] {
            imax = guess - 1;
            if guess > LIKELY_IN_CACHE_SIZE && key >= arr[guess - LIKELY_IN_CACHE_SIZE] {
                imin = guess - LIKELY_IN_CACHE_SIZE;
            }
        } else {
            return guess as i64 - 1;
        }
    } else if key < arr[guess + 1] {
        return guess as i64;
    } else if key < arr[guess + 2] {
        return guess as i64 + 1;
    } else {
        imin = guess + 2;
        if (guess as i64) < len as i64 - LIKELY_IN_CACHE_SIZE as i64 - 1
            && key < arr[guess + LIKELY_IN_CACHE_SIZE]
        {
            imax = guess + LIKELY_IN_CACHE_SIZE;
        }
    }
    while imin < imax {
        let imid = imin + ((imax - imin) >> 1);
        if key >= arr[imid] {
            imin = imid + 1;
        } else {
            imax = imid;
        }
    }
    imin as i64 - 1
}

/// `np.interp`: a new float64 array of `x`'s shape. `xp` and `fp` are 1-D arrays of any real
/// dtype (read as float64, as NumPy converts them); `flags` bit 0 says `left` was given, bit 1
/// `right` (else `fp[0]` and `fp[-1]`). Raises NumPy's ValueErrors at `site` for an empty `xp`
/// and for `fp` of another length.
///
/// # Safety
/// `site` is a run-time error site; `x`, `xp`, `fp` are live arrays.
#[no_mangle]
pub unsafe extern "C" fn arrc_interp(
    site: *const u8,
    x: Arr,
    xp: Arr,
    fp: Arr,
    left: f64,
    right: f64,
    flags: i64,
) -> Arr {
    crate::gpu::host_read(x);
    crate::gpu::host_read(xp);
    crate::gpu::host_read(fp);
    let (x, xp, fp) = (&*x, &*xp, &*fp);
    let dx = xp.to_f64_vec();
    let dy = fp.to_f64_vec();
    let dz = x.to_f64_vec();
    if dx.is_empty() {
        raise_py(site, PyExc::ValueError, "array of sample points is empty");
    }
    if dy.len() != dx.len() {
        raise_py(
            site,
            PyExc::ValueError,
            "fp and xp are not of the same length.",
        );
    }
    let n = dx.len();
    let lval = if flags & 1 != 0 { left } else { dy[0] };
    let rval = if flags & 2 != 0 { right } else { dy[n - 1] };
    let out = ArrObj::alloc_with(DType::F64, x.shape(), false);
    if dz.is_empty() {
        return out;
    }
    let res = std::slice::from_raw_parts_mut((*out).data as *mut f64, dz.len());
    if n == 1 {
        for (r, &xv) in res.iter_mut().zip(&dz) {
            *r = if xv < dx[0] {
                lval
            } else if xv > dx[0] {
                rval
            } else {
                dy[0]
            };
        }
        return out;
    }
    let slope_at = |j: usize| (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]);
    let mut j: i64 = 0;
    for (r, &xv) in res.iter_mut().zip(&dz) {
        if xv.is_nan() {
            *r = xv;
            continue;
        }
        j = search_with_guess(xv, &dx, j);
        *r = if j == -1 {
            lval
        } else if j == n as i64 {
            rval
        } else if j == n as i64 - 1 {
            dy[j as usize]
        } else {
            let ju = j as usize;
            if dx[ju] == xv {
                dy[ju]
            } else {
                let slope = slope_at(ju);
                let mut v = slope * (xv - dx[ju]) + dy[ju];
                if v.is_nan() {
                    v = slope * (xv - dx[ju + 1]) + dy[ju + 1];
                    if v.is_nan() && dy[ju] == dy[ju + 1] {
                        v = dy[ju];
                    }
                }
                v
            }
        };
    }
    out
}
