//! A notebook with a cell arrc cannot compile runs as Jupyter's "Run All" does: the cells
//! before it run and print, then that cell's diagnostic, exit 1. The cells before it are
//! `examples/nb_run_all_prefix.ipynb`, whose `.out` NumPy wrote (tools/oracle.py).

use std::path::Path;
use std::process::Command;

#[test]
fn cells_before_the_first_uncompilable_one_run() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let prefix = std::fs::read_to_string(examples.join("nb_run_all_prefix.ipynb")).unwrap();
    let expected = std::fs::read_to_string(examples.join("nb_run_all_prefix.out")).unwrap();
    // The same notebook with two more cells: one outside the language, one after it.
    let cell = |src: &str| {
        format!(
            r#"{{"cell_type": "code", "execution_count": null, "metadata": {{}}, "outputs": [], "source": [{src:?}]}}"#
        )
    };
    let more = format!(
        "{},\n{}",
        cell("words = {'a': 1}\nprint(words)"),
        cell("print('after')")
    );
    let end = prefix
        .rfind("\n ],\n \"metadata\"")
        .expect("the cells list ends");
    let notebook = format!("{},\n{}{}", &prefix[..end], more, &prefix[end..]);
    let dir = std::env::temp_dir().join(format!("arrc-nb-run-all-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("stops.ipynb");
    std::fs::write(&path, notebook).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_arrc"))
        .arg("run")
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected,
        "stderr: {stderr}"
    );
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains("stops.ipynb:cell 3:1:9: error: unsupported: dict displays"),
        "stderr: {stderr}"
    );
    // `arrc check` still reports the cell without running anything.
    let check = Command::new(env!("CARGO_BIN_EXE_arrc"))
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    assert!(check.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}
