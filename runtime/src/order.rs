//! NumPy's memory order of new results (order='K'): the result of an elementwise operation,
//! `astype`, `*_like`, `np.copy`, `np.concatenate` or a reduction along axes is laid out in the
//! memory order of its inputs, so `x.T + 1` is F-contiguous (and `reshape` of it copies) and a
//! later float sum of it adds in that order.
//!
//! Three rules, as NumPy has them:
//! - the iterator's (`npyiter_find_best_axis_ordering`), for ufuncs, `np.where` and
//!   reductions: a stable insertion sort of the axes by absolute stride, where an operand with a
//!   zero stride (broadcast, or length 1) along either axis has no say, and any operand that
//!   finds two axes in C order keeps them so;
//! - `PyArray_CreateSortedStridePerm` for `*_like`, `astype`, `np.copy` of one array: all axes
//!   sorted by absolute stride, C order among equals;
//! - `PyArray_CreateMultiSortedStridePerm` for `concatenate`: the iterator's rule over the
//!   parts, ignoring each part's axes of length 1;
//! - advanced indexing's, for a list index `x[:, [0, 2]]`: the indexed axis outermost, the
//!   others in `x`'s order.
//!
//! Compiled code describes a fused elementwise expression to this module as a little stack
//! program (`arrc_order_push` per array operand, `arrc_order_node` per intermediate result,
//! `arrc_order_apply` for the result), since each intermediate NumPy would have allocated has
//! a layout of its own that its consumers see.

#![allow(clippy::missing_safety_doc)]

use crate::array::{ArrObj, MAX_DIMS};
use std::cell::RefCell;

/// An array's shape and byte strides (of an operand, or of an intermediate NumPy allocates).
#[derive(Clone, Copy)]
pub struct Layout {
    ndim: usize,
    shape: [i64; MAX_DIMS],
    strides: [i64; MAX_DIMS],
}

impl Layout {
    pub(crate) fn of(a: &ArrObj) -> Layout {
        Layout {
            ndim: a.ndim as usize,
            shape: a.shape,
            strides: a.strides,
        }
    }
}

thread_local! {
    static STACK: RefCell<Vec<Layout>> = const { RefCell::new(Vec::new()) };
}

/// NumPy's insertion sort of axes (the iterator's and `PyArray_CreateMultiSortedStridePerm`'s):
/// axis `perm[i0]` moves before `perm[i1]` when every operand with a say votes for it
/// (`moves(j0, j1)` yields one vote per such operand); C order wins a conflict, an axis no
/// operand has a say about is stepped over, and one that must stay ends the search.
fn sort_axes<I: Iterator<Item = bool>>(perm: &mut Vec<usize>, moves: impl Fn(usize, usize) -> I) {
    for i0 in 1..perm.len() {
        let j0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let mut votes = moves(j0, perm[i1]).peekable();
            if votes.peek().is_none() {
                continue;
            }
            if votes.all(|m| m) {
                ipos = i1;
            } else {
                break;
            }
        }
        if ipos != i0 {
            perm.remove(i0);
            perm.insert(ipos, j0);
        }
    }
}

/// The iterator's axis order for operands whose byte strides along each of `ndim` axes are
/// given (0 where an operand is broadcast or has length 1): the axes from outermost to
/// innermost.
pub fn iterator_order(ndim: usize, ops: &[[i64; MAX_DIMS]]) -> Vec<usize> {
    // NumPy sorts its AXISDATA, which is C order reversed: position 0 is the last axis.
    let mut perm: Vec<usize> = (0..ndim).rev().collect();
    sort_axes(&mut perm, |j0, j1| {
        ops.iter()
            .filter(move |s| s[j0] != 0 && s[j1] != 0)
            .map(move |s| s[j1].abs() > s[j0].abs())
    });
    perm.reverse();
    perm
}

