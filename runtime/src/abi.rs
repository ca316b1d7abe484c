//! The C ABI: every function compiled code calls. JIT code gets these addresses from
//! `SYMBOLS`; AOT executables link them from the static library. Integers, booleans and
//! pointers cross as `i64`, floats as `f64`.
//!
//! Errors raised here name the script position through a `site`: a pointer to
//! `"file:line:col\0source line\n    ^^^\n\0"` that the compiler rendered at compile time.

#![allow(clippy::missing_safety_doc)]

use crate::array::{self, ArrObj, DType, Elem, StrObj, KIND_STR, MAX_DIMS, STATS};
use crate::format::{self, ArraySource, ElemKind, PrintOptions, Scalar};
pub use crate::order::{
    arrc_order_apply, arrc_order_concat, arrc_order_like, arrc_order_node, arrc_order_push,
    arrc_order_take,
};
use crate::output;
use crate::pyexc::PyExc;
use crate::pyfmt;
pub use crate::reduce::{arrc_accumulate, arrc_reduce_axes};
use crate::rng::LegacyRandom;
use std::cell::RefCell;
use std::time::Instant;

type Arr = *mut ArrObj;

struct Io {
    captures: Vec<Vec<u8>>,
    stats: bool,
    print: PrintOptions,
    timers: Vec<(Instant, f64, f64)>,
    rng: Option<LegacyRandom>,
    device_mode: i64,
}

thread_local! {
    static IO: RefCell<Io> = RefCell::new(Io {
        captures: Vec::new(),
        stats: false,
        print: PrintOptions::default(),
        timers: Vec::new(),
        rng: None,
        device_mode: DEVICE_AUTO,
    });
}

fn write_out(bytes: &[u8]) {
    let captured = IO.with(|io| match io.borrow_mut().captures.last_mut() {
        Some(c) => {
            c.extend_from_slice(bytes);
            true
        }
        None => false,
    });
    if !captured {
        output::write(bytes);
    }
}

/// Writes out what was printed, before something goes to stderr; a failure ends the program.
pub(crate) fn flush_out() {
    output::flush_or_exit();
}

fn print_options() -> PrintOptions {
    IO.with(|io| io.borrow().print.clone())
}

/// Ends the program with a message and exit code 1, after flushing what was printed.
pub fn fatal(message: &str) -> ! {
    let flushed = output::flush();
    eprintln!("error: {message}");
    exit_after(flushed, 1)
}

/// Ends the program with the Python exception `exc` at a located run-time site.
pub(crate) unsafe fn raise_py(site: *const u8, exc: PyExc, message: &str) -> ! {
    raise(site, &exc.line(message))
}

/// Ends the program with a located run-time error (`message` is the whole text after
/// `error: `: `TYPE: message` for a Python exception, see `raise_py`).
pub(crate) unsafe fn raise(site: *const u8, message: &str) -> ! {
    if site.is_null() {
        fatal(message);
    }
    let flushed = output::flush();
    let loc = std::ffi::CStr::from_ptr(site as *const std::ffi::c_char);
    let snippet =
        std::ffi::CStr::from_ptr(site.add(loc.to_bytes().len() + 1) as *const std::ffi::c_char);
    eprint!(
        "{}: error: {}\n{}",
        loc.to_string_lossy(),
        message,
        snippet.to_string_lossy()
    );
    exit_after(flushed, 1)
}

/// Exits with `code`, or as CPython's shutdown does when the last flush of stdout failed
/// (the error was reported first, as CPython's traceback comes before its flush report).
fn exit_after(flushed: std::io::Result<()>, code: i32) -> ! {
    if let Err(e) = flushed {
        output::exit_final_flush_failed(&e);
    }
    std::process::exit(code)
}

// ---- lifecycle ----

#[no_mangle]
pub extern "C" fn arrc_rt_init(stats: i64) {
    output::install_signal_handlers();
    let env_stats = std::env::var_os("ARRC_STATS").is_some_and(|v| v != "0");
    IO.with(|io| io.borrow_mut().stats = stats != 0 || env_stats);
}

/// Flushes output and prints `--stats`; returns the process exit code.
#[no_mangle]
pub extern "C" fn arrc_rt_finish() -> i32 {
    if let Err(e) = output::flush() {
        output::exit_final_flush_failed(&e);
    }
    if IO.with(|io| io.borrow().stats) {
        STATS.with(|s| {
            eprintln!(
                "arrc stats: kernels={} arrays={} bytes={} peak_bytes={}",
                s.kernels.get(),
                s.arrays.get(),
                s.bytes.get(),
                s.peak.get()
            )
        });
    }
    0
}

#[no_mangle]
pub extern "C" fn arrc_stat_kernel() {
    STATS.with(|s| s.kernels.set(s.kernels.get() + 1));
}

#[no_mangle]
pub unsafe extern "C" fn arrc_incref(p: Arr) {
    if !p.is_null() {
        (*p).rc += 1;
    }
}

#[no_mangle]
pub unsafe extern "C" fn arrc_decref(p: Arr) {
    array::decref(p)
}

// ---- devices ----

/// `--device`: where "cuda" tensors live. The numbers are ABI.
pub const DEVICE_AUTO: i64 = 0;
pub const DEVICE_CPU: i64 = 1;
pub const DEVICE_CUDA: i64 = 2;

pub fn device_mode() -> i64 {
    IO.with(|io| io.borrow().device_mode)
}

fn gpu_status() -> Result<(), String> {
    crate::gpu::status()
}

/// Set by the program's first statement (the `--device` it was compiled with); the
/// `ARRC_DEVICE` environment variable (`auto`, `cpu`, `cuda`) overrides it.
#[no_mangle]
pub unsafe extern "C" fn arrc_set_device_mode(mode: i64) {
    let mode = match std::env::var("ARRC_DEVICE").as_deref() {
        Ok("cpu") => DEVICE_CPU,
        Ok("cuda") => DEVICE_CUDA,
        Ok("auto") => DEVICE_AUTO,
        _ => mode,
    };
    IO.with(|io| io.borrow_mut().device_mode = mode);
    if mode == DEVICE_CUDA {
        if let Err(why) = gpu_status() {
            fatal(&format!("--device cuda: no usable GPU: {why}"));
        }
    }
}

/// Whether a tensor the script placed on `cuda` (1) or `cpu` (0) is on the GPU at run time.
#[no_mangle]
pub extern "C" fn arrc_is_cuda(cuda: i64) -> i64 {
    (cuda != 0 && device_mode() != DEVICE_CPU) as i64
}

/// `torch.cuda.is_available()`
#[no_mangle]
pub extern "C" fn arrc_cuda_available() -> i64 {
    (device_mode() != DEVICE_CPU && gpu_status().is_ok()) as i64
}

/// `t.to(device)`: to `cuda`, the device copy is made current now (as torch copies at `.to`);
/// under `--device cpu` every tensor stays on the CPU. To `cpu`, the host copy.
#[no_mangle]
pub unsafe extern "C" fn arrc_to_device(p: Arr, cuda: i64, site: *const u8) -> Arr {
    if cuda != 0 && device_mode() != DEVICE_CPU {
        if let Err(why) = crate::gpu::upload(p) {
            raise(site, &format!("no usable GPU for this CUDA tensor: {why}; run with --device cpu to place tensors on the CPU"));
        }
    } else {
        crate::gpu::host_read(p);
    }
    arrc_incref(p);
    p
}

/// `torch.cuda.synchronize()`: waits for the GPU's queued work.
#[no_mangle]
pub extern "C" fn arrc_cuda_synchronize() {
    crate::gpu::synchronize();
}

/// At program start: the CUDA source of the program's `count` kernels (static data), which
/// the GPU backend compiles with NVRTC on first use.
#[no_mangle]
pub unsafe extern "C" fn arrc_gpu_program(src: *const u8, len: i64, count: i64) {
    crate::gpu::set_program(
        std::slice::from_raw_parts(src, len as usize),
        count as usize,
    );
}

/// Runs kernel `kernel` on the GPU (1) or prepares its operands for the CPU loop (0); see
/// `gpu::launch`.
#[no_mangle]
pub unsafe extern "C" fn arrc_gpu_launch(kernel: i64, meta: *const i64, args: *const i64) -> i64 {
    crate::gpu::launch(kernel as usize, meta, args) as i64
}

/// Before the CPU reads array data: brings back whatever only the GPU holds.
#[no_mangle]
pub extern "C" fn arrc_gpu_sync_all() {
    crate::gpu::sync_all();
}

/// Before the CPU stores into `p`: its host copy current, its device copy dropped.
#[no_mangle]
pub unsafe extern "C" fn arrc_gpu_host_write(p: Arr) {
    crate::gpu::host_write(p);
}

#[no_mangle]
pub extern "C" fn arrc_write_device(cuda: i64) {
    write_out(if arrc_is_cuda(cuda) != 0 {
        b"cuda:0"
    } else {
        b"cpu"
    });
}

/// Writes a tensor as torch prints it.
#[no_mangle]
pub unsafe extern "C" fn arrc_write_tensor(p: Arr, cuda: i64) {
    let a = &*p;
    let view = ArrView(a, a.shape().iter().map(|&d| d as usize).collect());
    let device = (arrc_is_cuda(cuda) != 0).then_some("cuda:0");
    let text = crate::torch_format::tensor_str(
        &view,
        device,
        &crate::torch_format::TorchPrintOptions::default(),
    );
    write_out(text.as_bytes());
}

// ---- arrays ----

pub(crate) fn dims(ndim: i64, s: [i64; MAX_DIMS]) -> Vec<i64> {
    s[..ndim as usize].to_vec()
}

/// A new array of a shape the program gives (a constructor, a kernel's result): NumPy's
/// refusals (negative dimension, too big, out of memory) are raised at `site`. `zeroed` 0
/// leaves the contents to the caller, who fills it completely (kernel outputs).
///
/// # Safety
/// `site` is a site the compiler wrote.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn arrc_alloc(
    site: *const u8,
    zeroed: i64,
    dtype: i64,
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
    let dtype = DType::from_code(dtype);
    let shape = dims(ndim, [s0, s1, s2, s3, s4, s5, s6, s7]);
    ArrObj::try_alloc(dtype, &shape, zeroed != 0)
        .unwrap_or_else(|e| raise(site, &e.message(dtype, &shape)))
}

/// A new view with the same shape and strides, sharing the buffer.
#[no_mangle]
pub unsafe extern "C" fn arrc_view(p: Arr) -> Arr {
    ArrObj::view_of(&*p, p)
}

/// Restricts axis `axis` of view `v` to `len` elements starting at `start`, every `step`-th.
/// The compiler has already normalised the slice against the static shape.
#[no_mangle]
pub unsafe extern "C" fn arrc_view_axis(v: Arr, axis: i64, start: i64, len: i64, step: i64) {
    let v = &mut *v;
    let a = axis as usize;
    if len > 0 {
        v.data = v.data.offset((start * v.strides[a]) as isize);
    }
    v.shape[a] = len;
    v.strides[a] *= step;
    v.size = v.shape().iter().product();
}

/// Removes axis `axis` of view `v` by fixing its index (already normalised and checked).
#[no_mangle]
pub unsafe extern "C" fn arrc_view_drop_axis(v: Arr, axis: i64, index: i64) {
    let v = &mut *v;
    let a = axis as usize;
    v.data = v.data.offset((index * v.strides[a]) as isize);
    let n = v.ndim as usize;
    for d in a..n - 1 {
        v.shape[d] = v.shape[d + 1];
        v.strides[d] = v.strides[d + 1];
    }
    v.ndim -= 1;
    v.size = v.shape().iter().product();
}

