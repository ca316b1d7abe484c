//! The CUDA backend: device memory that mirrors host arrays, kernel launches and cuBLAS gemm.
//!
//! Everything CUDA is loaded at run time by cudarc's dynamic loading, after `status` has
//! checked that each library is there (cudarc panics on a missing one), so a machine without
//! a GPU builds arrc and runs every CPU program.
//!
//! # Residency
//! Host memory stays the array's identity (`ArrObj::data`); a buffer owner may also have a
//! device copy (`DevBuf`), and each side says whether it holds the current values. GPU work
//! reads device copies (uploading stale ones) and leaves its output valid only on the device;
//! the host copy is refreshed only when the CPU needs it:
//! - compiled code calls `arrc_gpu_sync_all` before any runtime function that reads array
//!   data and before host loads (codegen's whitelist names the functions that do not);
//! - `arrc_gpu_host_write` before a host store also drops the device copy;
//! - a kernel the runtime keeps on the CPU (`arrc_gpu_launch` returning 0) first makes its
//!   operands current on the host and drops its output's device copy.
//! Launches are asynchronous on one stream; anything that reads device data on the host
//! synchronizes first.
//!
//! # Overlap
//! A kernel's threads read and write in no fixed order, so a kernel is only ever launched with
//! inputs that share no memory with its output, or map each element to the same address
//! (`x += 1`): lowering passes every operand of an in-place kernel through `arrc_unalias`,
//! which replaces an overlapping one by the values NumPy would read.
//!
//! # Offload policy
//! `--device cpu`: never. Otherwise a kernel or matmul runs on the GPU when the script placed
//! its operands on `cuda` (torch), or, for NumPy arrays, when it is big enough to pay
//! (`OFFLOAD_MIN_ELEMENTS` outputs, `OFFLOAD_MIN_GEMM` multiply-adds) and its result is
//! bit-identical on both backends (no transcendental functions), so printing never depends on
//! where it ran. dtypes never change.

use crate::array::{ArrObj, DType};
use cudarc::cublas::{result as cublas, sys as cublas_sys};
use cudarc::driver::{result as cu, sys as cu_sys};
use cudarc::nvrtc::{result as nvrtc, sys as nvrtc_sys};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{c_void, CString};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

/// How many buffer owners have a stale host copy (only the GPU holds their values), and
/// whether a GPU was initialised: read first by the hooks compiled code calls around host
/// accesses, so that a program that never used the GPU pays one load per hook.
static STALE_HOST: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicBool = AtomicBool::new(false);

/// NVRTC options of the generated kernels: IEEE-exact arithmetic in the helpers and math
/// library (no FMA contraction, no flush-to-zero, IEEE division and square root), so a kernel
/// computes what the CPU computes. The architecture (`--gpu-architecture=sm_XY`) is added
/// for the device at hand.
pub const NVRTC_OPTIONS: &[&str] = &[
    "--fmad=false",
    "--ftz=false",
    "--prec-div=true",
    "--prec-sqrt=true",
    "--std=c++17",
];

/// NumPy arrays with at least this many output elements run on the GPU (when one is usable
/// and the kernel is exact). Below it, launch and transfer costs outweigh the gain.
pub const OFFLOAD_MIN_ELEMENTS: i64 = 1 << 20;
/// NumPy matmuls with at least this many multiply-adds (m·n·k) run on the GPU.
pub const OFFLOAD_MIN_GEMM: i64 = 1 << 27;

/// The kernel descriptor compiled code passes to `arrc_gpu_launch` (an `i64` array; see
/// `KernelMeta::parse` for the layout, written by the compiler's `lower::gpu_meta`).
pub mod meta {
    /// Word 0, bit flags.
    pub const GPU_OK: i64 = 1; // rendered to CUDA and raises no error
    pub const EXACT: i64 = 2; // bit-identical on the GPU (no transcendental calls)
    pub const CUDA: i64 = 4; // the script placed it on a CUDA device
    /// Scalar type codes.
    pub const SCALAR_I64: i64 = 0;
    pub const SCALAR_F64: i64 = 1;
    pub const SCALAR_F32: i64 = 2;
}

/// Whether the NVIDIA driver library can be loaded (cheap: no CUDA call is made).
pub fn driver_present() -> bool {
    // SAFETY: only tries to dlopen the candidate library names.
    unsafe { cu_sys::is_culib_present() }
}

/// Why no GPU can be used, in words for an error message; `Ok` when the driver loads, sees a
/// device, and cuBLAS and NVRTC are there too.
pub fn probe() -> Result<(), String> {
    // SAFETY: cudarc's presence checks only try to dlopen the candidate library names.
    unsafe {
        if !cu_sys::is_culib_present() {
            return Err("the NVIDIA driver library libcuda.so.1 was not found".into());
        }
    }
    cu::init().map_err(|e| format!("cuInit failed: {}", describe(e)))?;
    let n =
        cu::device::get_count().map_err(|e| format!("cuDeviceGetCount failed: {}", describe(e)))?;
    if n == 0 {
        return Err("no CUDA device was found".into());
    }
    unsafe {
        if !cublas_sys::is_culib_present() {
            return Err("the cuBLAS library (libcublas.so.13) was not found".into());
        }
        if !nvrtc_sys::is_culib_present() {
            return Err("the NVRTC library (libnvrtc.so.13) was not found".into());
        }
    }
    Ok(())
}

