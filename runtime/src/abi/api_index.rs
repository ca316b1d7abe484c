//! Everyday NumPy functions computed by one runtime call each (`arrc_api`, dispatched on an
//! op code; the compiler's side is `compiler/src/sema/api_index.rs`): `np.searchsorted`,
//! `np.digitize`, `np.take`, `np.put`, `np.place`, `np.extract`, `np.compress`, `np.lexsort`,
//! `np.fill_diagonal`, `np.trim_zeros`, `np.resize`, `np.delete`, `np.insert`.
//!
//! Written for arrc after reading NumPy 2.4's sources: `npy_binsearch`/`npy_argbinsearch`
//! (`numpy/_core/src/npysort/binsearch.cpp`) for the searches, `check_array_monotonic`
//! (`compiled_base.c`) and `function_base.digitize`, `PyArray_TakeFrom`/`PyArray_PutTo`
//! (`item_selection.c`), `function_base.place`/`insert`/`delete`/`trim_zeros`,
//! `fromnumeric.resize`, `index_tricks.fill_diagonal`. Each keeps NumPy's order of visits, so
//! results on unsorted input and the first error raised are NumPy's too.

use super::{raise_py, Arr};
use crate::array::{ArrObj, DType, Elem};
use crate::pyexc::PyExc;
use std::cmp::Ordering;

pub const API_SEARCHSORTED: i64 = 1;
pub const API_DIGITIZE: i64 = 2;
pub const API_TAKE: i64 = 3;
pub const API_PUT: i64 = 4;
pub const API_PLACE: i64 = 5;
pub const API_EXTRACT: i64 = 6;
pub const API_COMPRESS: i64 = 7;
pub const API_LEXSORT: i64 = 8;
pub const API_FILL_DIAGONAL: i64 = 9;
pub const API_TRIM_ZEROS: i64 = 10;
pub const API_RESIZE: i64 = 11;
pub const API_DELETE: i64 = 12;
pub const API_INSERT: i64 = 13;

/// NumPy's sort order (`Tag::less`): ascending, NaN after everything; mixed int/float pairs
/// compare as float64 (the common dtype NumPy converts both operands to).
fn less(a: Elem, b: Elem) -> bool {
    cmp(a, b) == Ordering::Less
}

fn cmp(a: Elem, b: Elem) -> Ordering {
    match (a, b) {
        (Elem::Float(_), _) | (_, Elem::Float(_)) => {
            let (x, y) = (a.as_f64(), b.as_f64());
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => x.partial_cmp(&y).unwrap(),
            }
        }
        (Elem::UInt(x), Elem::UInt(y)) => x.cmp(&y),
        (Elem::UInt(x), y) => {
            let y = y.as_i64();
            if y < 0 {
                Ordering::Greater
            } else {
                x.cmp(&(y as u64))
            }
        }
        (x, Elem::UInt(y)) => cmp(Elem::UInt(y), x).reverse(),
        (x, y) => x.as_i64().cmp(&y.as_i64()),
    }
}

/// The elements of `a` in C order.
unsafe fn elems(a: Arr) -> Vec<Elem> {
    crate::gpu::host_read(a);
    let a = &*a;
    let mut v = Vec::with_capacity(a.size.max(0) as usize);
    ArrObj::for_each_index(a.shape(), |i| v.push(a.get(i)));
    v
}

/// A new C-contiguous array of `shape` holding `vals` (converted to `dtype`).
unsafe fn from_elems(dtype: DType, shape: &[i64], vals: &[Elem]) -> Arr {
    let out = ArrObj::alloc_with(dtype, shape, vals.is_empty());
    let o = &*out;
    let isz = dtype.itemsize();
    for (k, v) in vals.iter().enumerate() {
        v.write(dtype, o.data.add(k * isz));
    }
    out
}

/// The multi-indices of `a` in C order (with `a`'s data address offsets).
unsafe fn offsets(a: &ArrObj) -> Vec<isize> {
    let mut v = Vec::with_capacity(a.size.max(0) as usize);
    ArrObj::for_each_index(a.shape(), |i| v.push(a.offset(i)));
    v
}