/// Inserts a length-1 axis at `axis` (for `None` / `np.newaxis`).
#[no_mangle]
pub unsafe extern "C" fn arrc_view_new_axis(v: Arr, axis: i64) {
    let v = &mut *v;
    let a = axis as usize;
    let n = v.ndim as usize;
    for d in (a..n).rev() {
        v.shape[d + 1] = v.shape[d];
        v.strides[d + 1] = v.strides[d];
    }
    v.shape[a] = 1;
    v.strides[a] = 0;
    v.ndim += 1;
}

/// Reverses the axes of view `v` (`.T`).
#[no_mangle]
pub unsafe extern "C" fn arrc_view_transpose(v: Arr) {
    let v = &mut *v;
    let n = v.ndim as usize;
    v.shape[..n].reverse();
    v.strides[..n].reverse();
}

/// Swaps axes `a` and `b` of view `v` (`swapaxes`, and `transpose(axes)` as a series of swaps).
#[no_mangle]
pub unsafe extern "C" fn arrc_view_swap_axes(v: Arr, a: i64, b: i64) {
    let v = &mut *v;
    v.shape.swap(a as usize, b as usize);
    v.strides.swap(a as usize, b as usize);
}

/// `ravel`: a 1-D view when the source is C-contiguous (NumPy's flag, which ignores the strides
/// of length-1 axes), else a contiguous copy (`PyArray_Ravel` with order 'C').
#[no_mangle]
pub unsafe extern "C" fn arrc_ravel(p: Arr) -> Arr {
    let r = if (*p).is_c_contiguous() {
        arrc_view(p)
    } else {
        arrc_copy(p)
    };
    let v = &mut *r;
    v.ndim = 1;
    v.shape[0] = v.size;
    v.strides[0] = v.dtype.itemsize() as i64;
    r
}

/// `reshape`: a view when the source is C-contiguous (as NumPy), else a contiguous copy. The
/// new shape is checked as every new array object's is (a view of an empty array may be too
/// big), raising at `site`.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn arrc_reshape(
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
    if let Err(e) = array::checked_nbytes((*p).dtype.itemsize(), &shape) {
        raise(site, &e.message((*p).dtype, &shape));
    }
    if (*p).size > 0 && !(*p).is_c_contiguous() {
        if let Some(strides) = nocopy_reshape_strides(&*p, &shape) {
            let v = arrc_view(p);
            let o = &mut *v;
            o.ndim = ndim;
            o.shape[..shape.len()].copy_from_slice(&shape);
            o.strides[..shape.len()].copy_from_slice(&strides);
            return v;
        }
    }
    let src = if (*p).is_c_contiguous() {
        arrc_view(p)
    } else {
        arrc_copy(p)
    };
    let v = &mut *src;
    v.ndim = ndim;
    v.shape[..shape.len()].copy_from_slice(&shape);
    v.set_contiguous_strides();
    src
}