fn describe(e: cu::DriverError) -> String {
    match e.error_name() {
        Ok(name) => format!("CUDA error {} ({})", e.0 as i32, name.to_string_lossy()),
        Err(_) => format!("CUDA error {}", e.0 as i32),
    }
}

/// A buffer owner's device copy.
struct DevBuf {
    ptr: cu_sys::CUdeviceptr,
    bytes: usize,
    host_valid: bool,
    dev_valid: bool,
}

struct Gpu {
    stream: cu_sys::CUstream,
    blas: cublas_sys::cublasHandle_t,
    sms: u32,
    arch: (i32, i32),
    /// The program's kernels, compiled on first use: one function per kernel index (`None`
    /// for a kernel that is not in the module).
    module: Option<Result<Vec<Option<cu_sys::CUfunction>>, String>>,
    /// Device copies, by owner address.
    bufs: HashMap<usize, DevBuf>,
    /// The whole-array reduction kernels (`REDUCE_SOURCE`), compiled on first use.
    reducers: Option<Result<Vec<Option<cu_sys::CUfunction>>, String>>,
    /// Pinned staging buffers for big copies: `None` until the first one, `Some(None)` when
    /// they cannot be had (or `ARRC_GPU_PINNED=0`).
    staging: Option<Option<Staging>>,
}

/// Copies of at least this many bytes go through the pinned staging buffers.
const STAGE_MIN: usize = 8 << 20;
/// The size of each of the two staging buffers.
const STAGE_CHUNK: usize = 32 << 20;

/// Two page-locked host buffers, each with an event recorded after the last device copy that
/// used it. A copy from pageable memory makes the driver stage it through a small pinned
/// buffer of its own, one piece at a time; here the CPU fills one buffer (several threads)
/// while the DMA engine drains the other.
struct Staging {
    bufs: [*mut u8; 2],
    events: [cu_sys::CUevent; 2],
}

impl Staging {
    unsafe fn new() -> Option<Staging> {
        if std::env::var("ARRC_GPU_PINNED").is_ok_and(|v| v == "0") {
            return None;
        }
        let mut bufs = [std::ptr::null_mut(); 2];
        let mut events = [std::ptr::null_mut(); 2];
        for k in 0..2 {
            bufs[k] = cu::malloc_host(STAGE_CHUNK, 0).ok()? as *mut u8;
            events[k] = cu::event::create(cu_sys::CUevent_flags::CU_EVENT_DISABLE_TIMING).ok()?;
        }
        Some(Staging { bufs, events })
    }

    unsafe fn buf(&self, k: usize, len: usize) -> &mut [u8] {
        std::slice::from_raw_parts_mut(self.bufs[k], len)
    }
}

/// `dst.copy_from_slice(src)` on several threads: one thread's memcpy is slower than the
/// copy engine, and would set the pace of a staged copy.
fn par_copy(dst: &mut [u8], src: &[u8]) {
    const THREADS: usize = 4;
    if dst.len() < (4 << 20) {
        dst.copy_from_slice(src);
        return;
    }
    let part = dst.len().div_ceil(THREADS);
    std::thread::scope(|s| {
        for (d, sr) in dst.chunks_mut(part).zip(src.chunks(part)) {
            s.spawn(move || d.copy_from_slice(sr));
        }
    });
}

