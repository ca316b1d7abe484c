//! The driver: reads a script or notebook, runs the pipeline, and either runs the program
//! (JIT), writes an executable (AOT) or only checks it. The only place that picks exit codes.

use crate::source::{Diagnostic, SourceFile};
use crate::{codegen, hir, lir, lower, sema, syntax};
use std::path::{Path, PathBuf};

/// Exit codes: success, an error in the user's program, bad usage.
pub const EXIT_OK: i32 = 0;
pub const EXIT_USER_ERROR: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

/// Which intermediate forms to print to stderr (`--dump` or `ARRC_DUMP=tokens,ast,hir,lir,clif`).
#[derive(Clone, Debug, Default)]
pub struct Dumps {
    pub tokens: bool,
    pub ast: bool,
    pub hir: bool,
    pub lir: bool,
    pub clif: bool,
    pub cuda: bool,
}

impl Dumps {
    pub fn parse(spec: &str) -> Result<Dumps, String> {
        let mut d = Dumps::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "tokens" => d.tokens = true,
                "ast" => d.ast = true,
                "hir" => d.hir = true,
                "lir" => d.lir = true,
                "clif" => d.clif = true,
                "cuda" => d.cuda = true,
                other => {
                    return Err(format!(
                    "unknown stage to dump: '{other}' (expected tokens, ast, hir, lir, clif, cuda)"
                ))
                }
            }
        }
        Ok(d)
    }
}

/// A program that made it through the front end.
pub struct Compiled {
    pub src: SourceFile,
    pub hir: hir::Program,
    pub lir: lir::Program,
}

/// A failure to report: located diagnostics (at least one, in source order), a plain message
/// (I/O, linking), or a command line arrc refuses to carry out.
pub enum Failure {
    Diagnostic(SourceFile, Vec<Diagnostic>),
    Message(String),
    Usage(String),
}

impl Failure {
    pub fn render(&self) -> String {
        match self {
            Failure::Diagnostic(src, ds) => ds.iter().map(|d| src.render(d)).collect(),
            Failure::Message(m) | Failure::Usage(m) => format!("error: {m}\n"),
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Failure::Usage(_) => EXIT_USAGE,
            Failure::Diagnostic(..) | Failure::Message(_) => EXIT_USER_ERROR,
        }
    }
}

