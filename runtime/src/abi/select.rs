//! `np.sort` and `np.argsort` along one axis, and `a[idx]` with an integer array (`arrc_take`).
//!
//! NumPy's default `kind='quicksort'` runs x86-simd-sort on AVX2/AVX-512 machines, which
//! leaves equal elements in an order that depends on the vector kernel. Where that order
//! shows (the indices of equal values in `argsort`, `0.0` against `-0.0` in a float `sort`),
//! arrc stops with an error instead of guessing; everywhere else the result is fixed by the
//! values (ascending, NaN last, as NumPy sorts) and arrc's stable sort gives NumPy's bytes.
//! `kind='stable'` (and `'mergesort'`) is stable in NumPy too, so it is always exact.

use super::runshape::compact;
use super::{raise, raise_py, Arr};
use crate::array::{ArrObj, DType, Elem};
use crate::pyexc::PyExc;
use std::cmp::Ordering;

/// `arrc_sort` flag: return int64 indices (`np.argsort`).
pub const SORT_INDICES: i64 = 1;
/// `arrc_sort` flag: `kind='stable'`.
pub const SORT_STABLE: i64 = 2;

/// NumPy's sort order: ascending, NaN after everything.
fn order(a: Elem, b: Elem) -> Ordering {
    match (a, b) {
        (Elem::Float(x), Elem::Float(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            _ => x.partial_cmp(&y).unwrap(),
        },
        (Elem::UInt(x), Elem::UInt(y)) => x.cmp(&y),
        (a, b) => a.as_i64().cmp(&b.as_i64()),
    }
}

/// A new array: `p` sorted along `axis` (C-contiguous, `p`'s dtype), or with
/// [`SORT_INDICES`] the int64 indices that sort it.
///
/// # Safety
/// `site` is a run-time error site, `p` a live array and `axis < p.ndim`.
#[no_mangle]
pub unsafe extern "C" fn arrc_sort(site: *const u8, p: Arr, axis: i64, flags: i64) -> Arr {
    crate::gpu::host_read(p);
    let a = &*p;
    let indices = flags & SORT_INDICES != 0;
    let stable = flags & SORT_STABLE != 0;
    let shape = a.shape().to_vec();
    let axis = axis as usize;
    let out_dtype = if indices { DType::I64 } else { a.dtype };
    let out = ArrObj::alloc_with(out_dtype, &shape, false);
    let o = &*out;
    let len = shape[axis] as usize;
    let mut outer_shape = shape.clone();
    outer_shape[axis] = 1;
    let mut lane: Vec<(Elem, usize)> = Vec::with_capacity(len);
    let mut index = vec![0usize; shape.len()];
    ArrObj::for_each_index(&outer_shape, |start| {
        index.copy_from_slice(start);
        lane.clear();
        for k in 0..len {
            index[axis] = k;
            lane.push((a.get(&index), k));
        }
        lane.sort_by(|x, y| order(x.0, y.0));
        if !stable {
            check_unambiguous(site, &lane, indices);
        }
        for (k, &(v, from)) in lane.iter().enumerate() {
            index[axis] = k;
            let dst = o.data.offset(o.offset(&index));
            if indices {
                Elem::Int(from as i64).write(DType::I64, dst);
            } else {
                v.write(out_dtype, dst);
            }
        }
    });
    out
}

/// Stops where NumPy's unstable quicksort could order the sorted `lane` differently.
unsafe fn check_unambiguous(site: *const u8, lane: &[(Elem, usize)], indices: bool) {
    for w in lane.windows(2) {
        if order(w[0].0, w[1].0) != Ordering::Equal {
            continue;
        }
        if indices {
            raise(
                site,
                "unsupported: np.argsort of equal values (their order under NumPy's default quicksort depends on its SIMD kernel; kind='stable' is supported)",
            );
        }
        if let (Elem::Float(x), Elem::Float(y)) = (w[0].0, w[1].0) {
            if x.to_bits() != y.to_bits() && !x.is_nan() {
                raise(
                    site,
                    "unsupported: np.sort of both 0.0 and -0.0 (their order under NumPy's default quicksort depends on its SIMD kernel; kind='stable' is supported)",
                );
            }
        }
    }
}

/// `a[idx]` with an integer array `idx`: a new C-contiguous array of shape
/// `idx.shape + a.shape[1:]` holding `a[i]` for each `i` of `idx` (negative `i` counts from
/// the end), or NumPy's IndexError at `site` for one out of bounds.
///
/// # Safety
/// `site` is a run-time error site; `a` (ndim ≥ 1) and `idx` (an int64 or int32 array) are
/// live arrays.
#[no_mangle]
pub unsafe extern "C" fn arrc_take(site: *const u8, a: Arr, idx: Arr) -> Arr {
    crate::gpu::host_read(a);
    crate::gpu::host_read(idx);
    let (a, idx) = (&*a, &*idx);
    let len = a.shape[0];
    let rest = &a.shape()[1..];
    let mut shape = idx.shape().to_vec();
    shape.extend_from_slice(rest);
    let out = ArrObj::alloc_with(a.dtype, &shape, false);
    let o = &*out;
    let isz = a.dtype.itemsize();
    let mut picks = Vec::with_capacity(idx.size as usize);
    ArrObj::for_each_index(idx.shape(), |i| picks.push(idx.get(i).as_i64()));
    let mut t = 0usize;
    for i in picks {
        let j = if i < 0 { i + len } else { i };
        if !(0..len).contains(&j) {
            raise_py(
                site,
                PyExc::IndexError,
                &format!("index {i} is out of bounds for axis 0 with size {len}"),
            );
        }
        let mut src = vec![0usize; a.ndim as usize];
        src[0] = j as usize;
        ArrObj::for_each_index(rest, |r| {
            src[1..].copy_from_slice(r);
            let p = a.data.offset(a.offset(&src));
            std::ptr::copy_nonoverlapping(p, o.data.add(t * isz), isz);
            t += 1;
        });
    }
    out
}

/// `a[mask]` with a boolean mask over `a`'s first `mask.ndim` axes: the selected positions in
/// C order, each with the rest of `a`'s axes (a new C-ordered array of shape
/// `(count,) + a.shape[mask.ndim:]`); NumPy's IndexError when the mask's shape does not match.
///
/// # Safety
/// `site` is a run-time error site; `a` and `mask` are live arrays, `mask` of bools with at
/// most `a.ndim` axes.
#[no_mangle]
pub unsafe extern "C" fn arrc_mask_take(site: *const u8, a: Arr, mask: Arr) -> Arr {
    crate::gpu::host_read(a);
    crate::gpu::host_read(mask);
    let (a, m) = (&*a, &*mask);
    let k = m.ndim as usize;
    // NumPy takes an empty mask as an empty integer index, whatever its shape.
    for axis in (0..k).filter(|_| m.size != 0) {
        if m.shape[axis] != a.shape[axis] {
            raise_py(
                site,
                PyExc::IndexError,
                &format!(
                    "boolean index did not match indexed array along axis {axis}; size of axis is {} but size of corresponding boolean axis is {}",
                    a.shape[axis], m.shape[axis]
                ),
            );
        }
    }
    let mut picks: Vec<Vec<usize>> = Vec::new();
    ArrObj::for_each_index(m.shape(), |i| {
        if m.get(i).as_i64() != 0 {
            picks.push(i.to_vec());
        }
    });
    let rest = &a.shape()[k..];
    let mut shape = vec![picks.len() as i64];
    shape.extend_from_slice(rest);
    let out = ArrObj::alloc_with(a.dtype, &shape, false);
    let o = &*out;
    let isz = a.dtype.itemsize();
    let mut src = vec![0usize; a.ndim as usize];
    let mut t = 0usize;
    for p in picks {
        src[..k].copy_from_slice(&p);
        ArrObj::for_each_index(rest, |r| {
            src[k..].copy_from_slice(r);
            let q = a.data.offset(a.offset(&src));
            std::ptr::copy_nonoverlapping(q, o.data.add(t * isz), isz);
            t += 1;
        });
    }
    out
}

/// The indices of the nonzero elements of `a`, in C order: along axis `which` (one array of
/// `np.nonzero`'s tuple), raveled for `which == -1` (`np.flatnonzero`), or as rows of an
/// `(count, ndim)` array for `which == -2` (`np.argwhere`). int64.
///
/// # Safety
/// `a` is a live array; `which` is an axis of it, -1 or -2.
#[no_mangle]
pub unsafe extern "C" fn arrc_nonzero(a: Arr, which: i64) -> Arr {
    crate::gpu::host_read(a);
    let a = &*a;
    let mut hits: Vec<i64> = Vec::new();
    let mut count = 0i64;
    let mut flat = 0i64;
    let nd = a.ndim as usize;
    ArrObj::for_each_index(a.shape(), |i| {
        let nonzero = match a.get(i) {
            Elem::Float(f) => f != 0.0,
            e => e.as_i64() != 0,
        };
        if nonzero {
            count += 1;
            match which {
                -1 => hits.push(flat),
                -2 => hits.extend(i.iter().map(|&x| x as i64)),
                k => hits.push(i[k as usize] as i64),
            }
        }
        flat += 1;
    });
    let shape = if which == -2 {
        vec![count, nd as i64]
    } else {
        vec![count]
    };
    let out = ArrObj::alloc_with(DType::I64, &shape, false);
    std::ptr::copy_nonoverlapping(hits.as_ptr(), (*out).data as *mut i64, hits.len());
    out
}

/// `np.bincount(x, weights, minlength)` of a 1-D int array `x`: int64 counts, or with
/// `weights` (a float64 array, or null) their float64 sums in `x`'s order; NumPy's errors.
///
/// # Safety
/// `site` is a run-time error site; `x` (and `weights` unless null) are live 1-D arrays.
#[no_mangle]
pub unsafe extern "C" fn arrc_bincount(
    site: *const u8,
    x: Arr,
    weights: Arr,
    minlength: i64,
) -> Arr {
    crate::gpu::host_read(x);
    let x = &*x;
    let n = x.shape[0];
    if n == 0 && !weights.is_null() {
        // NumPy returns int64 zeros for an empty `x`, weights or not; arrc typed the
        // weighted result float64 when it compiled the call.
        raise(site, "np.bincount of an empty array with weights= (NumPy returns int64 zeros then, where arrc compiled a float64 result)");
    }
    let values: Vec<i64> = (0..n as usize).map(|i| x.get(&[i]).as_i64()).collect();
    if minlength < 0 {
        raise_py(site, PyExc::ValueError, "'minlength' must not be negative");
    }
    if values.iter().any(|&v| v < 0) {
        raise_py(
            site,
            PyExc::ValueError,
            "'list' argument must have no negative elements",
        );
    }
    let len = values
        .iter()
        .map(|&v| v + 1)
        .max()
        .unwrap_or(0)
        .max(minlength);
    if weights.is_null() {
        let out = ArrObj::alloc_with(DType::I64, &[len], true);
        let d = (*out).data as *mut i64;
        for v in values {
            *d.add(v as usize) += 1;
        }
        return out;
    }
    crate::gpu::host_read(weights);
    let w = &*weights;
    if w.ndim != 1 || w.shape[0] != n {
        raise_py(
            site,
            PyExc::ValueError,
            "The weights and list don't have the same length.",
        );
    }
    let out = ArrObj::alloc_with(DType::F64, &[len], true);
    let d = (*out).data as *mut f64;
    for (i, v) in values.into_iter().enumerate() {
        *d.add(v as usize) += w.get(&[i]).as_f64();
    }
    out
}

/// One output of `np.unique(a)` over the flattened array (`flags & 0xff`: 0 the sorted unique
/// values, 1 each one's first index, 2 the inverse, of `a`'s shape, 3 the counts; bit 8: NumPy
/// sorted stably, `return_index=True`). NaNs count as one value, last. Without a stable sort,
/// which of `0.0` and `-0.0` NumPy keeps depends on its quicksort: an error where both occur.
///
/// # Safety
/// `site` is a run-time error site; `a` is a live array.
#[no_mangle]
pub unsafe extern "C" fn arrc_unique(site: *const u8, a: Arr, flags: i64) -> Arr {
    crate::gpu::host_read(a);
    let a = &*a;
    let (which, stable) = (flags & 0xff, flags & (1 << 8) != 0);
    let mut items: Vec<(Elem, usize)> = Vec::with_capacity(a.size as usize);
    ArrObj::for_each_index(a.shape(), |i| {
        let n = items.len();
        items.push((a.get(i), n));
    });
    items.sort_by(|x, y| order(x.0, y.0));
    let same = |x: Elem, y: Elem| order(x, y) == Ordering::Equal;
    // Runs of equal values: (start in `items`, length).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (k, it) in items.iter().enumerate() {
        match runs.last_mut() {
            Some((s, len)) if same(items[*s].0, it.0) => *len += 1,
            _ => runs.push((k, 1)),
        }
    }
    if !stable && which == 0 {
        for &(s, len) in &runs {
            let signs = items[s..s + len]
                .iter()
                .map(|(e, _)| matches!(e, Elem::Float(f) if *f == 0.0 && f.is_sign_negative()));
            let (neg, pos) = signs.fold((false, false), |(n, p), s| (n || s, p || !s));
            if matches!(items[s].0, Elem::Float(f) if f == 0.0) && neg && pos {
                raise(site, "np.unique of an array holding both 0.0 and -0.0: NumPy's quicksort decides which one it keeps (arrc stops rather than guess; return_index=True sorts stably)");
            }
        }
    }
    match which {
        0 => {
            let out = ArrObj::alloc_with(a.dtype, &[runs.len() as i64], false);
            let isz = a.dtype.itemsize();
            for (k, &(s, _)) in runs.iter().enumerate() {
                items[s].0.write(a.dtype, (*out).data.add(k * isz));
            }
            out
        }
        2 => {
            let out = ArrObj::alloc_with(DType::I64, a.shape(), false);
            let d = (*out).data as *mut i64;
            for (k, &(s, len)) in runs.iter().enumerate() {
                for (_, pos) in &items[s..s + len] {
                    *d.add(*pos) = k as i64;
                }
            }
            out
        }
        _ => {
            let out = ArrObj::alloc_with(DType::I64, &[runs.len() as i64], false);
            let d = (*out).data as *mut i64;
            for (k, &(s, len)) in runs.iter().enumerate() {
                *d.add(k) = if which == 1 {
                    items[s].1 as i64
                } else {
                    len as i64
                };
            }
            out
        }
    }
}