#[derive(Default)]
struct State {
    /// Set when the program starts: the CUDA source of its kernels and their count.
    source: Option<(&'static [u8], usize)>,
    gpu: Option<Result<Gpu, String>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn init() -> Result<Gpu, String> {
    probe()?;
    let fail = |what: &str, e: cu::DriverError| format!("{what} failed: {}", describe(e));
    // SAFETY: the driver is loaded and initialised (probe); device 0 exists.
    unsafe {
        let dev = cu::device::get(0).map_err(|e| fail("cuDeviceGet", e))?;
        let ctx = cu::primary_ctx::retain(dev).map_err(|e| fail("cuDevicePrimaryCtxRetain", e))?;
        cu::ctx::set_current(ctx).map_err(|e| fail("cuCtxSetCurrent", e))?;
        let attr = |a| cu::device::get_attribute(dev, a).unwrap_or(0);
        use cu_sys::CUdevice_attribute::*;
        let sms = attr(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT).max(1) as u32;
        let arch = (
            attr(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR),
            attr(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR),
        );
        // Keep freed device memory in the stream-ordered pool across synchronizations (the
        // default threshold 0 hands it back to the driver at every sync), as torch's caching
        // allocator does: a loop that rebinds a device tensor then reuses one block.
        if let Ok(pool) = cu::device::get_default_mem_pool(dev) {
            let mut keep = u64::MAX;
            let _ = cu_sys::cuMemPoolSetAttribute(
                pool,
                cu_sys::CUmemPool_attribute::CU_MEMPOOL_ATTR_RELEASE_THRESHOLD,
                &mut keep as *mut u64 as *mut c_void,
            );
        }
        let stream = cu::stream::create(cu::stream::StreamKind::NonBlocking)
            .map_err(|e| fail("cuStreamCreate", e))?;
        let blas = cublas::create_handle().map_err(|e| format!("cublasCreate failed: {e:?}"))?;
        cublas::set_stream(blas, stream as _)
            .map_err(|e| format!("cublasSetStream failed: {e:?}"))?;
        warm_up_gemm(blas, stream);
        Ok(Gpu {
            stream,
            blas,
            sms,
            arch,
            module: None,
            bufs: HashMap::new(),
            reducers: None,
            staging: None,
        })
    }
}

/// One small sgemm and dgemm when the GPU is set up (at the first `.to("cuda")` or offload),
/// so that cuBLAS's own first-call set-up is not paid by the script's first, timed, matmul.
/// Failures are ignored: the real gemm reports its own.
unsafe fn warm_up_gemm(blas: cublas_sys::cublasHandle_t, stream: cu_sys::CUstream) {
    const N: i32 = 64;
    let bytes = (N * N) as usize * 8;
    let Ok(buf) = cu::malloc_async(stream, 3 * bytes) else {
        return;
    };
    let _ = cu::memset_d8_async(buf, 0, 3 * bytes, stream);
    let op = cublas_sys::cublasOperation_t::CUBLAS_OP_N;
    let (a, b, c) = (buf, buf + bytes as u64, buf + 2 * bytes as u64);
    let (one, zero) = (1f32, 0f32);
    let _ = cublas::sgemm(
        blas, op, op, N, N, N, &one, a as _, N, b as _, N, &zero, c as _, N,
    );
    let (one, zero) = (1f64, 0f64);
    let _ = cublas::dgemm(
        blas, op, op, N, N, N, &one, a as _, N, b as _, N, &zero, c as _, N,
    );
    let _ = cu::free_async(buf, stream);
}

/// Runs `f` on the GPU state, initialising it first; `Err` says why there is no usable GPU.
fn with_gpu<R>(f: impl FnOnce(&mut Gpu, &State) -> R) -> Result<R, String> {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.gpu.is_none() {
            let g = init();
            LIVE.store(g.is_ok(), Relaxed);
            s.gpu = Some(g);
        }
        let State { source, gpu } = &mut *s;
        let view = State {
            source: *source,
            gpu: None,
        };
        match gpu.as_mut().unwrap() {
            Ok(g) => Ok(f(g, &view)),
            Err(e) => Err(e.clone()),
        }
    })
}

/// Runs `f` on the GPU state only if it was already initialised (no GPU work happened yet
/// otherwise, so there is nothing to keep coherent).
fn with_live_gpu<R>(f: impl FnOnce(&mut Gpu) -> R) -> Option<R> {
    if !LIVE.load(Relaxed) {
        return None;
    }
    STATE.with(|s| match s.borrow_mut().gpu.as_mut() {
        Some(Ok(g)) => Some(f(g)),
        _ => None,
    })
}

/// Whether a GPU is usable (initialising it on first call).
pub fn status() -> Result<(), String> {
    with_gpu(|_, _| ())
}

fn gpu_fatal(what: &str) -> ! {
    crate::abi::fatal(&format!("GPU: {what}"))
}

/// The owner of `p`'s buffer and `p`'s byte offset into it.
unsafe fn owner(p: *mut ArrObj) -> (*mut ArrObj, isize) {
    let a = &*p;
    let o = if a.base.is_null() { p } else { a.base };
    (o, a.data.offset_from((*o).data))
}

impl Gpu {
    fn sync(&self) {
        // SAFETY: the stream belongs to the current context.
        unsafe { cu::stream::synchronize(self.stream) }.unwrap_or_else(|e| gpu_fatal(&describe(e)));
    }

    /// Makes the device copy of `o` (an owner) current and returns its pointer. With
    /// `overwrite`, the caller writes every byte, so stale contents need not be uploaded.
    unsafe fn device(&mut self, o: *mut ArrObj, overwrite: bool) -> cu_sys::CUdeviceptr {
        let bytes = ((*o).nbytes as usize).max(1);
        let stream = self.stream;
        let b = self.bufs.entry(o as usize).or_insert_with(|| {
            let ptr = cu::malloc_async(stream, bytes).unwrap_or_else(|e| {
                gpu_fatal(&format!(
                    "cannot allocate {bytes} bytes of device memory: {}",
                    describe(e)
                ))
            });
            DevBuf {
                ptr,
                bytes,
                host_valid: true,
                dev_valid: false,
            }
        });
        let upload = !b.dev_valid && !overwrite;
        b.dev_valid = true;
        let (ptr, len) = (b.ptr, b.bytes.min((*o).nbytes as usize));
        if upload {
            self.htod(ptr, std::slice::from_raw_parts((*o).data as *const u8, len));
        }
        ptr
    }

    fn staging(&mut self) -> Option<&Staging> {
        // SAFETY: the context is current (init).
        self.staging
            .get_or_insert_with(|| unsafe { Staging::new() })
            .as_ref()
    }

