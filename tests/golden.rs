//! Golden tests: every example under `examples/` runs through every backend present and must
//! print exactly what CPython + NumPy printed (the `.out` files written by `tools/oracle.py`).
//!
//! - `examples/*.py|ipynb`: JIT (`arrc run`) and AOT (`arrc build` + run); stdout must equal
//!   the `.out` after the masks of `tools/oracle.py` (`%time` figures, `NAME.mask` rules).
//! - `examples/warn_*.py`: also stderr must equal `NAME.warn`, the RuntimeWarnings NumPy
//!   printed (floating-point and division warnings).
//! - `examples/errors/*.py`: NumPy raised; arrc must fail with exit 1 and
//!   `PATH:LINE:COL: error: TYPE: MESSAGE` (LINE, the exception's TYPE and MESSAGE from the
//!   `.err`: the traceback's last line, so a wrong exception type fails as a wrong message
//!   does), with stdout equal to the `.out` (what ran before the error; empty for errors found
//!   at compile time).
//! - `examples/torch/*.py`: with `--device cpu`, stdout must equal `NAME.cpu.out` (recorded
//!   with real torch, every placement on the CPU).
//! - `examples/unsupported/*.py`: outside the language; the first line says
//!   `# expect-error: LINE:COL: MESSAGE` and arrc must report exactly that: `arrc check`, or,
//!   where the check passes (the values decide: a Python int beyond int64), the program run
//!   and built.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn arrc() -> &'static str {
    env!("CARGO_BIN_EXE_arrc")
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

