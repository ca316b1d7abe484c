//! The CUDA rendering of LIR kernels (`arrc::cuda`): every kernel of every example program
//! renders, every rendered translation unit compiles with NVRTC for compute_90 (sm_90), and
//! small kernels render to the exact text checked in here (so the rendering can be reviewed).
//!
//! NVRTC comes from the PyPI wheel pinned in tools/requirements-cuda.txt
//! (`.venv/bin/pip install -r tools/requirements-cuda.txt`), loaded with dlopen from
//! `$ARRC_NVRTC` or the repo venv's `site-packages/nvidia/**/libnvrtc.so*`. Without it the
//! NVRTC tests print why and pass.

use arrc::cuda;
use arrc::driver::{compile_for, DeviceMode, Dumps};
use arrc::lir::{self, DataId, Expr, Kernel, KernelArray, Op, Ty};
use arrc::rtabi::RtFn;
use arrc::source::SourceFile;
use arrc::syntax::ast::CmpOp;
use arrc::types::DType;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The programs of a folder of examples (`.py` and `.ipynb`), sorted.
fn programs_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py" || e == "ipynb"))
        .collect();
    v.sort();
    v
}

/// examples/*.py, examples/*.ipynb and examples/torch/*.py (not errors/, not unsupported/).
fn example_programs() -> Vec<PathBuf> {
    let ex = repo().join("examples");
    let mut v = programs_in(&ex);
    v.extend(programs_in(&ex.join("torch")));
    assert!(v.len() > 20, "examples not found under {}", ex.display());
    v
}

fn load(path: &Path) -> SourceFile {
    let name = path.strip_prefix(repo()).unwrap().display().to_string();
    let text = std::fs::read_to_string(path).unwrap();
    if path.extension().is_some_and(|e| e == "ipynb") {
        arrc::syntax::notebook::load_notebook(&name, &text).unwrap()
    } else {
        SourceFile::new(name, text)
    }
}

fn compile(path: &Path) -> Result<lir::Program, String> {
    compile_for(load(path), &Dumps::default(), DeviceMode::Cpu)
        .map(|c| c.lir)
        .map_err(|f| f.render())
}

fn short(path: &Path) -> String {
    path.strip_prefix(repo()).unwrap().display().to_string()
}

#[test]
fn every_example_kernel_renders() {
    let mut failures = Vec::new();
    let (mut programs, mut kernels) = (0, 0);
    for path in example_programs() {
        let prog = match compile(&path) {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("{}: does not compile:\n{e}", short(&path)));
                continue;
            }
        };
        programs += 1;
        // Complex and small/unsigned integer kernels stay on the CPU: they are not rendered.
        let complex = cuda::cpu_only_dtypes;
        if prog.kernels.iter().any(complex) {
        } else if let Err(e) = cuda::render_program(&prog) {
            failures.push(format!("{}: {e}", short(&path)));
        }
        for (i, k) in prog.kernels.iter().enumerate().filter(|(_, k)| !complex(k)) {
            match cuda::render_kernel(k, &format!("arrc_kernel_{i}")) {
                Ok(text) => assert!(text.contains(&format!("void arrc_kernel_{i}("))),
                Err(e) => failures.push(format!("{} kernel {i}: {e}\n{k:?}", short(&path))),
            }
            kernels += 1;
        }
    }
    println!("rendered {kernels} kernels of {programs} example programs");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// ---- NVRTC, loaded at run time ----

mod nvrtc {
    use std::ffi::{c_char, c_int, c_void, CStr, CString};
    use std::path::{Path, PathBuf};

    extern "C" {
        fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
        fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
        fn dlerror() -> *const c_char;
    }
    const RTLD_NOW: c_int = 2;

    type Program = *mut c_void;
    type CreateProgram = unsafe extern "C" fn(
        *mut Program,
        *const c_char,
        *const c_char,
        c_int,
        *const *const c_char,
        *const *const c_char,
    ) -> c_int;
    type CompileProgram = unsafe extern "C" fn(Program, c_int, *const *const c_char) -> c_int;
    type GetSize = unsafe extern "C" fn(Program, *mut usize) -> c_int;
    type GetText = unsafe extern "C" fn(Program, *mut c_char) -> c_int;
    type DestroyProgram = unsafe extern "C" fn(*mut Program) -> c_int;
    type Version = unsafe extern "C" fn(*mut c_int, *mut c_int) -> c_int;
    type ErrorString = unsafe extern "C" fn(c_int) -> *const c_char;

