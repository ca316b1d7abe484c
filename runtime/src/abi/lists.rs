//! Python lists of scalars, which arrc holds as arrays (see lang-spec/lists.md): their text.

use super::{
    py_int_overflow, raise, scalar_text, write_out, Arr, ArrView, STYLE_NP_REPR, STYLE_PY,
};
use crate::array::{ArrObj, Elem};
use crate::format::ArraySource;

/// Writes `repr(list)` (which `str` and `print` also give) of the list held as `p`: Python's
/// `[1, 2]`, nested for more axes, each element as Python's repr of a Python scalar
/// (`numpy` = 0) or of a NumPy scalar (`numpy` = 1: `[np.int64(1), np.int64(2)]`).
///
/// # Safety
/// `p` is a live array.
#[no_mangle]
pub unsafe extern "C" fn arrc_write_list(p: Arr, numpy: i64) {
    crate::gpu::host_read(p);
    let a: &ArrObj = &*p;
    let view = ArrView(a, a.shape().iter().map(|&d| d as usize).collect());
    let style = if numpy != 0 { STYLE_NP_REPR } else { STYLE_PY };
    let mut text = String::new();
    let mut index = Vec::new();
    render(&view, style, &mut index, &mut text);
    write_out(text.as_bytes());
}

fn render(view: &ArrView, style: i64, index: &mut Vec<usize>, text: &mut String) {
    let shape = view.shape();
    if index.len() == shape.len() {
        text.push_str(&scalar_text(view.get(index), style));
        return;
    }
    text.push('[');
    for i in 0..shape[index.len()] {
        if i > 0 {
            text.push_str(", ");
        }
        index.push(i);
        render(view, style, index, text);
        index.pop();
    }
    text.push(']');
}

/// `arrc_list_op` operations (the compiler's `hir::ListOp`, in this order).
pub const LIST_SORT: i64 = 0;
pub const LIST_SORT_REVERSE: i64 = 1;
pub const LIST_REVERSE: i64 = 2;
pub const LIST_SUM: i64 = 3;
pub const LIST_MIN: i64 = 4;
pub const LIST_MAX: i64 = 5;

/// The elements of the 1-D list `a`, in order.
fn elems(a: &ArrObj) -> Vec<Elem> {
    (0..a.shape()[0] as usize).map(|i| a.get(&[i])).collect()
}

fn store(a: &ArrObj, values: &[Elem]) {
    for (i, v) in values.iter().enumerate() {
        a.set(&[i], *v);
    }
}

/// Python's `<` on two elements of one list (all ints, all floats or all bools).
fn less(a: Elem, b: Elem) -> bool {
    match (a, b) {
        (Elem::Float(x), Elem::Float(y)) => x < y,
        (a, b) => a.as_i64() < b.as_i64(),
    }
}

/// One operation on the 1-D list held as `p`, as CPython's list does it; the result of
/// `sum`/`min`/`max` of an int or bool list (`arrc_list_op_f64` for a float list's), 0 for the
/// in-place ones.
///
/// `sort` is CPython's stable sort on `<`, which for numbers is the values' order; with a
/// NaN in the list CPython's result depends on its merge algorithm, so that stops with an
/// error. `reverse=True` sorts stably by the reversed order (equal elements keep their order),
/// as CPython does. `sum` adds left to right from the int 0 (Python 3.11 adds floats in
/// plain order); an int sum beyond 64 bits stops as every Python int overflow does in arrc.
/// `min`/`max` keep the first element and replace it only by a strictly smaller / greater one.
///
/// # Safety
/// `site` is a run-time error site and `p` a live 1-D array.
#[no_mangle]
pub unsafe extern "C" fn arrc_list_op(site: *const u8, p: Arr, op: i64) -> i64 {
    list_op(site, p, op).as_i64()
}

/// `arrc_list_op` of a float list whose result is a float.
///
/// # Safety
/// As for `arrc_list_op`.
#[no_mangle]
pub unsafe extern "C" fn arrc_list_op_f64(site: *const u8, p: Arr, op: i64) -> f64 {
    list_op(site, p, op).as_f64()
}

unsafe fn list_op(site: *const u8, p: Arr, op: i64) -> Elem {
    crate::gpu::host_read(p);
    let a: &ArrObj = &*p;
    let mut v = elems(a);
    match op {
        LIST_SORT | LIST_SORT_REVERSE => {
            if v.iter().any(|e| matches!(e, Elem::Float(f) if f.is_nan())) {
                raise(site, "unsupported: sorting a list that holds a NaN (CPython's order then depends on its sort algorithm)");
            }
            if op == LIST_SORT {
                v.sort_by(|x, y| order(*x, *y));
            } else {
                v.sort_by(|x, y| order(*y, *x));
            }
            crate::gpu::host_write(p);
            store(a, &v);
            Elem::Int(0)
        }
        LIST_REVERSE => {
            v.reverse();
            crate::gpu::host_write(p);
            store(a, &v);
            Elem::Int(0)
        }
        LIST_SUM => match v.first() {
            Some(Elem::Float(_)) => Elem::Float(v.iter().fold(0.0, |s, e| s + e.as_f64())),
            _ => {
                let mut s: i64 = 0;
                for e in &v {
                    s = match s.checked_add(e.as_i64()) {
                        Some(s) => s,
                        None => {
                            let exact = s as i128 + e.as_i64() as i128;
                            py_int_overflow(site, &exact.to_string())
                        }
                    };
                }
                Elem::Int(s)
            }
        },
        _ => {
            let mut best = v[0];
            for &e in &v[1..] {
                if (op == LIST_MAX && less(best, e)) || (op == LIST_MIN && less(e, best)) {
                    best = e;
                }
            }
            best
        }
    }
}

fn order(x: Elem, y: Elem) -> std::cmp::Ordering {
    if less(x, y) {
        std::cmp::Ordering::Less
    } else if less(y, x) {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}