    /// Host → device, queued on the stream; `src` may be changed once this returns.
    unsafe fn htod(&mut self, dst: cu_sys::CUdeviceptr, src: &[u8]) {
        let stream = self.stream;
        let fail = |e| gpu_fatal(&describe(e));
        let st = match self.staging() {
            Some(st) if src.len() >= STAGE_MIN => st,
            // Pageable memory: the driver has consumed `src` when this returns.
            _ => return cu::memcpy_htod_async(dst, src, stream).unwrap_or_else(fail),
        };
        for (k, piece) in src.chunks(STAGE_CHUNK).enumerate() {
            let slot = k % 2;
            // The copy that last read this buffer is done (an event never recorded is too).
            cu::event::synchronize(st.events[slot]).unwrap_or_else(fail);
            let buf = st.buf(slot, piece.len());
            par_copy(buf, piece);
            let at = dst + (k * STAGE_CHUNK) as u64;
            cu::memcpy_htod_async(at, &*buf, stream).unwrap_or_else(fail);
            cu::event::record(st.events[slot], stream).unwrap_or_else(fail);
        }
    }

    /// Device → host after the stream's queued work; done when this returns.
    unsafe fn dtoh(&mut self, dst: &mut [u8], src: cu_sys::CUdeviceptr) {
        let stream = self.stream;
        let fail = |e| gpu_fatal(&describe(e));
        let st = match self.staging() {
            Some(st) if dst.len() >= STAGE_MIN => st,
            _ => {
                cu::memcpy_dtoh_async(dst, src, stream).unwrap_or_else(fail);
                return self.sync();
            }
        };
        let total = dst.len();
        let pieces = total.div_ceil(STAGE_CHUNK);
        let issue = |k: usize| {
            let len = STAGE_CHUNK.min(total - k * STAGE_CHUNK);
            let at = src + (k * STAGE_CHUNK) as u64;
            cu::memcpy_dtoh_async(st.buf(k % 2, len), at, stream).unwrap_or_else(fail);
            cu::event::record(st.events[k % 2], stream).unwrap_or_else(fail);
        };
        issue(0);
        for k in 0..pieces {
            // The next piece's copy runs while this one is moved out of its buffer.
            if k + 1 < pieces {
                issue(k + 1);
            }
            cu::event::synchronize(st.events[k % 2]).unwrap_or_else(fail);
            let start = k * STAGE_CHUNK;
            let len = STAGE_CHUNK.min(total - start);
            par_copy(&mut dst[start..start + len], st.buf(k % 2, len));
        }
    }

    /// After the GPU wrote `o`'s device copy: the host copy is stale.
    fn wrote_device(&mut self, o: *mut ArrObj) {
        let b = self
            .bufs
            .get_mut(&(o as usize))
            .expect("written buffer has a device copy");
        if b.host_valid {
            b.host_valid = false;
            STALE_HOST.fetch_add(1, Relaxed);
        }
    }

    /// Makes the host copy of `o` current.
    unsafe fn host(&mut self, o: *mut ArrObj) {
        if let Some(b) = self.bufs.get_mut(&(o as usize)) {
            if !b.host_valid {
                b.host_valid = true;
                STALE_HOST.fetch_sub(1, Relaxed);
                let (ptr, len) = (b.ptr, b.bytes.min((*o).nbytes as usize));
                self.dtoh(std::slice::from_raw_parts_mut((*o).data, len), ptr);
            }
        }
    }

    /// Makes every host copy current (one synchronization).
    unsafe fn host_all(&mut self) {
        if STALE_HOST.load(Relaxed) == 0 {
            return;
        }
        let mut stale = Vec::new();
        for (&o, b) in self.bufs.iter_mut().filter(|(_, b)| !b.host_valid) {
            let o = o as *mut ArrObj;
            stale.push((o, b.ptr, b.bytes.min((*o).nbytes as usize)));
            b.host_valid = true;
        }
        STALE_HOST.store(0, Relaxed);
        for (o, ptr, len) in stale {
            self.dtoh(std::slice::from_raw_parts_mut((*o).data, len), ptr);
        }
    }

    /// After the CPU wrote `o`: its device copy is stale.
    fn wrote_host(&mut self, o: *mut ArrObj) {
        if let Some(b) = self.bufs.get_mut(&(o as usize)) {
            b.dev_valid = false;
        }
    }

    fn free(&mut self, o: *mut ArrObj) {
        if let Some(b) = self.bufs.remove(&(o as usize)) {
            if !b.host_valid {
                STALE_HOST.fetch_sub(1, Relaxed);
            }
            // SAFETY: allocated on this stream; stream order makes pending work finish first.
            unsafe {
                let _ = cu::free_async(b.ptr, self.stream);
            }
        }
    }