/// `np.repeat(a, repeats, axis)`: `reps` an int array of counts (one per position, or one for
/// all), or null for the scalar `count`; `axis` -1 repeats the flattened array's elements.
/// A new C-ordered array; NumPy's errors for negative or mismatched counts.
///
/// # Safety
/// `site` is a run-time error site; `a` (and `reps` unless null) are live arrays.
#[no_mangle]
pub unsafe extern "C" fn arrc_repeat(
    site: *const u8,
    a: Arr,
    reps: Arr,
    count: i64,
    axis: i64,
) -> Arr {
    crate::gpu::host_read(a);
    let a = &*a;
    // The source as (outer, n, inner) around the repeated axis, in C order.
    let (shape, ax): (Vec<i64>, usize) = if axis < 0 {
        (vec![a.size], 0)
    } else {
        (a.shape().to_vec(), axis as usize)
    };
    let n = shape[ax];
    let counts: Vec<i64> = if reps.is_null() {
        if count < 0 {
            raise_py(
                site,
                PyExc::ValueError,
                "negative dimensions are not allowed",
            );
        }
        vec![count; n as usize]
    } else {
        crate::gpu::host_read(reps);
        let r = &*reps;
        let mut v = Vec::with_capacity(r.size as usize);
        ArrObj::for_each_index(r.shape(), |i| v.push(r.get(i).as_i64()));
        if v.len() == 1 {
            vec![v[0]; n as usize]
        } else if v.len() as i64 != n {
            raise_py(
                site,
                PyExc::ValueError,
                &format!(
                    "operands could not be broadcast together with shape ({n},) ({},)",
                    v.len()
                ),
            );
        } else {
            v
        }
    };
    if counts.iter().any(|&c| c < 0) {
        raise_py(
            site,
            PyExc::ValueError,
            "repeats may not contain negative values.",
        );
    }
    let total: i64 = counts.iter().sum();
    let mut out_shape = shape.clone();
    out_shape[ax] = total;
    let out = ArrObj::alloc_with(a.dtype, &out_shape, false);
    let isz = a.dtype.itemsize();
    // Source elements in C order (flattened when axis < 0).
    let mut elems: Vec<Elem> = Vec::with_capacity(a.size as usize);
    ArrObj::for_each_index(a.shape(), |i| elems.push(a.get(i)));
    let outer: i64 = shape[..ax].iter().product();
    let inner: i64 = shape[ax + 1..].iter().product();
    let mut t = 0usize;
    for o in 0..outer {
        for (j, &c) in counts.iter().enumerate() {
            let base = ((o * n + j as i64) * inner) as usize;
            for _ in 0..c {
                for k in 0..inner as usize {
                    elems[base + k].write(a.dtype, (*out).data.add(t * isz));
                    t += 1;
                }
            }
        }
    }
    out
}

