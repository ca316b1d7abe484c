//! Arrays whose extents are known only at run time (`Ty::RunArray` in the compiler): slices
//! normalised against the run-time extent, and the run-time half of broadcasting.
//!
//! An elementwise kernel over such arrays checks its shapes with a small stack program that
//! lowering emits in NumPy's evaluation order: each operand pushes its shape (a scalar pushes
//! `()`), each elementwise node pops its operands' shapes and pushes their broadcast (or raises
//! NumPy's error naming them), and the kernel's root either allocates the result
//! (`arrc_bshape_alloc`) or checks the value against the array it is written into
//! (`arrc_bshape_write`). Each operand is then given to the kernel as a view broadcast to the
//! result's shape (`arrc_bcast_view`: stride 0 where NumPy broadcasts), so the compiled loop
//! needs no per-axis broadcast flags. The same program carries each operand's and each
//! intermediate's memory layout (`order.rs`), so a new result is laid out as NumPy lays it
//! out (order='K').

use super::{raise, raise_py, Arr};
use crate::array::{ArrObj, DType, MAX_DIMS};
use crate::order::{self, Layout};
use crate::pyexc::PyExc;
use std::cell::RefCell;

/// An operand's or intermediate's shape, and its layout (`None` for a scalar, or a result of
/// scalars only).
struct Entry {
    shape: Vec<i64>,
    layout: Option<Layout>,
}

