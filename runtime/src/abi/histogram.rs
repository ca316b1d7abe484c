//! `np.histogram(a, bins, range)`: the bin edges and the counts, as
//! `numpy/lib/_histograms_impl.py` computes them (read for its algorithm, not copied).
//! Equal bins: the edges are `np.linspace(first, last, bins + 1)`, and each value's bin is
//! NumPy's estimate `int((x - first) / (last - first) * bins)` corrected by one against the
//! edges (the last bin includes its right edge); values outside `[first, last]` are left
//! out. Explicit edges: the counts of NumPy's `searchsorted` differences.

use super::{raise_py, Arr};
use crate::array::{ArrObj, DType};
use crate::pyexc::PyExc;

unsafe fn values(a: &ArrObj) -> Vec<f64> {
    let mut v = Vec::with_capacity(a.size as usize);
    ArrObj::for_each_index(a.shape(), |i| {
        let p = a.data.offset(a.offset(i));
        v.push(match a.dtype {
            DType::F64 => *(p as *const f64),
            DType::I64 => *(p as *const i64) as f64,
            _ => unreachable!("histogram of float64 or int64"),
        });
    });
    v
}

/// NumPy's `str` of a float64 scalar (for the range error).
fn float_str(x: f64) -> String {
    crate::format::py_float_repr(x)
}

/// The `bins + 1` edges of `np.histogram(a, bins)` (`has_range`: between `lo` and `hi`,
/// checked by the compiler; else `a`'s minimum and maximum, NumPy's error when not finite).
///
/// # Safety
/// `a` is a live float64 or int64 array; `site` a run-time error site.
#[no_mangle]
pub unsafe extern "C" fn arrc_hist_edges(
    site: *const u8,
    a: Arr,
    bins: i64,
    lo: f64,
    hi: f64,
    has_range: i64,
) -> Arr {
    crate::gpu::host_read(a);
    let a = &*a;
    let (mut first, mut last) = if has_range != 0 {
        (lo, hi)
    } else if a.size == 0 {
        (0.0, 1.0)
    } else {
        let v = values(a);
        // NumPy's min and max: NaN wins.
        let mut mn = v[0];
        let mut mx = v[0];
        for &x in &v[1..] {
            if x.is_nan() || mn.is_nan() {
                mn = f64::NAN;
            } else if x < mn {
                mn = x;
            }
            if x.is_nan() || mx.is_nan() {
                mx = f64::NAN;
            } else if x > mx {
                mx = x;
            }
        }
        if !(mn.is_finite() && mx.is_finite()) {
            raise_py(
                site,
                PyExc::ValueError,
                &format!(
                    "autodetected range of [{}, {}] is not finite",
                    float_str(mn),
                    float_str(mx)
                ),
            );
        }
        (mn, mx)
    };
    if first == last {
        first -= 0.5;
        last += 0.5;
    }
    let num = bins + 1;
    let out = ArrObj::alloc_with(DType::F64, &[num], false);
    let y = (*out).data as *mut f64;
    let div = bins as f64;
    let delta = last - first;
    let step = delta / div;
    for i in 0..num {
        let f = i as f64;
        let s = if step == 0.0 {
            (f / div) * delta
        } else {
            f * step
        };
        *y.add(i as usize) = s + first;
    }
    *y.add(bins as usize) = last;
    out
}

/// The counts of `np.histogram`: `edges` (float64 from `arrc_hist_edges` when `uniform`, else
/// the caller's 1-d edges, float64 or int64).
///
/// # Safety
/// `a` and `edges` are live arrays as described; `site` a run-time error site.
#[no_mangle]
pub unsafe extern "C" fn arrc_hist_count(site: *const u8, a: Arr, edges: Arr, uniform: i64) -> Arr {
    crate::gpu::host_read(a);
    crate::gpu::host_read(edges);
    let e = values(&*edges);
    let v = values(&*a);
    let n = e.len() as i64 - 1;
    let out = ArrObj::alloc_with(DType::I64, &[n.max(0)], true);
    let h = (*out).data as *mut i64;
    if uniform != 0 {
        let (first, last) = (e[0], e[n as usize]);
        let denom = last - first;
        for &x in &v {
            if !(x >= first && x <= last) {
                continue;
            }
            let mut i = ((x - first) / denom * n as f64) as i64;
            if i == n {
                i -= 1;
            }
            if x < e[i as usize] {
                i -= 1;
            }
            if x >= e[i as usize + 1] && i != n - 1 {
                i += 1;
            }
            *h.add(i as usize) += 1;
        }
        return out;
    }
    if e.windows(2).any(|w| w[0] > w[1]) {
        raise_py(
            site,
            PyExc::ValueError,
            "`bins` must increase monotonically, when an array",
        );
    }
    // cum[i] = #(x < e[i]) for i < n, cum[n] = #(x <= e[n]); counts are their differences.
    let mut sorted: Vec<f64> = v.into_iter().filter(|x| !x.is_nan()).collect();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let left = |t: f64| sorted.partition_point(|&x| x < t) as i64;
    let right = |t: f64| sorted.partition_point(|&x| x <= t) as i64;
    for i in 0..n as usize {
        let lo = left(e[i]);
        let hi = if i as i64 == n - 1 {
            right(e[i + 1])
        } else {
            left(e[i + 1])
        };
        *h.add(i) = hi - lo;
    }
    out
}