unsafe fn out_of_bounds(site: *const u8, index: i64, axis: usize, size: i64) -> ! {
    raise_py(
        site,
        PyExc::IndexError,
        &format!("index {index} is out of bounds for axis {axis} with size {size}"),
    )
}

/// `i` normalised against `n` (negative counts from the end), or NumPy's IndexError.
unsafe fn wrap_index(site: *const u8, i: i64, axis: usize, n: i64) -> usize {
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        out_of_bounds(site, i, axis, n);
    }
    j as usize
}

/// NumPy's `binsearch` (`side` 0 left, 1 right) over `arr` (through `sorter` when given),
/// for each key in turn, keeping the previous key's bounds as NumPy does. `None` where
/// `argbinsearch` meets a sorter index out of range.
fn binsearch(arr: &[Elem], keys: &[Elem], right: bool, sorter: Option<&[i64]>) -> Option<Vec<i64>> {
    let n = arr.len() as i64;
    let go_right = |mid: Elem, key: Elem| {
        if right {
            !less(key, mid)
        } else {
            less(mid, key)
        }
    };
    let mut res = Vec::with_capacity(keys.len());
    let (mut min_idx, mut max_idx) = (0i64, n);
    let Some(&first) = keys.first() else {
        return Some(res);
    };
    let mut last = first;
    for &key in keys {
        if go_right(last, key) {
            max_idx = n;
        } else {
            min_idx = 0;
            max_idx = if max_idx < n { max_idx + 1 } else { n };
        }
        last = key;
        while min_idx < max_idx {
            let mid = min_idx + ((max_idx - min_idx) >> 1);
            let j = match sorter {
                Some(s) => {
                    let j = s[mid as usize];
                    if j < 0 || j >= n {
                        return None;
                    }
                    j
                }
                None => mid,
            };
            if go_right(arr[j as usize], key) {
                min_idx = mid + 1;
            } else {
                max_idx = mid;
            }
        }
        res.push(min_idx);
    }
    Some(res)
}

/// NumPy's `check_array_monotonic` on float64 bins: 1 increasing, -1 decreasing, 0 neither.
fn monotonic(a: &[f64]) -> i32 {
    if a.is_empty() {
        return 1;
    }
    let mut last = a[0];
    let mut i = 1;
    while i < a.len() && a[i] == last {
        i += 1;
    }
    if i == a.len() {
        return 1;
    }
    let mut next = a[i];
    if last < next {
        for &x in &a[i + 1..] {
            last = next;
            next = x;
            if last > next {
                return 0;
            }
        }
        1
    } else {
        for &x in &a[i + 1..] {
            last = next;
            next = x;
            if last < next {
                return 0;
            }
        }
        -1
    }
}

/// Splits `shape` around `axis`: (outer count, axis length, inner count).
fn around(shape: &[i64], axis: usize) -> (usize, usize, usize) {
    let outer: i64 = shape[..axis].iter().product();
    let inner: i64 = shape[axis + 1..].iter().product();
    (outer as usize, shape[axis] as usize, inner as usize)
}

/// `arr` (C-order elements of `shape`) with the lanes along `axis` chosen by `pick` (each an
/// index into that axis, in order): NumPy's `take` along one axis.
fn take_lanes(vals: &[Elem], shape: &[i64], axis: usize, pick: &[usize]) -> Vec<Elem> {
    let (outer, n, inner) = around(shape, axis);
    let mut out = Vec::with_capacity(outer * pick.len() * inner);
    for o in 0..outer {
        for &p in pick {
            let base = (o * n + p) * inner;
            out.extend_from_slice(&vals[base..base + inner]);
        }
    }
    out
}