/// `PyArray_CreateSortedStridePerm`: axes by decreasing absolute stride, C order among equals.
pub fn sorted_stride_order(a: &ArrObj) -> Vec<usize> {
    let mut perm: Vec<usize> = (0..a.ndim as usize).collect();
    perm.sort_by_key(|&d| std::cmp::Reverse(a.strides[d].abs()));
    perm
}

/// Dense strides for `shape` with the axes in `order` from outermost to innermost.
pub fn dense_strides(shape: &[i64], order: &[usize], itemsize: i64) -> [i64; MAX_DIMS] {
    let mut strides = [0; MAX_DIMS];
    let mut s = itemsize;
    for &d in order.iter().rev() {
        strides[d] = s;
        s *= shape[d].max(1);
    }
    strides
}

/// The iterator's order for operands broadcast to `shape`.
pub(crate) fn broadcast_order(shape: &[i64], ops: &[Layout]) -> Vec<usize> {
    let nd = shape.len();
    let strides: Vec<[i64; MAX_DIMS]> = ops
        .iter()
        .map(|op| {
            let mut s = [0; MAX_DIMS];
            let off = nd - op.ndim;
            for d in 0..op.ndim {
                if op.shape[d] != 1 {
                    s[d + off] = op.strides[d];
                }
            }
            s
        })
        .collect();
    iterator_order(nd, &strides)
}

fn pop(n: i64) -> Vec<Layout> {
    STACK.with(|s| {
        let mut s = s.borrow_mut();
        let at = s.len() - n as usize;
        s.split_off(at)
    })
}

/// The layout NumPy gives a new array of `shape` computed elementwise from `ops` (its
/// itemsize does not matter to its consumers' order, so 1 stands for it).
pub(crate) fn node(shape: &[i64], ops: &[Layout]) -> Layout {
    let order = broadcast_order(shape, ops);
    let mut l = Layout {
        ndim: shape.len(),
        shape: [0; MAX_DIMS],
        strides: dense_strides(shape, &order, 1),
    };
    l.shape[..shape.len()].copy_from_slice(shape);
    l
}

/// Sets the strides of `dst`, a new array nothing has written yet, to dense ones in `order`.
pub(crate) unsafe fn relayout(dst: *mut ArrObj, order: &[usize]) {
    let d = &mut *dst;
    d.strides = dense_strides(d.shape(), order, d.dtype.itemsize() as i64);
}

/// Pushes the layout of array operand `a`.
#[no_mangle]
pub unsafe extern "C" fn arrc_order_push(a: *mut ArrObj) {
    let l = Layout::of(&*a);
    STACK.with(|s| s.borrow_mut().push(l));
}

/// Replaces the top `n` layouts by that of an intermediate result of shape `s0..` computed
/// elementwise from them.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn arrc_order_node(
    n: i64,
    ndim: i64,
    s0: i64,
    s1: i64,
    s2: i64,
    s3: i64,
    s4: i64,
    s5: i64,
    s6: i64,
    s7: i64,
) {
    let shape = crate::abi::dims(ndim, [s0, s1, s2, s3, s4, s5, s6, s7]);
    let ops = pop(n);
    let l = node(&shape, &ops);
    STACK.with(|s| s.borrow_mut().push(l));
}

/// Lays out `dst` (new, unwritten) as NumPy lays out an elementwise result of the top `n`
/// layouts, which it pops.
#[no_mangle]
pub unsafe extern "C" fn arrc_order_apply(dst: *mut ArrObj, n: i64) {
    let ops = pop(n);
    let order = broadcast_order((*dst).shape(), &ops);
    relayout(dst, &order);
}

/// Lays out `dst` (new, unwritten, of the same shape) as `np.zeros_like(proto)` would be.
#[no_mangle]
pub unsafe extern "C" fn arrc_order_like(dst: *mut ArrObj, proto: *mut ArrObj) {
    relayout(dst, &sorted_stride_order(&*proto));
}