thread_local! {
    static SHAPES: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// NumPy's compact shape text in broadcast errors: `(3,4)`, `(3,)`, `()`.
pub(super) fn compact(shape: &[i64]) -> String {
    match shape {
        [d] => format!("({d},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

/// NumPy's broadcast of two shapes, `None` when they do not broadcast.
fn broadcast(a: &[i64], b: &[i64]) -> Option<Vec<i64>> {
    let n = a.len().max(b.len());
    let at = |s: &[i64], i: usize| {
        if i + s.len() >= n {
            s[i + s.len() - n]
        } else {
            1
        }
    };
    (0..n)
        .map(|i| match (at(a, i), at(b, i)) {
            (x, y) if x == y || y == 1 => Some(x),
            (1, y) => Some(y),
            _ => None,
        })
        .collect()
}

fn pop() -> Entry {
    SHAPES.with(|s| {
        s.borrow_mut()
            .pop()
            .expect("a shape on the broadcast stack")
    })
}

fn pop_n(k: i64) -> Vec<Entry> {
    let mut entries: Vec<Entry> = (0..k).map(|_| pop()).collect();
    entries.reverse();
    entries
}

fn push(shape: Vec<i64>, layout: Option<Layout>) {
    SHAPES.with(|s| s.borrow_mut().push(Entry { shape, layout }));
}

/// The entry of an intermediate NumPy would allocate for `ops` broadcast to `shape`.
fn node_entry(shape: Vec<i64>, ops: &[Entry]) -> Entry {
    let layouts: Vec<Layout> = ops.iter().filter_map(|e| e.layout).collect();
    let layout = (!layouts.is_empty()).then(|| order::node(&shape, &layouts));
    Entry { shape, layout }
}

/// `x[lo:hi:step]` on axis `axis` of view `v`, normalised as Python's `slice.indices` does
/// against the axis's extent now; bit 0 of `given` says `lo` was written, bit 1 `hi`.
///
/// # Safety
/// `v` is a live array with `axis < ndim`; `site` is a run-time error site.
#[no_mangle]
pub unsafe extern "C" fn arrc_view_slice_run(
    v: Arr,
    axis: i64,
    lo: i64,
    hi: i64,
    given: i64,
    step: i64,
    site: *const u8,
) {
    if step == 0 {
        raise_py(site, PyExc::ValueError, "slice step cannot be zero");
    }
    let v = &mut *v;
    let a = axis as usize;
    let n = v.shape[a];
    // CPython's PySlice_AdjustIndices.
    let adjust = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += n;
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= n {
                    x = if step < 0 { n - 1 } else { n };
                }
                x
            }
        }
    };
    let (start, stop) = if step > 0 {
        (
            adjust((given & 1 != 0).then_some(lo), 0),
            adjust((given & 2 != 0).then_some(hi), n),
        )
    } else {
        (
            adjust((given & 1 != 0).then_some(lo), n - 1),
            adjust((given & 2 != 0).then_some(hi), -1),
        )
    };
    let len = if step > 0 && stop > start {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    if len > 0 {
        v.data = v.data.offset((start * v.strides[a]) as isize);
    }
    v.shape[a] = len;
    v.strides[a] *= step;
    v.size = v.shape().iter().product();
}

/// The extent of axis `axis` of `p`.
///
/// # Safety
/// `p` is a live array with `axis < ndim`.
#[no_mangle]
pub unsafe extern "C" fn arrc_dim(p: Arr, axis: i64) -> i64 {
    (*p).shape[axis as usize]
}

/// The element count of `p`.
///
/// # Safety
/// `p` is a live array.
#[no_mangle]
pub unsafe extern "C" fn arrc_size(p: Arr) -> i64 {
    (*p).size
}

/// Pushes the shape of array operand `p`.
///
/// # Safety
/// `p` is a live array.
#[no_mangle]
pub unsafe extern "C" fn arrc_bshape_push(p: Arr) {
    push((*p).shape().to_vec(), Some(Layout::of(&*p)));
}

/// Pushes the shape of a scalar operand, `()`.
#[no_mangle]
pub extern "C" fn arrc_bshape_push_scalar() {
    push(Vec::new(), None);
}

/// An elementwise node of `k` operands: pops their shapes and pushes their broadcast, or
/// raises NumPy's "operands could not be broadcast together" naming all of them.
///
/// # Safety
/// `site` is a run-time error site; `k` shapes were pushed.
#[no_mangle]
pub unsafe extern "C" fn arrc_bshape_node(k: i64, site: *const u8) {
    let ops = pop_n(k);
    let shapes: Vec<Vec<i64>> = ops.iter().map(|e| e.shape.clone()).collect();
    match shapes
        .iter()
        .try_fold(Vec::new(), |acc, s| broadcast(&acc, s))
    {
        Some(s) => {
            let e = node_entry(s, &ops);
            SHAPES.with(|st| st.borrow_mut().push(e));
        }
        None => raise_py(site, PyExc::ValueError, &cannot_broadcast(&shapes)),
    }
}

fn cannot_broadcast(shapes: &[Vec<i64>]) -> String {
    let mut m = String::from("operands could not be broadcast together with shapes ");
    for s in shapes {
        m.push_str(&compact(s));
        m.push(' ');
    }
    m
}

/// The root node of an operation writing into an output operand `dst` (`k` operands): `dst
/// op= …` (the first operand being `dst` read) or a ufunc's `out=dst`. NumPy broadcasts the
/// inputs with the output operand, then requires the result to have the output's shape (the
/// inputs may broadcast up to it, never it up to them). Pushes `dst`'s shape.
///
/// # Safety
/// `site` is a run-time error site; `k` shapes were pushed; `dst` is a live array.
#[no_mangle]
pub unsafe extern "C" fn arrc_bshape_out_node(k: i64, dst: Arr, site: *const u8) {
    let mut shapes: Vec<Vec<i64>> = pop_n(k).into_iter().map(|e| e.shape).collect();
    let out = (*dst).shape().to_vec();
    let Some(b) = shapes
        .iter()
        .try_fold(Vec::new(), |acc, s| broadcast(&acc, s))
    else {
        shapes.push(out);
        raise_py(site, PyExc::ValueError, &cannot_broadcast(&shapes));
    };
    if b != out {
        if let Some(full) = broadcast(&b, &out) {
            if full == out {
                push(out, Some(Layout::of(&*dst)));
                return;
            }
            raise_py(
                site,
                PyExc::ValueError,
                &format!(
                    "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                    compact(&out),
                    compact(&full)
                ),
            );
        }
        shapes.push(out);
        raise_py(site, PyExc::ValueError, &cannot_broadcast(&shapes));
    }
    push(out, Some(Layout::of(&*dst)));
}

/// Pops the value's entry and allocates the result of its shape, laid out as NumPy lays out
/// that intermediate.
///
/// # Safety
/// `site` is a run-time error site; a shape was pushed.
#[no_mangle]
pub unsafe extern "C" fn arrc_bshape_alloc(site: *const u8, dtype: i64, zeroed: i64) -> Arr {
    let Entry { shape, layout } = pop();
    let dtype = DType::from_code(dtype);
    let dst = ArrObj::try_alloc(dtype, &shape, zeroed != 0)
        .unwrap_or_else(|e| raise(site, &e.message(dtype, &shape)));
    if let Some(l) = layout {
        order::relayout(dst, &order::broadcast_order(&shape, &[l]));
    }
    dst
}

/// Pops the value's shape and checks that it can be written into `dst` (NumPy drops leading
/// length-1 axes of a value with more axes than the target).
///
/// # Safety
/// `site` is a run-time error site; a shape was pushed; `dst` is a live array.
#[no_mangle]
pub unsafe extern "C" fn arrc_bshape_write(dst: Arr, site: *const u8) {
    let value = pop().shape;
    let target = (*dst).shape();
    let extra = value.len().saturating_sub(target.len());
    let fits = value[..extra].iter().all(|&d| d == 1)
        && broadcast(target, &value[extra..]).as_deref() == Some(target);
    if !fits {
        raise_py(
            site,
            PyExc::ValueError,
            &format!(
                "could not broadcast input array from shape {} into shape {}",
                compact(&value),
                compact(target)
            ),
        );
    }
}

/// A new view of `p` with `dst`'s shape: axes `p` lacks, and length-1 axes of `p` where `dst`
/// is longer, get stride 0 (leading length-1 axes beyond `dst`'s are dropped). The shapes were
/// checked by the stack program.
///
/// # Safety
/// `p` and `dst` are live arrays whose shapes broadcast to `dst`'s.
#[no_mangle]
pub unsafe extern "C" fn arrc_bcast_view(p: Arr, dst: Arr) -> Arr {
    let v = ArrObj::view_of(&*p, p);
    let (src, d) = (&*p, &*dst);
    let (sn, dn) = (src.ndim as usize, d.ndim as usize);
    let mut shape = [0i64; MAX_DIMS];
    let mut strides = [0i64; MAX_DIMS];
    for i in 0..dn {
        shape[i] = d.shape[i];
        // Axis `i` of dst is axis `i + sn - dn` of p, when that exists.
        if let Some(j) = (i + sn).checked_sub(dn) {
            if src.shape[j] == d.shape[i] {
                strides[i] = src.strides[j];
            }
        }
    }
    let v_mut = &mut *v;
    v_mut.ndim = dn as i64;
    v_mut.shape = shape;
    v_mut.strides = strides;
    v_mut.size = d.size;
    v
}

/// Checks that the inner extents of a product of 1-D and 2-D operands agree, raising NumPy's
/// error when they do not (`np_dot`: `np.dot`'s wording, else `@`'s).
///
/// # Safety
/// `site` is a run-time error site; `a` and `b` are live arrays of 1 or 2 axes.
#[no_mangle]
pub unsafe extern "C" fn arrc_matmul_check(a: Arr, b: Arr, np_dot: i64, site: *const u8) {
    let (a, b) = ((*a).shape(), (*b).shape());
    let ka = a[a.len() - 1];
    let kb = if b.len() == 1 { b[0] } else { b[b.len() - 2] };
    if ka == kb {
        return;
    }
    if np_dot != 0 {
        raise_py(
            site,
            PyExc::ValueError,
            &format!(
                "shapes {} and {} not aligned: {ka} (dim {}) != {kb} (dim 0)",
                compact(a),
                compact(b),
                a.len() - 1
            ),
        );
    }
    raise_py(site, PyExc::ValueError, &format!("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {kb} is different from {ka})"));
}

/// The length of `np.arange(start, stop, step)` of Python ints: `ceil((stop - start) / step)`,
/// at least 0; a zero step raises NumPy's error.
///
/// # Safety
/// `site` is a run-time error site.
#[no_mangle]
pub unsafe extern "C" fn arrc_arange_len_i64(
    start: i64,
    stop: i64,
    step: i64,
    site: *const u8,
) -> i64 {
    if step == 0 {
        raise_py(site, PyExc::ZeroDivisionError, "division by zero");
    }
    // ceil(span / step), as ceil(p / s) of a positive divisor.
    let (p, s) = if step > 0 {
        (stop as i128 - start as i128, step as i128)
    } else {
        (start as i128 - stop as i128, -(step as i128))
    };
    let n = (p + s - 1).div_euclid(s);
    n.clamp(0, i64::MAX as i128) as i64
}

/// The length of a float `np.arange`: NumPy's `_arange_safe_ceil_to_intp((stop - start) /
/// step)`, at least 0.
///
/// # Safety
/// `site` is a run-time error site.
#[no_mangle]
pub unsafe extern "C" fn arrc_arange_len_f64(
    start: f64,
    stop: f64,
    step: f64,
    site: *const u8,
) -> i64 {
    if step == 0.0 {
        raise_py(site, PyExc::ZeroDivisionError, "float division by zero");
    }
    let n = ((stop - start) / step).ceil();
    if n.is_nan() {
        raise_py(site, PyExc::ValueError, "arange: cannot compute length");
    }
    if n > i64::MAX as f64 {
        raise_py(site, PyExc::ValueError, "Maximum allowed size exceeded");
    }
    n.max(0.0) as i64
}

/// The error NumPy raises for reduction `op` (the runtime's `reduce.rs` codes) over no
/// elements, if it has one: `max`/`min` have no identity, `argmax`/`argmin` no answer.
fn empty_reduction_error(op: i64) -> Option<&'static str> {
    match op {
        1 => Some("zero-size array to reduction operation maximum which has no identity"),
        2 => Some("zero-size array to reduction operation minimum which has no identity"),
        7 => Some("attempt to get argmax of an empty sequence"),
        8 => Some("attempt to get argmin of an empty sequence"),
        _ => None,
    }
}

/// Raises NumPy's error when reduction `op` over the axes in `mask` (-1: all, flattened) of
/// `inp` would reduce no elements and has no identity.
///
/// # Safety
/// `site` is a run-time error site; `inp` is a live array.
#[no_mangle]
pub unsafe extern "C" fn arrc_reduce_check(site: *const u8, inp: Arr, mask: i64, op: i64) {
    let a = &*inp;
    let count: i64 = (0..a.ndim as usize)
        .filter(|&d| mask < 0 || mask & (1 << d) != 0)
        .map(|d| a.shape[d])
        .product();
    if count == 0 {
        if let Some(m) = empty_reduction_error(op) {
            raise_py(site, PyExc::ValueError, m);
        }
    }
}

/// A new array for reduction `op` of `inp` over the axes in `mask` (-1: all, flattened), with
/// those axes dropped or (bit 0 of `flags`, keepdims) of length 1, or for an accumulation (bit
/// 1) `inp`'s shape (its size, flattened); NumPy's error first for an empty `max`/`argmax`.
///
/// # Safety
/// As `arrc_reduce_check`.
#[no_mangle]
pub unsafe extern "C" fn arrc_reduce_alloc(
    site: *const u8,
    inp: Arr,
    dtype: i64,
    mask: i64,
    op: i64,
    flags: i64,
) -> Arr {
    let accumulate = flags & 2 != 0;
    if !accumulate {
        arrc_reduce_check(site, inp, mask, op);
    }
    let a = &*inp;
    let shape: Vec<i64> = if accumulate {
        if mask < 0 {
            vec![a.size]
        } else {
            a.shape().to_vec()
        }
    } else {
        (0..a.ndim as usize)
            .filter_map(|d| {
                let reduced = mask < 0 || mask & (1 << d) != 0;
                match (reduced, flags & 1 != 0) {
                    (false, _) => Some(a.shape[d]),
                    (true, true) => Some(1),
                    (true, false) => None,
                }
            })
            .collect()
    };
    let dtype = DType::from_code(dtype);
    ArrObj::try_alloc(dtype, &shape, false)
        .unwrap_or_else(|e| raise(site, &e.message(dtype, &shape)))
}