    /// Compiles the program's kernels for this device (once).
    fn functions(
        &mut self,
        source: Option<(&'static [u8], usize)>,
    ) -> Result<&[Option<cu_sys::CUfunction>], String> {
        if self.module.is_none() {
            self.module = Some(match source {
                None => Err("the program carries no CUDA kernels".into()),
                Some((src, count)) => {
                    // Kernel i is function 2i, its flat variant (if any) 2i + 1.
                    let names: Vec<String> = (0..count)
                        .flat_map(|i| [format!("arrc_kernel_{i}"), format!("arrc_kernel_{i}_flat")])
                        .collect();
                    compile(src, &names, self.arch)
                }
            });
        }
        match self.module.as_ref().unwrap() {
            Ok(f) => Ok(f),
            Err(e) => Err(e.clone()),
        }
    }
}

/// NVRTC: CUDA source → a cubin for `arch` → the functions `names` (`None` for one that is
/// not in it).
fn compile(
    src: &[u8],
    names: &[String],
    arch: (i32, i32),
) -> Result<Vec<Option<cu_sys::CUfunction>>, String> {
    let text = CString::new(src).map_err(|_| "CUDA source contains a NUL byte".to_string())?;
    let mut opts: Vec<String> = NVRTC_OPTIONS.iter().map(|s| s.to_string()).collect();
    opts.push(format!("--gpu-architecture=sm_{}{}", arch.0, arch.1));
    // SAFETY: NVRTC calls on a program created here and destroyed at the end.
    unsafe {
        let prog =
            nvrtc::create_program(&text, None).map_err(|e| format!("nvrtcCreateProgram: {e:?}"))?;
        let compiled = nvrtc::compile_program(prog, &opts);
        if let Err(e) = compiled {
            let log = nvrtc::get_program_log(prog).ok().map(|l| {
                let bytes: Vec<u8> = l
                    .iter()
                    .take_while(|&&c| c != 0)
                    .map(|&c| c as u8)
                    .collect();
                String::from_utf8_lossy(&bytes).into_owned()
            });
            let _ = nvrtc::destroy_program(prog);
            return Err(format!(
                "NVRTC could not compile the kernels ({e:?}): {}",
                log.unwrap_or_default()
            ));
        }
        let mut size = 0usize;
        nvrtc_sys::nvrtcGetCUBINSize(prog, &mut size)
            .result()
            .map_err(|e| format!("nvrtcGetCUBINSize: {e:?}"))?;
        let mut cubin = vec![0u8; size];
        nvrtc_sys::nvrtcGetCUBIN(prog, cubin.as_mut_ptr() as *mut _)
            .result()
            .map_err(|e| format!("nvrtcGetCUBIN: {e:?}"))?;
        let _ = nvrtc::destroy_program(prog);
        let module = cu::module::load_data(cubin.as_ptr() as *const c_void)
            .map_err(|e| format!("cuModuleLoadData: {}", describe(e)))?;
        Ok(names
            .iter()
            .map(|n| cu::module::get_function(module, CString::new(n.as_str()).unwrap()).ok())
            .collect())
    }
}

// ---- entry points used by abi.rs ----

/// Records the program's CUDA source (static data of the program) and kernel count.
pub fn set_program(src: &'static [u8], count: usize) {
    STATE.with(|s| s.borrow_mut().source = Some((src, count)));
}

/// Before the CPU reads any array data.
pub fn sync_all() {
    if STALE_HOST.load(Relaxed) != 0 {
        with_live_gpu(|g| unsafe { g.host_all() });
    }
}

/// Before the CPU reads `p`'s data.
pub unsafe fn host_read(p: *mut ArrObj) {
    let (o, _) = owner(p);
    with_live_gpu(|g| g.host(o));
}

/// Before the CPU writes `p`'s data.
pub unsafe fn host_write(p: *mut ArrObj) {
    let (o, _) = owner(p);
    with_live_gpu(|g| {
        g.host(o);
        g.wrote_host(o);
    });
}

/// When an owner is freed.
pub unsafe fn release(o: *mut ArrObj) {
    with_live_gpu(|g| g.free(o));
}

/// `torch.cuda.synchronize()`
pub fn synchronize() {
    with_live_gpu(|g| g.sync());
}

/// `t.to("cuda")`: makes the device copy current now, as torch copies at `.to`.
pub unsafe fn upload(p: *mut ArrObj) -> Result<(), String> {
    let (o, _) = owner(p);
    with_gpu(|g, _| {
        g.device(o, false);
    })
}

/// A kernel descriptor (see `meta`): `[flags, nd, extents…, n_arrays, out,
/// (dtype, ndim, broadcast mask)…, n_scalars, scalar type…]`.
struct KernelMeta {
    flags: i64,
    domain: Vec<i64>,
    arrays: Vec<(DType, usize, i64)>,
    out: usize,
    scalars: Vec<i64>,
}

impl KernelMeta {
    /// Program data need not be 8-byte aligned: every word is read unaligned.
    unsafe fn parse(m: *const i64) -> KernelMeta {
        let mut at = 0usize;
        let mut next = || {
            let w = m.add(at).read_unaligned();
            at += 1;
            w
        };
        let flags = next();
        let nd = next() as usize;
        let domain = (0..nd).map(|_| next()).collect();
        let n_arrays = next() as usize;
        let out = next() as usize;
        let arrays = (0..n_arrays)
            .map(|_| (DType::from_code(next()), next() as usize, next()))
            .collect();
        let n_scalars = next() as usize;
        let scalars = (0..n_scalars).map(|_| next()).collect();
        KernelMeta {
            flags,
            domain,
            arrays,
            out,
            scalars,
        }
    }
}

/// Whether to run a kernel or gemm on the GPU under the current device mode.
fn wanted(cuda_placed: bool, exact: bool, big: bool) -> bool {
    let mode = crate::abi::device_mode();
    if mode == crate::abi::DEVICE_CPU {
        return false;
    }
    if cuda_placed {
        return true;
    }
    exact && big && status().is_ok()
}

/// Runs kernel `kernel` on the GPU when the policy says so and returns 1; otherwise makes
/// its operands current on the host, marks its output as written by the CPU, and returns 0
/// for the compiled CPU loop to run. `args`: the array objects then the scalars (8 bytes
/// each; a float32 in the low 4 bytes).
pub unsafe fn launch(kernel: usize, meta: *const i64, args: *const i64) -> bool {
    let m = KernelMeta::parse(meta);
    let n: i64 = m.domain.iter().product();
    let arrays: Vec<*mut ArrObj> = (0..m.arrays.len())
        .map(|j| *args.add(j) as *mut ArrObj)
        .collect();
    let gpu_ok = m.flags & meta::GPU_OK != 0;
    if gpu_ok
        && n > 0
        && wanted(
            m.flags & meta::CUDA != 0,
            m.flags & meta::EXACT != 0,
            n >= OFFLOAD_MIN_ELEMENTS,
        )
    {
        let ran = with_gpu(|g, s| launch_on(g, s, kernel, &m, n, &arrays, args));
        match ran {
            Ok(Ok(())) => return true,
            Ok(Err(why)) => gpu_fatal(&why),
            Err(_) => {} // no usable GPU: the CPU runs it (a CUDA tensor got an error at `.to`)
        }
    }
    with_live_gpu(|g| {
        for (j, &a) in arrays.iter().enumerate() {
            let (o, _) = owner(a);
            g.host(o);
            if j == m.out {
                g.wrote_host(o);
            }
        }
    });
    false
}

unsafe fn launch_on(
    g: &mut Gpu,
    s: &State,
    kernel: usize,
    m: &KernelMeta,
    n: i64,
    arrays: &[*mut ArrObj],
    args: *const i64,
) -> Result<(), String> {
    let funcs = g.functions(s.source)?;
    let flat_func = funcs.get(2 * kernel + 1).copied().flatten();
    let func = match funcs.get(2 * kernel).copied().flatten() {
        Some(f) => f,
        None => {
            return Err(format!(
                "kernel {kernel} is missing from the compiled module"
            ))
        }
    };
    let nd = m.domain.len();
    // Device copies: inputs first (uploading stale ones), then the output, which need not be
    // uploaded when the kernel overwrites its whole buffer and reads none of it.
    let mut ptrs = vec![0u64; arrays.len()];
    let owners: Vec<(*mut ArrObj, isize)> = arrays.iter().map(|&a| owner(a)).collect();
    for (j, &(o, off)) in owners.iter().enumerate() {
        if j != m.out {
            ptrs[j] = g.device(o, false).wrapping_add(off as u64);
        }
    }
    {
        let (o, off) = owners[m.out];
        let obj = &*arrays[m.out];
        // Dense in any axis order: a new result laid out like its operands (F order for
        // `x.T + 1`) covers its buffer as a C-ordered one does.
        let whole = off == 0
            && obj.dense_block_start().is_some()
            && obj.size as usize * obj.dtype.itemsize() == (*o).nbytes as usize
            && owners.iter().filter(|(p, _)| *p == o).count() == 1;
        ptrs[m.out] = g.device(o, whole).wrapping_add(off as u64);
    }
    // Parameter storage: every value in its own 8-byte slot (the pointers point into it).
    let mut slots: Vec<u64> = Vec::new();
    let mut strides = Vec::new();
    for (j, (&a, &(dtype, ndim, bmask))) in arrays.iter().zip(&m.arrays).enumerate() {
        let obj = &*a;
        slots.push(ptrs[j]);
        let isz = dtype.itemsize() as i64;
        let ss: Vec<i64> = (0..nd)
            .map(|d| {
                // Operands align to the right of the domain.
                if d + ndim < nd || bmask >> d & 1 != 0 {
                    0
                } else {
                    obj.strides[d + ndim - nd] / isz
                }
            })
            .collect();
        slots.extend(ss.iter().map(|&x| x as u64));
        strides.push(ss);
    }
    let func = match flat_func {
        Some(f) if flat_ok(m, &ptrs, &strides) => f,
        _ => func,
    };
    let first_scalar = arrays.len();
    for (k, &ty) in m.scalars.iter().enumerate() {
        let raw = *args.add(first_scalar + k) as u64;
        slots.push(match ty {
            meta::SCALAR_F32 => raw & 0xffff_ffff,
            _ => raw,
        });
    }
    slots.push(n as u64);
    let mut params: Vec<*mut c_void> = slots
        .iter_mut()
        .map(|v| v as *mut u64 as *mut c_void)
        .collect();
    let block = 256u32;
    let blocks = ((n as u64).div_ceil(block as u64))
        .min(g.sms as u64 * 32)
        .max(1) as u32;
    cu::launch_kernel(
        func,
        (blocks, 1, 1),
        (block, 1, 1),
        0,
        g.stream,
        &mut params,
    )
    .map_err(|e| format!("kernel launch failed: {}", describe(e)))?;
    let (o, _) = owner(arrays[m.out]);
    g.wrote_device(o);
    Ok(())
}

/// Whether the flat variant of a kernel (`cuda::render_flat_variant` in the compiler) may run:
/// each operand broadcast along only some of the domain's axes of extent > 1 rules it out
/// (the compiler renders no variant then); each other operand not broadcast along all of them
/// must be C-contiguous over the domain and 16-byte aligned on the device.
fn flat_ok(m: &KernelMeta, ptrs: &[u64], strides: &[Vec<i64>]) -> bool {
    let nd = m.domain.len();
    let mut contiguous = vec![0i64; nd];
    let mut size = 1i64;
    for d in (0..nd).rev() {
        contiguous[d] = size;
        size *= m.domain[d];
    }
    m.arrays.iter().enumerate().all(|(j, &(_, ndim, bmask))| {
        let live = (0..nd).filter(|&d| m.domain[d] > 1);
        let broadcast = |d: usize| d + ndim < nd || bmask >> d & 1 != 0;
        if live.clone().all(broadcast) && live.clone().count() > 0 {
            return true;
        }
        ptrs[j] % 16 == 0
            && live
                .clone()
                .all(|d| !broadcast(d) && strides[j][d] == contiguous[d])
    })
}

/// One gemm operand as cuBLAS sees it: the column-major matrix at `ptr` with leading
/// dimension `ld`, used transposed or not.
struct GemmOperand {
    ptr: u64,
    transpose: bool,
    ld: i32,
}

/// How cuBLAS (column-major) reads the row-major `rows`×`cols` matrix `p` TRANSPOSED: a
/// C-ordered matrix (column stride 1) is its own transpose in column-major terms (no op); a
/// transposed view (row stride 1) needs the op. Other strides: `None` (the CPU does it).
unsafe fn gemm_operand(g: &mut Gpu, p: *mut ArrObj, rows: i64, cols: i64) -> Option<GemmOperand> {
    let a = &*p;
    let isz = a.dtype.itemsize() as i64;
    let (s0, s1) = (a.strides[0], a.strides[1]);
    if s0 < 0 || s1 < 0 || s0 % isz != 0 || s1 % isz != 0 {
        return None;
    }
    let (s0, s1) = (s0 / isz, s1 / isz);
    let (transpose, ld) = if s1 == 1 || cols == 1 {
        (false, s0.max(cols).max(1))
    } else if s0 == 1 || rows == 1 {
        (true, s1.max(rows).max(1))
    } else {
        return None;
    };
    let ld = i32::try_from(ld).ok()?;
    let (o, off) = owner(p);
    let base = g.device(o, false);
    Some(GemmOperand {
        ptr: base.wrapping_add(off as u64),
        transpose,
        ld,
    })
}

/// `a @ b` for 2-D float operands on the GPU when the policy says so: the result (a new
/// C-ordered array, valid on the device) or `None` for the CPU to do it.
pub unsafe fn matmul(a: *mut ArrObj, b: *mut ArrObj, cuda_placed: bool) -> Option<*mut ArrObj> {
    let (ra, rb) = (&*a, &*b);
    if ra.ndim != 2
        || rb.ndim != 2
        || !matches!(ra.dtype, DType::F32 | DType::F64)
        || ra.dtype != rb.dtype
    {
        return None;
    }
    let (m, k, n) = (ra.shape[0], ra.shape[1], rb.shape[1]);
    if m == 0 || n == 0 || k == 0 || [m, n, k].iter().any(|&d| d > i32::MAX as i64) {
        return None;
    }
    if !wanted(
        cuda_placed,
        true,
        m.saturating_mul(n).saturating_mul(k) >= OFFLOAD_MIN_GEMM,
    ) {
        return None;
    }
    let r = with_gpu(|g, _| {
        // C (m×n, row-major) is C^T (n×m) column-major = B^T · A^T.
        let opb = gemm_operand(g, b, k, n)?;
        let opa = gemm_operand(g, a, m, k)?;
        let out = ArrObj::alloc_with(ra.dtype, &[m, n], false);
        let c = g.device(out, true);
        let op = |t: bool| {
            if t {
                cublas_sys::cublasOperation_t::CUBLAS_OP_T
            } else {
                cublas_sys::cublasOperation_t::CUBLAS_OP_N
            }
        };
        let (n32, m32, k32) = (n as i32, m as i32, k as i32);
        let status = match ra.dtype {
            DType::F32 => {
                let (one, zero) = (1f32, 0f32);
                cublas::sgemm(
                    g.blas,
                    op(opb.transpose),
                    op(opa.transpose),
                    n32,
                    m32,
                    k32,
                    &one,
                    opb.ptr as *const f32,
                    opb.ld,
                    opa.ptr as *const f32,
                    opa.ld,
                    &zero,
                    c as *mut f32,
                    n32,
                )
            }
            _ => {
                let (one, zero) = (1f64, 0f64);
                cublas::dgemm(
                    g.blas,
                    op(opb.transpose),
                    op(opa.transpose),
                    n32,
                    m32,
                    k32,
                    &one,
                    opb.ptr as *const f64,
                    opb.ld,
                    opa.ptr as *const f64,
                    opa.ld,
                    &zero,
                    c as *mut f64,
                    n32,
                )
            }
        };
        if let Err(e) = status {
            gpu_fatal(&format!("cuBLAS gemm failed: {e:?}"));
        }
        g.wrote_device(out);
        Some(out)
    });
    r.ok().flatten()
}

/// Whole-array `sum`/`max`/`min` (and `mean` from the sum) of float tensors whose current
/// values are only on the device: a grid-stride pass leaving one partial per block, then one
/// block combining the partials. Sums accumulate in the element type, as torch does on CUDA;
/// max and min propagate NaN.
pub const REDUCE_SOURCE: &str = r#"
template <typename T> __device__ __forceinline__ T arrc_combine(T a, T b, int op)
{
    if (op == 0) {
        return a + b;
    }
    if (a != a) {
        return a;
    }
    if (b != b) {
        return b;
    }
    return op == 1 ? (a > b ? a : b) : (a < b ? a : b);
}

template <typename T>
__device__ void arrc_reduce_block(const T* x, long long n, T* out, int op, T init)
{
    __shared__ T part[256];
    T acc = init;
    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n;
         i += (long long)gridDim.x * blockDim.x) {
        acc = arrc_combine(acc, x[i], op);
    }
    part[threadIdx.x] = acc;
    __syncthreads();
    for (unsigned s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) {
            part[threadIdx.x] = arrc_combine(part[threadIdx.x], part[threadIdx.x + s], op);
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) {
        out[blockIdx.x] = part[0];
    }
}