/// Set operations on the flattened `a` and `b` (one dtype): `op` 0 `np.intersect1d`, 1
/// `np.union1d`, 2 `np.setdiff1d` (new sorted 1-D arrays of unique values), 3 `np.isin`, 4
/// `np.isin(invert=True)` (bools of `a`'s shape). NaN never equals NaN in a membership test
/// (so never in an intersection) and is kept once in a union or a difference, as NumPy's
/// sort-based versions give. Where a result would hold a zero whose sign NumPy's quicksort
/// decides (both `0.0` and `-0.0` among the values), arrc stops with an error.
///
/// # Safety
/// `site` is a run-time error site; `a` and `b` are live arrays of one dtype.
#[no_mangle]
pub unsafe extern "C" fn arrc_set_op(site: *const u8, a: Arr, b: Arr, op: i64) -> Arr {
    crate::gpu::host_read(a);
    crate::gpu::host_read(b);
    let (a, b) = (&*a, &*b);
    let elems = |x: &ArrObj| {
        let mut v = Vec::with_capacity(x.size as usize);
        ArrObj::for_each_index(x.shape(), |i| v.push(x.get(i)));
        v
    };
    let is_nan = |e: &Elem| matches!(e, Elem::Float(f) if f.is_nan());
    let va = elems(a);
    // `b`'s values without NaN, sorted, for binary searches.
    let mut vb: Vec<Elem> = elems(b).into_iter().filter(|e| !is_nan(e)).collect();
    vb.sort_by(|x, y| order(*x, *y));
    let member =
        |e: &Elem, set: &[Elem]| !is_nan(e) && set.binary_search_by(|s| order(*s, *e)).is_ok();
    if op >= 3 {
        let out = ArrObj::alloc_with(DType::Bool, a.shape(), false);
        for (k, e) in va.iter().enumerate() {
            let hit = member(e, &vb) != (op == 4);
            *(*out).data.add(k) = hit as u8;
        }
        return out;
    }
    let picked: Vec<Elem> = match op {
        0 => va.iter().copied().filter(|e| member(e, &vb)).collect(),
        1 => va.iter().chain(&vb).copied().collect(),
        _ => va
            .iter()
            .copied()
            .filter(|e| is_nan(e) || !member(e, &vb))
            .collect(),
    };
    let mut sorted = picked;
    sorted.sort_by(|x, y| order(*x, *y));
    let mut uniq: Vec<Elem> = Vec::new();
    let mut signs = (false, false);
    for e in sorted {
        if let Elem::Float(f) = e {
            if f == 0.0 {
                if f.is_sign_negative() {
                    signs.0 = true;
                } else {
                    signs.1 = true;
                }
            }
        }
        match uniq.last() {
            Some(l) if order(*l, e) == Ordering::Equal => {}
            _ => uniq.push(e),
        }
    }
    if signs.0 && signs.1 {
        raise(site, "a set operation on values holding both 0.0 and -0.0: NumPy's quicksort decides which one it keeps (arrc stops rather than guess)");
    }
    let out = ArrObj::alloc_with(a.dtype, &[uniq.len() as i64], false);
    let isz = a.dtype.itemsize();
    for (k, e) in uniq.iter().enumerate() {
        e.write(a.dtype, (*out).data.add(k * isz));
    }
    out
}

