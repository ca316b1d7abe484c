//! Several diagnostics per run (sema/recover.rs): every top-level statement that does not
//! compile is reported, in source order, with its Python exception type, and nothing runs;
//! a name a failed statement would have bound gives no further errors. Notebooks keep
//! Jupyter's "Run All": the cells before the first failing one run, then that cell's
//! diagnostics (all of them, and none of later cells).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arrc-diagnostics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn arrc(cmd: &str, path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arrc"))
        .arg(cmd)
        .arg(path)
        .output()
        .unwrap()
}

/// The `LINE:COL: error: TEXT` of each error line on stderr.
fn errors(out: &Output, path: &Path) -> Vec<String> {
    let prefix = format!("{}:", path.display());
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix))
        .filter(|l| l.contains(": error: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn three_independent_errors_are_all_reported() {
    let path = scratch(
        "three.py",
        "import numpy as np\n\
         print('never printed')\n\
         a = np.zeros((3, 4)) + np.zeros(2)\n\
         b = np.arange(6)\n\
         print(b[7])\n\
         c = totl + 1\n\
         print(b.sum())\n",
    );
    for cmd in ["run", "check"] {
        let out = arrc(cmd, &path);
        assert_eq!(out.status.code(), Some(1), "{cmd}");
        assert!(out.stdout.is_empty(), "{cmd}: nothing runs");
        assert_eq!(
            errors(&out, &path),
            [
                "3:5: error: ValueError: operands could not be broadcast together with shapes (3,4) (2,) ",
                "5:9: error: IndexError: index 7 is out of bounds for axis 0 with size 6",
                "6:5: error: NameError: name 'totl' is not defined",
            ],
            "{cmd}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_failed_binding_gives_one_error_not_a_cascade() {
    let path = scratch(
        "cascade.py",
        "import numpy as np\n\
         x = np.zeros((3, 4)) + np.zeros(2)\n\
         y = x * 2\n\
         print(x)\n\
         print(y.sum())\n\
         for i in range(3):\n\
         \x20   x[0] += i\n\
         print(undefined_here)\n",
    );
    let out = arrc("check", &path);
    assert_eq!(out.status.code(), Some(1));
    let errs = errors(&out, &path);
    assert_eq!(
        errs,
        [
            "2:5: error: ValueError: operands could not be broadcast together with shapes (3,4) (2,) ",
            "8:7: error: NameError: name 'undefined_here' is not defined",
        ],
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_block_arrc_cannot_read_poisons_every_undefined_name() {
    let path = scratch(
        "class.py",
        "import numpy as np\n\
         class Point:\n\
         \x20   pass\n\
         p = Point()\n\
         print(p)\n\
         print(np.zeros(2) @ np.zeros(3))\n",
    );
    let out = arrc("check", &path);
    assert_eq!(out.status.code(), Some(1));
    let errs = errors(&out, &path);
    assert_eq!(errs.len(), 2, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(errs[0].starts_with("2:1: error: unsupported: "), "{errs:?}");
    assert!(
        errs[1].starts_with("6:7: error: ValueError: matmul: "),
        "{errs:?}"
    );
}

#[test]
fn a_notebook_shows_every_error_of_its_first_failing_cell() {
    let cell = |src: &str| {
        format!(
            r#"{{"cell_type": "code", "execution_count": null, "metadata": {{}}, "outputs": [], "source": [{src:?}]}}"#
        )
    };
    let cells = [
        cell("import numpy as np\nprint('first')"),
        cell("a = np.ones(3) + np.ones(4)\nb = nope\nprint('second')"),
        cell("c = np.ones(2)[5]"),
    ];
    let notebook = format!(
        r#"{{"cells": [{}], "metadata": {{}}, "nbformat": 4, "nbformat_minor": 5}}"#,
        cells.join(",\n")
    );
    let path = scratch("cells.ipynb", &notebook);
    let out = arrc("run", &path);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "first\n");
    assert_eq!(
        errors(&out, &path),
        [
            "cell 2:1:5: error: ValueError: operands could not be broadcast together with shapes (3,) (4,) ",
            "cell 2:2:5: error: NameError: name 'nope' is not defined",
        ],
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn syntax_and_runtime_errors_name_their_type() {
    let path = scratch("syntax.py", "x = 1\nif x > 0\n    print(x)\n");
    let out = arrc("check", &path);
    assert_eq!(
        errors(&out, &path),
        ["2:9: error: SyntaxError: expected ':'"],
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = scratch(
        "runtime.py",
        "import numpy as np\nn = int(np.random.rand() * 0)\nprint('before')\nprint(7 // n)\n",
    );
    let out = arrc("run", &path);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert_eq!(
        errors(&out, &path),
        ["4:7: error: ZeroDivisionError: integer division or modulo by zero"],
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