extern "C" __global__ void arrc_reduce_f32(const float* x, long long n, float* out, int op, float init)
{
    arrc_reduce_block<float>(x, n, out, op, init);
}

extern "C" __global__ void arrc_reduce_f64(const double* x, long long n, double* out, int op, double init)
{
    arrc_reduce_block<double>(x, n, out, op, init);
}
"#;

/// `op`: 0 sum, 1 max, 2 min (the runtime's `REDUCE_SUM`, `REDUCE_MAX`, `REDUCE_MIN`).
pub trait DeviceFloat: Copy + Default {
    const KERNEL: usize;
    const BYTES: usize;
    fn from_bits(b: u64) -> Self;
    fn to_bits(self) -> u64;
}

impl DeviceFloat for f32 {
    const KERNEL: usize = 0;
    const BYTES: usize = 4;
    fn from_bits(b: u64) -> f32 {
        f32::from_bits(b as u32)
    }
    fn to_bits(self) -> u64 {
        f32::to_bits(self) as u64
    }
}

impl DeviceFloat for f64 {
    const KERNEL: usize = 1;
    const BYTES: usize = 8;
    fn from_bits(b: u64) -> f64 {
        f64::from_bits(b)
    }
    fn to_bits(self) -> u64 {
        f64::to_bits(self)
    }
}