    pub struct Nvrtc {
        pub path: PathBuf,
        pub version: (i32, i32),
        create: CreateProgram,
        compile: CompileProgram,
        log_size: GetSize,
        log: GetText,
        ptx_size: GetSize,
        ptx: GetText,
        destroy: DestroyProgram,
        error_string: ErrorString,
    }

    /// `$ARRC_NVRTC`, else the first `libnvrtc.so*` under the repo venv's
    /// `lib/python3*/site-packages/nvidia/`.
    pub fn find(repo: &Path) -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("ARRC_NVRTC") {
            return Some(PathBuf::from(p));
        }
        let lib = repo.join(".venv").join("lib");
        let mut found = Vec::new();
        for py in std::fs::read_dir(&lib).ok()?.flatten() {
            if !py.file_name().to_string_lossy().starts_with("python3") {
                continue;
            }
            walk(&py.path().join("site-packages").join("nvidia"), &mut found);
        }
        found.sort();
        found.into_iter().next()
    }

    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if p.is_dir() {
                walk(&p, found);
            } else if name.starts_with("libnvrtc.so") {
                found.push(p);
            }
        }
    }

    unsafe fn sym<T: Copy>(h: *mut c_void, name: &str) -> Result<T, String> {
        let c = CString::new(name).unwrap();
        let p = dlsym(h, c.as_ptr());
        if p.is_null() {
            return Err(format!("{name} not found in libnvrtc"));
        }
        Ok(std::mem::transmute_copy::<*mut c_void, T>(&p))
    }

    unsafe fn open(path: &Path) -> Result<*mut c_void, String> {
        let c = CString::new(path.to_str().ok_or("non-UTF-8 path")?).unwrap();
        let h = dlopen(c.as_ptr(), RTLD_NOW);
        if h.is_null() {
            let e = dlerror();
            let msg = if e.is_null() {
                "unknown error".into()
            } else {
                CStr::from_ptr(e).to_string_lossy().into_owned()
            };
            return Err(format!("dlopen {}: {msg}", path.display()));
        }
        Ok(h)
    }

    pub fn load(path: &Path) -> Result<Nvrtc, String> {
        unsafe {
            // NVRTC dlopens libnvrtc-builtins.so.MAJOR.MINOR by name at compile time; the
            // wheel's folder is not on the loader's path, so load it first from beside libnvrtc
            // (an already loaded library satisfies a later dlopen of its soname).
            if let Some(Ok(entries)) = path.parent().map(std::fs::read_dir) {
                for e in entries.flatten() {
                    if e.file_name()
                        .to_string_lossy()
                        .starts_with("libnvrtc-builtins.so")
                    {
                        open(&e.path())?;
                    }
                }
            }
            let h = open(path)?;
            let version: Version = sym(h, "nvrtcVersion")?;
            let (mut major, mut minor) = (0, 0);
            version(&mut major, &mut minor);
            Ok(Nvrtc {
                path: path.to_path_buf(),
                version: (major, minor),
                create: sym(h, "nvrtcCreateProgram")?,
                compile: sym(h, "nvrtcCompileProgram")?,
                log_size: sym(h, "nvrtcGetProgramLogSize")?,
                log: sym(h, "nvrtcGetProgramLog")?,
                ptx_size: sym(h, "nvrtcGetPTXSize")?,
                ptx: sym(h, "nvrtcGetPTX")?,
                destroy: sym(h, "nvrtcDestroyProgram")?,
                error_string: sym(h, "nvrtcGetErrorString")?,
            })
        }
    }

    impl Nvrtc {
        fn check(&self, what: &str, r: c_int) -> Result<(), String> {
            if r == 0 {
                return Ok(());
            }
            let s = unsafe { CStr::from_ptr((self.error_string)(r)) };
            Err(format!("{what}: {}", s.to_string_lossy()))
        }

        /// Compiles `src` to PTX; on failure (or a warning), the error and NVRTC's log.
        pub fn compile(&self, src: &str, name: &str, options: &[&str]) -> Result<String, String> {
            let csrc = CString::new(src).map_err(|_| "NUL in source")?;
            let cname = CString::new(name).unwrap();
            let opts: Vec<CString> = options.iter().map(|o| CString::new(*o).unwrap()).collect();
            let opt_ptrs: Vec<*const c_char> = opts.iter().map(|o| o.as_ptr()).collect();
            unsafe {
                let mut prog: Program = std::ptr::null_mut();
                self.check(
                    "nvrtcCreateProgram",
                    (self.create)(
                        &mut prog,
                        csrc.as_ptr(),
                        cname.as_ptr(),
                        0,
                        std::ptr::null(),
                        std::ptr::null(),
                    ),
                )?;
                let r = (self.compile)(prog, opt_ptrs.len() as c_int, opt_ptrs.as_ptr());
                let mut size = 0usize;
                (self.log_size)(prog, &mut size);
                let mut log = vec![0u8; size.max(1)];
                (self.log)(prog, log.as_mut_ptr() as *mut c_char);
                let log = CStr::from_bytes_until_nul(&log)
                    .map(|c| c.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let result = self.check("nvrtcCompileProgram", r).and_then(|()| {
                    let mut size = 0usize;
                    self.check("nvrtcGetPTXSize", (self.ptx_size)(prog, &mut size))?;
                    let mut ptx = vec![0u8; size.max(1)];
                    self.check(
                        "nvrtcGetPTX",
                        (self.ptx)(prog, ptx.as_mut_ptr() as *mut c_char),
                    )?;
                    Ok(CStr::from_bytes_until_nul(&ptx)
                        .map(|c| c.to_string_lossy().into_owned())
                        .unwrap_or_default())
                });
                (self.destroy)(&mut prog);
                // Warnings count as failures: the rendering should be clean C++.
                if result.is_ok() && log.contains("warning") {
                    return Err(format!("NVRTC warned\n--- NVRTC log ---\n{log}"));
                }
                result.map_err(|e| format!("{e}\n--- NVRTC log ---\n{log}"))
            }
        }
    }
}

