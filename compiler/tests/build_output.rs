//! `arrc build` never writes its executable over the script: an output that is the input,
//! however it is spelled or linked, is refused with exit 2, and the default output name is
//! never the input's.

use std::path::{Path, PathBuf};
use std::process::Command;

const SCRIPT: &str = "print(1)\n";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arrc-build-out-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `arrc build ARGS` in `dir`: (exit code, stderr).
fn build(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_arrc"))
        .current_dir(dir)
        .arg("build")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn assert_refused(dir: &Path, script: &str, args: &[&str]) {
    let (code, stderr) = build(dir, args);
    assert_eq!(code, Some(2), "{args:?}: {stderr}");
    assert!(
        stderr.starts_with("error: the output ") && stderr.contains("refusing to overwrite"),
        "{args:?}: {stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join(script)).unwrap(),
        SCRIPT,
        "{args:?} changed the script"
    );
}

#[test]
fn an_output_that_is_the_input_is_refused() {
    let dir = scratch("same");
    std::fs::write(dir.join("s.py"), SCRIPT).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink("s.py", dir.join("link.py")).unwrap();
    std::fs::hard_link(dir.join("s.py"), dir.join("hard.py")).unwrap();
    let absolute = dir.join("s.py");
    for output in [
        "s.py",
        "./s.py",
        "sub/../s.py",
        absolute.to_str().unwrap(),
        "link.py",
        "hard.py",
    ] {
        assert_refused(&dir, "s.py", &["-o", output, "s.py"]);
    }
    // The script named through the link, the output through its target.
    assert_refused(&dir, "s.py", &["-o", "s.py", "link.py"]);
}

#[test]
fn a_script_without_an_extension_builds_beside_it() {
    let dir = scratch("noext");
    std::fs::write(dir.join("script"), SCRIPT).unwrap();
    let (code, stderr) = build(&dir, &["--device", "cpu", "script"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(std::fs::read_to_string(dir.join("script")).unwrap(), SCRIPT);
    let out = Command::new(dir.join("script.bin")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
}

#[test]
fn the_default_output_drops_the_extension() {
    let dir = scratch("ext");
    std::fs::write(dir.join("prog.py"), SCRIPT).unwrap();
    let (code, stderr) = build(&dir, &["--device", "cpu", "prog.py"]);
    assert_eq!(code, Some(0), "{stderr}");
    let out = Command::new(dir.join("prog")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
}
