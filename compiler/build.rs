//! Build steps for the `arrc` crate:
//! 1. lalrpop generates the parser from `src/syntax/grammar.lalrpop` into
//!    `$OUT_DIR/syntax/grammar.rs`;
//! 2. the runtime is built as a static library (release) so that `arrc build` can link
//!    executables from an installed `arrc`, which carries the library inside it.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
        .expect("failed to generate the parser from grammar.lalrpop");
    build_runtime_library();
}

fn build_runtime_library() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let runtime = manifest_dir.join("../runtime");
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        runtime.join("Cargo.toml").display()
    );
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target_dir = out_dir.join("runtime-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--offline",
            "--lib",
            "--manifest-path",
        ])
        .arg(runtime.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .status()
        .expect("could not run cargo to build the runtime library");
    assert!(
        status.success(),
        "building the runtime static library failed"
    );
    let lib = target_dir.join("release/libarrc_runtime.a");
    assert!(
        lib.exists(),
        "runtime static library not found at {}",
        lib.display()
    );
    println!("cargo:rustc-env=ARRC_RUNTIME_LIB={}", lib.display());
}
