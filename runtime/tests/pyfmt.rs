//! Checks runtime/src/pyfmt.rs against CPython 3.11's `format(value, spec)` recorded in
//! runtime/tests/data/pyfmt_cases.tsv (regenerate with `.venv/bin/python
//! tools/gen_pyfmt_cases.py`; the file format is described there).

mod common;
use arrc_runtime::pyfmt::{format, round_float, round_int, Value};
use common::unescape;

const DATA: &str = include_str!("data/pyfmt_cases.tsv");

#[test]
fn format_matches_cpython() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in DATA.lines().filter(|l| !l.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 4, "malformed line {line:?}");
        let text = unescape(fields[1]);
        let expected = unescape(fields[3]);
        let ndigits = || fields[2].parse::<i64>().unwrap();
        let rounded = match fields[0] {
            "round" => {
                let x = f64::from_bits(u64::from_str_radix(fields[1], 16).unwrap());
                Some(match round_float(x, ndigits()) {
                    Some(r) => format!("={:016x}", r.to_bits()),
                    None => "!rounded value too large to represent".to_string(),
                })
            }
            "roundint" => Some(format!(
                "={}",
                round_int(fields[1].parse().unwrap(), ndigits())
            )),
            _ => None,
        };
        if let Some(got) = rounded {
            n += 1;
            if got != expected {
                failures.push(format!(
                    "{}({}, {}): expected {expected:?}, got {got:?}",
                    fields[0], fields[1], fields[2]
                ));
            }
            continue;
        }
        let value = match fields[0] {
            "int" => Value::Int(fields[1].parse().unwrap()),
            "bool" => Value::Bool(fields[1] == "1"),
            "float" => Value::Float(f64::from_bits(u64::from_str_radix(fields[1], 16).unwrap())),
            "str" => Value::Str(&text),
            k => panic!("unknown kind {k}"),
        };
        let got = match format(value, fields[2]) {
            Ok(s) => format!("={s}"),
            Err(e) => format!("!{e}"),
        };
        n += 1;
        if got != expected {
            failures.push(format!(
                "format({value:?}, {:?}): expected {expected:?}, got {got:?}",
                fields[2]
            ));
        }
    }
    assert!(n > 1000, "only {n} cases read");
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
