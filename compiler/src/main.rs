//! The `arrc` command line.

use arrc::driver::{self, DeviceMode, Dumps, EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// arrc compiles NumPy array scripts (.py) and notebooks (.ipynb) to native code.
#[derive(Parser)]
#[command(name = "arrc", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Print intermediate forms to stderr: any of tokens,ast,hir,lir,clif,cuda (also ARRC_DUMP).
    #[arg(long, global = true, value_name = "STAGES")]
    dump: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile FILE with the JIT and run it.
    Run {
        file: PathBuf,
        /// Report kernels run, arrays and bytes allocated and peak bytes live on stderr.
        #[arg(long)]
        stats: bool,
        /// Report the time spent compiling on stderr.
        #[arg(long)]
        time_compile: bool,
        /// Where tensors placed on "cuda" live.
        #[arg(long, value_enum, default_value_t = DeviceMode::Auto)]
        device: DeviceMode,
    },
    /// Compile FILE to a standalone executable.
    Build {
        file: PathBuf,
        /// Where to write the executable (default: FILE without its extension, or FILE.bin).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Where tensors placed on "cuda" live (ARRC_DEVICE overrides it at run time).
        #[arg(long, value_enum, default_value_t = DeviceMode::Auto)]
        device: DeviceMode,
    },
    /// Check FILE for errors without running it.
    Check {
        file: PathBuf,
        /// Print each assignment's inferred shape and dtype.
        #[arg(long)]
        shapes: bool,
    },
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal compiler error: {info}");
        eprintln!("note: this is a bug in arrc; please report it with the script that caused it");
    }));
    let cli = Cli::parse();
    let spec = cli
        .dump
        .or_else(|| std::env::var("ARRC_DUMP").ok())
        .unwrap_or_default();
    let dumps = match Dumps::parse(&spec) {
        Ok(d) => d,
        Err(m) => {
            eprintln!("error: {m}");
            std::process::exit(EXIT_USAGE);
        }
    };
    // The passes recurse over the syntax tree, whose depth the lexer bounds (CPython's
    // bracket and indentation limits, `MAX_EXPR_DEPTH`); a debug build's frames are large,
    // so the pipeline (and a JIT-run program) gets a stack with room for that bound.
    let worker = std::thread::Builder::new()
        .stack_size(COMPILER_STACK_BYTES)
        .spawn(move || std::panic::catch_unwind(move || execute(cli.command, &dumps)));
    let result = match worker {
        Ok(handle) => handle.join().unwrap_or_else(Err),
        Err(e) => Ok(Err(driver::Failure::Message(format!(
            "cannot start the compiler thread: {e}"
        )))),
    };
    let code = match result {
        Ok(Ok(code)) => code,
        Ok(Err(failure)) => {
            eprint!("{}", failure.render());
            failure.exit_code()
        }
        Err(_) => EXIT_USER_ERROR,
    };
    std::process::exit(code);
}

/// The stack of the thread that compiles (and, for `arrc run`, runs) the program.
const COMPILER_STACK_BYTES: usize = 256 << 20;

/// One command, on the compiler thread.
fn execute(command: Command, dumps: &Dumps) -> Result<i32, driver::Failure> {
    match command {
        Command::Run {
            file,
            stats,
            time_compile,
            device,
        } => driver::run(&file, dumps, device, stats, time_compile),
        Command::Build {
            file,
            output,
            device,
        } => {
            let output = output.unwrap_or_else(|| driver::default_output(&file));
            driver::build(&file, &output, dumps, device).map(|_| EXIT_OK)
        }
        Command::Check { file, shapes } => driver::check(&file, dumps, shapes).map(|text| {
            print!("{text}");
            EXIT_OK
        }),
    }
}
