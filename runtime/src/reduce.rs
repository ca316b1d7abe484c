//! Reductions along axes (`x.sum(axis=0)`, `np.var(x, (0, 2))`, `argmax`, `any`, …) and
//! accumulations (`cumsum`, `cumprod`), computed in NumPy's order of operations.
//!
//! The printed digits of a float sum depend on the order of its additions, and NumPy's order
//! comes from its iterator: axes sorted by the input's strides (C order among equals), adjacent
//! axes coalesced where memory allows, and an inner loop that either adds a run of elements
//! into one output element with pairwise summation or adds a run of inputs elementwise into a
//! run of outputs. Where the inner run is short and the input is not one dense block, the
//! buffered iterator copies several runs into one buffer of at most 8192 elements and the sum
//! becomes pairwise over the buffer. `Plan` reproduces that choice (`npyiter_coalesce_axes`,
//! `npyiter_find_best_axis_ordering` and `npyiter_find_buffering_setup` in NumPy 2.4), and
//! `runtime/tests/reduce.rs` checks it against NumPy on random shapes, views and axes.
//!
//! Compiled code allocates the result (with or without the reduced axes) and passes the reduced
//! axes as a bit mask; the runtime lays the result out in the input's iteration order, as NumPy
//! allocates it (`order.rs`), before writing it.

#![allow(clippy::missing_safety_doc)]
// NaN-aware comparisons are written as NumPy writes them (`!(acc > x)`, `!(y <= m)`).
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use crate::abi::pairwise_sum;
use crate::array::{ArrObj, DType, Elem};
use crate::warn;
use std::ops::{Add, Mul, Sub};

/// NumPy's default buffer size (`NPY_BUFSIZE`), which bounds a buffered pairwise run.
const BUFSIZE: usize = 8192;

pub const OP_SUM: i64 = 0;
pub const OP_MAX: i64 = 1;
pub const OP_MIN: i64 = 2;
pub const OP_PROD: i64 = 3;
pub const OP_MEAN: i64 = 4;
pub const OP_VAR: i64 = 5;
pub const OP_STD: i64 = 6;
pub const OP_ARGMAX: i64 = 7;
pub const OP_ARGMIN: i64 = 8;
pub const OP_ANY: i64 = 9;
pub const OP_ALL: i64 = 10;

/// One iteration axis: its length, the input's byte stride and the output's index stride
/// (0 along reduced axes).
#[derive(Clone, Copy, Debug)]
struct Axis {
    len: usize,
    stride: isize,
    out: usize,
}

/// The order in which NumPy visits the input of a reduction, and how it groups the additions.
#[derive(Debug)]
pub struct Plan {
    /// Iteration axes, innermost first; axes of length 1 are left out.
    axes: Vec<Axis>,
    /// Consecutive visited elements that go to one inner loop call.
    block: usize,
    /// Length of each pairwise run within a block (the block, or a buffer's worth of it).
    chunk: usize,
    /// Whether a block reduces into one output element (else it adds elementwise).
    inner_reduced: bool,
}

/// NumPy's iterator axis order: a stable insertion sort of the axes (from C-reversed order) by
/// absolute stride, where zero strides are ambiguous and never move an axis. Innermost first.
fn iteration_order(shape: &[usize], strides: &[isize]) -> Vec<usize> {
    let st: Vec<isize> = (0..shape.len())
        .map(|d| if shape[d] == 1 { 0 } else { strides[d] })
        .collect();
    let mut perm: Vec<usize> = (0..shape.len()).rev().collect();
    for i0 in 1..perm.len() {
        let j0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            if st[j0] != 0 && st[j1] != 0 {
                if st[j1].abs() <= st[j0].abs() {
                    break;
                }
                ipos = i1;
            }
        }
        if ipos != i0 {
            perm.remove(i0);
            perm.insert(ipos, j0);
        }
    }
    perm
}