/// NumPy's `_attempt_nocopy_reshape` (C order): the strides of `new_dims` over `a`'s memory when
/// the reshape needs no copy, e.g. adding length-1 axes to a strided view.
pub(crate) fn nocopy_reshape_strides(a: &ArrObj, new_dims: &[i64]) -> Option<Vec<i64>> {
    let (old_dims, old_strides): (Vec<i64>, Vec<i64>) = a
        .shape()
        .iter()
        .zip(a.strides())
        .filter(|(&d, _)| d != 1)
        .map(|(&d, &s)| (d, s))
        .unzip();
    let (old_nd, new_nd) = (old_dims.len(), new_dims.len());
    let mut new_strides = vec![0i64; new_nd];
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < new_nd && oi < old_nd {
        let mut np = new_dims[ni];
        let mut op = old_dims[oi];
        while np != op {
            if np < op {
                np *= *new_dims.get(nj)?;
                nj += 1;
            } else {
                op *= *old_dims.get(oj)?;
                oj += 1;
            }
        }
        for ok in oi..oj - 1 {
            if old_strides[ok] != old_dims[ok + 1] * old_strides[ok + 1] {
                return None;
            }
        }
        new_strides[nj - 1] = old_strides[oj - 1];
        for nk in (ni + 1..nj).rev() {
            new_strides[nk - 1] = new_strides[nk] * new_dims[nk];
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    let last_stride = if ni >= 1 {
        new_strides[ni - 1]
    } else {
        a.dtype.itemsize() as i64
    };
    for s in new_strides.iter_mut().skip(ni) {
        *s = last_stride;
    }
    Some(new_strides)
}

/// Copies `src` into `dst` element by element (shapes equal, or `src` broadcast), casting.
unsafe fn copy_into(dst: &ArrObj, src: &ArrObj) {
    let nd = dst.ndim as usize;
    let off = nd - src.ndim as usize;
    let mut sidx = vec![0usize; src.ndim as usize];
    ArrObj::for_each_index(dst.shape(), |i| {
        for d in 0..sidx.len() {
            sidx[d] = if src.shape[d] == 1 { 0 } else { i[d + off] };
        }
        dst.set(i, src.get(&sidx));
    });
}

/// A C-contiguous copy (`.copy()`, and reshape of non-contiguous arrays).
#[no_mangle]
pub unsafe extern "C" fn arrc_copy(p: Arr) -> Arr {
    arrc_astype(p, (*p).dtype as i64)
}

/// A C-contiguous copy converted to `dtype`.
#[no_mangle]
pub unsafe extern "C" fn arrc_astype(p: Arr, dtype: i64) -> Arr {
    let src = &*p;
    let out = ArrObj::alloc(DType::from_code(dtype), src.shape());
    copy_into(&*out, src);
    out
}

/// A copy in `p`'s memory order (order='K': `astype`, `np.copy`, `np.positive`): C order
/// for a C-contiguous array, F order for a transposed one.
#[no_mangle]
pub unsafe extern "C" fn arrc_copy_k(p: Arr) -> Arr {
    let src = &*p;
    let out = ArrObj::alloc_with(src.dtype, src.shape(), false);
    crate::order::arrc_order_like(out, p);
    copy_into(&*out, src);
    out
}

/// The array a kernel writing `output` reads in place of `input`: `input` itself when the two
/// share no memory (or map each element to the same address, which an elementwise kernel
/// reads before it writes), else a new array holding the values NumPy's loop would read. So
/// no kernel, CPU or GPU, ever runs with an input that overlaps its output, and nothing is
/// copied when nothing overlaps. This is the one overlap rule of every assignment path
/// (`dst[...] = src`, `x += y`, fused expressions written in place).
///
/// Ufunc outputs read every overlapping input as it was before the call (NumPy copies it).
/// A `plain` assignment (`dst[...] = src`, `array_assign_array`) copies the source first too,
/// except for a 1-D destination whose stride points the same way as the source's: NumPy then
/// copies element by element, so a read may see an earlier write (`numpy_1d_reads`).
#[no_mangle]
pub unsafe extern "C" fn arrc_unalias(input: Arr, output: Arr, plain: i64) -> Arr {
    let (i, o) = (&*input, &*output);
    let same_mapping = i.data == o.data && i.shape() == o.shape() && i.strides() == o.strides();
    if same_mapping || !may_overlap(i, o) {
        arrc_incref(input);
        return input;
    }
    // A one-element source reads the same value at every step: copying it is NumPy's result.
    let one_dim_loop = plain != 0 && o.ndim == 1 && i.size == o.size && i.size > 1;
    if one_dim_loop && i.dtype == o.dtype {
        let src_stride = i.strides[i.ndim as usize - 1];
        if o.strides[0] * src_stride > 0 {
            return numpy_1d_reads(i, src_stride, o);
        }
    }
    arrc_copy(input)
}

/// The values NumPy's 1-D copy loop (`raw_array_assign_array`) reads when it assigns `src`
/// (its `n` elements `src_stride` bytes apart, on its last axis) to `dst`, overlapping and
/// pointing the same way: it normalises the destination's stride to be positive and runs
/// backwards when the source starts before the destination and reaches into it (memmove's
/// rule), so an element whose source address was already written reads the value written
/// there (`x[::2] = x[:3]` copies `x[1]` to `x[4]`).
unsafe fn numpy_1d_reads(src: &ArrObj, src_stride: i64, dst: &ArrObj) -> Arr {
    let n = dst.shape[0];
    let isz = dst.dtype.itemsize();
    let (d0, dst_stride) = (dst.data as i64, dst.strides[0]);
    let s0 = src.data as i64;
    let (mut nd0, mut ns0, mut nss) = (d0, s0, src_stride);
    if dst_stride < 0 {
        nd0 += (n - 1) * dst_stride;
        ns0 += (n - 1) * src_stride;
        nss = -src_stride;
    }
    let backward = ns0 < nd0 && ns0 + n * nss > nd0;
    let descending = (dst_stride < 0) != backward;
    // C order in `src`'s shape (any leading length-1 axes) is the loop's order.
    let out = ArrObj::alloc(src.dtype, src.shape());
    let r = (*out).data;
    for step in 0..n {
        let k = if descending { n - 1 - step } else { step };
        let addr = s0 + k * src_stride;
        // The destination element at `addr`, if the loop wrote it before element `k`.
        let off = addr - d0;
        let j = off / dst_stride;
        let written =
            off % dst_stride == 0 && (0..n).contains(&j) && if descending { j > k } else { j < k };
        let from = if written {
            r.add(j as usize * isz)
        } else {
            addr as *const u8
        };
        std::ptr::copy_nonoverlapping(from, r.add(k as usize * isz), isz);
    }
    out
}

fn extent(a: &ArrObj) -> (usize, usize) {
    let mut lo = a.data as usize;
    let mut hi = a.data as usize;
    if a.size == 0 {
        return (lo, lo);
    }
    for d in 0..a.ndim as usize {
        let span = (a.shape[d] - 1) * a.strides[d];
        if span < 0 {
            lo = (lo as isize + span as isize) as usize;
        } else {
            hi += span as usize;
        }
    }
    (lo, hi + a.dtype.itemsize())
}

pub(crate) fn may_overlap(a: &ArrObj, b: &ArrObj) -> bool {
    let (alo, ahi) = extent(a);
    let (blo, bhi) = extent(b);
    alo < bhi && blo < ahi
}

/// Copies `src` into `dst` at `offset` along `axis` (one operand of `np.concatenate`).
#[no_mangle]
pub unsafe extern "C" fn arrc_concat_part(dst: Arr, src: Arr, axis: i64, offset: i64) {
    let view = arrc_view(dst);
    arrc_view_axis(view, axis, offset, (*src).shape[axis as usize], 1);
    copy_into(&*view, &*src);
    arrc_decref(view);
}

#[no_mangle]
pub unsafe extern "C" fn arrc_arange_i64(p: Arr, start: i64, step: i64) {
    let a = &*p;
    let isz = a.dtype.itemsize();
    for k in 0..a.size {
        // int64 or int32 (which stores the low 32 bits).
        Elem::Int(start.wrapping_add(step.wrapping_mul(k)))
            .write(a.dtype, a.data.add(k as usize * isz));
    }
}

/// NumPy's float32 arange fill: the first two values cast, then `start + k*delta` in float32.
#[no_mangle]
pub unsafe extern "C" fn arrc_arange_f32(p: Arr, start: f64, step: f64) {
    let a = &*p;
    let d = a.data as *mut f32;
    let n = a.size as usize;
    if n == 0 {
        return;
    }
    let s = start as f32;
    d.write(s);
    if n > 1 {
        let next = (start + step) as f32;
        d.add(1).write(next);
        let delta = next - s;
        for k in 2..n {
            d.add(k).write(s + k as f32 * delta);
        }
    }
}

/// Fills like NumPy's float arange: `start + k*step` (computed as NumPy's fill does).
#[no_mangle]
pub unsafe extern "C" fn arrc_arange_f64(p: Arr, start: f64, step: f64) {
    let a = &*p;
    if a.size == 0 {
        return;
    }
    let d = a.data as *mut f64;
    d.write(start);
    if a.size > 1 {
        let next = start + step;
        d.add(1).write(next);
        let delta = next - start;
        for k in 2..a.size as usize {
            d.add(k).write(start + k as f64 * delta);
        }
    }
}

// ---- matmul ----

/// `arrc_matmul` flag: a tensor placed on "cuda" (the offload policy).
pub const MATMUL_CUDA: i64 = 1;
/// `arrc_matmul` flag: `np.dot`, which copies a vector with a negative or zero stride first.
pub const MATMUL_NP_DOT: i64 = 2;
/// `arrc_matmul` flag: torch operands (torch's BLAS, not NumPy's OpenBLAS, sets the order).
pub const MATMUL_TENSOR: i64 = 4;

/// `np.matmul` / `@` / `np.dot` for operands of one dtype; returns a new array. 1-D operands
/// are promoted as NumPy does ((k,) as (1,k) on the left, (k,1) on the right, the added axis
/// dropped from the result); axes before the last two are batch axes, broadcast against each
/// other (the compiler has checked the shapes). `flags` holds `MATMUL_*` bits.
#[no_mangle]
pub unsafe extern "C" fn arrc_matmul(a: Arr, b: Arr, flags: i64) -> Arr {
    // A NumPy (not torch) product with one row or one column is bit-exact on the CPU (BLAS
    // dot/gemv order, see `matmul_route`); cuBLAS would sum it in another order.
    let one_row_or_col = (*a).ndim == 2
        && (*b).ndim == 2
        && ((*a).shape[0] == 1 || (*b).shape[1] == 1)
        && flags & MATMUL_TENSOR == 0;
    // Complex products stay on the CPU.
    if !one_row_or_col && !(*a).dtype.is_complex() {
        if let Some(out) = crate::gpu::matmul(a, b, flags & MATMUL_CUDA != 0) {
            return out;
        }
    }
    crate::gpu::host_read(a);
    crate::gpu::host_read(b);
    let (a, b) = (&*a, &*b);
    let (na, nb) = (a.ndim as usize, b.ndim as usize);
    // The core matrices, 1-D operands viewed as (1,k) and (k,1).
    let (m, k, rsa, csa) = match na {
        1 => (1, a.shape[0], 0, a.strides[0]),
        _ => (
            a.shape[na - 2],
            a.shape[na - 1],
            a.strides[na - 2],
            a.strides[na - 1],
        ),
    };
    let (n, rsb, csb) = match nb {
        1 => (1, b.strides[0], 0),
        _ => (b.shape[nb - 1], b.strides[nb - 2], b.strides[nb - 1]),
    };
    // Batch axes, aligned to the right; a length-1 axis is read with stride 0.
    let (ba, bb) = (na.saturating_sub(2), nb.saturating_sub(2));
    let nd = ba.max(bb);
    let mut batch = vec![1i64; nd];
    let (mut sa, mut sb) = (vec![0i64; nd], vec![0i64; nd]);
    for i in 0..ba {
        let d = nd - ba + i;
        batch[d] = a.shape[i];
        sa[d] = if a.shape[i] == 1 { 0 } else { a.strides[i] };
    }
    for i in 0..bb {
        let d = nd - bb + i;
        if b.shape[i] != 1 {
            batch[d] = b.shape[i];
            sb[d] = b.strides[i];
        }
    }
    let mut out_shape = batch.clone();
    if na >= 2 {
        out_shape.push(m);
    }
    if nb >= 2 {
        out_shape.push(n);
    }
    // With k == 0 every element is an empty sum: 0 (gemm may not write anything).
    let out = ArrObj::alloc_with(a.dtype, &out_shape, k == 0);
    let o = &*out;
    let isz = a.dtype.itemsize();
    // `cblas_matrixproduct` takes a one-element operand as a scalar, and a one-element
    // result of it as the plain product (no `0 + a*b`: the sign of a zero product stays).
    if flags & MATMUL_NP_DOT != 0 && k == 1 && o.size == 1 && (a.size == 1 || b.size == 1) {
        match a.dtype {
            DType::F64 => {
                *(o.data as *mut f64) = *(a.data as *const f64) * *(b.data as *const f64);
                return out;
            }
            DType::F32 => {
                *(o.data as *mut f32) = *(a.data as *const f32) * *(b.data as *const f32);
                return out;
            }
            _ => {}
        }
    }
    let block = (m * n) as usize * isz;
    let route = matmul_route(a.dtype, (m, k, n), (rsa, csa), (rsb, csb), flags);
    let mut t = 0usize;
    ArrObj::for_each_index(&batch, |idx| {
        let (mut oa, mut ob) = (0isize, 0isize);
        for (d, &i) in idx.iter().enumerate() {
            oa += i as isize * sa[d] as isize;
            ob += i as isize * sb[d] as isize;
        }
        let (pa, pb, po) = (a.data.offset(oa), b.data.offset(ob), o.data.add(t * block));
        let (mu, ku, nu) = (m as usize, k as usize, n as usize);
        if a.dtype.is_complex() {
            let (a_, b_) = ((pa as *const u8, rsa, csa), (pb as *const u8, rsb, csb));
            complex::complex_matmul(a.dtype, (mu, ku, nu), a_, b_, po as *mut u8);
            t += 1;
            return;
        }
        match route {
            Route::Dot => vector_dot_into(a.dtype, ku, (pa, csa), (pb, rsb), flags, po),
            Route::NoBlas => {
                matmul_noblas(a.dtype, (mu, ku, nu), (pa, rsa, csa), (pb, rsb, csb), po)
            }
            // `A @ v`: A's rows against v.
            Route::MatVec(plan) => plan.run(a.dtype, (mu, ku), (pa, rsa, csa), (pb, rsb), po),
            // `v @ B`: Bᵀ's rows (B's columns) against v.
            Route::VecMat(plan) => plan.run(a.dtype, (nu, ku), (pb, csb, rsb), (pa, csa), po),
            Route::Gemm => gemm(a.dtype, (mu, ku, nu), (pa, rsa, csa), (pb, rsb, csb), po),
        }
        t += 1;
    });
    out
}

/// How NumPy computes one (m,k)·(k,n) core product (`matmul.c.src`'s `@TYPE@_matmul` for `@`,
/// `cblasfuncs.c`'s `cblas_matrixproduct` for `np.dot`); every route but `Gemm` is bit-exact.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Route {
    /// One output element: the dtype's `dot` (BLAS dot or a plain loop).
    Dot,
    /// `matmul_inner_noblas`: each element summed in a plain loop from 0.
    NoBlas,
    /// `gemv` with the left operand as the matrix.
    MatVec(GemvPlan),
    /// `gemv` with the right operand, transposed, as the matrix.
    VecMat(GemvPlan),
    /// Everything else (matrix·matrix, torch, integers, kernels arrc has no order for).
    Gemm,
}

/// NumPy's `is_blasable2d`: unit stride along the second axis, a positive first stride of at
/// least `d2` elements that BLAS can take (in bytes, `itemsize` bytes per element).
fn is_blasable2d(s1: i64, s2: i64, d2: i64, isz: i64) -> bool {
    s2 == isz && s1 % isz == 0 && s1 / isz >= d2 && s1 / isz <= i32::MAX as i64 - 1
}

/// Picks NumPy's route for a core product of floats (strides in bytes).
fn matmul_route(
    dtype: DType,
    (m, k, n): (i64, i64, i64),
    (rsa, csa): (i64, i64),
    (rsb, csb): (i64, i64),
    flags: i64,
) -> Route {
    let float = matches!(dtype, DType::F64 | DType::F32);
    if flags & MATMUL_TENSOR != 0 || !float || m == 0 || k == 0 || n == 0 {
        return Route::Gemm;
    }
    if m == 1 && n == 1 {
        return Route::Dot;
    }
    // The kernel families arrc has gemv's order for; others keep matrixmultiply.
    let gemv = match dtype {
        DType::F64 => crate::blas::gemv::supported(),
        _ => crate::blas::gemv::supported_f32(),
    };
    let isz = dtype.itemsize() as i64;
    if flags & MATMUL_NP_DOT != 0 {
        // `cblas_matrixproduct`: a length-1 summation is a scalar product (exact anywhere);
        // else a vector operand makes it `gemv`, both matrices `gemm`.
        return match (m > 1, n > 1) {
            _ if k == 1 => Route::Gemm,
            (true, false) if gemv => Route::MatVec(GemvPlan::NpDot { copy_to_f: false }),
            (false, true) if gemv => Route::VecMat(GemvPlan::NpDot { copy_to_f: true }),
            _ => Route::Gemm,
        };
    }
    if m != 1 && k != 1 && n != 1 {
        return Route::Gemm;
    }
    let blasable =
        |s1, s2, d1, d2| is_blasable2d(s1, s2, d2, isz) || is_blasable2d(s2, s1, d1, isz);
    let vector = |s: i64| is_blasable2d(s, isz, 1, isz);
    if k == 1 {
        // `scalar_vec` (k == 1 and a vector output) and the outer product: plain loops.
        Route::NoBlas
    } else if m == 1 && blasable(rsb, csb, k, n) && vector(csa) {
        if gemv {
            Route::VecMat(GemvPlan::Matmul)
        } else {
            Route::Gemm
        }
    } else if n == 1 && blasable(rsa, csa, m, k) && vector(rsb) {
        if gemv {
            Route::MatVec(GemvPlan::Matmul)
        } else {
            Route::Gemm
        }
    } else {
        Route::NoBlas
    }
}

/// How a `gemv` route lays out its matrix for BLAS.
#[derive(Clone, Copy, Debug, PartialEq)]
enum GemvPlan {
    /// `@TYPE@_gemv`: the strides as they are (the caller checked them).
    Matmul,
    /// `np.dot`: a matrix that is neither C- nor F-contiguous and a vector with a negative or
    /// zero stride are copied first; the matrix copy is C-ordered in the operand's own layout,
    /// which for `v @ B` (the matrix being Bᵀ) is F order.
    NpDot { copy_to_f: bool },
}

impl GemvPlan {
    /// `o[i] = Σ_j M[i, j] · x[j]` for the (rows, cols) matrix `M` (byte strides `rs`, `cs`)
    /// and the vector `x` (byte stride `sx`), through OpenBLAS's `dgemv`/`sgemv` as NumPy
    /// calls it.
    unsafe fn run(
        self,
        dtype: DType,
        (rows, cols): (usize, usize),
        (pm, rs, cs): (*const u8, i64, i64),
        (px, sx): (*const u8, i64),
        o: *mut u8,
    ) {
        let isz = dtype.itemsize() as i64;
        let (r, c) = (rows as i64, cols as i64);
        let element = |p: *const u8, off: i64| {
            std::slice::from_raw_parts(p.offset(off as isize), isz as usize)
        };
        let mut mcopy: Vec<u8> = Vec::new();
        let mut xcopy: Vec<u8> = Vec::new();
        let (pm, rs, cs) = match self {
            GemvPlan::NpDot { copy_to_f }
                if !(cs == isz && rs == c * isz) && !(rs == isz && cs == r * isz) =>
            {
                mcopy.reserve_exact(rows * cols * isz as usize);
                let at = |i: usize, j: usize| element(pm, i as i64 * rs + j as i64 * cs);
                if copy_to_f {
                    for j in 0..cols {
                        (0..rows).for_each(|i| mcopy.extend_from_slice(at(i, j)));
                    }
                    (mcopy.as_ptr(), isz, r * isz)
                } else {
                    for i in 0..rows {
                        (0..cols).for_each(|j| mcopy.extend_from_slice(at(i, j)));
                    }
                    (mcopy.as_ptr(), c * isz, isz)
                }
            }
            _ => (pm, rs, cs),
        };
        let (px, sx) = if matches!(self, GemvPlan::NpDot { .. }) && sx <= 0 {
            (0..cols).for_each(|j| xcopy.extend_from_slice(element(px, j as i64 * sx)));
            (xcopy.as_ptr(), isz)
        } else {
            (px, sx)
        };
        let incx = (sx / isz) as usize;
        // Row-major M: OpenBLAS sees the column-major (cols × rows) Mᵀ, kernel T; else the
        // column-major M, kernel N.
        let (trans, m, n, lda) = if is_blasable2d(rs, cs, c, isz) {
            (true, cols, rows, (rs / isz) as usize)
        } else {
            (false, rows, cols, (cs / isz) as usize)
        };
        use crate::blas::gemv::{dgemv, sgemv};
        match dtype {
            DType::F64 => dgemv(trans, m, n, pm as _, lda, px as _, incx, o as _),
            _ => sgemv(trans, m, n, pm as _, lda, px as _, incx, o as _),
        }
    }
}

/// NumPy's `@TYPE@_matmul_inner_noblas`: each output element summed from 0 in index order,
/// one multiply and one add per step; the output is a C-contiguous (m,n) block.
unsafe fn matmul_noblas(
    dtype: DType,
    (m, k, n): (usize, usize, usize),
    (pa, rsa, csa): (*const u8, i64, i64),
    (pb, rsb, csb): (*const u8, i64, i64),
    o: *mut u8,
) {
    let at = |p: *const u8, i: usize, s: i64| p.offset(i as isize * s as isize);
    for i in 0..m {
        for j in 0..n {
            let (ra, cb) = (at(pa, i, rsa), at(pb, j, csb));
            match dtype {
                DType::F64 => {
                    let mut sum = 0.0f64;
                    for p in 0..k {
                        sum += *(at(ra, p, csa) as *const f64) * *(at(cb, p, rsb) as *const f64);
                    }
                    (o as *mut f64).add(i * n + j).write(sum);
                }
                _ => {
                    let mut sum = 0.0f32;
                    for p in 0..k {
                        sum += *(at(ra, p, csa) as *const f32) * *(at(cb, p, rsb) as *const f32);
                    }
                    (o as *mut f32).add(i * n + j).write(sum);
                }
            }
        }
    }
}

/// A product with one output element, as NumPy computes it: `np.dot` first copies a vector
/// whose stride BLAS cannot take when it is negative or zero (`_bad_strides`), `@` passes the
/// strides on and `DOUBLE_dot` sums such a vector in a plain loop.
unsafe fn vector_dot_into(
    dtype: DType,
    k: usize,
    (pa, sa): (*const u8, i64),
    (pb, sb): (*const u8, i64),
    flags: i64,
    o: *mut u8,
) {
    let isz = dtype.itemsize();
    let copied = |p: *const u8, s: i64| -> Option<Vec<u8>> {
        (flags & MATMUL_NP_DOT != 0 && (s < 0 || (s == 0 && k > 1))).then(|| {
            let mut v = vec![0u8; k * isz];
            for i in 0..k {
                std::ptr::copy_nonoverlapping(
                    p.offset(i as isize * s as isize),
                    v.as_mut_ptr().add(i * isz),
                    isz,
                );
            }
            v
        })
    };
    let (ca, cb) = (copied(pa, sa), copied(pb, sb));
    let (pa, sa) = ca
        .as_ref()
        .map_or((pa, sa as isize), |v| (v.as_ptr(), isz as isize));
    let (pb, sb) = cb
        .as_ref()
        .map_or((pb, sb as isize), |v| (v.as_ptr(), isz as isize));
    match dtype {
        DType::F64 => (o as *mut f64).write(crate::blas::dot::numpy_dot_f64(k, pa, sa, pb, sb)),
        _ => (o as *mut f32).write(crate::blas::dot::numpy_dot_f32(k, pa, sa, pb, sb)),
    }
}

/// One (m,k)·(k,n) product into a C-contiguous (m,n) block at `o`; operand strides in bytes.
unsafe fn gemm(
    dtype: DType,
    (m, k, n): (usize, usize, usize),
    (pa, rsa, csa): (*const u8, i64, i64),
    (pb, rsb, csb): (*const u8, i64, i64),
    o: *mut u8,
) {
    let isz = dtype.itemsize() as isize;
    let (rsa, csa, rsb, csb) = (
        rsa as isize / isz,
        csa as isize / isz,
        rsb as isize / isz,
        csb as isize / isz,
    );
    match dtype {
        DType::F64 => matrixmultiply::dgemm(
            m,
            k,
            n,
            1.0,
            pa as *const f64,
            rsa,
            csa,
            pb as *const f64,
            rsb,
            csb,
            0.0,
            o as *mut f64,
            n as isize,
            1,
        ),
        DType::F32 => matrixmultiply::sgemm(
            m,
            k,
            n,
            1.0,
            pa as *const f32,
            rsa,
            csa,
            pb as *const f32,
            rsb,
            csb,
            0.0,
            o as *mut f32,
            n as isize,
            1,
        ),
        DType::C64 | DType::C128 => unreachable!("complex products take complex::complex_matmul"),
        _ => {
            for i in 0..m {
                for j in 0..n {
                    let mut acc = Elem::Int(0);
                    for p in 0..k {
                        let x = Elem::read(
                            dtype,
                            pa.offset((i as isize * rsa + p as isize * csa) * isz),
                        );
                        let y = Elem::read(
                            dtype,
                            pb.offset((p as isize * rsb + j as isize * csb) * isz),
                        );
                        acc = match dtype {
                            DType::Bool => {
                                Elem::Bool(acc.as_bool() || (x.as_bool() && y.as_bool()))
                            }
                            _ => Elem::Int(
                                acc.as_i64()
                                    .wrapping_add(x.as_i64().wrapping_mul(y.as_i64())),
                            ),
                        };
                    }
                    acc.write(dtype, o.add((i * n + j) * dtype.itemsize()));
                }
            }
        }
    }
}

/// `np.trace(a, offset)` of a 2-D array as a 0-d array: float64 and float32 sum the diagonal
/// pairwise in their own type (NumPy's `diagonal(offset).sum()`), bool and int sum as int64.
#[no_mangle]
pub unsafe extern "C" fn arrc_trace(p: Arr, offset: i64) -> Arr {
    crate::gpu::host_read(p);
    let a = &*p;
    let (rows, cols) = (a.shape[0], a.shape[1]);
    let (i0, j0) = if offset >= 0 {
        (0, offset)
    } else {
        (offset.saturating_neg(), 0)
    };
    let len = (rows - i0).min(cols - j0).max(0);
    let at = |t: i64| {
        a.data
            .offset(((i0 + t) * a.strides[0] + (j0 + t) * a.strides[1]) as isize)
    };
    let dtype = match a.dtype {
        DType::F64 | DType::F32 => a.dtype,
        _ => DType::I64,
    };
    let out = ArrObj::alloc_with(dtype, &[], false);
    let o = (*out).data;
    match a.dtype {
        DType::F64 => {
            let v: Vec<f64> = (0..len)
                .map(|t| (at(t) as *const f64).read_unaligned())
                .collect();
            (o as *mut f64).write(0.0 + pairwise_sum(&v));
        }
        DType::F32 => {
            let v: Vec<f32> = (0..len)
                .map(|t| (at(t) as *const f32).read_unaligned())
                .collect();
            (o as *mut f32).write(0.0 + pairwise_sum(&v));
        }
        _ => {
            let s = (0..len).fold(0i64, |s, t| {
                s.wrapping_add(Elem::read(a.dtype, at(t)).as_i64())
            });
            (o as *mut i64).write(s);
        }
    }
    out
}

/// `np.linalg.norm` computations (`kind` of `arrc_norm`), each the expression NumPy's
/// `linalg.norm` evaluates for that case.
pub const NORM_DOT: i64 = 0; // sqrt(x.ravel().dot(x.ravel()))
pub const NORM_SQ_SUM: i64 = 1; // sqrt(add.reduce(x * x, axis))
pub const NORM_ABS_SUM: i64 = 2; // add.reduce(abs(x), axis)
pub const NORM_ABS_MAX: i64 = 3; // abs(x).max(axis, initial=0)
pub const NORM_ABS_MIN: i64 = 4; // abs(x).min(axis)
pub const NORM_NONZERO: i64 = 5; // (x != 0).sum(axis)
pub const NORM_COL_SUM_MAX: i64 = 6; // matrix ord=1
pub const NORM_ROW_SUM_MAX: i64 = 7; // matrix ord=inf
pub const NORM_COL_SUM_MIN: i64 = 8; // matrix ord=-1
pub const NORM_ROW_SUM_MIN: i64 = 9; // matrix ord=-inf
pub const NORM_POWER: i64 = 10; // add.reduce(abs(x) ** p, axis) ** (1 / p)

trait NormFloat:
    Copy
    + Default
    + PartialOrd
    + std::ops::Add<Output = Self>
    + std::ops::Mul<Output = Self>
    + std::ops::Div<Output = Self>
{
    fn abs(self) -> Self;
    fn sqrt(self) -> Self;
    fn from_f64(x: f64) -> Self;
    fn powf(self, p: Self) -> Self;
}

impl NormFloat for f64 {
    fn abs(self) -> f64 {
        f64::abs(self)
    }
    fn sqrt(self) -> f64 {
        f64::sqrt(self)
    }
    fn from_f64(x: f64) -> f64 {
        x
    }
    fn powf(self, p: f64) -> f64 {
        f64::powf(self, p)
    }
}

impl NormFloat for f32 {
    fn abs(self) -> f32 {
        f32::abs(self)
    }
    fn sqrt(self) -> f32 {
        f32::sqrt(self)
    }
    fn from_f64(x: f64) -> f32 {
        x as f32
    }
    fn powf(self, p: f32) -> f32 {
        f32::powf(self, p)
    }
}

/// `add.reduce` of a C-contiguous array of `shape` along `axis`, as NumPy's iterator orders
/// it: pairwise when the reduced axis is the innermost one left, else one row after another.
fn sum_axis<T: NormFloat>(v: &[T], shape: &[i64], axis: usize) -> Vec<T> {
    let len = shape[axis] as usize;
    let inner: usize = shape[axis + 1..].iter().product::<i64>() as usize;
    let outer: usize = shape[..axis].iter().product::<i64>() as usize;
    let mut out = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        for i in 0..inner {
            let at = |t: usize| v[(o * len + t) * inner + i];
            if inner == 1 {
                let row: Vec<T> = (0..len).map(at).collect();
                out.push(T::default() + pairwise_sum(&row));
            } else {
                out.push((0..len).fold(T::default(), |s, t| s + at(t)));
            }
        }
    }
    out
}