/// NVRTC, or why the NVRTC tests are skipped (printed; the test passes).
fn nvrtc() -> Option<nvrtc::Nvrtc> {
    let Some(path) = nvrtc::find(&repo()) else {
        println!(
            "skipped: libnvrtc not found; install tools/requirements-cuda.txt \
             (.venv/bin/pip install -r tools/requirements-cuda.txt) or set ARRC_NVRTC"
        );
        return None;
    };
    match nvrtc::load(&path) {
        Ok(n) => {
            println!(
                "NVRTC {}.{} from {}",
                n.version.0,
                n.version.1,
                n.path.display()
            );
            Some(n)
        }
        Err(e) => {
            if std::env::var_os("ARRC_NVRTC").is_some() {
                panic!("ARRC_NVRTC is set but cannot be loaded: {e}");
            }
            println!(
                "skipped: libnvrtc cannot be loaded ({e}); install tools/requirements-cuda.txt"
            );
            None
        }
    }
}

fn nvrtc_options() -> Vec<&'static str> {
    let mut o = vec!["--gpu-architecture=compute_90"];
    o.extend_from_slice(cuda::NVRTC_OPTIONS);
    o
}

/// Compiles each program's translation unit; returns (programs, kernels) compiled.
fn compile_all(n: &nvrtc::Nvrtc, paths: &[PathBuf], failures: &mut Vec<String>) -> (usize, usize) {
    let opts = nvrtc_options();
    let (mut programs, mut kernels) = (0, 0);
    for path in paths {
        let Ok(prog) = compile(path) else {
            continue; // every_example_kernel_renders reports it
        };
        if prog.kernels.is_empty() || prog.kernels.iter().any(cuda::cpu_only_dtypes) {
            continue; // their kernels never reach the GPU (`cuda::cpu_only_dtypes`)
        }
        let src = match cuda::render_program(&prog) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{}: {e}", short(path)));
                continue;
            }
        };
        match n.compile(&src, &format!("{}.cu", short(path)), &opts) {
            Ok(ptx) => {
                for i in 0..prog.kernels.len() {
                    assert!(
                        ptx.contains(&format!(".entry arrc_kernel_{i}(")),
                        "{}: no entry arrc_kernel_{i} in the PTX",
                        short(path)
                    );
                }
                assert!(ptx.contains("arrc_device_error"), "{}", short(path));
                programs += 1;
                kernels += prog.kernels.len();
            }
            Err(e) => failures.push(format!("{}: {e}\n--- source ---\n{src}", short(path))),
        }
    }
    (programs, kernels)
}

#[test]
fn every_example_kernel_compiles_with_nvrtc() {
    let Some(n) = nvrtc() else { return };
    let mut failures = Vec::new();
    let (programs, kernels) = compile_all(&n, &example_programs(), &mut failures);
    println!("NVRTC compiled {kernels} kernels in {programs} example translation units");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(kernels > 0);
}