impl Plan {
    /// The plan for reducing an array of `shape` with byte `strides` over the axes in `reduced`;
    /// `cast`: the input is converted on the way (int or bool to float64 for `mean`), which
    /// NumPy does through its buffers.
    pub fn new(shape: &[usize], strides: &[isize], reduced: &[bool], cast: bool) -> Plan {
        let nd = shape.len();
        // The output's index stride of each axis: C order over the kept axes.
        let mut out_stride = vec![0usize; nd];
        let mut s = 1;
        for d in (0..nd).rev() {
            if !reduced[d] {
                out_stride[d] = s;
                s *= shape[d];
            }
        }
        let perm = iteration_order(shape, strides);
        let axes: Vec<Axis> = perm
            .iter()
            .filter(|&&d| shape[d] != 1)
            .map(|&d| Axis {
                len: shape[d],
                stride: strides[d],
                out: out_stride[d],
            })
            .collect();
        // Coalesced groups: (length, input stride, reduced, number of axes).
        let mut groups: Vec<(usize, isize, bool, usize)> = Vec::new();
        for &d in perm.iter().filter(|&&d| shape[d] != 1) {
            if let Some(g) = groups.last_mut() {
                if g.2 == reduced[d] && strides[d] == g.1 * g.0 as isize {
                    g.0 *= shape[d];
                    g.3 += 1;
                    continue;
                }
            }
            groups.push((shape[d], strides[d], reduced[d], 1));
        }
        if groups.is_empty() {
            return Plan {
                axes,
                block: 1,
                chunk: 1,
                inner_reduced: true,
            };
        }
        let lens: Vec<usize> = groups.iter().map(|g| g.0).collect();
        let in_strides: Vec<isize> = groups.iter().map(|g| g.1).collect();
        // The allocated output follows the iteration order: kept groups contiguous.
        let mut out_strides = Vec::new();
        let mut s = 1isize;
        for g in &groups {
            if g.2 {
                out_strides.push(0);
            } else {
                out_strides.push(s);
                s *= g.0 as isize;
            }
        }
        // npyiter_find_buffering_setup, for two operands (output, input) and no casts.
        let mut single = [1usize, 1usize];
        let mut cost = 1 + cast as usize;
        let mut outer_reduce = 0;
        let mut size = lens[0];
        let (mut best_dim, mut best_cost, mut best_size, mut best_core) = (0, 1, size, 1);
        for idim in 1..lens.len() {
            if outer_reduce != 0 || (size >= BUFSIZE && cost > 1) {
                break;
            }
            for (op, st) in [&out_strides, &in_strides].into_iter().enumerate() {
                if single[op] == idim {
                    if st[idim - 1] * lens[idim - 1] as isize == st[idim] {
                        single[op] += 1;
                        continue;
                    }
                    if !(op == 1 && cast) {
                        cost += 1;
                    }
                }
                if op == 0 && (st[idim] == 0 || st[idim - 1] == 0) {
                    outer_reduce = idim;
                }
            }
            let core = size;
            size *= lens[idim];
            if size == 0 {
                break;
            }
            let bufsize = if size > BUFSIZE && cost > 1 {
                BUFSIZE
            } else {
                size
            };
            if (cost * best_size) as f64 <= (best_cost * bufsize) as f64 {
                best_cost = cost;
                best_core = core;
                best_size = size;
                best_dim = idim;
            }
        }
        let using_reduce = outer_reduce != 0 && best_dim == outer_reduce;
        let inner_reduced = groups[0].2;
        // How many groups one inner loop call covers, and the pairwise runs within it.
        let (unit, chunk) = if !inner_reduced {
            (1, None)
        } else if best_dim == 0 {
            // A cast input is buffered even when its rows need no coalescing.
            (1, cast.then_some(BUFSIZE))
        } else if using_reduce {
            (best_dim, None)
        } else {
            (best_dim + 1, Some((BUFSIZE / best_core).max(1) * best_core))
        };
        let block: usize = lens[..unit].iter().product();
        Plan {
            axes,
            block: block.max(1),
            chunk: chunk.unwrap_or(block).clamp(1, block.max(1)),
            inner_reduced,
        }
    }

