//! `np.partition` / `np.argpartition` along one axis (`arrc_partition`).
//!
//! NumPy leaves the elements other than the kth ones in an order its docs do not fix, but
//! scripts print it, so arrc follows NumPy 2.4's own algorithm on this machine's CPU
//! (x86-64 with AVX2, NumPy's `X86_V3` dispatch target):
//!
//! - One kth on a 32- or 64-bit dtype (int32, int64, float32, float64): NumPy hands the lane
//!   to x86-simd-sort's AVX2 `qselect` / `argselect` (`npysort/x86_simd_qsort.dispatch.cpp`).
//!   A lane of at most `network_sort_threshold` elements (256 for 32-bit values, 64 for
//!   64-bit ones, 256 for `argselect` of either) is sorted whole by a bitonic network, after
//!   NaNs are moved to the end by `move_nans_to_end_of_array` (reproduced here). The result
//!   is then the sorted lane, which the values fix except for the order of equal elements
//!   (`0.0` against `-0.0`, the indices of equal values): arrc stops with an error where
//!   that order shows, and also for longer lanes, whose vector partitioning it does not
//!   reproduce, and for `argselect` of floats with a NaN (libstdc++'s `nth_element`).
//! - Everything else (bool, a list of kth values, where each call gets the pivots of the
//!   previous ones): NumPy's scalar introselect (`npysort/selection.cpp`): a "dumb" O(n·k)
//!   selection for small kth, median-of-3 quickselect with an unguarded partition, and
//!   median-of-medians-of-5 pivots once the depth limit is reached. The functions below are
//!   our own implementation of that algorithm, written from reading NumPy's source; they
//!   make the same comparisons and swaps in the same order, so the bytes match.
//!
//! The values and indices algorithms are the same sequence of swaps, so both run here on a
//! permutation of the lane's positions (`t`) over the lane's fixed values (`v`).

use super::{raise, raise_py, Arr};
use crate::array::{ArrObj, DType, Elem};
use crate::pyexc::PyExc;

/// `arrc_partition` flag: return int64 indices (`np.argpartition`).
pub const PARTITION_INDICES: i64 = 1;

/// NumPy's `npy_intp pivots[NPY_MAX_PIVOT_STACK]`.
const MAX_PIVOT_STACK: usize = 50;

/// NumPy's `Tag::less`: ascending, NaN after everything.
fn less(a: Elem, b: Elem) -> bool {
    match (a, b) {
        (Elem::Float(x), Elem::Float(y)) => x < y || (y.is_nan() && !x.is_nan()),
        (a, b) => a.as_i64() < b.as_i64(),
    }
}

struct Lane<'a> {
    v: &'a [Elem],
    /// A float dtype (NumPy's `inexact<type>()`).
    inexact: bool,
}

