//! `x.shape = dims`: NumPy changes the array object's own shape, which it can only do when
//! the new shape needs no copy (`_attempt_nocopy_reshape`, as `arrc_reshape` uses it), else
//! it raises AttributeError. The compiler rebinds `x` to the view this returns, which is the
//! same thing as long as no other name holds the object; one that might is refused.

use super::{arrc_view, dims, nocopy_reshape_strides, raise, raise_py, Arr};
use crate::pyexc::PyExc;

/// A view of `p` with the new shape (its size already checked by the compiler).
///
/// # Safety
/// `site` is a run-time error site; `p` is a live array.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn arrc_set_shape(
    site: *const u8,
    p: Arr,
    ndim: i64,
    s0: i64,
    s1: i64,
    s2: i64,
    s3: i64,
    s4: i64,
    s5: i64,
    s6: i64,
    s7: i64,
) -> Arr {
    let shape = dims(ndim, [s0, s1, s2, s3, s4, s5, s6, s7]);
    if (*p).rc > 1 {
        raise(
            site,
            "unsupported: setting the shape of an array that another name or a view also refers to",
        );
    }
    let strides = if (*p).size > 0 && !(*p).is_c_contiguous() {
        match nocopy_reshape_strides(&*p, &shape) {
            Some(s) => Some(s),
            None => raise_py(
                site,
                PyExc::AttributeError,
                "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.",
            ),
        }
    } else {
        None
    };
    let v = arrc_view(p);
    let o = &mut *v;
    o.ndim = ndim;
    o.shape[..shape.len()].copy_from_slice(&shape);
    match strides {
        Some(s) => o.strides[..shape.len()].copy_from_slice(&s),
        None => o.set_contiguous_strides(),
    }
    v
}