    /// The plan for reducing `a` over the axes whose bits are set in `mask`.
    pub fn for_array(a: &ArrObj, mask: i64, cast: bool) -> Plan {
        let shape: Vec<usize> = a.shape().iter().map(|&d| d as usize).collect();
        let strides: Vec<isize> = a.strides().iter().map(|&s| s as isize).collect();
        let reduced: Vec<bool> = (0..shape.len()).map(|d| mask >> d & 1 == 1).collect();
        Plan::new(&shape, &strides, &reduced, cast)
    }

    /// Calls `f(input byte offset, output index)` for every element, in iteration order.
    fn walk(&self, mut f: impl FnMut(isize, usize)) {
        let n: usize = self.axes.iter().map(|a| a.len).product();
        let mut idx = vec![0usize; self.axes.len()];
        let (mut off, mut o) = (0isize, 0usize);
        for _ in 0..n {
            f(off, o);
            for (k, ax) in self.axes.iter().enumerate() {
                idx[k] += 1;
                off += ax.stride;
                o += ax.out;
                if idx[k] < ax.len {
                    break;
                }
                idx[k] = 0;
                off -= ax.stride * ax.len as isize;
                o -= ax.out * ax.len;
            }
        }
    }

    /// NumPy's `add.reduce` into `out` (which starts at the identity 0).
    fn sum<T>(&self, read: impl Fn(isize) -> T, out: &mut [T])
    where
        T: Copy + Default + Add<Output = T>,
    {
        out.fill(T::default());
        if self.inner_reduced {
            let mut buf = Vec::with_capacity(self.block);
            self.walk(|off, o| {
                buf.push(read(off));
                if buf.len() == self.block {
                    for c in buf.chunks(self.chunk) {
                        out[o] = out[o] + pairwise_sum(c);
                    }
                    buf.clear();
                }
            });
        } else {
            self.walk(|off, o| out[o] = out[o] + read(off));
        }
    }

    /// A sequential reduction in iteration order: from `init`, or from the first element
    /// visited for each output (NumPy copies it in when the operation has no identity).
    fn fold<T: Copy>(
        &self,
        read: impl Fn(isize) -> T,
        out: &mut [T],
        init: Option<T>,
        f: impl Fn(T, T) -> T,
    ) {
        let mut seen = vec![init.is_some(); out.len()];
        if let Some(i) = init {
            out.fill(i);
        }
        self.walk(|off, o| {
            let x = read(off);
            out[o] = if seen[o] { f(out[o], x) } else { x };
            seen[o] = true;
        });
    }
}

/// `add.reduce` of all elements of `a` in float type `T` (the whole-array `sum` and `mean`).
#[allow(private_bounds)]
pub fn sum_all<T: Float>(a: &ArrObj) -> T {
    // One dense block of T (any axis order): a single pairwise run over memory.
    if a.dtype.itemsize() == std::mem::size_of::<T>() && a.dtype == T::DTYPE && a.size > 0 {
        if let Some(p) = a.dense_block_start() {
            // SAFETY: a dense block of `size` elements of type T starts at `p`.
            let v = unsafe { std::slice::from_raw_parts(p as *const T, a.size as usize) };
            return T::default() + pairwise_sum(v);
        }
    }
    let cast = !matches!(a.dtype, DType::F64 | DType::F32);
    let plan = Plan::for_array(a, (1i64 << a.ndim) - 1, cast);
    let mut out = [T::default()];
    // SAFETY: `a` is a live array.
    plan.sum(unsafe { reader(a, T::from_elem) }, &mut out);
    out[0]
}

/// `maximum.reduce` (`max`) or `minimum.reduce` of all elements of a non-empty `a`, in NumPy's
/// iteration order (which decides between `-0.0` and `0.0`).
#[allow(private_bounds)]
pub fn extremum_all<T: Float>(a: &ArrObj, max: bool) -> T {
    let plan = Plan::for_array(a, (1i64 << a.ndim) - 1, false);
    let mut out = [T::default()];
    // SAFETY: `a` is a live array.
    plan.fold(
        unsafe { reader(a, T::from_elem) },
        &mut out,
        None,
        float_extremum(max),
    );
    out[0]
}