impl Lane<'_> {
    fn at(&self, t: &[usize], i: usize) -> Elem {
        self.v[t[i]]
    }

    /// Median of `t[low]`, `t[mid]`, `t[high]` moved to `low`, the smallest to `low + 1`.
    fn median3_swap(&self, t: &mut [usize], low: usize, mid: usize, high: usize) {
        if less(self.at(t, high), self.at(t, mid)) {
            t.swap(high, mid);
        }
        if less(self.at(t, high), self.at(t, low)) {
            t.swap(high, low);
        }
        if less(self.at(t, low), self.at(t, mid)) {
            t.swap(low, mid);
        }
        t.swap(mid, low + 1);
    }

    /// The index (0..5) of the median of `t[0..5]`, partly sorting them as NumPy does.
    fn median5(&self, t: &mut [usize]) -> usize {
        for (a, b) in [(1, 0), (4, 3), (3, 0), (4, 1), (2, 1)] {
            if less(self.at(t, a), self.at(t, b)) {
                t.swap(a, b);
            }
        }
        if less(self.at(t, 3), self.at(t, 2)) {
            if less(self.at(t, 3), self.at(t, 1)) {
                1
            } else {
                3
            }
        } else {
            2
        }
    }

    /// NumPy's `unguarded_partition_`: the caller's arrangement keeps both scans in bounds.
    fn unguarded_partition(&self, t: &mut [usize], pivot: Elem, ll: &mut usize, hh: &mut usize) {
        loop {
            loop {
                *ll += 1;
                if !less(self.at(t, *ll), pivot) {
                    break;
                }
            }
            loop {
                *hh -= 1;
                if !less(pivot, self.at(t, *hh)) {
                    break;
                }
            }
            if *hh < *ll {
                break;
            }
            t.swap(*ll, *hh);
        }
    }

    /// The index of the median of the medians of groups of five of `t[..num]`.
    fn median_of_median5(&self, t: &mut [usize], num: usize) -> usize {
        let nmed = num / 5;
        for i in 0..nmed {
            let subleft = i * 5;
            let m = self.median5(&mut t[subleft..]);
            t.swap(subleft + m, i);
        }
        if nmed > 2 {
            self.introselect(t, nmed, nmed / 2, None);
        }
        nmed / 2
    }

    /// Selection sort of the `kth + 1` smallest of `t[..num]`.
    fn dumb_select(&self, t: &mut [usize], num: usize, kth: usize) {
        for i in 0..=kth {
            let mut minidx = i;
            let mut minval = self.at(t, i);
            for k in i + 1..num {
                if less(self.at(t, k), minval) {
                    minidx = k;
                    minval = self.at(t, k);
                }
            }
            t.swap(i, minidx);
        }
    }

    /// NumPy's `introselect_` on `t[..num]`; `pivots` carries the pivots found for earlier
    /// (smaller) kth values of the same lane.
    fn introselect(
        &self,
        t: &mut [usize],
        num: usize,
        kth: usize,
        mut pivots: Option<&mut Vec<usize>>,
    ) {
        let mut low = 0usize;
        let mut high = num - 1;
        if let Some(p) = pivots.as_deref_mut() {
            while let Some(&top) = p.last() {
                if top > kth {
                    high = top - 1;
                    break;
                } else if top == kth {
                    return;
                }
                low = top + 1;
                p.pop();
            }
        }
        if kth - low < 3 {
            self.dumb_select(&mut t[low..], high - low + 1, kth - low);
            store_pivot(kth, kth, pivots);
            return;
        } else if self.inexact && kth == num - 1 {
            let mut maxidx = low;
            let mut maxval = self.at(t, low);
            for k in low + 1..num {
                if !less(self.at(t, k), maxval) {
                    maxidx = k;
                    maxval = self.at(t, k);
                }
            }
            t.swap(kth, maxidx);
            return;
        }
        let mut depth_limit = 2 * (usize::BITS - 1 - num.leading_zeros()) as i64;
        while low + 1 < high {
            let mut ll = low + 1;
            let mut hh = high;
            if depth_limit > 0 || hh - ll < 5 {
                let mid = low + (high - low) / 2;
                self.median3_swap(t, low, mid, high);
            } else {
                let mid = ll + self.median_of_median5(&mut t[ll..], hh - ll);
                t.swap(mid, low);
                ll -= 1;
                hh += 1;
            }
            depth_limit -= 1;
            let pivot = self.at(t, low);
            self.unguarded_partition(t, pivot, &mut ll, &mut hh);
            t.swap(low, hh);
            if hh != kth {
                store_pivot(hh, kth, pivots.as_deref_mut());
            }
            if hh >= kth {
                high = hh - 1;
            }
            if hh <= kth {
                low = ll;
            }
        }
        if high == low + 1 && less(self.at(t, high), self.at(t, low)) {
            t.swap(high, low);
        }
        store_pivot(kth, kth, pivots);
    }
}

/// NumPy's `store_pivot`: keeps the pivots at or above `kth` for the next kth values.
fn store_pivot(pivot: usize, kth: usize, pivots: Option<&mut Vec<usize>>) {
    let Some(p) = pivots else { return };
    if pivot == kth && p.len() == MAX_PIVOT_STACK {
        *p.last_mut().unwrap() = pivot;
    } else if pivot >= kth && p.len() < MAX_PIVOT_STACK {
        p.push(pivot);
    }
}

/// Stops when two neighbours of the sorted `t` compare equal and their
/// order shows: any equal pair for indices, `0.0` next to `-0.0` for values.
fn check_ties(v: &[Elem], t: &[usize], indices: bool) -> Result<(), String> {
    for w in t.windows(2) {
        let (a, b) = (v[w[0]], v[w[1]]);
        if less(a, b) || less(b, a) {
            continue;
        }
        if indices {
            return Err("unsupported: np.argpartition with one kth of equal values (NumPy's AVX2 argselect orders them by its sorting network; a list of two or more kth values is supported)".into());
        }
        if let (Elem::Float(x), Elem::Float(y)) = (a, b) {
            if x.to_bits() != y.to_bits() && !x.is_nan() {
                return Err("unsupported: np.partition with one kth of both 0.0 and -0.0 (NumPy's AVX2 quickselect orders them by its sorting network; a list of two or more kth values is supported)".into());
            }
        }
    }
    Ok(())
}