/// NumPy's max (`REDUCE_MAX`) or min of `v`, NaN propagating (the first NaN wins).
fn float_extremum<T: Copy + PartialOrd>(v: &[T], op: i64) -> T {
    #[allow(clippy::eq_op)]
    let is_nan = |x: T| x != x;
    let mut acc = v[0];
    for &x in &v[1..] {
        if is_nan(acc) {
            break;
        }
        if is_nan(x) || (op == REDUCE_MAX && !(acc > x)) || (op == REDUCE_MIN && !(acc < x)) {
            acc = x;
        }
    }
    acc
}

/// max (`REDUCE_MAX`, from `initial` 0) or min of `abs` values along `axis`, NaN propagating.
fn extremum_axis<T: NormFloat>(v: &[T], shape: &[i64], axis: usize, op: i64) -> Vec<T> {
    let len = shape[axis] as usize;
    let inner: usize = shape[axis + 1..].iter().product::<i64>() as usize;
    let outer: usize = shape[..axis].iter().product::<i64>() as usize;
    let mut out = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        for i in 0..inner {
            let mut row: Vec<T> = Vec::with_capacity(len + 1);
            if op == REDUCE_MAX {
                row.push(T::default());
            }
            row.extend((0..len).map(|t| v[(o * len + t) * inner + i]));
            out.push(float_extremum(&row, op));
        }
    }
    out
}