/// The float types reductions accumulate in.
pub(crate) trait Float:
    Copy + Default + PartialOrd + Add<Output = Self> + Sub<Output = Self>
{
    const DTYPE: DType;
    fn from_elem(e: Elem) -> Self;
    fn to_f64(self) -> f64;
    /// `x / n` as NumPy's `true_divide(x, intp(n))` computes it (in float64, then cast).
    fn div_count(self, n: usize) -> Self;
    fn square(self) -> Self;
    fn sqrt(self) -> Self;
    fn is_nan(self) -> bool;
}

macro_rules! float_impl {
    ($t:ty, $d:ident) => {
        impl Float for $t {
            const DTYPE: DType = DType::$d;
            fn from_elem(e: Elem) -> Self {
                e.as_f64() as $t
            }
            fn to_f64(self) -> f64 {
                self as f64
            }
            fn div_count(self, n: usize) -> Self {
                (self as f64 / n as f64) as $t
            }
            fn square(self) -> Self {
                Mul::mul(self, self)
            }
            fn sqrt(self) -> Self {
                <$t>::sqrt(self)
            }
            fn is_nan(self) -> bool {
                <$t>::is_nan(self)
            }
        }
    };
}
float_impl!(f64, F64);
float_impl!(f32, F32);

/// NumPy's `maximum`/`minimum` of an accumulator and the next element: NaN propagates, and on
/// ties the second operand wins (`maximum(-0.0, 0.0)` is `0.0`).
fn float_extremum<T: Float>(max: bool) -> impl Fn(T, T) -> T {
    move |acc, x| {
        if acc.is_nan() {
            acc
        } else if x.is_nan() || (max && !(acc > x)) || (!max && !(acc < x)) {
            x
        } else {
            acc
        }
    }
}

unsafe fn reader<T>(a: &ArrObj, conv: impl Fn(Elem) -> T) -> impl Fn(isize) -> T {
    let (data, dtype) = (a.data as *const u8, a.dtype);
    // SAFETY: the plan only produces offsets of elements of `a`.
    move |off| conv(unsafe { Elem::read(dtype, data.offset(off)) })
}

/// Writes `vals` (in C order of `out`'s index) through `out`'s strides.
unsafe fn write_all<T: Copy>(out: &ArrObj, vals: &[T], conv: impl Fn(T) -> Elem) {
    let mut k = 0;
    ArrObj::for_each_index(out.shape(), |i| {
        out.set(i, conv(vals[k]));
        k += 1;
    });
}

/// Number of elements each output element reduces.
fn reduced_count(a: &ArrObj, mask: i64) -> usize {
    (0..a.ndim as usize)
        .filter(|&d| mask >> d & 1 == 1)
        .map(|d| a.shape[d] as usize)
        .product()
}

/// Runs `stage`, and when `watch`, returns NumPy's warning bits of the floating-point flags it
/// set (`warn::with_fenv`), shifted to group `group` of a table (bits `3 * group..`).
fn watched(watch: bool, group: usize, stage: impl FnOnce()) -> i64 {
    if !watch {
        stage();
        return 0;
    }
    warn::with_fenv(|| {
        stage();
        0.0
    }) << (3 * group)
}