/// One lane partitioned as NumPy does on this CPU: `t` starts as `0..n` and ends as the
/// positions of `v` in their partitioned order.
fn partition_lane(
    v: &[Elem],
    t: &mut [usize],
    kths: &[usize],
    indices: bool,
    dtype: DType,
) -> Result<(), String> {
    let n = v.len();
    if n <= 1 {
        return Ok(());
    }
    let inexact = matches!(dtype, DType::F64 | DType::F32);
    let simd = kths.len() == 1 && dtype != DType::Bool;
    if !simd {
        let lane = Lane { v, inexact };
        let mut pivots = Vec::with_capacity(MAX_PIVOT_STACK);
        for &k in kths {
            lane.introselect(t, n, k, Some(&mut pivots));
        }
        return Ok(());
    }
    let kth = kths[0];
    let wide = matches!(dtype, DType::F64 | DType::I64);
    let too_long = |limit: usize| -> String {
        format!(
            "unsupported: np.{} with one kth along an axis of more than {limit} elements (NumPy's AVX2 quickselect leaves the other elements in an order arrc does not reproduce; a list of two or more kth values is supported)",
            if indices { "argpartition" } else { "partition" }
        )
    };
    if indices {
        // x86-simd-sort's `xss_argselect`: a NaN sends the lane to `std::nth_element`.
        if inexact && v.iter().any(|e| e.as_f64().is_nan()) {
            return Err("unsupported: np.argpartition with one kth of floats with a NaN (NumPy hands them to the C++ library's nth_element; a list of two or more kth values is supported)".into());
        }
        if n > 256 {
            return Err(too_long(256));
        }
        sort_positions(v, t);
        return check_ties(v, t, true);
    }
    // `xss_qselect`: NaNs to the end first (hasnan is always true from NumPy).
    let mut last = n as isize - 1;
    if inexact {
        let is_nan = |t: &[usize], i: usize| v[t[i]].as_f64().is_nan();
        let (mut ii, mut jj, mut count) = (0usize, n - 1, 0usize);
        while ii < jj {
            if is_nan(t, ii) {
                t.swap(ii, jj);
                jj -= 1;
                count += 1;
            } else {
                ii += 1;
            }
        }
        if is_nan(t, ii) {
            count += 1;
        }
        last = n as isize - count as isize - 1;
    }
    if last < 0 || kth as isize > last {
        return Ok(());
    }
    let len = last as usize + 1;
    let limit = if wide { 64 } else { 256 };
    if len > limit {
        return Err(too_long(limit));
    }
    sort_positions(v, &mut t[..len]);
    check_ties(v, &t[..len], false)
}

/// `t` sorted by the values it points at (NaN last); equal values keep their order, which
/// [`check_ties`] rejects where it would show.
fn sort_positions(v: &[Elem], t: &mut [usize]) {
    t.sort_by(|&a, &b| {
        if less(v[a], v[b]) {
            std::cmp::Ordering::Less
        } else if less(v[b], v[a]) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
}

/// A new array: `p` partitioned along `axis` around the kth values in the int64 array `kth`
/// (C-contiguous, `p`'s dtype), or with [`PARTITION_INDICES`] the int64 indices that
/// partition it. NumPy's ValueError at `site` for a kth out of bounds.
///
/// # Safety
/// `site` is a run-time error site, `p` a live array with `axis < p.ndim`, `kth` a live
/// int64 array of at most one dimension.
#[no_mangle]
pub unsafe extern "C" fn arrc_partition(
    site: *const u8,
    p: Arr,
    axis: i64,
    kth: Arr,
    flags: i64,
) -> Arr {
    crate::gpu::host_read(p);
    crate::gpu::host_read(kth);
    let a = &*p;
    let indices = flags & PARTITION_INDICES != 0;
    let shape = a.shape().to_vec();
    let axis = axis as usize;
    let n = shape[axis];
    let mut kths = Vec::new();
    ArrObj::for_each_index((*kth).shape(), |i| {
        let mut k = (*kth).get(i).as_i64();
        if k < 0 {
            k += n;
        }
        kths.push(k);
    });
    for &k in &kths {
        if a.size != 0 && (k < 0 || k >= n) {
            raise_py(
                site,
                PyExc::ValueError,
                &format!("kth(={k}) out of bounds ({n})"),
            );
        }
    }
    kths.sort_unstable();
    let kths: Vec<usize> = kths.into_iter().map(|k| k as usize).collect();
    let out_dtype = if indices { DType::I64 } else { a.dtype };
    let out = ArrObj::alloc_with(out_dtype, &shape, false);
    let o = &*out;
    let len = n as usize;
    let mut outer_shape = shape.clone();
    outer_shape[axis] = 1;
    let mut v: Vec<Elem> = Vec::with_capacity(len);
    let mut t: Vec<usize> = Vec::with_capacity(len);
    let mut index = vec![0usize; shape.len()];
    ArrObj::for_each_index(&outer_shape, |start| {
        index.copy_from_slice(start);
        v.clear();
        for k in 0..len {
            index[axis] = k;
            v.push(a.get(&index));
        }
        t.clear();
        t.extend(0..len);
        if let Err(message) = partition_lane(&v, &mut t, &kths, indices, a.dtype) {
            raise(site, &message);
        }
        for (k, &from) in t.iter().enumerate() {
            index[axis] = k;
            let dst = o.data.offset(o.offset(&index));
            if indices {
                Elem::Int(from as i64).write(DType::I64, dst);
            } else {
                v[from].write(out_dtype, dst);
            }
        }
    });
    out
}