fn norm_values<T: NormFloat>(v: &[T], shape: &[i64], kind: i64, axis: usize, p: f64) -> Vec<T> {
    let abs: Vec<T> = v.iter().map(|x| x.abs()).collect();
    match kind {
        NORM_DOT => {
            let s = v.iter().fold(T::default(), |s, &x| s + x * x);
            vec![s.sqrt()]
        }
        NORM_SQ_SUM => {
            let sq: Vec<T> = v.iter().map(|&x| x * x).collect();
            sum_axis(&sq, shape, axis)
                .into_iter()
                .map(|s| s.sqrt())
                .collect()
        }
        NORM_ABS_SUM => sum_axis(&abs, shape, axis),
        NORM_POWER => {
            // `ret **= reciprocal(ord, dtype=ret.dtype)`: 1/p rounded to the array's type.
            let (pt, inv) = (T::from_f64(p), T::from_f64(1.0) / T::from_f64(p));
            let pw: Vec<T> = abs.iter().map(|&x| x.powf(pt)).collect();
            sum_axis(&pw, shape, axis)
                .into_iter()
                .map(|s| s.powf(inv))
                .collect()
        }
        NORM_ABS_MAX => extremum_axis(&abs, shape, axis, REDUCE_MAX),
        NORM_ABS_MIN => extremum_axis(&abs, shape, axis, REDUCE_MIN),
        NORM_NONZERO => {
            let nz: Vec<T> = v
                .iter()
                .map(|&x| T::from_f64(if x != T::default() { 1.0 } else { 0.0 }))
                .collect();
            sum_axis(&nz, shape, axis)
        }
        _ => {
            // Matrix norms: column sums (reducing axis 0) or row sums (axis 1), then max/min.
            let by_rows = matches!(kind, NORM_ROW_SUM_MAX | NORM_ROW_SUM_MIN);
            let sums = sum_axis(&abs, shape, if by_rows { 1 } else { 0 });
            let op = if matches!(kind, NORM_COL_SUM_MAX | NORM_ROW_SUM_MAX) {
                REDUCE_MAX
            } else {
                REDUCE_MIN
            };
            let n = sums.len() as i64;
            extremum_axis(&sums, &[n], 0, op)
        }
    }
}

/// The bytes of `a.ravel(order='K')`: axes by decreasing absolute stride, each walked in
/// index order.
unsafe fn ravel_keep_order(a: &ArrObj) -> Vec<u8> {
    let isz = a.dtype.itemsize();
    let order = crate::order::sorted_stride_order(a);
    let shape: Vec<i64> = order.iter().map(|&d| a.shape[d]).collect();
    let mut v = Vec::with_capacity(a.size as usize * isz);
    let mut index = vec![0usize; order.len()];
    ArrObj::for_each_index(&shape, |i| {
        for (k, &d) in order.iter().enumerate() {
            index[d] = i[k];
        }
        let p = a.data.offset(a.offset(&index));
        v.extend_from_slice(std::slice::from_raw_parts(p, isz));
    });
    v
}

/// `np.linalg.norm(x, ord, axis, keepdims)` of a float64 or float32 array (the compiler casts
/// other dtypes to float64 first), as NumPy's `linalg.norm` computes it; `kind` is one of the
/// `NORM_*` cases. The result is a new array: 0-d for a scalar norm.
#[no_mangle]
pub unsafe extern "C" fn arrc_norm(p: Arr, kind: i64, axis: i64, keepdims: i64, ord: f64) -> Arr {
    crate::gpu::host_read(p);
    let a = &*p;
    let shape = a.shape().to_vec();
    let axis = axis as usize;
    let whole = kind == NORM_DOT || (NORM_COL_SUM_MAX..=NORM_ROW_SUM_MIN).contains(&kind);
    let out_shape: Vec<i64> = if whole {
        if keepdims != 0 {
            vec![1; shape.len()]
        } else {
            vec![]
        }
    } else {
        let mut s = shape.clone();
        if keepdims != 0 {
            s[axis] = 1;
        } else {
            s.remove(axis);
        }
        s
    };
    let out = ArrObj::alloc_with(a.dtype, &out_shape, false);
    if !whole && out_shape.len() >= 2 {
        // A reduction along an axis: laid out in the input's iteration order, as NumPy's.
        crate::order::reduction_order(a, out, 1 << axis);
    }
    let o = &*out;
    if kind == NORM_DOT {
        // `sqrt(x.ravel(order='K').dot(x))`: BLAS dot over the values in memory order.
        let v = ravel_keep_order(a);
        let n = v.len() / a.dtype.itemsize();
        let d = (v.as_ptr(), a.dtype.itemsize() as isize);
        match a.dtype {
            DType::F32 => (o.data as *mut f32)
                .write(crate::blas::dot::numpy_dot_f32(n, d.0, d.1, d.0, d.1).sqrt()),
            _ => (o.data as *mut f64)
                .write(crate::blas::dot::numpy_dot_f64(n, d.0, d.1, d.0, d.1).sqrt()),
        }
        return out;
    }
    let mut offsets = Vec::with_capacity(o.size as usize);
    ArrObj::for_each_index(o.shape(), |i| offsets.push(o.offset(i)));
    match a.dtype {
        DType::F32 => {
            let mut v: Vec<f32> = Vec::with_capacity(a.size as usize);
            ArrObj::for_each_index(a.shape(), |i| v.push(a.get(i).as_f64() as f32));
            for (i, x) in norm_values(&v, &shape, kind, axis, ord)
                .into_iter()
                .enumerate()
            {
                (o.data.offset(offsets[i]) as *mut f32).write(x);
            }
        }
        _ => {
            let v = a.to_f64_vec();
            for (i, x) in norm_values(&v, &shape, kind, axis, ord)
                .into_iter()
                .enumerate()
            {
                (o.data.offset(offsets[i]) as *mut f64).write(x);
            }
        }
    }
    out
}

// ---- reductions over all elements ----

