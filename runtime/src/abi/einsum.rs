//! `np.einsum` (`optimize=False`, NumPy's default): the sum of products over the labels, in
//! the order NumPy's `PyArray_EinsteinSum` (`numpy/_core/src/multiarray/einsum.cpp`) adds
//! them, which decides the last digits of float results.
//!
//! Written from NumPy 2.4's source, not copied. NumPy iterates with `nditer` in memory order
//! (`order='K'`): the iterator's axes are the output labels then the summed labels in
//! character order; they are sorted innermost-first by the operands' strides (nditer's
//! insertion sort, `npyiter_find_best_axis_ordering`), the output is allocated in that order,
//! and adjacent axes that walk memory as one are coalesced. With two or three axes left (one
//! or two operands) the hand-written loops call the inner "sum of products" function once per
//! outer position with the innermost axis; otherwise the buffered iterator does, in pieces of
//! at most 8192 elements. The inner function is picked by the inner strides
//! (`einsum_sumprod.c.src`); the ones that add along the inner axis into one output element
//! (output stride 0) add in their own order: two-lane vectors unrolled four times for
//! contiguous operands (NumPy's x86-64-v2 baseline build: SSE2 lanes, no fused multiply-add),
//! plain left-to-right otherwise. Integer results do not depend on the order.

use super::{raise, Arr};
use crate::array::{ArrObj, DType};

/// NumPy's buffer size, the longest inner loop of the buffered iterator.
const BUFFER: i64 = 8192;

/// Reads the `k`-th f64 at `p` with byte stride `s`.
unsafe fn at(p: *const u8, s: i64, k: i64) -> f64 {
    *(p.offset((s * k) as isize) as *const f64)
}

/// `@name@_sum_of_arr` for f64: two lanes, blocks of eight as `(a0+a1)+(a2+a3)`, the tail
/// two by two (the missing lane reads 0), then lane 0 + lane 1.
unsafe fn sum_of_arr(p: *const u8, count: i64) -> f64 {
    let mut acc = [0.0f64; 2];
    let mut i = 0;
    while count - i >= 8 {
        for l in 0..2 {
            let a01 = at(p, 8, i + l) + at(p, 8, i + 2 + l);
            let a23 = at(p, 8, i + 4 + l) + at(p, 8, i + 6 + l);
            acc[l as usize] += a01 + a23;
        }
        i += 8;
    }
    while i < count {
        for l in 0..2 {
            let v = if i + l < count { at(p, 8, i + l) } else { 0.0 };
            acc[l as usize] = v + acc[l as usize];
        }
        i += 2;
    }
    acc[0] + acc[1]
}

/// `contig_contig_outstride0_two` for f64: a two-lane dot product, each block of eight
/// accumulated from its last pair to its first.
unsafe fn dot(p: *const u8, q: *const u8, count: i64) -> f64 {
    let mut acc = [0.0f64; 2];
    let mut i = 0;
    while count - i >= 8 {
        for k in (0..4).rev() {
            for l in 0..2 {
                let j = i + 2 * k + l;
                acc[l as usize] = at(p, 8, j) * at(q, 8, j) + acc[l as usize];
            }
        }
        i += 8;
    }
    while i < count {
        for l in 0..2 {
            let prod = if i + l < count {
                at(p, 8, i + l) * at(q, 8, i + l)
            } else {
                0.0
            };
            acc[l as usize] = prod + acc[l as usize];
        }
        i += 2;
    }
    acc[0] + acc[1]
}