/// The everyday functions; `op` is one of the `API_*` codes (for `API_RESIZE`, bits 8.. hold
/// the new rank and `i0..i3` its extents). Returns a new array, or for the in-place functions
/// (`put`, `place`, `fill_diagonal`) `a0` with one more reference.
///
/// # Safety
/// `site` is a run-time error site; the array operands the op uses are live arrays of the
/// ranks and dtypes the compiler checked.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn arrc_api(
    site: *const u8,
    op: i64,
    a0: Arr,
    a1: Arr,
    a2: Arr,
    a3: Arr,
    i0: i64,
    i1: i64,
    i2: i64,
    i3: i64,
) -> Arr {
    match op & 0xff {
        API_SEARCHSORTED => {
            let arr = elems(a0);
            let keys = elems(a1);
            let sorter = if a2.is_null() {
                None
            } else {
                let s: Vec<i64> = elems(a2).into_iter().map(Elem::as_i64).collect();
                if s.len() != arr.len() {
                    raise_py(site, PyExc::ValueError, "sorter.size must equal a.size");
                }
                Some(s)
            };
            let Some(r) = binsearch(&arr, &keys, i0 != 0, sorter.as_deref()) else {
                raise_py(site, PyExc::ValueError, "Sorter index out of range.");
            };
            let r: Vec<Elem> = r.into_iter().map(Elem::Int).collect();
            from_elems(DType::I64, (*a1).shape(), &r)
        }
        API_DIGITIZE => {
            let x = elems(a0);
            let bins = elems(a1);
            let f: Vec<f64> = bins.iter().map(|b| b.as_f64()).collect();
            let mono = monotonic(&f);
            if mono == 0 {
                raise_py(
                    site,
                    PyExc::ValueError,
                    "bins must be monotonically increasing or decreasing",
                );
            }
            // `right` searches on the left, as NumPy's digitize swaps them.
            let right_side = i0 == 0;
            let r = if mono == -1 {
                let rev: Vec<Elem> = bins.iter().rev().copied().collect();
                let n = rev.len() as i64;
                binsearch(&rev, &x, right_side, None)
                    .unwrap()
                    .into_iter()
                    .map(|k| Elem::Int(n - k))
                    .collect::<Vec<_>>()
            } else {
                binsearch(&bins, &x, right_side, None)
                    .unwrap()
                    .into_iter()
                    .map(Elem::Int)
                    .collect()
            };
            from_elems(DType::I64, (*a0).shape(), &r)
        }
        API_TAKE => {
            let a = &*a0;
            let vals = elems(a0);
            let idx: Vec<i64> = elems(a1).into_iter().map(Elem::as_i64).collect();
            let ishape = (*a1).shape().to_vec();
            let (shape, axis) = if i0 < 0 {
                (vec![a.size], 0)
            } else {
                (a.shape().to_vec(), i0 as usize)
            };
            let n = shape[axis];
            let pick: Vec<usize> = idx.iter().map(|&i| wrap_index(site, i, axis, n)).collect();
            let r = take_lanes(&vals, &shape, axis, &pick);
            let mut oshape = shape[..axis].to_vec();
            oshape.extend_from_slice(&ishape);
            oshape.extend_from_slice(&shape[axis + 1..]);
            from_elems(a.dtype, &oshape, &r)
        }
        API_PUT => {
            crate::gpu::host_write(a0);
            let a = &*a0;
            let offs = offsets(a);
            let idx: Vec<i64> = elems(a1).into_iter().map(Elem::as_i64).collect();
            let v = elems(a2);
            if !v.is_empty() && !idx.is_empty() {
                if offs.is_empty() {
                    raise_py(
                        site,
                        PyExc::IndexError,
                        "cannot replace elements of an empty array",
                    );
                }
                for (k, &i) in idx.iter().enumerate() {
                    let j = wrap_index(site, i, 0, offs.len() as i64);
                    v[k % v.len()].write(a.dtype, a.data.offset(offs[j]));
                }
            }
            (*a0).rc += 1;
            a0
        }
        API_PLACE => {
            crate::gpu::host_write(a0);
            let a = &*a0;
            let offs = offsets(a);
            let mask = elems(a1);
            let v = elems(a2);
            let mut k = 0;
            for (j, m) in mask.iter().enumerate() {
                if m.as_bool() {
                    if v.is_empty() {
                        raise_py(
                            site,
                            PyExc::ValueError,
                            "Cannot insert from an empty array!",
                        );
                    }
                    v[k % v.len()].write(a.dtype, a.data.offset(offs[j]));
                    k += 1;
                }
            }
            (*a0).rc += 1;
            a0
        }
        API_EXTRACT => {
            let cond = elems(a0);
            let vals = elems(a1);
            let mut r = Vec::new();
            for (j, c) in cond.iter().enumerate() {
                if c.as_bool() {
                    if j >= vals.len() {
                        out_of_bounds(site, j as i64, 0, vals.len() as i64);
                    }
                    r.push(vals[j]);
                }
            }
            from_elems((*a1).dtype, &[r.len() as i64], &r)
        }
        API_COMPRESS => {
            let a = &*a1;
            let cond = elems(a0);
            let vals = elems(a1);
            let (shape, axis) = if i0 < 0 {
                (vec![a.size], 0)
            } else {
                (a.shape().to_vec(), i0 as usize)
            };
            let n = shape[axis];
            let mut pick = Vec::new();
            for (j, c) in cond.iter().enumerate() {
                if c.as_bool() {
                    if j as i64 >= n {
                        out_of_bounds(site, j as i64, axis, n);
                    }
                    pick.push(j);
                }
            }
            let r = take_lanes(&vals, &shape, axis, &pick);
            let mut oshape = shape.clone();
            oshape[axis] = pick.len() as i64;
            from_elems(a.dtype, &oshape, &r)
        }
        API_LEXSORT => {
            // Keys a0.. (the last given is the primary one), all of one length: a stable
            // sort by the primary key, ties broken by the next, as NumPy's lexsort orders.
            let keys: Vec<Vec<Elem>> = [a0, a1, a2, a3]
                .into_iter()
                .take(i0 as usize)
                .map(|k| elems(k))
                .collect();
            let n = keys[0].len();
            let mut idx: Vec<usize> = (0..n).collect();
            idx.sort_by(|&x, &y| {
                for k in keys.iter().rev() {
                    let o = cmp(k[x], k[y]);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                Ordering::Equal
            });
            let r: Vec<Elem> = idx.into_iter().map(|i| Elem::Int(i as i64)).collect();
            from_elems(DType::I64, &[n as i64], &r)
        }
        API_FILL_DIAGONAL => {
            crate::gpu::host_write(a0);
            let a = &*a0;
            let shape = a.shape().to_vec();
            let offs = offsets(a);
            let v = elems(a1);
            let (step, end) = if shape.len() == 2 {
                let step = shape[1] as usize + 1;
                let end = if i0 != 0 {
                    offs.len()
                } else {
                    (shape[1] * shape[1]) as usize
                };
                (step, end.min(offs.len()))
            } else {
                // NumPy: step = 1 + (cumprod(shape[:-1])).sum()
                let mut acc = 1i64;
                let mut sum = 0i64;
                for &d in &shape[..shape.len() - 1] {
                    acc *= d;
                    sum += acc;
                }
                (1 + sum as usize, offs.len())
            };
            if !v.is_empty() {
                let mut k = 0;
                let mut j = 0;
                while j < end {
                    v[k % v.len()].write(a.dtype, a.data.offset(offs[j]));
                    k += 1;
                    j += step;
                }
            }
            (*a0).rc += 1;
            a0
        }
        API_TRIM_ZEROS => {
            let vals = elems(a0);
            let mut lo = 0;
            let mut hi = vals.len();
            if i0 & 1 != 0 {
                while lo < hi && !vals[lo].as_bool() {
                    lo += 1;
                }
            }
            if i0 & 2 != 0 {
                while hi > lo && !vals[hi - 1].as_bool() {
                    hi -= 1;
                }
            }
            from_elems((*a0).dtype, &[(hi - lo) as i64], &vals[lo..hi])
        }
        API_RESIZE => {
            let nd = (op >> 8) as usize;
            let shape = &[i0, i1, i2, i3][..nd];
            let vals = elems(a0);
            let size: i64 = shape.iter().product();
            let r: Vec<Elem> = if vals.is_empty() {
                let zero = if (*a0).dtype.is_int() {
                    Elem::Int(0)
                } else {
                    Elem::Float(0.0)
                };
                vec![zero; size as usize]
            } else {
                (0..size as usize).map(|k| vals[k % vals.len()]).collect()
            };
            from_elems((*a0).dtype, shape, &r)
        }
        API_DELETE => {
            // a1: int64 indices (i1 = 0) or a bool mask (i1 = 1) along axis i0 (-1: flat).
            let a = &*a0;
            let vals = elems(a0);
            let (shape, axis) = if i0 < 0 {
                (vec![a.size], 0)
            } else {
                (a.shape().to_vec(), i0 as usize)
            };
            let n = shape[axis];
            let obj = elems(a1);
            let mut keep = vec![true; n as usize];
            if i1 != 0 {
                if obj.len() as i64 != n {
                    raise_py(
                        site,
                        PyExc::ValueError,
                        &format!(
                            "boolean array argument obj to delete must be one dimensional and match the axis length of {n}"
                        ),
                    );
                }
                for (j, m) in obj.iter().enumerate() {
                    keep[j] = !m.as_bool();
                }
            } else {
                for i in &obj {
                    let j = wrap_index(site, i.as_i64(), axis, n);
                    keep[j] = false;
                }
            }
            let pick: Vec<usize> = (0..n as usize).filter(|&j| keep[j]).collect();
            let r = take_lanes(&vals, &shape, axis, &pick);
            let mut oshape = shape.clone();
            oshape[axis] = pick.len() as i64;
            from_elems(a.dtype, &oshape, &r)
        }
        API_INSERT => {
            // One index i1 along axis i0 (-1: flat); a1 the values, already of the result's
            // dtype.
            let a = &*a0;
            let vals = elems(a0);
            let (shape, axis) = if i0 < 0 {
                (vec![a.size], 0)
            } else {
                (a.shape().to_vec(), i0 as usize)
            };
            let n = shape[axis];
            let index = i1;
            if index < -n || index > n {
                out_of_bounds(site, index, axis, n);
            }
            let index = if index < 0 { index + n } else { index } as usize;
            // NumPy's `array(values, ndmin=ndim)` moved from axis 0 to `axis`, broadcast into
            // the slot of `numnew` lanes (the compiler checked it broadcasts).
            let raw = elems(a1);
            let nd = shape.len();
            let vsh = (*a1).shape();
            let mut vs = vec![1i64; nd - vsh.len()];
            vs.extend_from_slice(vsh);
            let mut moved = vs[1..].to_vec();
            moved.insert(axis, vs[0]);
            let numnew = moved[axis] as usize;
            let mut slot = shape.clone();
            slot[axis] = numnew as i64;
            let mut new = Vec::new();
            let mut vi = vec![0usize; nd];
            ArrObj::for_each_index(&slot, |m| {
                let mi = |d: usize| if moved[d] == 1 { 0 } else { m[d] };
                vi[0] = mi(axis);
                for d in 0..axis {
                    vi[d + 1] = mi(d);
                }
                for d in axis + 1..nd {
                    vi[d] = mi(d);
                }
                let mut flat = 0usize;
                for d in 0..nd {
                    flat = flat * vs[d] as usize + vi[d];
                }
                new.push(raw[flat]);
            });
            let (outer, _, inner) = around(&shape, axis);
            let mut r = Vec::with_capacity(vals.len() + new.len());
            for o in 0..outer {
                let row = &vals[o * n as usize * inner..(o + 1) * n as usize * inner];
                r.extend_from_slice(&row[..index * inner]);
                r.extend_from_slice(&new[o * numnew * inner..(o + 1) * numnew * inner]);
                r.extend_from_slice(&row[index * inner..]);
            }
            let mut oshape = shape.clone();
            oshape[axis] += numnew as i64;
            from_elems(a.dtype, &oshape, &r)
        }
        _ => unreachable!("arrc_api op {op}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_like_numpy() {
        let a: Vec<Elem> = [1.0, 2.0, 2.0, 3.0]
            .iter()
            .map(|&f| Elem::Float(f))
            .collect();
        let k: Vec<Elem> = [2.0, 0.0, f64::NAN, 2.5]
            .iter()
            .map(|&f| Elem::Float(f))
            .collect();
        assert_eq!(binsearch(&a, &k, false, None).unwrap(), vec![1, 0, 4, 3]);
        assert_eq!(binsearch(&a, &k, true, None).unwrap(), vec![3, 0, 4, 3]);
        assert_eq!(monotonic(&[3.0, 2.0, 2.0]), -1);
        assert_eq!(monotonic(&[1.0, 3.0, 2.0]), 0);
    }
}