pub fn load_source(path: &Path) -> Result<SourceFile, Failure> {
    let name = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| Failure::Message(format!("cannot read {name}: {e}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Failure::Message(format!("{name} is not valid UTF-8")))?;
    if path.extension().is_some_and(|e| e == "ipynb") {
        syntax::notebook::load_notebook(&name, &text)
            .map_err(|m| Failure::Message(format!("{name}: {m}")))
    } else {
        Ok(SourceFile::new(name, text))
    }
}

/// Source → LIR, printing the requested dumps to stderr.
/// Where "cuda" tensors go: `--device auto|cpu|cuda`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DeviceMode {
    /// The GPU when one is usable (torch placements are kept), else an error for CUDA tensors.
    #[default]
    Auto,
    /// Nothing touches CUDA; `.to("cuda")` places on the CPU.
    Cpu,
    /// Like auto, but a missing GPU is an error.
    Cuda,
}

impl DeviceMode {
    /// The runtime's code for this mode.
    pub fn code(self) -> i64 {
        match self {
            DeviceMode::Auto => 0,
            DeviceMode::Cpu => 1,
            DeviceMode::Cuda => 2,
        }
    }
}

pub fn compile(src: SourceFile, dumps: &Dumps) -> Result<Compiled, Failure> {
    compile_for(src, dumps, DeviceMode::Auto)
}

pub fn compile_for(
    src: SourceFile,
    dumps: &Dumps,
    device: DeviceMode,
) -> Result<Compiled, Failure> {
    compile_with(src, dumps, device, device != DeviceMode::Cpu)
}

/// `compile_for`; with `gpu_kernels` false, no CUDA source or launch hooks go into the
/// program (when it can never meet a GPU: `arrc check`, or `arrc run` where no driver is).
fn compile_with(
    src: SourceFile,
    dumps: &Dumps,
    device: DeviceMode,
    gpu_kernels: bool,
) -> Result<Compiled, Failure> {
    let fail = |src: &SourceFile, d: Diagnostic| Failure::Diagnostic(src.clone(), vec![d]);
    if dumps.tokens {
        match syntax::parser::dump_tokens(&src) {
            Ok(t) => eprintln!("== tokens ==\n{t}"),
            Err(d) => return Err(fail(&src, d)),
        }
    }
    let module = if src.cells.is_some() {
        syntax::parser::parse_notebook(&src)
    } else {
        syntax::parser::parse_script(&src)
    };
    let module = module.map_err(|d| fail(&src, d))?;
    compile_module(src, module, dumps, device, gpu_kernels)
}

/// A notebook whose cell `k` cannot be compiled runs as Jupyter's "Run All" does: cells
/// before `k` are compiled and run, then `k`'s diagnostics are reported (those of later cells
/// are not: Jupyter stops at `k`). Returns the program of those cells and the diagnostics to
/// report after it ran (None when everything compiled).
fn compile_run_all(
    src: SourceFile,
    dumps: &Dumps,
    device: DeviceMode,
    gpu_kernels: bool,
) -> Result<(Compiled, Option<Failure>), Failure> {
    let failure = match compile_with(src.clone(), dumps, device, gpu_kernels) {
        Ok(c) => return Ok((c, None)),
        Err(f) => f,
    };
    let ds = match failure {
        Failure::Diagnostic(_, ds) => ds,
        other => return Err(other),
    };
    if src.cells.is_none() {
        return Err(Failure::Diagnostic(src, ds));
    }
    let cell = syntax::parser::cell_index(&src, ds[0].span.start as usize);
    let ds: Vec<Diagnostic> = ds
        .into_iter()
        .filter(|d| syntax::parser::cell_index(&src, d.span.start as usize) == cell)
        .collect();
    let failure = Failure::Diagnostic(src.clone(), ds);
    if cell == 0 {
        return Err(failure);
    }
    let Ok(module) = syntax::parser::parse_notebook_cells(&src, cell) else {
        return Err(failure);
    };
    match compile_module(src, module, dumps, device, gpu_kernels) {
        Ok(c) => Ok((c, Some(failure))),
        Err(_) => Err(failure),
    }
}

/// Parsed program → HIR → LIR.
fn compile_module(
    src: SourceFile,
    module: syntax::ast::Module,
    dumps: &Dumps,
    device: DeviceMode,
    gpu_kernels: bool,
) -> Result<Compiled, Failure> {
    if dumps.ast {
        eprintln!("== ast ==\n{module:#?}");
    }
    let hir =
        sema::check_program_all(&module).map_err(|ds| Failure::Diagnostic(src.clone(), ds))?;
    if dumps.hir {
        eprintln!("== hir ==\n{hir:#?}");
    }
    let lir = lower::lower_program(&hir, &src, device.code(), gpu_kernels);
    if dumps.lir {
        eprintln!("== lir ==\n{lir}");
    }
    if dumps.cuda {
        match crate::cuda::render_program(&lir) {
            Ok(src) => eprintln!("== cuda ==\n{src}"),
            Err(e) => eprintln!("== cuda ==\n(cannot render: {e})"),
        }
    }
    Ok(Compiled { src, hir, lir })
}

/// `arrc run`: JIT-compile and run; returns the program's exit code.
pub fn run(
    path: &Path,
    dumps: &Dumps,
    device: DeviceMode,
    stats: bool,
    timing: bool,
) -> Result<i32, Failure> {
    let t0 = std::time::Instant::now();
    let src = load_source(path)?;
    // Rendering CUDA costs milliseconds of compile time: skip it where no driver could run it
    // (`--device cuda` reports a missing GPU at run time, and `.to("cuda")` under auto too).
    let gpu_kernels = match device {
        DeviceMode::Cpu => false,
        DeviceMode::Cuda => true,
        DeviceMode::Auto => arrc_runtime::gpu::driver_present(),
    };
    let (compiled, deferred) = compile_run_all(src, dumps, device, gpu_kernels)?;
    let (module, main, clif) =
        codegen::jit_compile(&compiled.lir, dumps.clif).map_err(Failure::Message)?;
    if let Some(c) = clif {
        eprintln!("== clif ==\n{c}");
    }
    if timing {
        eprintln!(
            "arrc: compiled in {:.3} ms",
            t0.elapsed().as_secs_f64() * 1e3
        );
    }
    arrc_runtime::abi::arrc_rt_init(stats as i64);
    // SAFETY: `main` is the finalized `arrc_main`, a `fn()` with the C calling convention,
    // and `module` keeps its code mapped until after the call.
    let entry: extern "C" fn() = unsafe { std::mem::transmute(main) };
    entry();
    let code = arrc_runtime::abi::arrc_rt_finish();
    drop(module);
    match deferred {
        // The notebook's first cell that could not be compiled, after the cells before it.
        Some(f) if code == 0 => Err(f),
        _ => Ok(code),
    }
}

/// `arrc check`: errors only; with `shapes`, each assignment's inferred type.
pub fn check(path: &Path, dumps: &Dumps, shapes: bool) -> Result<String, Failure> {
    let src = load_source(path)?;
    let compiled = compile_with(src, dumps, DeviceMode::Auto, false)?;
    let mut out = String::new();
    if shapes {
        for (span, name, ty) in &compiled.hir.assignments {
            out.push_str(&format!(
                "{}: {name}: {ty}\n",
                compiled.src.location(span.start as usize)
            ));
        }
    }
    Ok(out)
}

/// The runtime library, built by build.rs and carried inside `arrc` so that an installed
/// `arrc` can link executables without the source tree.
const RUNTIME_LIB: &[u8] = include_bytes!(env!("ARRC_RUNTIME_LIB"));

/// Native libraries a Rust static library needs on Linux.
const NATIVE_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// Where `arrc build FILE` writes the executable without `-o`: FILE without its extension, or
/// `FILE.bin` when FILE has none (so that it is never FILE itself).
pub fn default_output(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.with_extension("")
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".bin");
        PathBuf::from(name)
    }
}