/// The runtime's own kernels (whole-array reductions of device tensors) compile too, with the
/// options the runtime uses.
#[test]
fn runtime_reduction_kernels_compile_with_nvrtc() {
    let Some(n) = nvrtc() else { return };
    let ptx = n
        .compile(
            arrc_runtime::gpu::REDUCE_SOURCE,
            "reduce.cu",
            &nvrtc_options(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    for name in ["arrc_reduce_f32", "arrc_reduce_f64"] {
        assert!(
            ptx.contains(&format!(".entry {name}(")),
            "no entry {name} in the PTX"
        );
    }
}

/// examples/errors/ programs the front end accepts fail at run time, some inside kernels
/// (a negative integer power): their kernels must render and compile too.
#[test]
fn error_example_kernels_compile_with_nvrtc() {
    let paths: Vec<PathBuf> = programs_in(&repo().join("examples").join("errors"))
        .into_iter()
        .filter(|p| compile(p).is_ok_and(|prog| !prog.kernels.iter().any(cuda::cpu_only_dtypes)))
        .collect();
    let mut failures = Vec::new();
    for p in &paths {
        if let Err(e) = cuda::render_program(&compile(p).unwrap()) {
            failures.push(format!("{}: {e}", short(p)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let Some(n) = nvrtc() else { return };
    let (programs, kernels) = compile_all(&n, &paths, &mut failures);
    println!("NVRTC compiled {kernels} kernels in {programs} error-example translation units");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// ---- exact renderings of small kernels ----

fn arr(dtype: DType, broadcast: &[bool], ndim: usize) -> KernelArray {
    KernelArray {
        dtype,
        broadcast: broadcast.to_vec(),
        ndim,
    }
}

fn op(o: Op, args: Vec<Expr>) -> Expr {
    Expr::Op(o, args)
}

/// `x * y + 1` with x (3, 4) float64 and y (4,) float64 broadcast along the rows, as
/// lowering builds it (the Python int `1` is an int64 scalar operand, converted).
fn mul_add_kernel() -> Kernel {
    Kernel {
        domain: vec![3, 4],
        run: false,
        arrays: vec![
            arr(DType::F64, &[false, false], 2),
            arr(DType::F64, &[false, false], 2),
            arr(DType::F64, &[true, false], 1),
        ],
        scalars: vec![Ty::I64],
        out: 0,
        cuda: false,
        value: op(
            Op::FAdd,
            vec![
                op(Op::FMul, vec![Expr::Input(1), Expr::Input(2)]),
                op(Op::IToF, vec![Expr::Param(0)]),
            ],
        ),
    }
}

/// The kernel function after the shared prelude.
fn kernel_text(k: &Kernel, name: &str) -> String {
    let full = cuda::render_kernel(k, name).unwrap();
    let at = full.find("// domain [").expect("kernel header");
    full[at..].to_string()
}

#[test]
fn mul_add_with_broadcast_renders_exactly() {
    let expected = r#"// domain [3, 4]; out a0: float64[..], a1: float64[..], a2: float64[b.]
// value: FAdd(FMul(in1[i], in2[i]), IToF(p0))
extern "C" __global__ void mul_add(
    double* a0,
    long long s0_0,
    long long s0_1,
    const double* a1,
    long long s1_0,
    long long s1_1,
    const double* a2,
    long long s2_0,
    long long s2_1,
    long long p0,
    long long n)
{
    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n;
         i += (long long)gridDim.x * blockDim.x) {
        unsigned long long r = (unsigned long long)i;
        const long long i1 = (long long)(r % 4ULL); r /= 4ULL;
        const long long i0 = (long long)r;
        const long long o0 = i0 * s0_0 + i1 * s0_1;
        const long long o1 = i0 * s1_0 + i1 * s1_1;
        const long long o2 = i1 * s2_1;
        const double x1 = a1[o1];
        const double x2 = a2[o2];
        const double t0 = __dmul_rn(x1, x2);
        const double t1 = __ll2double_rn(p0);
        const double t2 = __dadd_rn(t0, t1);
        a0[o0] = t2;
    }
}
"#;
    assert_eq!(kernel_text(&mul_add_kernel(), "mul_add"), expected);
    let k = mul_add_kernel();
    assert_eq!(
        cuda::kernel_params(&k).len(),
        3 * (1 + 2) + 1 + 1,
        "pointer + 2 strides per operand, 1 scalar, n"
    );
}

/// `(a ** (b - 2)) // 3` on int64 (5,): a raising call (site data5) and a floor division.
fn int_pow_kernel() -> Kernel {
    Kernel {
        domain: vec![5],
        run: false,
        arrays: vec![
            arr(DType::I64, &[false], 1),
            arr(DType::I64, &[false], 1),
            arr(DType::I64, &[false], 1),
        ],
        scalars: vec![Ty::I64, Ty::I64],
        out: 0,
        cuda: false,
        value: Expr::Call(
            RtFn::FloorDivI64,
            vec![
                Expr::Call(
                    RtFn::PowI64,
                    vec![
                        Expr::Input(1),
                        op(Op::ISub, vec![Expr::Input(2), Expr::Param(0)]),
                        Expr::Data(DataId(5)),
                    ],
                ),
                Expr::Param(1),
            ],
        ),
    }
}

#[test]
fn int_pow_and_floordiv_render_exactly() {
    let expected = r#"// domain [5]; out a0: int64[.], a1: int64[.], a2: int64[.]
// value: call arrc_floordiv_i64(call arrc_pow_i64(in1[i], ISub(in2[i], p0), data5), p1)
// raising call 0: site data5
extern "C" __global__ void int_pow(
    long long* a0,
    long long s0_0,
    const long long* a1,
    long long s1_0,
    const long long* a2,
    long long s2_0,
    long long p0,
    long long p1,
    long long n)
{
    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n;
         i += (long long)gridDim.x * blockDim.x) {
        const long long i0 = i;
        const long long o0 = i0 * s0_0;
        const long long o1 = i0 * s1_0;
        const long long o2 = i0 * s2_0;
        const long long x1 = a1[o1];
        const long long x2 = a2[o2];
        const long long t0 = arrc_isub(x2, p0);
        const long long t1 = arrc_pow_i64(x1, t0, arrc_err_key(i, 0));
        const long long t2 = arrc_floordiv_i64(t1, p1);
        a0[o0] = t2;
    }
}
extern "C" __global__ void int_pow_flat(
    long long* a0,
    long long s0_0,
    const long long* a1,
    long long s1_0,
    const long long* a2,
    long long s2_0,
    long long p0,
    long long p1,
    long long n)
{
    const long long groups = n / 4;
    const long long step = (long long)gridDim.x * blockDim.x;
    for (long long g = (long long)blockIdx.x * blockDim.x + threadIdx.x; g < groups;
         g += step) {
        long long v1[4];
        arrc_load4(a1, g, v1);
        long long v2[4];
        arrc_load4(a2, g, v2);
        long long res[4];
#pragma unroll
        for (int e = 0; e < 4; e++) {
        const long long i = 4 * g + e;
        const long long x1 = v1[e];
        const long long x2 = v2[e];
        const long long t0 = arrc_isub(x2, p0);
        const long long t1 = arrc_pow_i64(x1, t0, arrc_err_key(i, 0));
        const long long t2 = arrc_floordiv_i64(t1, p1);
        res[e] = t2;
        }
        arrc_store4(a0, g, res);
    }
    for (long long i = 4 * groups + (long long)blockIdx.x * blockDim.x + threadIdx.x;
         i < n; i += step) {
        const long long x1 = a1[i];
        const long long x2 = a2[i];
        const long long t0 = arrc_isub(x2, p0);
        const long long t1 = arrc_pow_i64(x1, t0, arrc_err_key(i, 0));
        const long long t2 = arrc_floordiv_i64(t1, p1);
        a0[i] = t2;
    }
}
"#;
    assert_eq!(kernel_text(&int_pow_kernel(), "int_pow"), expected);
    assert_eq!(
        cuda::kernel_error_sites(&int_pow_kernel()).unwrap(),
        vec![Some(DataId(5))]
    );
}

/// `c > 0.5` into bool, c float32 (1, 3) broadcast over a (2, 1, 3) domain with an extent-1 axis.
#[test]
fn float32_compare_into_bool_renders_exactly() {
    let k = Kernel {
        domain: vec![2, 1, 3],
        run: false,
        arrays: vec![
            arr(DType::Bool, &[false, false, false], 3),
            arr(DType::F32, &[true, false, false], 2),
        ],
        scalars: vec![Ty::F64],
        out: 0,
        cuda: false,
        value: op(
            Op::FCmp(CmpOp::Gt),
            vec![Expr::Input(1), op(Op::FDemote, vec![Expr::Param(0)])],
        ),
    };
    let expected = r#"// domain [2, 1, 3]; out a0: bool[...], a1: float32[b..]
// value: FCmp(Gt)(in1[i], FDemote(p0))
extern "C" __global__ void gt(
    unsigned char* a0,
    long long s0_0,
    long long s0_1,
    long long s0_2,
    const float* a1,
    long long s1_0,
    long long s1_1,
    long long s1_2,
    double p0,
    long long n)
{
    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n;
         i += (long long)gridDim.x * blockDim.x) {
        unsigned long long r = (unsigned long long)i;
        const long long i2 = (long long)(r % 3ULL); r /= 3ULL;
        const long long i0 = (long long)r;
        const long long o0 = i0 * s0_0 + i2 * s0_2;
        const long long o1 = i2 * s1_2;
        const float x1 = a1[o1];
        const float t0 = __double2float_rn(p0);
        const long long t1 = (long long)(x1 > t0);
        a0[o0] = (unsigned char)(t1);
    }
}
"#;
    assert_eq!(kernel_text(&k, "gt"), expected);
}

/// Flat variants: an operand broadcast along every axis of extent > 1 is read as one element,
/// one broadcast along only some rules the variant out.
#[test]
fn flat_variants_read_whole_or_broadcast_operands() {
    use cuda::FlatOperand::{Flat, Scalar};
    // out (2, 3) = a (2, 3) + b (1, 1), the (1, 1) broadcast along both axes.
    let k = Kernel {
        domain: vec![2, 3],
        run: false,
        arrays: vec![
            arr(DType::F64, &[false, false], 2),
            arr(DType::F64, &[false, false], 2),
            arr(DType::F64, &[true, true], 2),
        ],
        scalars: vec![],
        out: 0,
        cuda: false,
        value: op(Op::FAdd, vec![Expr::Input(1), Expr::Input(2)]),
    };
    assert_eq!(cuda::flat_operands(&k), Some(vec![Flat, Flat, Scalar]));
    let text = kernel_text(&k, "add");
    assert!(
        text.contains("extern \"C\" __global__ void add_flat("),
        "{text}"
    );
    assert!(text.contains("        arrc_load4(a1, g, v1);\n"), "{text}");
    assert!(!text.contains("arrc_load4(a2"), "{text}");
    assert!(
        text.contains("        const double x2 = a2[0];\n"),
        "{text}"
    );
    assert!(
        text.contains("        arrc_store4(a0, g, res);\n"),
        "{text}"
    );
    // b (1, 3): broadcast along axis 0 only.
    let mut partial = k.clone();
    partial.arrays[2] = arr(DType::F64, &[true, false], 2);
    assert_eq!(cuda::flat_operands(&partial), None);
    assert!(!kernel_text(&partial, "add").contains("add_flat"));
}

#[test]
fn constants_zero_d_and_empty_domains() {
    // A 0-d domain: one element, no index arithmetic; constants render exactly.
    let k = Kernel {
        domain: vec![],
        run: false,
        arrays: vec![arr(DType::I64, &[], 0), arr(DType::F64, &[], 0)],
        scalars: vec![],
        out: 0,
        cuda: false,
        value: op(
            Op::IAdd,
            vec![
                op(
                    Op::FToI,
                    vec![op(
                        Op::FMul,
                        vec![Expr::Input(1), Expr::F64(f64::NEG_INFINITY)],
                    )],
                ),
                Expr::I64(i64::MIN),
            ],
        ),
    };
    let text = kernel_text(&k, "zero_d");
    assert!(text.contains("        const long long o0 = 0;\n"), "{text}");
    assert!(
        text.contains("__dmul_rn(x1, __longlong_as_double(0xfff0000000000000LL))"),
        "{text}"
    );
    assert!(
        text.contains("arrc_iadd(t1, (-9223372036854775807LL - 1LL))"),
        "{text}"
    );
    // An empty domain: an empty body.
    let mut e = mul_add_kernel();
    e.domain = vec![0, 4];
    assert!(kernel_text(&e, "empty").ends_with("long long n)\n{\n}\n"));
}

#[test]
fn host_only_runtime_functions_and_bad_types_are_errors() {
    let mut k = mul_add_kernel();
    k.value = Expr::Call(
        RtFn::RandomScalar,
        vec![Expr::I64(0), Expr::F64(0.0), Expr::F64(1.0)],
    );
    let e = cuda::render_kernel(&k, "r").unwrap_err();
    assert!(
        e.contains("arrc_random_scalar cannot run on the device"),
        "{e}"
    );
    k.value = op(Op::FAdd, vec![Expr::Input(1), Expr::Param(0)]);
    assert!(cuda::render_kernel(&k, "r").is_err());
    k.value = op(Op::IToF, vec![Expr::Param(0)]);
    assert!(cuda::render_kernel(&k, "not an identifier").is_err());
}

#[test]
fn device_errors_decode() {
    assert_eq!(cuda::decode_device_error(0), None);
    let key: u64 = (12345 << 24) | (2 << 8) | 1;
    assert_eq!(
        cuda::decode_device_error(!key),
        Some(cuda::DeviceError {
            index: 12345,
            call: 2,
            code: 1
        })
    );
    assert_eq!(
        cuda::device_error_message(1),
        Some("Integers to negative integer powers are not allowed.")
    );
    assert_eq!(cuda::device_error_message(0), None);
}

/// The arithmetic is never contracted: `x * y + 1` compiles to separate rounded multiply and
/// add instructions, no FMA.
#[test]
fn nvrtc_keeps_multiply_and_add_separate() {
    let Some(n) = nvrtc() else { return };
    let src = cuda::render_kernel(&mul_add_kernel(), "mul_add").unwrap();
    let ptx = n
        .compile(&src, "mul_add.cu", &nvrtc_options())
        .unwrap_or_else(|e| panic!("{e}\n{src}"));
    let body = &ptx[ptx.find(".entry mul_add(").expect("entry")..];
    assert!(body.contains("mul.rn.f64"), "{body}");
    assert!(body.contains("add.rn.f64"), "{body}");
    assert!(!body.contains("fma"), "{body}");
}

/// A kernel applying every LIR operation and every runtime function with a device version,
/// on every machine type: the whole prelude is instantiated and NVRTC compiles it.
#[test]
fn every_op_and_device_function_compiles_with_nvrtc() {
    use CmpOp::*;
    let (i, f, g) = (Expr::Input(1), Expr::Input(2), Expr::Input(3)); // i64, f64, f32
    let b = Expr::Input(4); // bool
    let w = Expr::Input(5); // int32
    let site = || Expr::Data(DataId(7));
    let call = |r: RtFn, a: Vec<Expr>| Expr::Call(r, a);
    let mut ints = vec![
        op(Op::IAdd, vec![i.clone(), Expr::I64(-3)]),
        op(Op::ISub, vec![i.clone(), Expr::Param(0)]),
        op(Op::IMul, vec![i.clone(), i.clone()]),
        op(Op::INeg, vec![i.clone()]),
        op(Op::IAbs, vec![i.clone()]),
        op(Op::IAnd, vec![i.clone(), b.clone()]),
        op(Op::IOr, vec![i.clone(), b.clone()]),
        op(Op::IXor, vec![i.clone(), b.clone()]),
        op(Op::INot, vec![i.clone()]),
        op(Op::BNot, vec![b.clone()]),
        op(Op::IToB, vec![i.clone()]),
        op(Op::FToB, vec![f.clone()]),
        op(Op::FToB, vec![g.clone()]),
        op(Op::FToI, vec![f.clone()]),
        op(Op::FToI, vec![g.clone()]),
        op(Op::FToI32, vec![f.clone()]),
        op(Op::FToI32, vec![g.clone()]),
        op(Op::IWrap32, vec![op(Op::IMul, vec![w.clone(), w.clone()])]),
        op(Op::ICmp(Eq), vec![i.clone(), Expr::I64(i64::MIN)]),
        op(Op::ICmp(NotEq), vec![i.clone(), Expr::Iota(0)]),
        op(Op::FCmp(Lt), vec![f.clone(), Expr::Param(1)]),
        op(Op::FCmp(LtE), vec![g.clone(), Expr::Param(2)]),
        op(Op::FCmp(Gt), vec![f.clone(), Expr::F64(f64::NAN)]),
        op(Op::FCmp(GtE), vec![f.clone(), Expr::F64(-0.0)]),
        call(RtFn::PowI64, vec![i.clone(), Expr::I64(3), site()]),
        call(RtFn::FloorDivI64, vec![i.clone(), Expr::I64(-2)]),
        call(RtFn::ModI64, vec![i.clone(), Expr::I64(-2)]),
        call(RtFn::PyFloorDiv, vec![i.clone(), Expr::Param(0), site()]),
        call(RtFn::PyMod, vec![i.clone(), Expr::Param(0), site()]),
        call(RtFn::PyFloatToInt, vec![f.clone(), Expr::I64(0)]),
    ];
    let f64s = vec![
        op(Op::FAdd, vec![f.clone(), Expr::F64(1e300)]),
        op(Op::FSub, vec![f.clone(), Expr::F64(5e-324)]),
        op(Op::FMul, vec![f.clone(), f.clone()]),
        op(Op::FDiv, vec![f.clone(), Expr::F64(f64::INFINITY)]),
        op(Op::FNeg, vec![f.clone()]),
        op(Op::FAbs, vec![f.clone()]),
        op(Op::IToF, vec![i.clone()]),
        op(Op::FPromote, vec![g.clone()]),
        call(RtFn::Exp, vec![f.clone()]),
        call(RtFn::PowF64, vec![f.clone(), Expr::Param(1)]),
        call(RtFn::FloorDivF64, vec![f.clone(), Expr::Param(1)]),
        call(RtFn::ModF64, vec![f.clone(), Expr::Param(1)]),
        call(
            RtFn::PyTrueDiv,
            vec![f.clone(), Expr::Param(1), Expr::I64(1), site()],
        ),
        call(RtFn::PyFloorDivF64, vec![f.clone(), Expr::Param(1), site()]),
        call(RtFn::PyModF64, vec![f.clone(), Expr::Param(1), site()]),
    ];
    let f32s = vec![
        op(Op::FAdd, vec![g.clone(), Expr::Param(2)]),
        op(Op::FSub, vec![g.clone(), Expr::Param(2)]),
        op(Op::FMul, vec![g.clone(), g.clone()]),
        op(Op::FDiv, vec![g.clone(), Expr::Param(2)]),
        op(Op::FNeg, vec![g.clone()]),
        op(Op::FAbs, vec![g.clone()]),
        op(Op::IToF32, vec![i.clone()]),
        op(Op::FDemote, vec![f.clone()]),
        call(RtFn::ExpF32, vec![g.clone()]),
        call(RtFn::PowF32, vec![g.clone(), Expr::Param(2)]),
        call(RtFn::FloorDivF32, vec![g.clone(), Expr::Param(2)]),
        call(RtFn::ModF32, vec![g.clone(), Expr::Param(2)]),
    ];
    // Sum each group in its own type, then fold everything into one int64 value.
    let sum = |o: Op, v: Vec<Expr>| v.into_iter().reduce(|a, x| op(o, vec![a, x])).unwrap();
    ints.push(op(Op::FToI, vec![sum(Op::FAdd, f64s)]));
    ints.push(op(Op::FToI, vec![sum(Op::FAdd, f32s)]));
    let value = sum(Op::IAdd, ints);
    let operands = [
        DType::I64,
        DType::I64,
        DType::F64,
        DType::F32,
        DType::Bool,
        DType::I32,
    ];
    let k = Kernel {
        domain: vec![4, 3, 2],
        run: false,
        arrays: operands
            .iter()
            .map(|&d| arr(d, &[false, false, false], 3))
            .collect(),
        scalars: vec![Ty::I64, Ty::F64, Ty::F32],
        out: 0,
        cuda: false,
        value,
    };
    let src = cuda::render_kernel(&k, "all_ops").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cuda::kernel_error_sites(&k).unwrap().len(), 7);
    let Some(n) = nvrtc() else { return };
    let ptx = n
        .compile(&src, "all_ops.cu", &nvrtc_options())
        .unwrap_or_else(|e| panic!("{e}\n{src}"));
    assert!(ptx.contains(".entry all_ops("));
    // A bool output stores bytes.
    let mut kb = k.clone();
    kb.arrays[0].dtype = DType::Bool;
    kb.value = op(Op::IToB, vec![kb.value]);
    let src = cuda::render_kernel(&kb, "all_ops_bool").unwrap();
    n.compile(&src, "all_ops_bool.cu", &nvrtc_options())
        .unwrap_or_else(|e| panic!("{e}\n{src}"));
    // An int32 output stores the low 32 bits.
    let mut ki = k.clone();
    ki.arrays[0].dtype = DType::I32;
    ki.value = op(Op::IWrap32, vec![ki.value]);
    let src = cuda::render_kernel(&ki, "all_ops_int32").unwrap();
    assert!(src.contains("int* a0"), "{src}");
    n.compile(&src, "all_ops_int32.cu", &nvrtc_options())
        .unwrap_or_else(|e| panic!("{e}\n{src}"));
}

// To read one program's CUDA: `ARRC_DUMP=cuda arrc run examples/NAME.py`.