/// The masks of tools/oracle.py (`mask_output`), rule for rule: the `%time` lines, then each
/// `random A-B` region (its end found by balancing brackets, collapsed to one line with every
/// number as `#` and no spaces; later regions shift by what earlier ones grew), then `id`.
fn mask_output(text: &str, rules: &str) -> String {
    static ID: OnceLock<Regex> = OnceLock::new();
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    static RANDOM: OnceLock<Regex> = OnceLock::new();
    let id = ID.get_or_init(|| Regex::new(r"[0-9]{9,}").unwrap());
    let number = NUMBER.get_or_init(|| Regex::new(r"-?[0-9]+(\.[0-9]*)?(e[-+]?[0-9]+)?").unwrap());
    let random = RANDOM.get_or_init(|| Regex::new(r"^random ([0-9]+)-([0-9]+)$").unwrap());
    let (body, fin) = match text.strip_suffix('\n') {
        Some(b) => (b, "\n"),
        None => (text, ""),
    };
    let mut lines: Vec<String> = body
        .split('\n')
        .map(|l| {
            if l.starts_with("CPU times: ") {
                "CPU times: <masked>".to_string()
            } else if l.starts_with("Wall time: ") {
                "Wall time: <masked>".to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    let mut ranges = Vec::new();
    let mut mask_ids = false;
    for rule in rules.lines().map(str::trim) {
        if rule.is_empty() || rule.starts_with('#') {
            continue;
        }
        if rule == "id" {
            mask_ids = true;
        } else if let Some(c) = random.captures(rule) {
            ranges.push((c[1].parse::<i64>().unwrap(), c[2].parse::<i64>().unwrap()));
        } else {
            panic!("unknown mask rule {rule:?}");
        }
    }
    ranges.sort();
    let mut offset = 0i64;
    let mut regions = Vec::new();
    for (first, last) in ranges {
        let start = first + offset - 1;
        if start < 0 || start as usize >= lines.len() {
            break;
        }
        let start = start as usize;
        let end = if lines[start].contains('[') {
            let (mut end, mut depth) = (start, 0i64);
            loop {
                depth +=
                    lines[end].matches('[').count() as i64 - lines[end].matches(']').count() as i64;
                if depth <= 0 || end == lines.len() - 1 {
                    break;
                }
                end += 1;
            }
            end
        } else {
            ((last + offset).min(lines.len() as i64) - 1) as usize
        };
        regions.push((start, end));
        offset += (end as i64 - start as i64) - (last - first);
    }
    for (start, end) in regions.into_iter().rev() {
        let joined: String = lines[start..=end].concat();
        let masked = number.replace_all(&joined, "#").replace(' ', "");
        lines.splice(start..=end, [masked]);
    }
    if mask_ids {
        for l in lines.iter_mut() {
            *l = id.replace_all(l, "<id>").into_owned();
        }
    }
    lines.join("\n") + fin
}

fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header("expected (NumPy)", "actual (arrc)")
        .to_string()
}

#[derive(Clone, Copy, Debug)]
enum Mode {
    Jit,
    Aot,
}

/// Runs an example in one mode; for AOT, builds the executable first (a build failure is
/// returned as the output, since compile errors must look the same in both modes).
fn run_mode(file: &Path, mode: Mode) -> Output {
    run_mode_with(file, mode, &[])
}

/// `run_mode` with extra `arrc run` / `arrc build` flags.
fn run_mode_with(file: &Path, mode: Mode, flags: &[&str]) -> Output {
    match mode {
        Mode::Jit => Command::new(arrc())
            .arg("run")
            .args(flags)
            .arg(file)
            .output()
            .expect("run arrc"),
        Mode::Aot => {
            let dir = std::env::temp_dir().join(format!("arrc-golden-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            // Unique per example: errors/ and the top level share some names.
            let parent = file
                .parent()
                .and_then(|p| p.file_name())
                .unwrap_or_default()
                .to_string_lossy();
            let exe = dir.join(format!(
                "{parent}-{}",
                file.file_stem().unwrap().to_string_lossy()
            ));
            let built = Command::new(arrc())
                .arg("build")
                .args(flags)
                .arg(file)
                .arg("-o")
                .arg(&exe)
                .output()
                .expect("run arrc build");
            if !built.status.success() {
                return built;
            }
            let out = Command::new(&exe)
                .output()
                .expect("run the built executable");
            let _ = std::fs::remove_file(&exe);
            out
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn check_output(file: &Path, mode: Mode) -> Result<(), Failed> {
    check_output_with(file, mode, "out", &[])
}

/// Compares stdout with `NAME.<expected_ext>`, running with extra `flags`.
fn check_output_with(
    file: &Path,
    mode: Mode,
    expected_ext: &str,
    flags: &[&str],
) -> Result<(), Failed> {
    let expected = std::fs::read_to_string(file.with_extension(expected_ext))
        .map_err(|e| format!("missing .{expected_ext}: {e}"))?;
    let rules = std::fs::read_to_string(file.with_extension("mask")).unwrap_or_default();
    let out = run_mode_with(file, mode, flags);
    let stdout = text(&out.stdout);
    if !out.status.success() {
        return Err(format!(
            "{mode:?}: exit status {:?}\nstderr:\n{}\nstdout:\n{stdout}",
            out.status.code(),
            text(&out.stderr)
        )
        .into());
    }
    let (e, a) = (mask_output(&expected, &rules), mask_output(&stdout, &rules));
    if e != a {
        return Err(format!(
            "{mode:?}: output differs from NumPy's\n{}\nstderr:\n{}",
            diff(&e, &a),
            text(&out.stderr)
        )
        .into());
    }
    if expected_ext == "out" {
        check_warnings(file, mode, &text(&out.stderr))?;
    }
    Ok(())
}

/// `PATH:LINE:COL: error: MESSAGE` → (LINE, COL, MESSAGE)
/// (the first line that is not one of NumPy's warnings, which may come before the error).
fn parse_error_line(stderr: &str) -> Option<(usize, usize, String)> {
    let first = error_text(stderr).lines().next()?;
    let (loc, message) = first.split_once(": error: ")?;
    let mut parts = loc.rsplitn(3, ':');
    let col = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((line, col, message.to_string()))
}

/// `stderr` from its first line that is not part of a `RuntimeWarning` (a warning line and
/// the indented source line after it).
fn error_text(stderr: &str) -> &str {
    let mut rest = stderr;
    while let Some((line, after)) = rest.split_once('\n') {
        if line.contains(": RuntimeWarning: ") {
            rest = after;
        } else if line.starts_with("  ") && rest.len() < stderr.len() {
            rest = after;
        } else {
            break;
        }
    }
    rest
}

/// For `warn_*.py` examples: stderr must equal `NAME.warn` (NumPy's RuntimeWarnings, the
/// script's path written as its file name), as `tools/oracle.py` recorded it.
fn check_warnings(file: &Path, mode: Mode, stderr: &str) -> Result<(), Failed> {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    if !name.starts_with("warn_") || !name.ends_with(".py") {
        return Ok(());
    }
    let expected = std::fs::read_to_string(file.with_extension("warn"))
        .map_err(|e| format!("missing .warn: {e}"))?;
    // arrc names the script as it was given (absolute here); AOT executables as it was built.
    let prefix = format!("{}:", file.display());
    let actual: String = stderr
        .split_inclusive('\n')
        .map(|l| match l.strip_prefix(&prefix) {
            Some(rest) => format!("{name}:{rest}"),
            None => l.to_string(),
        })
        .collect();
    if actual != expected {
        return Err(format!(
            "{mode:?}: warnings on stderr differ from NumPy's\n{}",
            diff(&expected, &actual)
        )
        .into());
    }
    Ok(())
}

fn check_error(file: &Path, mode: Mode) -> Result<(), Failed> {
    let err = std::fs::read_to_string(file.with_extension("err"))
        .map_err(|e| format!("missing .err: {e}"))?;
    // `LINE: TYPE: MESSAGE`: the message arrc prints after `error: ` is `TYPE: MESSAGE`.
    let (line, message) = err
        .trim_end_matches('\n')
        .split_once(": ")
        .ok_or("malformed .err")?;
    let typed = Regex::new(r"^([a-z_][a-z0-9_]*\.)*_?[A-Z][A-Za-z0-9_]*(: |$)").unwrap();
    if !typed.is_match(message) {
        return Err(
            "malformed .err: no exception type (regenerate it with tools/oracle.py)".into(),
        );
    }
    let line: usize = line.parse().map_err(|_| "malformed .err line number")?;
    let expected_out = std::fs::read_to_string(file.with_extension("out")).unwrap_or_default();
    let out = run_mode(file, mode);
    let stderr = text(&out.stderr);
    if out.status.code() != Some(1) {
        return Err(format!(
            "{mode:?}: expected exit 1, got {:?}\nstderr:\n{stderr}",
            out.status.code()
        )
        .into());
    }
    match parse_error_line(&stderr) {
        Some((l, _, m)) if l == line && m == message => {}
        _ => {
            return Err(format!(
                "{mode:?}: expected an error at line {line}: {message:?}\ngot stderr:\n{stderr}"
            )
            .into())
        }
    }
    if stderr.lines().count() < 3 {
        return Err(format!(
            "{mode:?}: the error must show the source line and a caret:\n{stderr}"
        )
        .into());
    }
    let stdout = text(&out.stdout);
    if stdout != expected_out {
        return Err(format!(
            "{mode:?}: stdout before the error differs\n{}",
            diff(&expected_out, &stdout)
        )
        .into());
    }
    Ok(())
}

fn check_unsupported(file: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let re = Regex::new(r"^# expect-error: ([0-9]+):([0-9]+): (.+)$").unwrap();
    let first = source.lines().next().unwrap_or_default();
    let c = re
        .captures(first)
        .ok_or("first line must be `# expect-error: LINE:COL: MESSAGE`")?;
    let (line, col, message): (usize, usize, &str) = (
        c[1].parse().unwrap(),
        c[2].parse().unwrap(),
        c.get(3).unwrap().as_str(),
    );
    let out = Command::new(arrc())
        .arg("check")
        .arg(file)
        .output()
        .expect("run arrc check");
    // What arrc can only see in the values (a Python int result beyond int64) passes the
    // check and must stop the program, run (JIT) and built (AOT).
    let outputs = if out.status.code() == Some(0) {
        vec![run_mode(file, Mode::Jit), run_mode(file, Mode::Aot)]
    } else {
        vec![out]
    };
    for out in outputs {
        let stderr = text(&out.stderr);
        if out.status.code() != Some(1) {
            return Err(format!(
                "expected exit 1, got {:?}\nstderr:\n{stderr}",
                out.status.code()
            )
            .into());
        }
        match parse_error_line(&stderr) {
            Some((l, c, m)) if l == line && c == col && m == message => {}
            _ => {
                return Err(
                    format!("expected {line}:{col}: error: {message}\ngot:\n{stderr}").into(),
                )
            }
        }
    }
    Ok(())
}

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py" || e == "ipynb"));
    files.sort();
    files
}

fn main() {
    let args = Arguments::from_args();
    let root = examples_dir();
    let mut trials = Vec::new();
    for file in sources(&root) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for mode in [Mode::Jit, Mode::Aot] {
            let f = file.clone();
            let label = format!(
                "{}::{name}",
                if matches!(mode, Mode::Jit) {
                    "jit"
                } else {
                    "aot"
                }
            );
            trials.push(Trial::test(label, move || check_output(&f, mode)));
        }
    }
    for file in sources(&root.join("errors")) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for mode in [Mode::Jit, Mode::Aot] {
            let f = file.clone();
            let label = format!(
                "errors::{}::{name}",
                if matches!(mode, Mode::Jit) {
                    "jit"
                } else {
                    "aot"
                }
            );
            trials.push(Trial::test(label, move || check_error(&f, mode)));
        }
    }
    for file in sources(&root.join("torch")) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for mode in [Mode::Jit, Mode::Aot] {
            let f = file.clone();
            let label = format!(
                "torch::{}::{name}",
                if matches!(mode, Mode::Jit) {
                    "jit"
                } else {
                    "aot"
                }
            );
            trials.push(Trial::test(label, move || {
                check_output_with(&f, mode, "cpu.out", &["--device", "cpu"])
            }));
        }
    }
    for file in sources(&root.join("unsupported")) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let f = file.clone();
        trials.push(Trial::test(format!("unsupported::{name}"), move || {
            check_unsupported(&f)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