/// One call of NumPy's inner sum-of-products function for f64 operands: `ptr[nop]` is the
/// output, `st` the byte strides of the inner axis.
unsafe fn sum_of_products_f64(ptr: &[*mut u8], st: &[i64], count: i64) {
    let nop = ptr.len() - 1;
    let out = ptr[nop] as *mut f64;
    let so = st[nop];
    if nop == 1 && st[0] == 8 && so == 0 {
        *out = sum_of_arr(ptr[0], count) + *out;
        return;
    }
    if nop == 2 {
        let code = |s: i64, c: i64| match s {
            0 => 0,
            8 => c,
            _ => 8,
        };
        match code(st[0], 4) + code(st[1], 2) + code(so, 1) {
            2 => {
                *out += at(ptr[0], 0, 0) * sum_of_arr(ptr[1], count);
                return;
            }
            4 => {
                *out += at(ptr[1], 0, 0) * sum_of_arr(ptr[0], count);
                return;
            }
            6 => {
                *out += dot(ptr[0], ptr[1], count);
                return;
            }
            _ => {}
        }
    }
    let prod = |k: i64| {
        let mut v = at(ptr[0], st[0], k);
        for o in 1..nop {
            v *= at(ptr[o], st[o], k);
        }
        v
    };
    if so == 0 {
        let mut acc = 0.0;
        for k in 0..count {
            acc += prod(k);
        }
        *out = acc + *out;
    } else {
        for k in 0..count {
            let o = (ptr[nop] as *mut u8).offset((so * k) as isize) as *mut f64;
            *o = prod(k) + *o;
        }
    }
}

/// The same for int64 (wrapping, as NumPy's integer loops do; the order does not matter).
unsafe fn sum_of_products_i64(ptr: &[*mut u8], st: &[i64], count: i64) {
    let nop = ptr.len() - 1;
    for k in 0..count {
        let mut v = *(ptr[0].offset((st[0] * k) as isize) as *const i64);
        for o in 1..nop {
            v = v.wrapping_mul(*(ptr[o].offset((st[o] * k) as isize) as *const i64));
        }
        let o = ptr[nop].offset((st[nop] * k) as isize) as *mut i64;
        *o = v.wrapping_add(*o);
    }
}