/// Mean, var or std in float type `T` (NumPy's `_mean` and `_var`). With `flags`, var's and
/// std's NumPy steps each add the warning bits of their floating-point flags, in their order
/// (see `VAR_GROUPS`); reading the flags costs two calls per step, not per element.
unsafe fn moments<T: Float>(
    a: &ArrObj,
    mask: i64,
    op: i64,
    ddof: i64,
    n_out: usize,
    flags: Option<&mut i64>,
) -> Vec<T> {
    let watch = flags.is_some() && op != OP_MEAN;
    let mut raised = 0;
    let cast = !matches!(a.dtype, DType::F64 | DType::F32);
    let plan = Plan::for_array(a, mask, cast);
    let read = reader(a, T::from_elem);
    let n = reduced_count(a, mask);
    let mut mean = vec![T::default(); n_out];
    raised |= watched(watch, VAR_GROUPS[0], || {
        plan.sum(&read, &mut mean);
        std::hint::black_box(&mean);
    });
    raised |= watched(watch, VAR_GROUPS[1], || {
        for m in &mut mean {
            *m = m.div_count(n);
        }
        std::hint::black_box(&mean);
    });
    if op == OP_MEAN {
        return mean;
    }
    // `x = arr - arrmean; x = x * x` is a new array laid out in the input's iteration order,
    // and its sum follows that layout.
    let shape: Vec<usize> = a.shape().iter().map(|&d| d as usize).collect();
    let strides: Vec<isize> = a.strides().iter().map(|&s| s as isize).collect();
    let perm = iteration_order(&shape, &strides);
    let isz = std::mem::size_of::<T>();
    let mut x_strides = vec![0isize; shape.len()];
    let mut s = 1usize;
    for &d in &perm {
        x_strides[d] = (s * isz) as isize;
        s *= shape[d];
    }
    let mut x = vec![T::default(); a.size as usize];
    let reduced: Vec<bool> = (0..shape.len()).map(|d| mask >> d & 1 == 1).collect();
    let mut out_stride = vec![0usize; shape.len()];
    let mut t = 1;
    for d in (0..shape.len()).rev() {
        if !reduced[d] {
            out_stride[d] = t;
            t *= shape[d];
        }
    }
    raised |= watched(watch, VAR_GROUPS[2], || {
        ArrObj::for_each_index(a.shape(), |i| {
            let src: isize = i.iter().zip(&strides).map(|(&k, &s)| k as isize * s).sum();
            let dst: isize = i
                .iter()
                .zip(&x_strides)
                .map(|(&k, &s)| k as isize * s)
                .sum();
            let o: usize = i.iter().zip(&out_stride).map(|(&k, &s)| k * s).sum();
            let deviation = read(src) - mean[o];
            x[dst as usize / isz] = if watch { deviation } else { deviation.square() };
        });
        std::hint::black_box(&x);
    });
    if watch {
        // `x * x` in a pass of its own only when its flags are read apart from the subtraction's.
        raised |= watched(watch, VAR_GROUPS[3], || {
            for v in &mut x {
                *v = v.square();
            }
            std::hint::black_box(&x);
        });
    }
    let xplan = Plan::new(&shape, &x_strides, &reduced, false);
    let mut var = vec![T::default(); n_out];
    raised |= watched(watch, VAR_GROUPS[4], || {
        xplan.sum(|off| x[off as usize / isz], &mut var);
        std::hint::black_box(&var);
    });
    let dof = (n as i64 - ddof).max(0) as usize;
    raised |= watched(watch, VAR_GROUPS[5], || {
        for v in &mut var {
            *v = v.div_count(dof);
        }
        std::hint::black_box(&var);
    });
    if op == OP_STD {
        for v in &mut var {
            *v = v.sqrt();
        }
    }
    if let Some(f) = flags {
        *f |= raised;
    }
    var
}

/// The table groups of var's and std's steps, in NumPy's `_var` order: the mean's `add.reduce`
/// and `divide`, `subtract`, `square`, the squares' `add.reduce`, and the last divide by the
/// degrees of freedom. Bit 0 of the table is `Degrees of freedom <= 0 for slice`, which NumPy
/// raises first.
const VAR_GROUPS: [usize; 6] = [1, 2, 3, 4, 5, 6];

/// `argmax`/`argmin` along one axis (`axis` < 0: of the flattened array), as NumPy's
/// `argfunc`s: the first extreme element, or the first NaN.
unsafe fn arg_extremum(a: &ArrObj, axis: i64, max: bool, out: &mut [i64]) {
    let mut v = Vec::with_capacity(a.size as usize);
    ArrObj::for_each_index(a.shape(), |i| v.push(a.get(i)));
    let (outer, len, inner) = if axis < 0 {
        (1, a.size as usize, 1)
    } else {
        let ax = axis as usize;
        let sh: Vec<usize> = a.shape().iter().map(|&d| d as usize).collect();
        (
            sh[..ax].iter().product::<usize>(),
            sh[ax],
            sh[ax + 1..].iter().product::<usize>(),
        )
    };
    for i in 0..outer {
        for j in 0..inner {
            let at = |k: usize| v[(i * len + k) * inner + j];
            let mut best = at(0);
            let mut idx = 0;
            for k in 1..len {
                let x = at(k);
                let better = match (best, x) {
                    (Elem::Float(m), _) if m.is_nan() => break,
                    (Elem::Float(m), Elem::Float(y)) => {
                        if max {
                            !(y <= m)
                        } else {
                            !(y >= m)
                        }
                    }
                    (m, y) => {
                        // uint64 elements compare unsigned.
                        let key = |e: Elem| match e {
                            Elem::UInt(u) => u as i128,
                            e => e.as_i64() as i128,
                        };
                        if max {
                            key(y) > key(m)
                        } else {
                            key(y) < key(m)
                        }
                    }
                };
                if better {
                    best = x;
                    idx = k;
                }
            }
            out[i * inner + j] = idx as i64;
        }
    }
}