thread_local! {
    /// The index arrays of the next `arrc_take_nd` / `arrc_put_nd`, in order.
    static INDEX_ARRAYS: std::cell::RefCell<Vec<Arr>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The last `k` arrays pushed by `arrc_index_push`, in push order (`np.einsum`'s operands).
pub(crate) fn pop_pushed(k: usize) -> Vec<Arr> {
    INDEX_ARRAYS.with(|s| {
        let mut s = s.borrow_mut();
        let at = s.len() - k;
        s.split_off(at)
    })
}

/// Pushes one index array of a multi-array index `x[i0, i1, ...]`.
///
/// # Safety
/// `p` is a live int array that stays alive until the take or put that pops it.
#[no_mangle]
pub unsafe extern "C" fn arrc_index_push(p: Arr) {
    INDEX_ARRAYS.with(|s| s.borrow_mut().push(p));
}

/// For the `k` pushed index arrays into `a`'s first `k` axes: their broadcast shape, and per
/// element of it (C order) the flat byte offset of the selected sub-array; NumPy's IndexErrors.
unsafe fn gather_offsets(site: *const u8, a: &ArrObj, k: usize) -> (Vec<i64>, Vec<isize>) {
    let idx: Vec<Arr> = INDEX_ARRAYS.with(|s| {
        let mut s = s.borrow_mut();
        let at = s.len() - k;
        s.split_off(at)
    });
    let shapes: Vec<Vec<i64>> = idx.iter().map(|&p| (*p).shape().to_vec()).collect();
    let mut shape: Vec<i64> = Vec::new();
    for s in &shapes {
        let n = shape.len().max(s.len());
        let at = |v: &[i64], i: usize| {
            if i + v.len() >= n {
                v[i + v.len() - n]
            } else {
                1
            }
        };
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let (x, y) = (at(&shape, i), at(s, i));
            out.push(if x == y || y == 1 {
                x
            } else if x == 1 {
                y
            } else {
                let mut m = String::from(
                    "shape mismatch: indexing arrays could not be broadcast together with shapes ",
                );
                for s in &shapes {
                    m.push_str(&compact(s));
                    m.push(' ');
                }
                raise_py(site, PyExc::IndexError, &m);
            });
        }
        shape = out;
    }
    let mut offsets = Vec::new();
    let n = shape.len();
    ArrObj::for_each_index(&shape, |i| {
        let mut off = 0isize;
        for (axis, &p) in idx.iter().enumerate() {
            let ix = &*p;
            let nd = ix.ndim as usize;
            let pos: Vec<usize> = (0..nd)
                .map(|d| if ix.shape[d] == 1 { 0 } else { i[d + n - nd] })
                .collect();
            let v = ix.get(&pos).as_i64();
            let len = a.shape[axis];
            let j = if v < 0 { v + len } else { v };
            if !(0..len).contains(&j) {
                raise_py(
                    site,
                    PyExc::IndexError,
                    &format!("index {v} is out of bounds for axis {axis} with size {len}"),
                );
            }
            off += (j * a.strides[axis]) as isize;
        }
        offsets.push(off);
    });
    (shape, offsets)
}

/// `a[i0, ..., ik-1]` with the `k` pushed int index arrays: a new C-ordered array of their
/// broadcast shape followed by `a`'s remaining axes.
///
/// # Safety
/// `site` is a run-time error site; `a` is a live array with at least `k` axes, `k` index
/// arrays were pushed.
#[no_mangle]
pub unsafe extern "C" fn arrc_take_nd(site: *const u8, a: Arr, k: i64) -> Arr {
    crate::gpu::host_read(a);
    let a = &*a;
    let k = k as usize;
    let (mut shape, offsets) = gather_offsets(site, a, k);
    let rest = &a.shape()[k..];
    shape.extend_from_slice(rest);
    let out = ArrObj::alloc_with(a.dtype, &shape, false);
    let isz = a.dtype.itemsize();
    let mut src = vec![0usize; a.ndim as usize];
    let mut t = 0usize;
    for off in offsets {
        ArrObj::for_each_index(rest, |r| {
            src[k..].copy_from_slice(r);
            let q = a.data.offset(off + a.offset(&src));
            std::ptr::copy_nonoverlapping(q, (*out).data.add(t * isz), isz);
            t += 1;
        });
    }
    out
}

/// `a[i0, ..., ik-1] = v` with the `k` pushed index arrays: `v` (of `a`'s dtype) broadcast to
/// the indexing result's shape, stored in order (a repeated position keeps the last value);
/// NumPy's errors.
///
/// # Safety
/// As `arrc_take_nd`; `v` is a live array of `a`'s dtype.
#[no_mangle]
pub unsafe extern "C" fn arrc_put_nd(site: *const u8, a: Arr, k: i64, v: Arr, mask: i64) {
    crate::gpu::host_read(a);
    crate::gpu::host_read(v);
    crate::gpu::host_write(a);
    // A value that shares memory with the target is read as it was before the store
    // (NumPy's mapping assignment copies it first); its boolean-mask assignment reads the
    // value as it goes, earlier writes included.
    let held = if mask == 0 && super::may_overlap(&*v, &*a) {
        super::arrc_copy(v)
    } else {
        super::arrc_incref(v);
        v
    };
    put_nd(site, &*a, k as usize, &*held, mask);
    crate::array::decref(held);
}

unsafe fn put_nd(site: *const u8, a: &ArrObj, k: usize, v: &ArrObj, mask: i64) {
    let (mut shape, offsets) = gather_offsets(site, a, k);
    let rest = a.shape()[k..].to_vec();
    shape.extend_from_slice(&rest);
    // The value broadcast to `shape` (NumPy drops its leading length-1 axes first).
    let vs: Vec<i64> = {
        let s = v.shape();
        let lead = s
            .iter()
            .take_while(|&&d| d == 1)
            .count()
            .min(s.len().saturating_sub(shape.len()));
        s[lead..].to_vec()
    };
    // A boolean mask over every axis selects a flat run of positions: NumPy's own errors.
    if mask != 0 && k == a.ndim as usize {
        if v.ndim >= 2 {
            raise_py(
                site,
                PyExc::TypeError,
                &format!(
                    "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {} dimensions",
                    v.ndim
                ),
            );
        }
        if v.ndim == 1 && v.shape[0] != 1 && v.shape[0] != shape[0] {
            raise_py(
                site,
                PyExc::ValueError,
                &format!(
                    "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values where the mask is true",
                    v.shape[0], shape[0]
                ),
            );
        }
    }
    let n = shape.len();
    let fits = vs.len() <= n
        && vs
            .iter()
            .enumerate()
            .all(|(i, &d)| d == 1 || d == shape[i + n - vs.len()]);
    if !fits {
        raise_py(
            site,
            PyExc::ValueError,
            &format!(
                "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                compact(v.shape()),
                compact(&shape)
            ),
        );
    }
    let isz = a.dtype.itemsize();
    let mut dst = vec![0usize; a.ndim as usize];
    let mut t = 0usize;
    let vnd = v.ndim as usize;
    let mut full = vec![0usize; n];
    for off in offsets {
        ArrObj::for_each_index(&rest, |r| {
            dst[k..].copy_from_slice(r);
            // Position `t` of the result in C order, as an index into `shape`.
            let mut rem = t;
            for d in (0..n).rev() {
                full[d] = rem % shape[d] as usize;
                rem /= shape[d] as usize;
            }
            // Value axis `d` is result axis `d + n - vnd` (aligned right).
            let vpos: Vec<usize> = (0..vnd)
                .map(|d| match (d + n).checked_sub(vnd) {
                    Some(rd) if v.shape[d] != 1 => full[rd],
                    _ => 0,
                })
                .collect();
            let q = v.data.offset(v.offset(&vpos));
            let p = a.data.offset(off + a.offset(&dst));
            std::ptr::copy_nonoverlapping(q, p, isz);
            t += 1;
        });
    }
}
