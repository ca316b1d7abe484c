//! Checks runtime/src/format.rs against NumPy 2.4 / CPython 3.11 output recorded in
//! runtime/tests/data/format_cases.tsv (regenerate with `.venv/bin/python
//! tools/gen_format_cases.py`; the file format is described there).

mod common;
use arrc_runtime::format::{
    array_repr, array_str, format_shape, py_float_repr, scalar_repr, scalar_str, ArraySource,
    ElemKind, FloatMode, PrintOptions, Scalar,
};
use common::unescape;

const DATA: &str = include_str!("data/format_cases.tsv");

/// A C-contiguous array whose values repeat cyclically (np.resize semantics).
struct CycleArray {
    kind: ElemKind,
    shape: Vec<usize>,
    data: Vec<Scalar>,
}

impl ArraySource for CycleArray {
    fn kind(&self) -> ElemKind {
        self.kind
    }
    fn shape(&self) -> &[usize] {
        &self.shape
    }
    fn get(&self, index: &[usize]) -> Scalar {
        assert_eq!(index.len(), self.shape.len(), "index rank");
        let mut flat = 0usize;
        for (i, (&ix, &n)) in index.iter().zip(&self.shape).enumerate() {
            assert!(
                ix < n,
                "index {index:?} out of range for shape {:?} (axis {i})",
                self.shape
            );
            flat = flat * n + ix;
        }
        self.data[flat % self.data.len()]
    }
}

fn parse_kind(s: &str) -> ElemKind {
    match s {
        "bool" => ElemKind::Bool,
        "int32" => ElemKind::I32,
        "int64" => ElemKind::I64,
        "float32" => ElemKind::F32,
        "float64" => ElemKind::F64,
        _ => panic!("bad kind {s}"),
    }
}

fn parse_value(kind: ElemKind, s: &str) -> Scalar {
    match kind {
        ElemKind::Bool => Scalar::Bool(s == "1"),
        ElemKind::I32 => Scalar::I32(s.parse().unwrap()),
        ElemKind::I64 => Scalar::I64(s.parse().unwrap()),
        ElemKind::F32 => Scalar::F32(f32::from_bits(u32::from_str_radix(s, 16).unwrap())),
        ElemKind::F64 => Scalar::F64(f64::from_bits(u64::from_str_radix(s, 16).unwrap())),
        ElemKind::C64 | ElemKind::C128 => panic!("no complex cases in this table"),
        ElemKind::U64 => Scalar::U64(s.parse().unwrap()),
        k => Scalar::Int(k, s.parse().unwrap()),
    }
}

fn parse_shape(s: &str) -> Vec<usize> {
    if s == "-" {
        Vec::new()
    } else {
        s.split(',').map(|d| d.parse().unwrap()).collect()
    }
}

fn parse_opts(s: &str) -> PrintOptions {
    let mut o = PrintOptions::default();
    if s == "-" {
        return o;
    }
    for kv in s.split(';') {
        let (k, v) = kv.split_once('=').unwrap();
        match k {
            "precision" => o.precision = v.parse().unwrap(),
            "threshold" => o.threshold = v.parse().unwrap(),
            "edgeitems" => o.edgeitems = v.parse().unwrap(),
            "linewidth" => o.linewidth = v.parse().unwrap(),
            "suppress" => o.suppress = v == "1",
            "sign" => {
                o.sign = match v {
                    "minus" => '-',
                    "plus" => '+',
                    "space" => ' ',
                    _ => panic!("bad sign {v}"),
                }
            }
            "floatmode" => {
                o.floatmode = match v {
                    "fixed" => FloatMode::Fixed,
                    "unique" => FloatMode::Unique,
                    "maxprec" => FloatMode::MaxPrec,
                    "maxprec_equal" => FloatMode::MaxPrecEqual,
                    _ => panic!("bad floatmode {v}"),
                }
            }
            _ => panic!("bad option {k}"),
        }
    }
    o
}

/// A readable description of where two texts first differ.
fn diff(expected: &str, got: &str) -> String {
    let el: Vec<&str> = expected.split('\n').collect();
    let gl: Vec<&str> = got.split('\n').collect();
    for i in 0..el.len().max(gl.len()) {
        let e = el.get(i).copied();
        let g = gl.get(i).copied();
        if e != g {
            let col = match (e, g) {
                (Some(e), Some(g)) => e
                    .bytes()
                    .zip(g.bytes())
                    .position(|(a, b)| a != b)
                    .unwrap_or(e.len().min(g.len())),
                _ => 0,
            };
            return format!(
                "first difference at line {} column {}:\n    expected: {:?}\n    got:      {:?}",
                i + 1,
                col + 1,
                e.unwrap_or("<missing line>"),
                g.unwrap_or("<missing line>")
            );
        }
    }
    "texts are equal".to_string()
}

struct Failures {
    count: usize,
    report: String,
}