/// The bits of a reduction's warning table after NumPy's three of `reduce`: a mean's `Mean of
/// empty slice` and the 0 / 0 `divide` after it.
const EMPTY_SLICE: i64 = 1 << 3;
const EMPTY_DIVIDE: i64 = 1 << 4;
/// Bit 0 of var's and std's table: `Degrees of freedom <= 0 for slice` (see `VAR_GROUPS`).
const DEGREES_OF_FREEDOM: i64 = 1;

/// NumPy's warnings of the `add.reduce` (`multiply.reduce` for prod) that a float sum, prod or
/// mean of `a` over `mask` ran, when one of its `n_out` results is not finite: the same loop
/// again, on fresh floating-point flags, which its operations set as they set NumPy's. A
/// finite result raised none, so the loop itself is not slowed.
unsafe fn reduce_flags<T: Float + std::ops::Mul<Output = T>>(
    a: &ArrObj,
    mask: i64,
    op: i64,
    n_out: usize,
) -> i64 {
    let plan = Plan::for_array(a, mask, !matches!(a.dtype, DType::F64 | DType::F32));
    let read = reader(a, T::from_elem);
    let mut r = vec![T::default(); n_out];
    warn::with_fenv(|| {
        if op == OP_PROD {
            plan.fold(
                &read,
                &mut r,
                Some(T::from_elem(Elem::Float(1.0))),
                |x, y| x * y,
            );
        } else {
            plan.sum(&read, &mut r);
        }
        std::hint::black_box(&r);
        0.0
    })
}

/// Prints the warnings (`table`, null: none) of a float sum, prod or mean (`op`) of `a` over
/// `mask` whose results `o` hold: those of its reduce loop when a result is not finite, and
/// a mean's of an empty slice.
unsafe fn warn_reduction(a: &ArrObj, o: &ArrObj, mask: i64, op: i64, table: *const u8) {
    if table.is_null() || !matches!(op, OP_SUM | OP_PROD | OP_MEAN) {
        return;
    }
    if op != OP_MEAN && !matches!(a.dtype, DType::F64 | DType::F32) {
        return;
    }
    let n_out = o.size as usize;
    let mut flags = 0;
    let mut finite = true;
    ArrObj::for_each_index(o.shape(), |i| finite &= o.get(i).as_f64().is_finite());
    if !finite {
        flags |= if a.dtype == DType::F32 {
            reduce_flags::<f32>(a, mask, op, n_out)
        } else {
            reduce_flags::<f64>(a, mask, op, n_out)
        };
    }
    if op == OP_MEAN && reduced_count(a, mask) == 0 {
        flags |= EMPTY_SLICE;
        if n_out > 0 {
            flags |= EMPTY_DIVIDE;
        }
    }
    if flags != 0 {
        warn::arrc_fp_warn(flags, table);
    }
}