/// Refuses an output that is the input under another name (the same path, `./` spellings,
/// a symlink or a hard link to it): linking would replace the script with the executable.
fn check_output_is_not_input(path: &Path, output: &Path) -> Result<(), Failure> {
    use std::os::unix::fs::MetadataExt;
    let (Ok(input), Ok(out)) = (std::fs::metadata(path), std::fs::metadata(output)) else {
        return Ok(());
    };
    if input.dev() == out.dev() && input.ino() == out.ino() {
        return Err(Failure::Usage(format!(
            "the output {} is the input file {}: refusing to overwrite the script (choose another -o)",
            output.display(),
            path.display()
        )));
    }
    Ok(())
}

/// `arrc build`: compile to an object file and link it with the runtime into an executable.
pub fn build(path: &Path, output: &Path, dumps: &Dumps, device: DeviceMode) -> Result<(), Failure> {
    check_output_is_not_input(path, output)?;
    let src = load_source(path)?;
    let compiled = compile_for(src, dumps, device)?;
    let (object, clif) =
        codegen::object_compile(&compiled.lir, dumps.clif).map_err(Failure::Message)?;
    if let Some(c) = clif {
        eprintln!("== clif ==\n{c}");
    }
    let dir = std::env::temp_dir().join(format!("arrc-build-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Message(format!("cannot create {}: {e}", dir.display())))?;
    let obj_path = dir.join("program.o");
    let lib_path = dir.join("libarrc_runtime.a");
    let io = |e: std::io::Error| Failure::Message(format!("cannot write build files: {e}"));
    std::fs::write(&obj_path, object).map_err(io)?;
    std::fs::write(&lib_path, RUNTIME_LIB).map_err(io)?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let result = std::process::Command::new(&cc)
        .arg("-o")
        .arg(output)
        .arg(&obj_path)
        .arg(&lib_path)
        .args(NATIVE_LIBS)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Err(e) => Err(Failure::Message(format!(
            "cannot run the C compiler '{cc}' to link: {e} (install gcc or set CC)"
        ))),
        Ok(o) if !o.status.success() => Err(Failure::Message(format!(
            "linking with '{cc}' failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        ))),
        Ok(_) => Ok(()),
    }
}