impl Failures {
    fn check(&mut self, lineno: usize, what: &str, context: &str, expected: &str, got: &str) {
        if expected == got {
            return;
        }
        self.count += 1;
        if self.count <= 12 {
            self.report.push_str(&format!(
                "\n--- case at line {lineno}: {what} [{context}]\n--- expected:\n{expected}\n--- got:\n{got}\n--- {}\n",
                diff(expected, got)
            ));
        }
    }
}

#[test]
fn numpy_format_cases() {
    let mut fails = Failures {
        count: 0,
        report: String::new(),
    };
    let mut counts = [0usize; 4];
    for (i, line) in DATA.lines().enumerate() {
        let lineno = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "A" => {
                counts[0] += 1;
                let kind = parse_kind(f[1]);
                let shape = parse_shape(f[2]);
                let opts = parse_opts(f[3]);
                let data: Vec<Scalar> = if f[4].is_empty() {
                    Vec::new()
                } else {
                    f[4].split(' ').map(|v| parse_value(kind, v)).collect()
                };
                let arr = CycleArray { kind, shape, data };
                let ctx = format!("{} shape {} opts {}", f[1], f[2], f[3]);
                fails.check(
                    lineno,
                    "str(array)",
                    &ctx,
                    &unescape(f[5]),
                    &array_str(&arr, &opts),
                );
                fails.check(
                    lineno,
                    "repr(array)",
                    &ctx,
                    &unescape(f[6]),
                    &array_repr(&arr, &opts),
                );
            }
            "P" => {
                counts[1] += 1;
                let x = f64::from_bits(u64::from_str_radix(f[1], 16).unwrap());
                fails.check(
                    lineno,
                    "repr(float)",
                    f[1],
                    &unescape(f[2]),
                    &py_float_repr(x),
                );
            }
            "S" => {
                counts[2] += 1;
                let kind = parse_kind(f[1]);
                let v = parse_value(kind, f[2]);
                let opts = PrintOptions::default();
                let ctx = format!("{} {}", f[1], f[2]);
                fails.check(
                    lineno,
                    "str(scalar)",
                    &ctx,
                    &unescape(f[3]),
                    &scalar_str(v, &opts),
                );
                fails.check(
                    lineno,
                    "repr(scalar)",
                    &ctx,
                    &unescape(f[4]),
                    &scalar_repr(v, &opts),
                );
            }
            "H" => {
                counts[3] += 1;
                let shape = parse_shape(f[1]);
                fails.check(
                    lineno,
                    "repr(shape)",
                    f[1],
                    &unescape(f[2]),
                    &format_shape(&shape),
                );
            }
            other => panic!("line {lineno}: bad record type {other:?}"),
        }
    }
    eprintln!(
        "format cases: {} arrays, {} Python floats, {} NumPy scalars, {} shapes",
        counts[0], counts[1], counts[2], counts[3]
    );
    assert!(counts.iter().sum::<usize>() > 1000, "test data missing?");
    if fails.count > 0 {
        panic!(
            "{} mismatches against NumPy (first ones below){}",
            fails.count, fails.report
        );
    }
}

/// Summarising a huge array reads only the displayed corners.
#[test]
fn summary_reads_only_displayed_elements() {
    use std::cell::Cell;
    struct Counting {
        shape: Vec<usize>,
        reads: Cell<usize>,
    }
    impl ArraySource for Counting {
        fn kind(&self) -> ElemKind {
            ElemKind::F64
        }
        fn shape(&self) -> &[usize] {
            &self.shape
        }
        fn get(&self, index: &[usize]) -> Scalar {
            self.reads.set(self.reads.get() + 1);
            Scalar::F64((index[0] * 1000 + index[1]) as f64 * 0.25)
        }
    }
    let a = Counting {
        shape: vec![1000, 1000],
        reads: Cell::new(0),
    };
    let s = array_str(&a, &PrintOptions::default());
    assert_eq!(
        s,
        "[[0.0000000e+00 2.5000000e-01 5.0000000e-01 ... 2.4925000e+02\n  2.4950000e+02 2.4975000e+02]\n [2.5000000e+02 2.5025000e+02 2.5050000e+02 ... 4.9925000e+02\n  4.9950000e+02 4.9975000e+02]\n [5.0000000e+02 5.0025000e+02 5.0050000e+02 ... 7.4925000e+02\n  7.4950000e+02 7.4975000e+02]\n ...\n [2.4925000e+05 2.4925025e+05 2.4925050e+05 ... 2.4949925e+05\n  2.4949950e+05 2.4949975e+05]\n [2.4950000e+05 2.4950025e+05 2.4950050e+05 ... 2.4974925e+05\n  2.4974950e+05 2.4974975e+05]\n [2.4975000e+05 2.4975025e+05 2.4975050e+05 ... 2.4999925e+05\n  2.4999950e+05 2.4999975e+05]]"
    );
    assert!(a.reads.get() <= 2 * 36, "read {} elements", a.reads.get());
}