/// Reduces `inp` over the axes in `mask` with `op` into `out`, a new C-contiguous array of the
/// result's dtype and size. `ddof` is var's and std's; for argmax/argmin `mask` is one axis bit
/// or -1 (flattened). `table` (null: none) holds the warnings of a float sum, prod or mean
/// (`warn_reduction`).
///
/// # Safety
/// `inp` and `out` are live arrays, `table` null or a table the compiler wrote.
#[no_mangle]
pub unsafe extern "C" fn arrc_reduce_axes(
    inp: *mut ArrObj,
    out: *mut ArrObj,
    mask: i64,
    op: i64,
    ddof: i64,
    table: *const u8,
) {
    if mask >= 0 && (*out).ndim >= 2 && !matches!(op, OP_ARGMAX | OP_ARGMIN) {
        // NumPy allocates the result in the input's iteration order (argmax/argmin: C order).
        crate::order::reduction_order(&*inp, out, mask);
    }
    let (a, o) = (&*inp, &*out);
    let n_out = o.size as usize;
    let float_in = matches!(a.dtype, DType::F64 | DType::F32);
    match op {
        OP_SUM | OP_PROD if !float_in => {
            let plan = Plan::for_array(a, mask, false);
            let mut r = vec![0i64; n_out];
            let read = reader(a, Elem::as_i64);
            if op == OP_SUM {
                plan.fold(read, &mut r, Some(0), i64::wrapping_add);
            } else {
                plan.fold(read, &mut r, Some(1), i64::wrapping_mul);
            }
            write_all(o, &r, Elem::Int);
        }
        OP_SUM | OP_PROD if a.dtype == DType::F32 => {
            let plan = Plan::for_array(a, mask, false);
            let mut r = vec![0f32; n_out];
            let read = reader(a, f32::from_elem);
            if op == OP_SUM {
                plan.sum(read, &mut r);
            } else {
                plan.fold(read, &mut r, Some(1.0), |x, y| x * y);
            }
            write_all(o, &r, |x| Elem::Float(x as f64));
        }
        OP_SUM | OP_PROD => {
            let plan = Plan::for_array(a, mask, false);
            let mut r = vec![0f64; n_out];
            let read = reader(a, f64::from_elem);
            if op == OP_SUM {
                plan.sum(read, &mut r);
            } else {
                plan.fold(read, &mut r, Some(1.0), |x, y| x * y);
            }
            write_all(o, &r, Elem::Float);
        }
        OP_MEAN | OP_VAR | OP_STD => {
            let mut flags = 0;
            let var_flags = (!table.is_null()).then_some(&mut flags);
            if a.dtype == DType::F32 {
                let r = moments::<f32>(a, mask, op, ddof, n_out, var_flags);
                write_all(o, &r, |x| Elem::Float(x.to_f64()));
            } else {
                let r = moments::<f64>(a, mask, op, ddof, n_out, var_flags);
                write_all(o, &r, Elem::Float);
            }
            if op != OP_MEAN && !table.is_null() {
                if ddof >= reduced_count(a, mask) as i64 {
                    flags |= DEGREES_OF_FREEDOM;
                }
                if flags != 0 {
                    warn::arrc_fp_warn(flags, table);
                }
            }
        }
        OP_MAX | OP_MIN => {
            let plan = Plan::for_array(a, mask, false);
            let max = op == OP_MAX;
            match a.dtype {
                DType::F32 => {
                    let mut r = vec![0f32; n_out];
                    plan.fold(reader(a, f32::from_elem), &mut r, None, float_extremum(max));
                    write_all(o, &r, |x| Elem::Float(x as f64));
                }
                DType::F64 => {
                    let mut r = vec![0f64; n_out];
                    plan.fold(reader(a, f64::from_elem), &mut r, None, float_extremum(max));
                    write_all(o, &r, Elem::Float);
                }
                DType::U64 => {
                    // uint64 bits, compared unsigned.
                    let mut r = vec![0i64; n_out];
                    let f: fn(i64, i64) -> i64 = if max {
                        |x: i64, y: i64| (x as u64).max(y as u64) as i64
                    } else {
                        |x: i64, y: i64| (x as u64).min(y as u64) as i64
                    };
                    plan.fold(reader(a, Elem::as_i64), &mut r, None, f);
                    write_all(o, &r, Elem::Int);
                }
                _ => {
                    let mut r = vec![0i64; n_out];
                    let f = if max { i64::max } else { i64::min };
                    plan.fold(reader(a, Elem::as_i64), &mut r, None, f);
                    write_all(o, &r, Elem::Int);
                }
            }
        }
        OP_ANY | OP_ALL => {
            let plan = Plan::for_array(a, mask, false);
            let mut r = vec![false; n_out];
            let read = reader(a, Elem::as_bool);
            if op == OP_ANY {
                plan.fold(read, &mut r, Some(false), |x, y| x || y);
            } else {
                plan.fold(read, &mut r, Some(true), |x, y| x && y);
            }
            write_all(o, &r, Elem::Bool);
        }
        OP_ARGMAX | OP_ARGMIN => {
            let axis = if mask < 0 {
                -1
            } else {
                mask.trailing_zeros() as i64
            };
            let mut r = vec![0i64; n_out];
            arg_extremum(a, axis, op == OP_ARGMAX, &mut r);
            write_all(o, &r, Elem::Int);
        }
        _ => crate::abi::fatal(&format!("bad reduction code {op}")),
    }
    warn_reduction(a, o, mask, op, table);
}