/// NumPy's pairwise summation (`pairwise_sum` in loops_utils.h): blocks of 8 partial sums
/// below 128 elements, halves above. The printed digits of `x.sum()` depend on this order;
/// float32 arrays sum the same way in float32.
pub fn pairwise_sum<T: Copy + Default + std::ops::Add<Output = T>>(a: &[T]) -> T {
    let n = a.len();
    if n < 8 {
        let mut res = T::default();
        for &x in a {
            res = res + x;
        }
        res
    } else if n <= 128 {
        let mut r = [T::default(); 8];
        r.copy_from_slice(&a[..8]);
        let mut i = 8;
        while i < n - (n % 8) {
            for j in 0..8 {
                r[j] = r[j] + a[i + j];
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res = res + a[i];
            i += 1;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_sum(&a[..n2]) + pairwise_sum(&a[n2..])
    }
}

pub const REDUCE_SUM: i64 = 0;
pub const REDUCE_MAX: i64 = 1;
pub const REDUCE_MIN: i64 = 2;
pub const REDUCE_PROD: i64 = 3;
pub const REDUCE_MEAN: i64 = 4;

unsafe fn reduce_identity_error(site: *const u8, op: i64) -> ! {
    let name = if op == REDUCE_MAX {
        "maximum"
    } else {
        "minimum"
    };
    raise_py(
        site,
        PyExc::ValueError,
        &format!("zero-size array to reduction operation {name} which has no identity"),
    )
}

/// The bits of a whole-array sum's or mean's warning table (`table`, null: none), after
/// NumPy's three of `reduce`: `Mean of empty slice` and the `scalar divide` of 0 by 0 after it.
const MEAN_OF_EMPTY: i64 = 1 << 3 | 1 << 4;

/// Prints the warnings NumPy's `add.reduce` of `a` gave `sum` and, for a mean (`op`), the ones
/// of its empty case. The loop is not slowed: only a non-finite sum is summed again, on fresh
/// floating-point flags, which the same operations set as they set NumPy's.
unsafe fn warn_sum<T: crate::reduce::Float>(a: &ArrObj, op: i64, sum: f64, table: *const u8) {
    if table.is_null() {
        return;
    }
    let mut flags = 0;
    if !sum.is_finite() {
        flags |= crate::warn::with_fenv(|| crate::reduce::sum_all::<T>(a).to_f64());
    }
    if op == REDUCE_MEAN && a.size == 0 {
        flags |= MEAN_OF_EMPTY;
    }
    if flags != 0 {
        crate::warn::arrc_fp_warn(flags, table);
    }
}

/// Float reduction over all elements: sum, max, min, mean (mean also for int and bool input),
/// in NumPy's iteration order (`reduce.rs`), with the warnings of sum and mean (`table`).
#[no_mangle]
pub unsafe extern "C" fn arrc_reduce_f64(
    p: Arr,
    op: i64,
    site: *const u8,
    table: *const u8,
) -> f64 {
    let a = &*p;
    let on_gpu = if op == REDUCE_MEAN { REDUCE_SUM } else { op };
    if let Some(v) = crate::gpu::reduce::<f64>(p, on_gpu) {
        return if op == REDUCE_MEAN {
            v / a.size as f64
        } else {
            v
        };
    }
    crate::gpu::host_read(p);
    if op == REDUCE_SUM || op == REDUCE_MEAN {
        // NumPy's iterator order, which is memory order only where the elements are dense.
        let s = crate::reduce::sum_all::<f64>(a);
        warn_sum::<f64>(a, op, s, table);
        return if op == REDUCE_SUM {
            s
        } else {
            s / a.size as f64
        };
    }
    if a.size == 0 {
        reduce_identity_error(site, op)
    }
    crate::reduce::extremum_all::<f64>(a, op == REDUCE_MAX)
}

/// Integer (and bool) reduction over all elements; wraps like int64 does.
#[no_mangle]
pub unsafe extern "C" fn arrc_reduce_i64(p: Arr, op: i64, site: *const u8) -> i64 {
    let a = &*p;
    let mut v = Vec::with_capacity(a.size as usize);
    ArrObj::for_each_index(a.shape(), |i| v.push(a.get(i).as_i64()));
    match op {
        REDUCE_SUM => v.iter().fold(0i64, |s, &x| s.wrapping_add(x)),
        REDUCE_PROD => v.iter().fold(1i64, |s, &x| s.wrapping_mul(x)),
        _ => {
            if v.is_empty() {
                reduce_identity_error(site, op)
            }
            if a.dtype == DType::U64 {
                // uint64 bits: compared unsigned.
                let u = v.iter().map(|&x| x as u64);
                return if op == REDUCE_MAX { u.max() } else { u.min() }.unwrap() as i64;
            }
            if op == REDUCE_MAX {
                *v.iter().max().unwrap()
            } else {
                *v.iter().min().unwrap()
            }
        }
    }
}

/// Float32 reduction over all elements (sum and mean accumulate in float32, as NumPy does),
/// with the warnings of sum and mean (`table`).
#[no_mangle]
pub unsafe extern "C" fn arrc_reduce_f32(
    p: Arr,
    op: i64,
    site: *const u8,
    table: *const u8,
) -> f32 {
    let a = &*p;
    let on_gpu = if op == REDUCE_MEAN { REDUCE_SUM } else { op };
    if let Some(v) = crate::gpu::reduce::<f32>(p, on_gpu) {
        return if op == REDUCE_MEAN {
            (v as f64 / a.size as f64) as f32
        } else {
            v
        };
    }
    crate::gpu::host_read(p);
    if op == REDUCE_SUM || op == REDUCE_MEAN {
        let s = crate::reduce::sum_all::<f32>(a);
        warn_sum::<f32>(a, op, s as f64, table);
        return if op == REDUCE_SUM {
            s
        } else {
            (s as f64 / a.size as f64) as f32
        };
    }
    if a.size == 0 {
        reduce_identity_error(site, op)
    }
    crate::reduce::extremum_all::<f32>(a, op == REDUCE_MAX)
}

// ---- scalar helpers used by kernels and host code ----

/// float32 `np.exp`: NumPy's own algorithm where NumPy runs it (`simd_math`), else `expf`.
#[no_mangle]
pub extern "C" fn arrc_exp_f32(x: f32) -> f32 {
    if crate::simd_math::numpy_uses_simd() {
        crate::simd_math::exp_f32(x)
    } else {
        x.exp()
    }
}

/// float32 `np.log`, `np.sin`, `np.cos`: as [`arrc_exp_f32`].
macro_rules! numpy_simd_f32 {
    ($( $name:ident = $simd:ident, $method:ident; )*) => {$(
        #[no_mangle]
        pub extern "C" fn $name(x: f32) -> f32 {
            if crate::simd_math::numpy_uses_simd() {
                crate::simd_math::$simd(x)
            } else {
                x.$method()
            }
        }
    )*};
}

numpy_simd_f32! {
    arrc_log_f32 = log_f32, ln;
    arrc_sin_f32 = sin_f32, sin;
    arrc_cos_f32 = cos_f32, cos;
}

/// float64 `np.log`, `np.sin`, `np.cos`: glibc, as NumPy (whose float64 log is SVML's on
/// AVX-512 machines only).
#[no_mangle]
pub extern "C" fn arrc_log(x: f64) -> f64 {
    x.ln()
}

#[no_mangle]
pub extern "C" fn arrc_sin(x: f64) -> f64 {
    x.sin()
}

#[no_mangle]
pub extern "C" fn arrc_cos(x: f64) -> f64 {
    x.cos()
}

#[no_mangle]
pub extern "C" fn arrc_pow_f32(x: f32, y: f32) -> f32 {
    x.powf(y)
}

#[no_mangle]
pub extern "C" fn arrc_exp(x: f64) -> f64 {
    x.exp()
}

/// The float functions of NumPy's ufuncs (`np.log`, `np.sin`, …): the C library's, in the
/// operand's own type (`logf` for float32) as NumPy computes them.
macro_rules! libm_functions {
    ($( $f64:ident, $f32:ident = $method:ident; )*) => {$(
        #[no_mangle]
        pub extern "C" fn $f64(x: f64) -> f64 {
            x.$method()
        }

        #[no_mangle]
        pub extern "C" fn $f32(x: f32) -> f32 {
            x.$method()
        }
    )*};
}

libm_functions! {
    arrc_log2, arrc_log2_f32 = log2;
    arrc_log10, arrc_log10_f32 = log10;
    arrc_log1p, arrc_log1p_f32 = ln_1p;
    arrc_expm1, arrc_expm1_f32 = exp_m1;
    arrc_tan, arrc_tan_f32 = tan;
    arrc_tanh, arrc_tanh_f32 = tanh;
    arrc_asin, arrc_asin_f32 = asin;
    arrc_acos, arrc_acos_f32 = acos;
    arrc_atan, arrc_atan_f32 = atan;
    arrc_exp2, arrc_exp2_f32 = exp2;
    arrc_sinh, arrc_sinh_f32 = sinh;
    arrc_cosh, arrc_cosh_f32 = cosh;
    arrc_cbrt, arrc_cbrt_f32 = cbrt;
}

#[no_mangle]
pub extern "C" fn arrc_atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

#[no_mangle]
pub extern "C" fn arrc_atan2_f32(y: f32, x: f32) -> f32 {
    y.atan2(x)
}

#[no_mangle]
pub extern "C" fn arrc_pow_f64(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// `int ** int` for arrays: wraps; a negative exponent is NumPy's ValueError.
#[no_mangle]
pub unsafe extern "C" fn arrc_pow_i64(base: i64, exp: i64, site: *const u8) -> i64 {
    if exp < 0 {
        raise_py(
            site,
            PyExc::ValueError,
            "Integers to negative integer powers are not allowed.",
        );
    }
    let (mut b, mut e, mut r) = (base, exp as u64, 1i64);
    while e > 0 {
        if e & 1 == 1 {
            r = r.wrapping_mul(b);
        }
        b = b.wrapping_mul(b);
        e >>= 1;
    }
    r
}

/// NumPy's integer floor division: division by zero gives 0 (NumPy warns).
#[no_mangle]
pub extern "C" fn arrc_floordiv_i64(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    if a == i64::MIN && b == -1 {
        return i64::MIN;
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// NumPy's integer remainder: the sign of the divisor; by zero gives 0.
#[no_mangle]
pub extern "C" fn arrc_mod_i64(a: i64, b: i64) -> i64 {
    if b == 0 || b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// NumPy's `npy_divmod` for one float type: the floor quotient and the remainder with the
/// divisor's sign, computed in that type.
macro_rules! float_divmod {
    ($floordiv:ident, $mod_:ident, $t:ty) => {
        #[no_mangle]
        pub extern "C" fn $floordiv(a: $t, b: $t) -> $t {
            if b == 0.0 {
                return a / b;
            }
            let m = a % b;
            let mut div = (a - m) / b;
            if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
                div -= 1.0;
            }
            if div != 0.0 {
                let mut floordiv = div.floor();
                if div - floordiv > 0.5 {
                    floordiv += 1.0;
                }
                floordiv
            } else {
                (0.0 as $t).copysign(a / b)
            }
        }

        #[no_mangle]
        pub extern "C" fn $mod_(a: $t, b: $t) -> $t {
            if b == 0.0 {
                return a % b;
            }
            let mut m = a % b;
            if m != 0.0 {
                if (b < 0.0) != (m < 0.0) {
                    m += b;
                }
            } else {
                m = (0.0 as $t).copysign(b);
            }
            m
        }
    };
}

float_divmod!(arrc_floordiv_f64, arrc_mod_f64, f64);
float_divmod!(arrc_floordiv_f32, arrc_mod_f32, f32);

/// Python's `int // int` and `int % int`: ZeroDivisionError on zero.
#[no_mangle]
pub unsafe extern "C" fn arrc_py_floordiv(a: i64, b: i64, site: *const u8) -> i64 {
    if b == 0 {
        raise_py(
            site,
            PyExc::ZeroDivisionError,
            "integer division or modulo by zero",
        );
    }
    if a == i64::MIN && b == -1 {
        py_int_overflow(site, "9223372036854775808");
    }
    arrc_floordiv_i64(a, b)
}

#[no_mangle]
pub unsafe extern "C" fn arrc_py_mod(a: i64, b: i64, site: *const u8) -> i64 {
    if b == 0 {
        raise_py(site, PyExc::ZeroDivisionError, "integer modulo by zero");
    }
    arrc_mod_i64(a, b)
}

/// Python's `/` on floats (ints are converted first): ZeroDivisionError on zero.
#[no_mangle]
pub unsafe extern "C" fn arrc_py_truediv(
    a: f64,
    b: f64,
    int_operands: i64,
    site: *const u8,
) -> f64 {
    if b == 0.0 {
        raise_py(
            site,
            PyExc::ZeroDivisionError,
            if int_operands != 0 {
                "division by zero"
            } else {
                "float division by zero"
            },
        );
    }
    a / b
}

#[no_mangle]
pub unsafe extern "C" fn arrc_py_floordiv_f64(a: f64, b: f64, site: *const u8) -> f64 {
    if b == 0.0 {
        raise_py(
            site,
            PyExc::ZeroDivisionError,
            "float floor division by zero",
        );
    }
    arrc_floordiv_f64(a, b)
}

#[no_mangle]
pub unsafe extern "C" fn arrc_py_mod_f64(a: f64, b: f64, site: *const u8) -> f64 {
    if b == 0.0 {
        raise_py(site, PyExc::ZeroDivisionError, "float modulo");
    }
    arrc_mod_f64(a, b)
}

// ---- Python ints: exact, or a run-time error ----

/// Stops the program at a Python int result beyond int64, `value` in decimal: CPython's ints
/// are unbounded and would print it, arrc's are 64-bit, and a wrapped value would be wrong.
unsafe fn py_int_overflow(site: *const u8, value: &str) -> ! {
    let digits = value.trim_start_matches('-').len();
    let shown = if digits <= 60 {
        value.to_string()
    } else {
        format!("of {digits} digits")
    };
    // arrc's limit, worded as the OverflowError CPython raises where a C long cannot hold one.
    raise_py(
        site,
        PyExc::OverflowError,
        &format!("Python int {shown} is out of arrc's int64 range (CPython's ints are unbounded)"),
    )
}

/// The operations whose overflow `arrc_py_int_overflow` reports (codegen passes the code).
pub const PY_INT_ADD: i64 = 0;
pub const PY_INT_SUB: i64 = 1;
pub const PY_INT_MUL: i64 = 2;
pub const PY_INT_NEG: i64 = 3;
pub const PY_INT_ABS: i64 = 4;

/// A Python int `+ - *`, `-x` or `abs(x)` (`op`, a `PY_INT_*` code) that left int64, tested
/// inline by compiled code: the exact result in i128, then the error.
#[no_mangle]
pub unsafe extern "C" fn arrc_py_int_overflow(op: i64, x: i64, y: i64, site: *const u8) {
    let (x, y) = (x as i128, y as i128);
    let exact = match op {
        PY_INT_ADD => x + y,
        PY_INT_SUB => x - y,
        PY_INT_MUL => x * y,
        PY_INT_NEG => -x,
        _ => x.abs(),
    };
    py_int_overflow(site, &exact.to_string())
}

/// `base ** exp` in decimal, when it has at most about 400 digits (else the expression).
fn big_pow_text(base: i64, exp: i64) -> String {
    let magnitude = base.unsigned_abs();
    if exp as f64 * (magnitude as f64).log10() > 400.0 {
        return format!("{base} ** {exp}");
    }
    // Little-endian limbs of 10^9.
    let mut limbs: Vec<u64> = vec![1];
    for _ in 0..exp {
        let mut carry: u128 = 0;
        for l in limbs.iter_mut() {
            let v = *l as u128 * magnitude as u128 + carry;
            *l = (v % 1_000_000_000) as u64;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push((carry % 1_000_000_000) as u64);
            carry /= 1_000_000_000;
        }
    }
    let mut text = if base < 0 && exp % 2 == 1 {
        "-".to_string()
    } else {
        String::new()
    };
    text.push_str(&limbs.last().unwrap().to_string());
    for l in limbs.iter().rev().skip(1) {
        text.push_str(&format!("{l:09}"));
    }
    text
}

/// Python's `int ** int` (a constant negative exponent was made a float `**` by sema).
#[no_mangle]
pub unsafe extern "C" fn arrc_py_pow_i64(base: i64, exp: i64, site: *const u8) -> i64 {
    if exp < 0 {
        raise(
            site,
            "unsupported: a Python int to a negative power known only at run time (CPython gives a float; write the exponent as a constant or use a float base)",
        );
    }
    let (mut b, mut e, mut r) = (Some(base), exp as u64, 1i64);
    while e > 0 {
        let Some(bb) = b else { break };
        if e & 1 == 1 {
            match r.checked_mul(bb) {
                Some(v) => r = v,
                None => py_int_overflow(site, &big_pow_text(base, exp)),
            }
        }
        e >>= 1;
        // The base squared is needed only while bits of the exponent remain.
        b = if e > 0 { bb.checked_mul(bb) } else { b };
    }
    if e > 0 {
        py_int_overflow(site, &big_pow_text(base, exp));
    }
    r
}

/// Python's `int(x)` of a float (also `round`, `math.floor`, `math.ceil` after rounding):
/// truncation with CPython's errors, and arrc's where the exact int leaves int64.
unsafe fn py_float_to_int(x: f64, site: *const u8) -> i64 {
    if x.is_nan() {
        raise_py(
            site,
            PyExc::ValueError,
            "cannot convert float NaN to integer",
        );
    }
    if x.is_infinite() {
        raise_py(
            site,
            PyExc::OverflowError,
            "cannot convert float infinity to integer",
        );
    }
    let t = x.trunc();
    if !(-9.223_372_036_854_775_808e18..9.223_372_036_854_775_808e18).contains(&t) {
        // Every float this large is an integer, printed exactly by `{:.0}`.
        py_int_overflow(site, &format!("{t:.0}"));
    }
    t as i64
}

#[no_mangle]
pub unsafe extern "C" fn arrc_py_float_to_int(x: f64, site: *const u8) -> i64 {
    py_float_to_int(x, site)
}

/// Python's `float ** float` (ints converted first), with CPython's errors: a zero base to a
/// negative power, and a finite result too large (`errno` ERANGE in CPython's `float_pow`).
/// A negative base to a fractional power is a complex number in CPython: outside the language.
#[no_mangle]
pub unsafe extern "C" fn arrc_py_pow_f64(x: f64, y: f64, site: *const u8) -> f64 {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        raise_py(
            site,
            PyExc::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        );
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        raise(
            site,
            "unsupported: a negative float to a fractional power (CPython gives a complex number)",
        );
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        raise_py(
            site,
            PyExc::OverflowError,
            "(34, 'Numerical result out of range')",
        );
    }
    r
}

// ---- run-time errors ----

#[no_mangle]
pub unsafe extern "C" fn arrc_index_error(index: i64, axis: i64, size: i64, site: *const u8) {
    // Axis -1: an element of a Python list.
    if axis < 0 {
        raise_py(site, PyExc::IndexError, "list index out of range");
    }
    raise_py(
        site,
        PyExc::IndexError,
        &format!("index {index} is out of bounds for axis {axis} with size {size}"),
    );
}

/// `x[lo:hi:step]` with bounds known only at run time and a length `len` the compiler fixed
/// (`x[i:i+3]`): Python's slice normalisation of `lo` and `hi` over an axis of `size`; the
/// start, when it gives `len` elements (a shorter slice, as NumPy would give at the edge,
/// would change the static shape: an error instead).
#[no_mangle]
pub unsafe extern "C" fn arrc_slice_start(
    lo: i64,
    hi: i64,
    step: i64,
    size: i64,
    len: i64,
    site: *const u8,
) -> i64 {
    let clamp = |v: i64| {
        let v = if v < 0 { v + size } else { v };
        v.clamp(0, size)
    };
    let (start, stop) = (clamp(lo), clamp(hi));
    let got = if stop > start {
        (stop - start + step - 1) / step
    } else {
        0
    };
    if got != len {
        raise(
            site,
            &format!("this slice has {got} elements at run time (bounds {lo}:{hi} on an axis of size {size}), not the {len} that arrc compiled it for"),
        );
    }
    start
}

/// A run-time error whose whole message the compiler knows (NUL-terminated).
#[no_mangle]
pub unsafe extern "C" fn arrc_raise(message: *const u8, site: *const u8) {
    let m = std::ffi::CStr::from_ptr(message as *const std::ffi::c_char);
    raise(site, &m.to_string_lossy());
}

// ---- random ----

mod api_math;
mod complex;
mod draw;
mod ints;
mod partition;
mod runshape;
mod select;
mod stride_tricks;
pub use partition::*;
mod lists;
pub use lists::*;
mod api_index;
pub use api_index::*;
mod interp;
pub use interp::*;
mod einsum;
mod histogram;
mod set_shape;
mod svd;
pub use runshape::*;
pub use select::*;
pub use set_shape::*;
pub use stride_tricks::*;
// NumPy's floating-point warnings (`runtime/src/warn.rs`).
pub use crate::warn::{arrc_fp_flags, arrc_fp_warn, arrc_int_flags};
pub use api_math::*;
pub use complex::*;
pub use draw::*;
pub use einsum::*;
pub use histogram::*;
pub use ints::*;
pub use svd::*;

fn with_rng<T>(f: impl FnOnce(&mut LegacyRandom) -> T) -> T {
    IO.with(|io| {
        let mut io = io.borrow_mut();
        let rng = io.rng.get_or_insert_with(LegacyRandom::seed_from_os);
        f(rng)
    })
}

#[no_mangle]
pub unsafe extern "C" fn arrc_random_seed(seed: i64, site: *const u8) {
    if !(0..=u32::MAX as i64).contains(&seed) {
        raise_py(
            site,
            PyExc::ValueError,
            "Seed must be between 0 and 2**32 - 1",
        );
    }
    with_rng(|r| r.seed(seed as u32));
}

pub const RANDOM_NORMAL: i64 = 0;
pub const RANDOM_SAMPLE: i64 = 1;
pub const RANDOM_GAUSS: i64 = 2;

fn draw(r: &mut LegacyRandom, kind: i64, a: f64, b: f64) -> f64 {
    match kind {
        RANDOM_NORMAL => r.normal(a, b),
        RANDOM_SAMPLE => r.random_sample(),
        _ => r.gauss(),
    }
}

/// Fills a new contiguous float64 array in C order, as the legacy RandomState does.
#[no_mangle]
pub unsafe extern "C" fn arrc_random_fill(p: Arr, kind: i64, a: f64, b: f64) {
    let arr = &*p;
    if arr.dtype == DType::F32 {
        // torch's default float tensors: the same draws, rounded to float32.
        let out = std::slice::from_raw_parts_mut(arr.data as *mut f32, arr.size as usize);
        with_rng(|r| out.iter_mut().for_each(|x| *x = draw(r, kind, a, b) as f32));
        return;
    }
    let out = std::slice::from_raw_parts_mut(arr.data as *mut f64, arr.size as usize);
    with_rng(|r| {
        for x in out.iter_mut() {
            *x = draw(r, kind, a, b);
        }
    });
}

#[no_mangle]
pub extern "C" fn arrc_random_scalar(kind: i64, a: f64, b: f64) -> f64 {
    with_rng(|r| draw(r, kind, a, b))
}

/// `np.random.normal(loc, scale, …)` rejects a negative scale before drawing.
#[no_mangle]
pub unsafe extern "C" fn arrc_check_scale(scale: f64, site: *const u8) {
    if scale < 0.0 || scale.is_nan() {
        raise_py(site, PyExc::ValueError, "scale < 0");
    }
}

// ---- printing ----

/// Styles of scalar text: what `str(x)`/`print(x)` and `repr(x)` give for a Python scalar
/// or a NumPy scalar.
pub const STYLE_PY: i64 = 0;
pub const STYLE_NP_STR: i64 = 1;
pub const STYLE_NP_REPR: i64 = 2;

#[no_mangle]
pub unsafe extern "C" fn arrc_write_bytes(ptr: *const u8, len: i64) {
    write_out(std::slice::from_raw_parts(ptr, len as usize));
}

fn scalar_text(s: Scalar, style: i64) -> String {
    let opts = print_options();
    match style {
        STYLE_NP_STR => format::scalar_str(s, &opts),
        STYLE_NP_REPR => format::scalar_repr(s, &opts),
        _ => match s {
            Scalar::F64(x) => format::py_float_repr(x),
            Scalar::Bool(b) => (if b { "True" } else { "False" }).to_string(),
            Scalar::I64(i) => i.to_string(),
            other => format::scalar_str(other, &opts),
        },
    }
}

#[no_mangle]
pub extern "C" fn arrc_write_int(v: i64, style: i64) {
    write_out(scalar_text(Scalar::I64(v), style).as_bytes());
}

/// A value of one of the integer dtypes uint8 … int16, uint64 (`dtype` its code) as its
/// machine value: `np.uint8(5)` in a repr.
#[no_mangle]
pub extern "C" fn arrc_write_int_of(v: i64, dtype: i64, style: i64) {
    let s = match DType::from_code(dtype) {
        DType::U64 => Scalar::U64(v as u64),
        d => {
            let kind = ArrView::kind_of(d);
            Scalar::Int(kind, v)
        }
    };
    write_out(scalar_text(s, style).as_bytes());
}

/// An int32 value (sign-extended): `np.int32(5)` in a repr.
#[no_mangle]
pub extern "C" fn arrc_write_int32(v: i64, style: i64) {
    write_out(scalar_text(Scalar::I32(v as i32), style).as_bytes());
}

#[no_mangle]
pub extern "C" fn arrc_write_float(v: f64, style: i64) {
    write_out(scalar_text(Scalar::F64(v), style).as_bytes());
}

#[no_mangle]
pub extern "C" fn arrc_write_float32(v: f32, style: i64) {
    write_out(scalar_text(Scalar::F32(v), style).as_bytes());
}

#[no_mangle]
pub extern "C" fn arrc_write_bool(v: i64, style: i64) {
    write_out(scalar_text(Scalar::Bool(v != 0), style).as_bytes());
}

struct ArrView<'a>(&'a ArrObj, Vec<usize>);

impl ArrView<'_> {
    fn kind_of(d: DType) -> ElemKind {
        match d {
            DType::Bool => ElemKind::Bool,
            DType::I64 => ElemKind::I64,
            DType::F64 => ElemKind::F64,
            DType::F32 => ElemKind::F32,
            DType::I32 => ElemKind::I32,
            DType::C64 => ElemKind::C64,
            DType::C128 => ElemKind::C128,
            DType::U8 => ElemKind::U8,
            DType::U16 => ElemKind::U16,
            DType::U32 => ElemKind::U32,
            DType::U64 => ElemKind::U64,
            DType::I8 => ElemKind::I8,
            DType::I16 => ElemKind::I16,
        }
    }
}

impl ArraySource for ArrView<'_> {
    fn kind(&self) -> ElemKind {
        ArrView::kind_of(self.0.dtype)
    }
    fn shape(&self) -> &[usize] {
        &self.1
    }
    fn get(&self, index: &[usize]) -> Scalar {
        let a = self.0;
        // SAFETY: the formatter only asks for indices inside the shape.
        unsafe {
            let p = a.data.offset(a.offset(index));
            match a.dtype {
                DType::Bool => Scalar::Bool(*p != 0),
                DType::I64 => Scalar::I64((p as *const i64).read()),
                DType::F64 => Scalar::F64((p as *const f64).read()),
                DType::F32 => Scalar::F32((p as *const f32).read()),
                DType::I32 => Scalar::I32((p as *const i32).read()),
                DType::C64 => {
                    let q = p as *const f32;
                    Scalar::C64(q.read(), q.add(1).read())
                }
                DType::C128 => {
                    let q = p as *const f64;
                    Scalar::C128(q.read(), q.add(1).read())
                }
                DType::U64 => Scalar::U64((p as *const u64).read()),
                d => Scalar::Int(self.kind(), Elem::read(d, p).as_i64()),
            }
        }
    }
}

/// Writes `str(arr)` (repr = 0) or `repr(arr)` (repr = 1).
#[no_mangle]
pub unsafe extern "C" fn arrc_write_array(p: Arr, repr: i64) {
    let a = &*p;
    let view = ArrView(a, a.shape().iter().map(|&d| d as usize).collect());
    let opts = print_options();
    let text = if repr != 0 {
        format::array_repr(&view, &opts)
    } else {
        format::array_str(&view, &opts)
    };
    write_out(text.as_bytes());
}

/// Starts capturing output into a string (for `str()`, `repr()`).
#[no_mangle]
pub extern "C" fn arrc_capture_begin() {
    IO.with(|io| io.borrow_mut().captures.push(Vec::new()));
}

/// Ends the innermost capture and returns it as a new string object.
#[no_mangle]
pub extern "C" fn arrc_capture_end() -> Arr {
    let bytes = IO.with(|io| io.borrow_mut().captures.pop().unwrap_or_default());
    new_str(String::from_utf8_lossy(&bytes).into_owned())
}

fn new_str(text: String) -> Arr {
    Box::into_raw(Box::new(StrObj {
        rc: 1,
        kind: KIND_STR,
        text,
    })) as Arr
}

unsafe fn str_of<'a>(p: Arr) -> &'a str {
    &(*(p as *mut StrObj)).text
}

#[no_mangle]
pub unsafe extern "C" fn arrc_str_new(ptr: *const u8, len: i64) -> Arr {
    new_str(String::from_utf8_lossy(std::slice::from_raw_parts(ptr, len as usize)).into_owned())
}

#[no_mangle]
pub unsafe extern "C" fn arrc_str_concat(a: Arr, b: Arr) -> Arr {
    new_str(format!("{}{}", str_of(a), str_of(b)))
}

#[no_mangle]
pub unsafe extern "C" fn arrc_str_len(a: Arr) -> i64 {
    str_of(a).chars().count() as i64
}

#[no_mangle]
pub unsafe extern "C" fn arrc_str_eq(a: Arr, b: Arr) -> i64 {
    (str_of(a) == str_of(b)) as i64
}

/// Writes a string object as `str` (repr = 0) or with Python's quoting (repr = 1).
#[no_mangle]
pub unsafe extern "C" fn arrc_write_strobj(p: Arr, repr: i64) {
    let s = str_of(p);
    if repr == 0 {
        write_out(s.as_bytes());
    } else {
        write_out(py_str_repr(s).as_bytes());
    }
}

/// CPython's `repr(str)`: single quotes unless the text has a single quote and no double quote.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

// ---- %time ----

fn cpu_times() -> (f64, f64) {
    // SAFETY: getrusage fills the struct it is given.
    unsafe {
        let mut ru: RUsage = std::mem::zeroed();
        getrusage(0, &mut ru);
        let t = |tv: TimeVal| tv.sec as f64 + tv.usec as f64 * 1e-6;
        (t(ru.utime), t(ru.stime))
    }
}

#[repr(C)]
#[derive(Clone, Copy)]
struct TimeVal {
    sec: i64,
    usec: i64,
}

#[repr(C)]
struct RUsage {
    utime: TimeVal,
    stime: TimeVal,
    rest: [i64; 14],
}

extern "C" {
    fn getrusage(who: i32, usage: *mut RUsage) -> i32;
}

#[no_mangle]
pub extern "C" fn arrc_time_begin() {
    let (u, s) = cpu_times();
    IO.with(|io| io.borrow_mut().timers.push((Instant::now(), u, s)));
}

#[no_mangle]
pub extern "C" fn arrc_time_end() {
    let (u1, s1) = cpu_times();
    let wall_end = Instant::now();
    let Some((w0, u0, s0)) = IO.with(|io| io.borrow_mut().timers.pop()) else {
        return;
    };
    let report = crate::timefmt::time_report(u1 - u0, s1 - s0, (wall_end - w0).as_secs_f64());
    write_out(report.as_bytes());
}

// ---- format(), math, round: f-strings and scalar builtins ----

unsafe fn text_arg<'a>(ptr: *const u8, len: i64) -> &'a str {
    std::str::from_utf8(std::slice::from_raw_parts(ptr, len as usize)).unwrap_or("")
}

unsafe fn write_formatted(r: Result<String, String>, site: *const u8) {
    match r {
        Ok(text) => write_out(text.as_bytes()),
        Err(message) => raise_py(site, pyfmt::error_exc(&message), &message),
    }
}

/// Writes `format(v, spec)` of a Python int (bool = 0) or bool (bool = 1).
#[no_mangle]
pub unsafe extern "C" fn arrc_format_int(
    v: i64,
    bool_: i64,
    spec: *const u8,
    len: i64,
    site: *const u8,
) {
    let value = if bool_ != 0 {
        pyfmt::Value::Bool(v != 0)
    } else {
        pyfmt::Value::Int(v)
    };
    write_formatted(pyfmt::format(value, text_arg(spec, len)), site);
}

/// Writes `format(v, spec)` of a Python float.
#[no_mangle]
pub unsafe extern "C" fn arrc_format_float(v: f64, spec: *const u8, len: i64, site: *const u8) {
    write_formatted(
        pyfmt::format(pyfmt::Value::Float(v), text_arg(spec, len)),
        site,
    );
}

/// Writes `format(s, spec)` of a str object.
#[no_mangle]
pub unsafe extern "C" fn arrc_format_strobj(p: Arr, spec: *const u8, len: i64, site: *const u8) {
    write_formatted(
        pyfmt::format(pyfmt::Value::Str(str_of(p)), text_arg(spec, len)),
        site,
    );
}

/// `np.set_printoptions(...)`: each argument is i64::MIN when not given.
#[no_mangle]
pub unsafe extern "C" fn arrc_set_printoptions(
    precision: i64,
    suppress: i64,
    threshold: i64,
    linewidth: i64,
    edgeitems: i64,
    site: *const u8,
) {
    let _ = site;
    IO.with(|io| {
        let p = &mut io.borrow_mut().print;
        let set = |field: &mut usize, v: i64| {
            if v != i64::MIN {
                *field = v.max(0) as usize;
            }
        };
        set(&mut p.precision, precision);
        set(&mut p.threshold, threshold);
        set(&mut p.linewidth, linewidth);
        set(&mut p.edgeitems, edgeitems);
        if suppress != i64::MIN {
            p.suppress = suppress != 0;
        }
    });
}

const MATH_DOMAIN: &str = "math domain error";

#[no_mangle]
pub unsafe extern "C" fn arrc_math_sqrt(x: f64, site: *const u8) -> f64 {
    if x < 0.0 {
        raise_py(site, PyExc::ValueError, MATH_DOMAIN);
    }
    x.sqrt()
}

#[no_mangle]
pub unsafe extern "C" fn arrc_math_exp(x: f64, site: *const u8) -> f64 {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        raise_py(site, PyExc::OverflowError, "math range error");
    }
    r
}

