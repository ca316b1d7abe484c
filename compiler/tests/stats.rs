//! `arrc run --stats` shows what fusion and reference counting promise: one kernel per fused
//! expression, no temporary arrays, and constant memory in loops that rebind arrays.

use std::process::Command;

#[derive(Debug, PartialEq)]
struct Stats {
    kernels: u64,
    arrays: u64,
    bytes: u64,
    peak: u64,
}

fn run_with_stats(name: &str, script: &str) -> (String, Stats) {
    let dir = std::env::temp_dir().join(format!("arrc-stats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, script).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_arrc"))
        .arg("run")
        .arg("--stats")
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "arrc failed:\n{stderr}");
    let line = stderr
        .lines()
        .find(|l| l.starts_with("arrc stats:"))
        .unwrap_or_else(|| panic!("no stats line in:\n{stderr}"));
    let field = |key: &str| -> u64 {
        let start = line.find(&format!("{key}=")).unwrap() + key.len() + 1;
        line[start..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let stats = Stats {
        kernels: field("kernels"),
        arrays: field("arrays"),
        bytes: field("bytes"),
        peak: field("peak_bytes"),
    };
    (String::from_utf8_lossy(&out.stdout).into_owned(), stats)
}

#[test]
fn an_elementwise_chain_is_one_kernel_and_one_array() {
    let (stdout, s) = run_with_stats(
        "chain",
        "import numpy as np\nx = np.ones(1000)\ny = (x * 2 + 1) / (x + 3) ** 2 - np.exp(-x)\nprint(y[0])\n",
    );
    let expected = (1.0f64 * 2.0 + 1.0) / (1.0f64 + 3.0).powi(2) - (-1.0f64).exp();
    assert_eq!(stdout, format!("{expected}\n"));
    // One kernel fills x, one computes the whole chain; only x and y are allocated.
    assert_eq!((s.kernels, s.arrays), (2, 2), "{s:?}");
    assert_eq!(s.bytes, 2 * 8000);
}

#[test]
fn a_chain_of_ufuncs_is_one_kernel() {
    let (stdout, s) = run_with_stats(
        "ufuncs",
        "import numpy as np\nx = np.ones(1000)\ny = np.where(np.isnan(x), 0.0, np.clip(np.sin(x) * 2, -1, 1.5)) + np.maximum(np.floor(x * 2.5), np.log1p(x))\nprint(y[0])\n",
    );
    let clipped = (1.0f64.sin() * 2.0).clamp(-1.0, 1.5);
    let expected = clipped + (2.5f64).floor().max(1.0f64.ln_1p());
    assert_eq!(stdout, format!("{expected}\n"));
    assert_eq!((s.kernels, s.arrays), (2, 2), "{s:?}");
}

#[test]
fn in_place_writes_allocate_nothing() {
    let (_, s) = run_with_stats(
        "inplace",
        "import numpy as np\nx = np.ones(100)\ny = np.ones(100)\nz = np.zeros(100)\nz[:] = x + y * 3\nx += y\nprint(z[5], x[5])\n",
    );
    assert_eq!(s.arrays, 3, "{s:?}");
    assert_eq!(s.kernels, 4, "{s:?}");
}

#[test]
fn a_million_rebindings_run_in_constant_memory() {
    let (stdout, s) = run_with_stats(
        "rebind",
        "import numpy as np\nx = np.ones(100)\ny = np.zeros(100)\nfor i in range(1000000):\n    y = y + x\nprint(y[0])\n",
    );
    assert_eq!(stdout, "1000000.0\n");
    assert_eq!(s.arrays, 1_000_002, "{s:?}");
    // x, y and the one new y alive while the old one is released: never more than three.
    assert!(
        s.peak <= 3 * 800,
        "peak {} bytes for {} allocated",
        s.peak,
        s.bytes
    );
}

#[test]
fn an_arange_feeding_a_kernel_is_computed_in_it() {
    let (stdout, s) = run_with_stats(
        "arange",
        "import numpy as np\ny = np.arange(1000) / 1000 - 0.5\nprint(y[999])\n",
    );
    assert_eq!(stdout, format!("{}\n", 999.0 / 1000.0 - 0.5));
    assert_eq!((s.kernels, s.arrays), (1, 1), "{s:?}");
}