/// The reduction `op` (0 sum, 1 max, 2 min) of `p` on the GPU, when its current values are
/// only there and it is dense; `None` for the CPU to do it (after `host_read`).
pub unsafe fn reduce<T: DeviceFloat>(p: *mut ArrObj, op: i64) -> Option<T> {
    if STALE_HOST.load(Relaxed) == 0 || !(0..=2).contains(&op) {
        return None;
    }
    let a = &*p;
    if a.size < 1 || !a.is_c_contiguous() || a.dtype.itemsize() != T::BYTES {
        return None;
    }
    let (o, off) = owner(p);
    with_live_gpu(|g| {
        let stale = g.bufs.get(&(o as usize)).is_some_and(|b| !b.host_valid);
        if !stale {
            return None;
        }
        if g.reducers.is_none() {
            let names = ["arrc_reduce_f32".to_string(), "arrc_reduce_f64".to_string()];
            g.reducers = Some(compile(REDUCE_SOURCE.as_bytes(), &names, g.arch));
        }
        let func = match g.reducers.as_ref().unwrap() {
            Ok(f) => f[T::KERNEL]?,
            Err(e) => gpu_fatal(e),
        };
        let x = g.device(o, false).wrapping_add(off as u64);
        let n = a.size;
        let block = 256u32;
        let blocks = (n as u64).div_ceil(block as u64).min(1024) as u32;
        let partial = cu::malloc_async(g.stream, blocks as usize * T::BYTES)
            .unwrap_or_else(|e| gpu_fatal(&describe(e)));
        let result =
            cu::malloc_async(g.stream, T::BYTES).unwrap_or_else(|e| gpu_fatal(&describe(e)));
        // The identity: 0 for a sum; the first element for max and min.
        let init = if op == 0 {
            T::default()
        } else {
            let mut first = [0u8; 8];
            cu::memcpy_dtoh_async(&mut first[..T::BYTES], x, g.stream)
                .unwrap_or_else(|e| gpu_fatal(&describe(e)));
            g.sync();
            T::from_bits(u64::from_le_bytes(first))
        };
        let launch = |g: &Gpu, input: u64, len: i64, out: u64, grid: u32| {
            let mut slots: [u64; 5] = [input, len as u64, out, op as u64, init.to_bits()];
            let mut params: Vec<*mut c_void> = slots
                .iter_mut()
                .map(|v| v as *mut u64 as *mut c_void)
                .collect();
            cu::launch_kernel(func, (grid, 1, 1), (block, 1, 1), 0, g.stream, &mut params)
                .unwrap_or_else(|e| {
                    gpu_fatal(&format!("reduction launch failed: {}", describe(e)))
                });
        };
        launch(g, x, n, partial, blocks);
        launch(g, partial, blocks as i64, result, 1);
        let mut bytes = [0u8; 8];
        cu::memcpy_dtoh_async(&mut bytes[..T::BYTES], result, g.stream)
            .unwrap_or_else(|e| gpu_fatal(&describe(e)));
        let _ = cu::free_async(partial, g.stream);
        let _ = cu::free_async(result, g.stream);
        g.sync();
        Some(T::from_bits(u64::from_le_bytes(bytes)))
    })
    .flatten()
}