/// `np.einsum` of the `nop` pushed operands (one dtype, f64 or int64, shapes checked by the
/// compiler). `spec`: `nop`, the number of output labels, then per operand its number of
/// axes and one label byte per axis, then the output's label bytes. The result is a new
/// array laid out as NumPy's iterator allocates it (a 0-d array for a scalar result).
///
/// # Safety
/// `spec` is such a description of the `nop` arrays pushed by `arrc_index_push`.
#[no_mangle]
pub unsafe extern "C" fn arrc_einsum(site: *const u8, spec: *const u8, nop: i64) -> Arr {
    let ops = super::select::pop_pushed(nop as usize);
    for &p in &ops {
        crate::gpu::host_read(p);
    }
    let nop = nop as usize;
    let nout = *spec.add(1) as usize;
    let mut at_byte = 2;
    let mut op_labels: Vec<Vec<u8>> = Vec::new();
    for _ in 0..nop {
        let nd = *spec.add(at_byte) as usize;
        op_labels.push((0..nd).map(|k| *spec.add(at_byte + 1 + k)).collect());
        at_byte += 1 + nd;
    }
    let out_labels: Vec<u8> = (0..nout).map(|k| *spec.add(at_byte + k)).collect();
    let dtype = (*ops[0]).dtype;
    // The iterator's labels: the output's, then the summed ones in character order.
    let mut labels = out_labels.clone();
    let mut summed: Vec<u8> = op_labels
        .iter()
        .flatten()
        .copied()
        .filter(|l| !out_labels.contains(l))
        .collect();
    summed.sort_unstable();
    summed.dedup();
    labels.extend(summed);
    let nd = labels.len();
    let mut dim = vec![1i64; nd];
    // Byte strides per iterator axis and operand (a repeated label adds its strides: the
    // diagonal).
    let mut strides = vec![vec![0i64; nop + 1]; nd];
    for (o, ls) in op_labels.iter().enumerate() {
        let a = &*ops[o];
        for (k, l) in ls.iter().enumerate() {
            let j = labels.iter().position(|x| x == l).unwrap();
            if a.shape[k] != dim[j] && dim[j] != 1 && a.shape[k] != 1 {
                raise(
                    site,
                    "einsum operands do not match (checked at compile time)",
                );
            }
            // An extent of 1 broadcasts (stride 0), as in nditer.
            if a.shape[k] != 1 {
                dim[j] = a.shape[k];
                strides[j][o] += a.strides[k];
            }
        }
    }
    // nditer's axis order, innermost first: its insertion sort by the inputs' strides.
    let mut perm: Vec<usize> = (0..nd).rev().collect();
    for i0 in 1..nd {
        let mut ipos = i0;
        let s0 = &strides[perm[i0]];
        for i1 in (0..i0).rev() {
            let s1 = &strides[perm[i1]];
            let (mut ambig, mut swap) = (true, false);
            for o in 0..nop {
                if s0[o] != 0 && s1[o] != 0 {
                    if s1[o].abs() <= s0[o].abs() {
                        swap = false;
                    } else if ambig {
                        swap = true;
                    }
                    ambig = false;
                }
            }
            if !ambig {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            let j = perm.remove(i0);
            perm.insert(ipos, j);
        }
    }
    // The output, laid out in the iterator's order, zeroed.
    let out_shape: Vec<i64> = (0..nout).map(|j| dim[j]).collect();
    let out = ArrObj::alloc_with(dtype, &out_shape, true);
    let isz = dtype.itemsize() as i64;
    let mut run = isz;
    for &j in &perm {
        if j < nout {
            (*out).strides[j] = run;
            strides[j][nop] = run;
            run *= dim[j];
        }
    }
    // Coalescing.
    let mut shp: Vec<i64> = perm.iter().map(|&j| dim[j]).collect();
    let mut st: Vec<Vec<i64>> = perm.iter().map(|&j| strides[j].clone()).collect();
    let mut i = 0;
    while i + 1 < shp.len() {
        let joins =
            (0..=nop).all(|o| shp[i] == 1 || shp[i + 1] == 1 || st[i][o] * shp[i] == st[i + 1][o]);
        if joins {
            if shp[i] == 1 {
                st[i] = st[i + 1].clone();
            }
            shp[i] *= shp[i + 1];
            shp.remove(i + 1);
            st.remove(i + 1);
        } else {
            i += 1;
        }
    }
    if shp.is_empty() {
        shp.push(1);
        st.push(vec![0; nop + 1]);
    }
    if shp.contains(&0) {
        return out;
    }
    let mut base: Vec<*mut u8> = ops.iter().map(|&p| (*p).data).collect();
    base.push((*out).data);
    let sop = |ptr: &[*mut u8], s: &[i64], count: i64| {
        if dtype == DType::F64 {
            sum_of_products_f64(ptr, s, count)
        } else {
            sum_of_products_i64(ptr, s, count)
        }
    };
    let hand_loop = (shp.len() == 2 || shp.len() == 3) && (nop == 1 || nop == 2);
    let piece = if hand_loop { shp[0] } else { BUFFER };
    // The outer axes in order (axis 1 fastest).
    let outer = &shp[1..];
    let mut idx = vec![0i64; outer.len()];
    loop {
        let mut ptr: Vec<*mut u8> = (0..=nop)
            .map(|o| {
                let off: i64 = (0..outer.len()).map(|k| idx[k] * st[k + 1][o]).sum();
                base[o].offset(off as isize)
            })
            .collect();
        let mut done = 0;
        while done < shp[0] {
            let c = piece.min(shp[0] - done);
            sop(&ptr, &st[0], c);
            for o in 0..=nop {
                ptr[o] = ptr[o].offset((c * st[0][o]) as isize);
            }
            done += c;
        }
        // Next outer position.
        let mut k = 0;
        while k < outer.len() {
            idx[k] += 1;
            if idx[k] < outer[k] {
                break;
            }
            idx[k] = 0;
            k += 1;
        }
        if k == outer.len() {
            break;
        }
    }
    out
}
