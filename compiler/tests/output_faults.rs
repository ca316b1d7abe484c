//! Output is never lost on the way out, and a failure to write it is never exit 0: stdout on a
//! full device or a closed pipe, and a signal while output waits in the buffer. Each check
//! runs the script both ways: `arrc run` (JIT) and an executable from `arrc build`.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A long loop after output that waits in the buffer; the warning's line on stderr says the
/// loop is about to start (a warning writes out the buffer first, so `b` is still buffered).
const PRINT_THEN_LOOP: &str = "import numpy as np
print('a')
z = np.float64(1.0) / np.float64(0.0)
print('b')
s = 0
for i in range(100000000000):
    s = (s + i) % 7
print(s)
";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arrc-faults-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The script's commands: `arrc run script.py`, then the executable `arrc build` made.
fn commands(name: &str, script: &str) -> Vec<Command> {
    let dir = scratch(name);
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, script).unwrap();
    let exe = dir.join(name);
    let built = Command::new(env!("CARGO_BIN_EXE_arrc"))
        .args(["build", "--device", "cpu", "-o"])
        .arg(&exe)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "arrc build failed:\n{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let mut run = Command::new(env!("CARGO_BIN_EXE_arrc"));
    run.args(["run", "--device", "cpu"]).arg(&path);
    vec![run, Command::new(&exe)]
}

fn dev_full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
}

/// Runs with stdout on /dev/full: (exit code, stderr).
fn run_to_dev_full(mut cmd: Command) -> (Option<i32>, String) {
    let out = cmd.stdout(dev_full()).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn a_full_device_at_the_final_flush_exits_120_as_cpython_does() {
    for cmd in commands("full_at_end", "print(1)\n") {
        let (code, stderr) = run_to_dev_full(cmd);
        assert_eq!(code, Some(120), "{stderr}");
        assert_eq!(
            stderr,
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
             OSError: [Errno 28] No space left on device\n"
        );
    }
}

#[test]
fn a_full_device_mid_run_stops_the_program_with_exit_1() {
    // More than the buffer holds, so the first write happens while the script runs; the
    // run-time error at the end must not be reached.
    let script = "for i in range(100000):\n    print(i)\nprint(1 // 0)\n";
    for cmd in commands("full_mid_run", script) {
        let (code, stderr) = run_to_dev_full(cmd);
        assert_eq!(code, Some(1), "{stderr}");
        assert_eq!(
            stderr,
            "error: OSError: [Errno 28] No space left on device\n"
        );
    }
}

#[test]
fn a_run_time_error_whose_output_cannot_be_written_reports_both() {
    let script = "import numpy as np\na = np.arange(3)\nfor i in range(5):\n    print(a[i])\n";
    for cmd in commands("full_then_error", script) {
        let (code, stderr) = run_to_dev_full(cmd);
        assert_eq!(code, Some(120), "{stderr}");
        assert!(
            stderr.contains(":4:13: error: IndexError: index 3 is out of bounds"),
            "{stderr}"
        );
        assert!(
            stderr.ends_with("OSError: [Errno 28] No space left on device\n"),
            "{stderr}"
        );
    }
}

/// Runs with stdout on a pipe whose reader is closed before the program starts (closing it
/// after the spawn races with a fast program): (exit code, stderr).
fn run_to_closed_pipe(mut cmd: Command) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = cmd.stdout(writer).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn a_closed_pipe_is_cpythons_broken_pipe_error_not_a_silent_exit() {
    for cmd in commands("pipe_at_end", "print(1)\n") {
        let (code, stderr) = run_to_closed_pipe(cmd);
        assert_eq!(code, Some(120), "{stderr}");
        assert!(
            stderr.ends_with("\nBrokenPipeError: [Errno 32] Broken pipe\n"),
            "{stderr}"
        );
    }
    let script = "for i in range(100000):\n    print(i)\n";
    for cmd in commands("pipe_mid_run", script) {
        let (code, stderr) = run_to_closed_pipe(cmd);
        assert_eq!(code, Some(1), "{stderr}");
        assert_eq!(stderr, "error: BrokenPipeError: [Errno 32] Broken pipe\n");
    }
}

/// Starts the script with stdout in a file, sends `signal` once it is in its loop, and
/// returns (the signal it died of, stdout, stderr).
fn interrupt(mut cmd: Command, stdout: &Path, signal: &str) -> (Option<i32>, String, String) {
    let mut child = cmd
        .stdout(std::fs::File::create(stdout).unwrap())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = child.stderr.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains("divide by zero") {
        if err.read(&mut byte).unwrap() == 0 {
            panic!(
                "the script ended before its loop: {}",
                String::from_utf8_lossy(&seen)
            );
        }
        seen.push(byte[0]);
    }
    std::thread::sleep(Duration::from_millis(300));
    let killed = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    err.read_to_end(&mut seen).unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("the script did not stop on {signal}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (
        status.signal(),
        std::fs::read_to_string(stdout).unwrap(),
        String::from_utf8_lossy(&seen).into(),
    )
}

#[test]
fn sigint_writes_the_buffered_output_and_dies_of_sigint_as_cpython_does() {
    let dir = scratch("sigint");
    for cmd in commands("sigint", PRINT_THEN_LOOP) {
        let (signal, stdout, stderr) = interrupt(cmd, &dir.join("stdout"), "INT");
        assert_eq!(stdout, "a\nb\n");
        assert!(stderr.ends_with("\nKeyboardInterrupt\n"), "{stderr}");
        assert_eq!(signal, Some(2));
    }
}

#[test]
fn sigterm_writes_the_buffered_output_before_dying() {
    let dir = scratch("sigterm");
    for cmd in commands("sigterm", PRINT_THEN_LOOP) {
        let (signal, stdout, _) = interrupt(cmd, &dir.join("stdout"), "TERM");
        assert_eq!(stdout, "a\nb\n");
        assert_eq!(signal, Some(15));
    }
}