/// `cumsum` (`op` OP_SUM) or `cumprod` (OP_PROD) of `inp` along `axis` (< 0: of the flattened
/// array, in C order) into `out`, a new array of the result's dtype (laid out here): the first
/// element is copied, each next one is added to (multiplied with) the previous result. With a
/// warning `table` (null: none), NumPy's `accumulate` warnings of the float steps are printed
/// after the loop, as NumPy reads the FPU flags after it.
///
/// # Safety
/// `inp` and `out` are live arrays, `table` null or a table the compiler wrote.
#[no_mangle]
pub unsafe extern "C" fn arrc_accumulate(
    inp: *mut ArrObj,
    out: *mut ArrObj,
    axis: i64,
    op: i64,
    table: *const u8,
) {
    if axis >= 0 && (*out).ndim >= 2 {
        // A result laid out in the input's memory order (order='K').
        crate::order::arrc_order_like(out, inp);
    }
    let (a, o) = (&*inp, &*out);
    let mut offsets = Vec::with_capacity(o.size as usize);
    ArrObj::for_each_index(o.shape(), |i| offsets.push(o.offset(i)));
    let mut v = Vec::with_capacity(a.size as usize);
    ArrObj::for_each_index(a.shape(), |i| v.push(a.get(i)));
    let (outer, len, inner) = if axis < 0 {
        (1, v.len(), 1)
    } else {
        let ax = axis as usize;
        let sh: Vec<usize> = a.shape().iter().map(|&d| d as usize).collect();
        (
            sh[..ax].iter().product::<usize>(),
            sh[ax],
            sh[ax + 1..].iter().product::<usize>(),
        )
    };
    let sum = op == OP_SUM;
    let float_code = if sum { warn::op::ADD } else { warn::op::MUL };
    let mut flags = 0;
    for i in 0..outer {
        for j in 0..inner {
            let mut acc: Option<Elem> = None;
            for k in 0..len {
                let at = (i * len + k) * inner + j;
                let x = v[at];
                let next = match (acc, o.dtype) {
                    (None, _) => x,
                    (Some(p), DType::F32) => {
                        let (p, x) = (p.as_f64() as f32, x.as_f64() as f32);
                        let r = if sum { p + x } else { p * x };
                        if !r.is_finite() {
                            flags |=
                                warn::arrc_fp_flags(float_code | warn::op::F32, p as f64, x as f64);
                        }
                        Elem::Float(r as f64)
                    }
                    (Some(p), DType::F64) => {
                        let (p, x) = (p.as_f64(), x.as_f64());
                        let r = if sum { p + x } else { p * x };
                        if !r.is_finite() {
                            flags |= warn::arrc_fp_flags(float_code, p, x);
                        }
                        Elem::Float(r)
                    }
                    (Some(p), _) => {
                        let (p, x) = (p.as_i64(), x.as_i64());
                        Elem::Int(if sum {
                            p.wrapping_add(x)
                        } else {
                            p.wrapping_mul(x)
                        })
                    }
                };
                next.write(o.dtype, o.data.offset(offsets[at]));
                acc = Some(next);
            }
        }
    }
    if flags != 0 && !table.is_null() {
        warn::arrc_fp_warn(flags, table);
    }
}