unsafe fn math_log(x: f64, site: *const u8) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x <= 0.0 {
        raise_py(site, PyExc::ValueError, MATH_DOMAIN);
    }
    x.ln()
}

#[no_mangle]
pub unsafe extern "C" fn arrc_math_log(x: f64, site: *const u8) -> f64 {
    math_log(x, site)
}

/// `math.log(x, base)`: `log(x) / log(base)`, as CPython divides them.
#[no_mangle]
pub unsafe extern "C" fn arrc_math_log_base(x: f64, base: f64, site: *const u8) -> f64 {
    let num = math_log(x, site);
    let den = math_log(base, site);
    if den == 0.0 {
        raise_py(site, PyExc::ZeroDivisionError, "float division by zero");
    }
    num / den
}

#[no_mangle]
pub unsafe extern "C" fn arrc_math_floor(x: f64, site: *const u8) -> i64 {
    py_float_to_int(x.floor(), site)
}

#[no_mangle]
pub unsafe extern "C" fn arrc_math_ceil(x: f64, site: *const u8) -> i64 {
    py_float_to_int(x.ceil(), site)
}

/// `round(x)` of a float (or NumPy float): an int, half to even.
#[no_mangle]
pub unsafe extern "C" fn arrc_round_float(x: f64, site: *const u8) -> i64 {
    py_float_to_int(x.round_ties_even(), site)
}