/// `PyArray_CreateMultiSortedStridePerm`: the iterator's rule, sorting from the first axis
/// (where the iterator starts from the last), and ignoring each array's axes of length 1.
pub fn multi_sorted_stride_order(ndim: usize, ops: &[Layout]) -> Vec<usize> {
    let mut perm: Vec<usize> = (0..ndim).collect();
    sort_axes(&mut perm, |j0, j1| {
        ops.iter()
            .filter(move |op| op.shape[j0] != 1 && op.shape[j1] != 1)
            .map(move |op| op.strides[j0].abs() > op.strides[j1].abs())
    });
    perm
}

/// Lays out `dst` (new, unwritten) as `np.concatenate` of the top `n` layouts, which it pops.
#[no_mangle]
pub unsafe extern "C" fn arrc_order_concat(dst: *mut ArrObj, n: i64) {
    let ops = pop(n);
    relayout(dst, &multi_sorted_stride_order((*dst).ndim as usize, &ops));
}

/// Lays out `dst` (new, unwritten) as NumPy lays out `x[:, [0, 2]]` (a list index along
/// `axis`; `part` is one item's length-1 view of `x`): the indexed axis outermost, then the
/// others in `x`'s memory order.
#[no_mangle]
pub unsafe extern "C" fn arrc_order_take(dst: *mut ArrObj, part: *mut ArrObj, axis: i64) {
    let axis = axis as usize;
    let mut order = vec![axis];
    order.extend(
        sorted_stride_order(&*part)
            .into_iter()
            .filter(|&d| d != axis),
    );
    relayout(dst, &order);
}

/// The layout of a reduction's result (new, unwritten) over `inp` along the axes in `mask`
/// (`keepdims` when `dst` has `inp`'s number of axes): the input's iteration order, restricted
/// to the axes kept.
pub unsafe fn reduction_order(inp: &ArrObj, dst: *mut ArrObj, mask: i64) {
    let nd = inp.ndim as usize;
    let mut s = [0; MAX_DIMS];
    for (d, sd) in s.iter_mut().enumerate().take(nd) {
        if inp.shape[d] != 1 {
            *sd = inp.strides[d];
        }
    }
    let full = iterator_order(nd, &[s]);
    let keepdims = (*dst).ndim as usize == nd;
    // Output axis of each kept input axis.
    let mut out_axis = vec![usize::MAX; nd];
    let mut k = 0;
    for (d, slot) in out_axis.iter_mut().enumerate() {
        if keepdims || mask >> d & 1 == 0 {
            *slot = k;
            k += 1;
        }
    }
    let order: Vec<usize> = full
        .iter()
        .filter(|&&d| keepdims || mask >> d & 1 == 0)
        .map(|&d| out_axis[d])
        .collect();
    relayout(dst, &order);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strides(s: &[i64]) -> [i64; MAX_DIMS] {
        let mut r = [0; MAX_DIMS];
        r[..s.len()].copy_from_slice(s);
        r
    }

    #[test]
    fn iterator_order_follows_strides() {
        // C order, F order (a transpose), and a permutation of a (2, 3, 4) array of f64.
        assert_eq!(iterator_order(3, &[strides(&[96, 32, 8])]), vec![0, 1, 2]);
        assert_eq!(iterator_order(3, &[strides(&[8, 32, 96])]), vec![2, 1, 0]);
        assert_eq!(iterator_order(3, &[strides(&[32, 96, 8])]), vec![1, 0, 2]);
        // A C-ordered and an F-ordered operand: C order wins, whichever comes first.
        let (c, f) = (strides(&[24, 8]), strides(&[8, 16]));
        assert_eq!(iterator_order(2, &[f, c]), vec![0, 1]);
        assert_eq!(iterator_order(2, &[c, f]), vec![0, 1]);
        // A broadcast operand (stride 0) has no say.
        assert_eq!(iterator_order(2, &[strides(&[0, 8]), f]), vec![1, 0]);
    }

    #[test]
    fn dense_strides_in_order() {
        assert_eq!(dense_strides(&[3, 2], &[1, 0], 8)[..2], [8, 24]);
        assert_eq!(dense_strides(&[2, 3, 4], &[1, 0, 2], 8)[..3], [32, 64, 8]);
    }
}
