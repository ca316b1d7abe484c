//! `a.strides` and the views of `numpy.lib.stride_tricks` (`as_strided`,
//! `sliding_window_view`): a header over another array's memory with the shape and byte
//! strides the program gives, as NumPy's `as_strided` makes one (no bounds check: NumPy
//! does none either).

use super::Arr;
use crate::array::ArrObj;

/// The byte stride of axis `axis` of `p`.
///
/// # Safety
/// `p` is a live array and `axis < p.ndim`.
#[no_mangle]
pub unsafe extern "C" fn arrc_stride(p: Arr, axis: i64) -> i64 {
    (*p).strides[axis as usize]
}

/// A new view of `p`'s memory with the shape and byte strides in the 1-D int64 arrays
/// `shape` and `strides` (of one length, at most `MAX_DIMS`).
///
/// # Safety
/// `p`, `shape` and `strides` are live arrays.
#[no_mangle]
pub unsafe extern "C" fn arrc_as_strided(p: Arr, shape: Arr, strides: Arr) -> Arr {
    crate::gpu::host_read(shape);
    crate::gpu::host_read(strides);
    let v = ArrObj::view_of(&*p, p);
    let o = &mut *v;
    let n = (*shape).size as usize;
    o.ndim = n as i64;
    let mut size = 1i64;
    for k in 0..n {
        o.shape[k] = (*shape).get(&[k]).as_i64();
        o.strides[k] = (*strides).get(&[k]).as_i64();
        size *= o.shape[k];
    }
    o.size = size;
    v
}