/// `round(x, ndigits)` of a Python float.
#[no_mangle]
pub unsafe extern "C" fn arrc_round_float_digits(x: f64, ndigits: i64, site: *const u8) -> f64 {
    match pyfmt::round_float(x, ndigits) {
        Some(r) => r,
        None => raise_py(
            site,
            PyExc::OverflowError,
            "rounded value too large to represent",
        ),
    }
}

/// `round(i, ndigits)` of a Python int.
#[no_mangle]
pub unsafe extern "C" fn arrc_round_int_digits(i: i64, ndigits: i64, site: *const u8) -> i64 {
    let r = pyfmt::round_int(i, ndigits);
    match i64::try_from(r) {
        Ok(v) => v,
        Err(_) => py_int_overflow(site, &r.to_string()),
    }
}

/// NumPy's `power_of_ten` in `PyArray_Round`.
fn power_of_ten(n: i64) -> f64 {
    const P10: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if n < 9 {
        return P10[n as usize];
    }
    let mut r = 1e9;
    for _ in 9..n {
        r *= 10.0;
    }
    r
}

/// `round(np.float64(x), ndigits)`: NumPy's `around` (scale, round half to even, unscale).
#[no_mangle]
pub extern "C" fn arrc_np_round_digits(x: f64, ndigits: i64) -> f64 {
    if ndigits >= 0 {
        let f = power_of_ten(ndigits);
        (x * f).round_ties_even() / f
    } else {
        let f = power_of_ten(-ndigits);
        (x / f).round_ties_even() * f
    }
}

/// `round(np.int64(x), ndigits)`: NumPy's `around` of an int: `x` itself for `ndigits >= 0`,
/// else through float64 (divide, round half to even, multiply) and cast back, out-of-range
/// values to INT64_MIN as NumPy's cast gives them on x86-64.
#[no_mangle]
pub extern "C" fn arrc_np_round_int_digits(x: i64, ndigits: i64) -> i64 {
    if ndigits >= 0 {
        return x;
    }
    let y = arrc_np_round_digits(x as f64, ndigits);
    if (-9.223_372_036_854_775_808e18..9.223_372_036_854_775_808e18).contains(&y) {
        y as i64
    } else {
        i64::MIN
    }
}

/// `round(np.float32(x), ndigits)`: as `arrc_np_round_digits`, in float32.
#[no_mangle]
pub extern "C" fn arrc_np_round_digits_f32(x: f32, ndigits: i64) -> f32 {
    if ndigits >= 0 {
        let f = power_of_ten(ndigits) as f32;
        (x * f).round_ties_even() / f
    } else {
        let f = power_of_ten(-ndigits) as f32;
        (x / f).round_ties_even() * f
    }
}
