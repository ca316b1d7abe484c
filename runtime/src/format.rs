//! NumPy-exact text formatting of arrays and scalars.
//!
//! This module reproduces, byte for byte, what CPython 3.11 + NumPy 2.4 print for
//! `str(arr)`, `repr(arr)`, `str(scalar)`, `repr(scalar)` and `repr(float)` for the
//! element kinds arrc supports (bool, int32, int64, float32, float64), with
//! `legacy=False` print options.
//!
//! It is a port of `numpy/_core/arrayprint.py` (`_formatArray`, `FloatingFormat`,
//! `IntegerFormat`, `BoolFormat`, `array_repr`, `array_str`), of the float scalar
//! `str`/`repr` rules of `scalartypes.c.src`, and of NumPy's Dragon4 digit generator
//! (`dragon4.c`, itself Ryan Juckett's implementation), including its exact
//! rounding behaviour (round-half-even on the exact binary value at a cutoff,
//! margins inclusive for even mantissas in shortest mode).
//!
//! Pure Rust, no I/O, no `unsafe`.

mod complex;

pub use complex::complex_scalar_str;
use std::cmp::Ordering;

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/// One element value of an array (or a NumPy scalar).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    I64(i64),
    F64(f64),
    F32(f32),
    I32(i32),
    /// Real and imaginary parts.
    C64(f32, f32),
    C128(f64, f64),
    /// uint8, uint16, uint32, int8, int16 (the kind) with the value widened.
    Int(ElemKind, i64),
    U64(u64),
}

/// Element kind (dtype) of an array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElemKind {
    Bool,
    I32,
    I64,
    F32,
    F64,
    C64,
    C128,
    U8,
    U16,
    U32,
    U64,
    I8,
    I16,
}

impl ElemKind {
    /// NumPy's dtype name (`float64`, `int32`, `bool`, ...).
    pub fn name(self) -> &'static str {
        match self {
            ElemKind::Bool => "bool",
            ElemKind::I32 => "int32",
            ElemKind::I64 => "int64",
            ElemKind::F32 => "float32",
            ElemKind::F64 => "float64",
            ElemKind::C64 => "complex64",
            ElemKind::C128 => "complex128",
            ElemKind::U8 => "uint8",
            ElemKind::U16 => "uint16",
            ElemKind::U32 => "uint32",
            ElemKind::U64 => "uint64",
            ElemKind::I8 => "int8",
            ElemKind::I16 => "int16",
        }
    }

    /// Whether `repr` of an array of this kind omits the `dtype=` suffix
    /// (NumPy's `dtype_is_implied` on a 64-bit Linux build).
    pub fn dtype_is_implied(self) -> bool {
        matches!(
            self,
            ElemKind::Bool | ElemKind::I64 | ElemKind::F64 | ElemKind::C128
        )
    }
}

impl Scalar {
    pub fn kind(self) -> ElemKind {
        match self {
            Scalar::Bool(_) => ElemKind::Bool,
            Scalar::I32(_) => ElemKind::I32,
            Scalar::I64(_) => ElemKind::I64,
            Scalar::F32(_) => ElemKind::F32,
            Scalar::F64(_) => ElemKind::F64,
            Scalar::C64(..) => ElemKind::C64,
            Scalar::C128(..) => ElemKind::C128,
            Scalar::Int(k, _) => k,
            Scalar::U64(_) => ElemKind::U64,
        }
    }
}

/// `np.set_printoptions(floatmode=...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    Fixed,
    Unique,
    MaxPrec,
    MaxPrecEqual,
}

/// The subset of `np.get_printoptions()` that affects these element kinds.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    pub precision: usize,
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub suppress: bool,
    /// `'-'`, `'+'` or `' '`.
    pub sign: char,
    pub floatmode: FloatMode,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            sign: '-',
            floatmode: FloatMode::MaxPrec,
        }
    }
}

/// Read access to an array for printing. `index` is always a full multi-index
/// (`index.len() == shape().len()`, each entry in range); the implementor deals
/// with strides and offsets. Only the elements that are displayed are read.
pub trait ArraySource {
    fn kind(&self) -> ElemKind;
    fn shape(&self) -> &[usize];
    fn get(&self, index: &[usize]) -> Scalar;
}

// ---------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------

/// Python's tuple repr of a shape: `(3, 4)`, `(12,)`, `()`.
pub fn format_shape(shape: &[usize]) -> String {
    match shape.len() {
        0 => "()".to_string(),
        1 => format!("({},)", shape[0]),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// `str(int)` in Python.
pub fn py_int_str(i: i64) -> String {
    i.to_string()
}

/// `repr(float)` (== `str(float)`) in CPython 3.
pub fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let neg = x.is_sign_negative();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if x == 0.0 {
        out.push_str("0.0");
        return out;
    }
    // Shortest round-trip digits (Dragon4 unique mode == David Gay's mode 0).
    let parts = decompose(x, false);
    let mut digits = Vec::new();
    let exp10 = dragon4(
        &parts,
        true,
        CutoffMode::TotalLength,
        -1,
        -1,
        BUFFER_SIZE,
        &mut digits,
    );
    while digits.len() > 1 && *digits.last().unwrap() == b'0' {
        digits.pop();
    }
    let nd = digits.len() as i32;
    let decpt = exp10 + 1;
    if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..(-decpt) {
                out.push('0');
            }
            out.push_str(std::str::from_utf8(&digits).unwrap());
        } else if decpt >= nd {
            out.push_str(std::str::from_utf8(&digits).unwrap());
            for _ in 0..(decpt - nd) {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            let (a, b) = digits.split_at(decpt as usize);
            out.push_str(std::str::from_utf8(a).unwrap());
            out.push('.');
            out.push_str(std::str::from_utf8(b).unwrap());
        }
    } else {
        out.push(digits[0] as char);
        if nd > 1 {
            out.push('.');
            out.push_str(std::str::from_utf8(&digits[1..]).unwrap());
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", e.abs()));
    }
    out
}

/// `str()` of a NumPy scalar (`np.float64`, `np.float32`, `np.int64`, `np.int32`,
/// `np.bool`). Print options do not affect scalars (legacy=False).
pub fn scalar_str(s: Scalar, _opts: &PrintOptions) -> String {
    match s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.to_string(),
        Scalar::I32(i) => i.to_string(),
        Scalar::I64(i) => i.to_string(),
        Scalar::Int(_, i) => i.to_string(),
        Scalar::U64(u) => u.to_string(),
        Scalar::F64(x) => float_scalar_str(x, false),
        Scalar::F32(x) => float_scalar_str(x as f64, true),
        Scalar::C64(re, im) => complex_scalar_str(re as f64, im as f64, true),
        Scalar::C128(re, im) => complex_scalar_str(re, im, false),
    }
}

/// `repr()` of a NumPy scalar: `np.float64(3.75)`, `np.int32(3)`, `np.True_`.
pub fn scalar_repr(s: Scalar, opts: &PrintOptions) -> String {
    match s {
        Scalar::Bool(b) => if b { "np.True_" } else { "np.False_" }.to_string(),
        Scalar::I32(_) => format!("np.int32({})", scalar_str(s, opts)),
        Scalar::I64(_) => format!("np.int64({})", scalar_str(s, opts)),
        Scalar::Int(k, _) => format!("np.{}({})", k.name(), scalar_str(s, opts)),
        Scalar::U64(_) => format!("np.uint64({})", scalar_str(s, opts)),
        Scalar::F32(_) => format!("np.float32({})", scalar_str(s, opts)),
        Scalar::F64(_) => format!("np.float64({})", scalar_str(s, opts)),
        Scalar::C64(..) => format!("np.complex64({})", scalar_str(s, opts)),
        Scalar::C128(..) => format!("np.complex128({})", scalar_str(s, opts)),
    }
}

/// `str(arr)` / `print(arr)`.
pub fn array_str(a: &dyn ArraySource, opts: &PrintOptions) -> String {
    if a.shape().is_empty() {
        // 0-d arrays print like the scalar they hold.
        return scalar_str(a.get(&[]), opts);
    }
    array2string(a, opts, " ", "", "")
}

/// `repr(arr)`.
pub fn array_repr(a: &dyn ArraySource, opts: &PrintOptions) -> String {
    let prefix = "array(";
    let lst = array2string(a, opts, ", ", prefix, ")");
    let shape = a.shape();
    let size: usize = shape.iter().product();

    let mut extras: Vec<String> = Vec::new();
    if (size == 0 && shape != [0]) || size > opts.threshold {
        extras.push(format!("shape={}", format_shape(shape)));
    }
    let kind = a.kind();
    if !kind.dtype_is_implied() || size == 0 {
        extras.push(format!("dtype={}", kind.name()));
    }
    if extras.is_empty() {
        return format!("{prefix}{lst})");
    }
    let arr_str = format!("{prefix}{lst},");
    let extra_str = format!("{})", extras.join(", "));
    let last_line_len = arr_str.len() - arr_str.rfind('\n').map_or(0, |p| p + 1);
    let spacer = if last_line_len + extra_str.len() + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    arr_str + &spacer + &extra_str
}

// ---------------------------------------------------------------------------
// array2string / _formatArray
// ---------------------------------------------------------------------------

fn array2string(
    a: &dyn ArraySource,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    let shape = a.shape();
    let size: usize = shape.iter().product();
    let line_width = opts.linewidth as isize - suffix.len() as isize;
    if size == 0 {
        return "[]".to_string();
    }
    let summarize = size > opts.threshold;
    let edge = opts.edgeitems;

    // Gather only the displayed elements (NumPy's _leading_trailing), in C order;
    // the recursion below visits them in exactly this order.
    let axes: Vec<Vec<usize>> = shape
        .iter()
        .map(|&n| {
            if summarize && n > 2 * edge && edge > 0 {
                // (with edgeitems == 0 NumPy's `a[-0:]` keeps the whole axis)
                (0..edge).chain(n - edge..n).collect()
            } else {
                (0..n).collect()
            }
        })
        .collect();
    let count: usize = axes.iter().map(|v| v.len()).product();
    let mut values: Vec<Scalar> = Vec::with_capacity(count);
    let mut pos = vec![0usize; shape.len()];
    let mut index: Vec<usize> = axes.iter().map(|v| v[0]).collect();
    loop {
        values.push(a.get(&index));
        // odometer increment over the displayed indices
        let mut ax = shape.len();
        let done = loop {
            if ax == 0 {
                break true;
            }
            ax -= 1;
            pos[ax] += 1;
            if pos[ax] < axes[ax].len() {
                index[ax] = axes[ax][pos[ax]];
                break false;
            }
            pos[ax] = 0;
            index[ax] = axes[ax][0];
        };
        if done {
            break;
        }
    }

    let formatter = Formatter::new(a.kind(), &values, shape.is_empty(), opts);
    drop(values);

    let next_line_prefix = " ".repeat(1 + prefix.len());
    let mut fa = FormatArray {
        a,
        formatter,
        index: Vec::with_capacity(shape.len()),
        separator,
        edge_items: edge,
        summarize,
    };
    fa.recurse(&next_line_prefix, line_width)
}

struct FormatArray<'a> {
    a: &'a dyn ArraySource,
    formatter: Formatter,
    index: Vec<usize>,
    separator: &'a str,
    edge_items: usize,
    summarize: bool,
}

fn extend_line(
    s: &mut String,
    line: &mut String,
    word: &str,
    line_width: isize,
    next_line_prefix: &str,
) {
    let mut needs_wrap = (line.len() + word.len()) as isize > line_width;
    // don't wrap lines if it won't help
    if line.len() <= next_line_prefix.len() {
        needs_wrap = false;
    }
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        line.clear();
        line.push_str(next_line_prefix);
    }
    line.push_str(word);
}

impl FormatArray<'_> {
    /// `recurser(index + (i,), ...)` with Python-style negative indices allowed.
    fn child(&mut self, i: isize, hanging_indent: &str, curr_width: isize) -> String {
        let n = self.a.shape()[self.index.len()] as isize;
        self.index
            .push(if i < 0 { (n + i) as usize } else { i as usize });
        let r = self.recurse(hanging_indent, curr_width);
        self.index.pop();
        r
    }

    fn recurse(&mut self, hanging_indent: &str, curr_width: isize) -> String {
        let axis = self.index.len();
        let ndim = self.a.shape().len();
        let axes_left = ndim - axis;
        if axes_left == 0 {
            let v = self.a.get(&self.index);
            return self.formatter.format(v);
        }
        let next_hanging_indent = format!("{hanging_indent} ");
        let next_width = curr_width - 1;

        let a_len = self.a.shape()[axis];
        let show_summary = self.summarize && 2 * self.edge_items < a_len;
        let (leading_items, trailing_items) = if show_summary {
            (self.edge_items, self.edge_items)
        } else {
            (0, a_len)
        };

        let mut s = String::new();
        if axes_left == 1 {
            let sep_len = self.separator.trim_end().len().max(1) as isize;
            let elem_width = curr_width - sep_len;
            let mut line = hanging_indent.to_string();
            for i in 0..leading_items {
                let word = self.child(i as isize, &next_hanging_indent, next_width);
                extend_line(&mut s, &mut line, &word, elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            if show_summary {
                extend_line(&mut s, &mut line, "...", elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            for i in (2..=trailing_items).rev() {
                let word = self.child(-(i as isize), &next_hanging_indent, next_width);
                extend_line(&mut s, &mut line, &word, elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            let word = self.child(-1, &next_hanging_indent, next_width);
            extend_line(&mut s, &mut line, &word, elem_width, hanging_indent);
            s.push_str(&line);
        } else {
            let mut line_sep = self.separator.trim_end().to_string();
            for _ in 0..(axes_left - 1) {
                line_sep.push('\n');
            }
            for i in 0..leading_items {
                let nested = self.child(i as isize, &next_hanging_indent, next_width);
                s.push_str(hanging_indent);
                s.push_str(&nested);
                s.push_str(&line_sep);
            }
            if show_summary {
                s.push_str(hanging_indent);
                s.push_str("...");
                s.push_str(&line_sep);
            }
            for i in (2..=trailing_items).rev() {
                let nested = self.child(-(i as isize), &next_hanging_indent, next_width);
                s.push_str(hanging_indent);
                s.push_str(&nested);
                s.push_str(&line_sep);
            }
            let nested = self.child(-1, &next_hanging_indent, next_width);
            s.push_str(hanging_indent);
            s.push_str(&nested);
        }
        // remove the hanging indent, and wrap in []
        let mut out = String::with_capacity(s.len() + 2);
        out.push('[');
        out.push_str(&s[hanging_indent.len()..]);
        out.push(']');
        out
    }
}

// ---------------------------------------------------------------------------
// Element formatters
// ---------------------------------------------------------------------------

enum Formatter {
    Bool { truestr: &'static str },
    Int { width: usize, sign: char },
    Float(FloatingFormat),
    Complex(complex::ComplexFormat),
}

impl Formatter {
    fn new(kind: ElemKind, data: &[Scalar], zero_d: bool, opts: &PrintOptions) -> Formatter {
        match kind {
            ElemKind::Bool => Formatter::Bool {
                truestr: if zero_d { "True" } else { " True" },
            },
            ElemKind::F32 | ElemKind::F64 => {
                let vals: Vec<f64> = data.iter().map(|&v| scalar_as_f64(v)).collect();
                Formatter::Float(FloatingFormat::new(&vals, kind == ElemKind::F32, opts))
            }
            ElemKind::C64 | ElemKind::C128 => {
                let vals: Vec<(f64, f64)> = data.iter().map(|&v| scalar_as_c128(v)).collect();
                Formatter::Complex(complex::ComplexFormat::new(
                    &vals,
                    kind == ElemKind::C64,
                    opts,
                ))
            }
            _ => {
                let ints = data.iter().map(|&v| scalar_as_i128(v));
                let mut sign = opts.sign;
                let mut max_len = 0;
                if !data.is_empty() {
                    let (mut mn, mut mx) = (i128::MAX, i128::MIN);
                    for v in ints {
                        mn = mn.min(v);
                        mx = mx.max(v);
                    }
                    let mut max_str_len = mx.to_string().len();
                    if sign == ' ' && mn < 0 {
                        sign = '-';
                    }
                    if mx >= 0 && (sign == '+' || sign == ' ') {
                        max_str_len += 1;
                    }
                    max_len = max_str_len.max(mn.to_string().len());
                }
                Formatter::Int {
                    width: max_len,
                    sign,
                }
            }
        }
    }

    fn format(&self, v: Scalar) -> String {
        match self {
            Formatter::Bool { truestr } => {
                if scalar_as_bool(v) {
                    truestr.to_string()
                } else {
                    "False".to_string()
                }
            }
            Formatter::Int { width, sign } => {
                let x = scalar_as_i128(v);
                let s = if x >= 0 && (*sign == '+' || *sign == ' ') {
                    format!("{sign}{x}")
                } else {
                    x.to_string()
                };
                format!("{s:>width$}", width = *width)
            }
            Formatter::Float(ff) => ff.format(scalar_as_f64(v)),
            Formatter::Complex(cf) => cf.format(scalar_as_c128(v)),
        }
    }
}

fn scalar_as_c128(v: Scalar) -> (f64, f64) {
    match v {
        Scalar::C64(re, im) => (re as f64, im as f64),
        Scalar::C128(re, im) => (re, im),
        _ => (scalar_as_f64(v), 0.0),
    }
}

fn scalar_as_i128(v: Scalar) -> i128 {
    match v {
        Scalar::Bool(b) => b as i128,
        Scalar::I32(i) => i as i128,
        Scalar::I64(i) => i as i128,
        Scalar::Int(_, i) => i as i128,
        Scalar::U64(u) => u as i128,
        Scalar::F32(x) => x as i128,
        Scalar::F64(x) => x as i128,
        Scalar::C64(x, _) => x as i128,
        Scalar::C128(x, _) => x as i128,
    }
}

fn scalar_as_f64(v: Scalar) -> f64 {
    match v {
        Scalar::Bool(b) => b as i64 as f64,
        Scalar::I32(i) => i as f64,
        Scalar::I64(i) => i as f64,
        Scalar::Int(_, i) => i as f64,
        Scalar::U64(u) => u as f64,
        Scalar::F32(x) => x as f64,
        Scalar::F64(x) => x,
        Scalar::C64(x, _) => x as f64,
        Scalar::C128(x, _) => x,
    }
}

fn scalar_as_bool(v: Scalar) -> bool {
    match v {
        Scalar::Bool(b) => b,
        Scalar::I32(i) => i != 0,
        Scalar::I64(i) => i != 0,
        Scalar::Int(_, i) => i != 0,
        Scalar::U64(u) => u != 0,
        Scalar::F32(x) => x != 0.0,
        Scalar::F64(x) => x != 0.0,
        Scalar::C64(x, y) => x != 0.0 || y != 0.0,
        Scalar::C128(x, y) => x != 0.0 || y != 0.0,
    }
}

/// Port of arrayprint.FloatingFormat (legacy=False).
struct FloatingFormat {
    is_f32: bool,
    precision: i32,
    min_digits: i32,
    sign: char,
    exp_format: bool,
    pad_left: i32,
    pad_right: i32,
    trim: TrimMode,
    exp_size: i32,
    unique: bool,
}

impl FloatingFormat {
    fn new(data: &[f64], is_f32: bool, opts: &PrintOptions) -> FloatingFormat {
        let floatmode = opts.floatmode;
        let sign = opts.sign;
        let precision = if floatmode == FloatMode::Unique {
            -1
        } else {
            opts.precision as i32
        };
        let mut ff = FloatingFormat {
            is_f32,
            precision,
            min_digits: -1,
            sign,
            exp_format: false,
            pad_left: 0,
            pad_right: 0,
            trim: TrimMode::Zeros,
            exp_size: -1,
            unique: true,
        };

        let finite: Vec<f64> = data.iter().copied().filter(|x| x.is_finite()).collect();

        // choose exponential mode based on the non-zero finite values
        let mut have_nz = false;
        let (mut max_val, mut min_val) = (0.0f64, f64::INFINITY);
        for &x in &finite {
            if x != 0.0 {
                have_nz = true;
                let ax = x.abs();
                max_val = max_val.max(ax);
                min_val = min_val.min(ax);
            }
        }
        if have_nz {
            ff.exp_format = if is_f32 {
                // NEP 50: Python-float operands are cast to float32.
                let (mx, mn) = (max_val as f32, min_val as f32);
                mx >= 1.0e6f32 || (!opts.suppress && (mn < 0.0001f32 || mx / mn > 1000.0f32))
            } else {
                max_val >= 1.0e8
                    || (!opts.suppress && (min_val < 0.0001 || max_val / min_val > 1000.0))
            };
        }

        let dsign = sign == '+';
        if finite.is_empty() {
            ff.pad_left = 0;
            ff.pad_right = 0;
            ff.trim = TrimMode::Zeros;
            ff.exp_size = -1;
            ff.unique = true;
            ff.min_digits = -1;
        } else if ff.exp_format {
            let (trim, unique) = if floatmode == FloatMode::Fixed {
                (TrimMode::None, false)
            } else {
                (TrimMode::Zeros, true)
            };
            let o = D4Opts {
                scientific: true,
                unique,
                fractional: false,
                precision: ff.precision,
                min_digits: -1,
                sign: dsign,
                trim,
                pad_left: -1,
                pad_right: -1,
                exp_digits: -1,
            };
            let (mut max_int, mut max_frac, mut max_exp) = (0usize, 0usize, 0usize);
            for &x in &finite {
                let s = dragon4_format(x, is_f32, &o);
                let (mant, exp) = match s.find('e') {
                    Some(p) => (&s[..p], &s[p + 1..]),
                    None => (&s[..], ""),
                };
                let (ip, fp) = split_dot(mant);
                max_int = max_int.max(ip.len());
                max_frac = max_frac.max(fp.len());
                max_exp = max_exp.max(exp.len());
            }
            ff.exp_size = max_exp as i32 - 1;
            ff.trim = TrimMode::None;
            ff.precision = max_frac as i32;
            ff.min_digits = ff.precision;
            ff.unique = unique;
            ff.pad_left = max_int as i32;
            ff.pad_right = ff.exp_size + 2 + ff.precision;
        } else {
            let (trim, unique) = if floatmode == FloatMode::Fixed {
                (TrimMode::None, false)
            } else {
                (TrimMode::Zeros, true)
            };
            let o = D4Opts {
                scientific: false,
                unique,
                fractional: true,
                precision: ff.precision,
                min_digits: -1,
                sign: dsign,
                trim,
                pad_left: -1,
                pad_right: -1,
                exp_digits: -1,
            };
            let (mut max_int, mut max_frac) = (0usize, 0usize);
            for &x in &finite {
                let s = dragon4_format(x, is_f32, &o);
                let (ip, fp) = split_dot(&s);
                max_int = max_int.max(ip.len());
                max_frac = max_frac.max(fp.len());
            }
            ff.pad_left = max_int as i32;
            ff.pad_right = max_frac as i32;
            ff.exp_size = -1;
            ff.unique = unique;
            if floatmode == FloatMode::Fixed || floatmode == FloatMode::MaxPrecEqual {
                ff.precision = ff.pad_right;
                ff.min_digits = ff.pad_right;
                ff.trim = TrimMode::None;
            } else {
                ff.trim = TrimMode::Zeros;
                ff.min_digits = 0;
            }
        }

        // account for sign = ' ' by adding one to pad_left
        if sign == ' ' && !finite.iter().any(|x| x.is_sign_negative()) {
            ff.pad_left += 1;
        }

        // if there are non-finite values, may need to increase pad_left
        if data.len() != finite.len() {
            let neginf = sign != '-' || data.iter().any(|&x| x.is_infinite() && x < 0.0);
            let offset = ff.pad_right + 1;
            ff.pad_left = ff.pad_left.max(3 - offset).max(3 + neginf as i32 - offset);
        }
        ff
    }

    fn format(&self, x: f64) -> String {
        if !x.is_finite() {
            let ret = if x.is_nan() {
                if self.sign == '+' {
                    "+nan"
                } else {
                    "nan"
                }
            } else if x < 0.0 {
                "-inf"
            } else if self.sign == '+' {
                "+inf"
            } else {
                "inf"
            };
            let pad = self.pad_left + self.pad_right + 1 - ret.len() as i32;
            return " ".repeat(pad.max(0) as usize) + ret;
        }
        let o = if self.exp_format {
            D4Opts {
                scientific: true,
                unique: self.unique,
                fractional: false,
                precision: self.precision,
                min_digits: self.min_digits,
                sign: self.sign == '+',
                trim: self.trim,
                pad_left: self.pad_left,
                pad_right: -1,
                exp_digits: self.exp_size,
            }
        } else {
            D4Opts {
                scientific: false,
                unique: self.unique,
                fractional: true,
                precision: self.precision,
                min_digits: self.min_digits,
                sign: self.sign == '+',
                trim: self.trim,
                pad_left: self.pad_left,
                pad_right: self.pad_right,
                exp_digits: -1,
            }
        };
        dragon4_format(x, self.is_f32, &o)
    }
}

/// Python's `s.split('.')` into exactly two parts (the strings here always hold
/// at most one '.').
fn split_dot(s: &str) -> (&str, &str) {
    match s.find('.') {
        Some(p) => (&s[..p], &s[p + 1..]),
        None => (s, ""),
    }
}

/// str() of np.float64 / np.float32 (scalartypes.c.src, legacy=False).
fn float_scalar_str(x: f64, is_f32: bool) -> String {
    let max_positional = if is_f32 { 1.0e6 } else { 1.0e16 };
    let use_positional = if x.is_nan() || x == 0.0 {
        true
    } else {
        let ax = x.abs();
        ax < max_positional && ax >= 1.0e-4
    };
    let o = if use_positional {
        D4Opts {
            scientific: false,
            unique: true,
            fractional: false,
            precision: -1,
            min_digits: -1,
            sign: false,
            trim: TrimMode::LeaveOneZero,
            pad_left: -1,
            pad_right: -1,
            exp_digits: -1,
        }
    } else {
        D4Opts {
            scientific: true,
            unique: true,
            fractional: false,
            precision: -1,
            min_digits: -1,
            sign: false,
            trim: TrimMode::DptZeros,
            pad_left: -1,
            pad_right: -1,
            exp_digits: -1,
        }
    };
    dragon4_format(x, is_f32, &o)
}

// ---------------------------------------------------------------------------
// Dragon4 (port of numpy/_core/src/multiarray/dragon4.c)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TrimMode {
    /// 'k': keep trailing zeros and the decimal point
    None,
    /// '0': trim all but the zero before the decimal point
    LeaveOneZero,
    /// '.': trim all trailing zeros, leave the decimal point
    Zeros,
    /// '-': trim trailing zeros and the decimal point
    DptZeros,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CutoffMode {
    TotalLength,
    FractionLength,
}

/// Dragon4_Options.
#[derive(Clone, Copy, Debug)]
struct D4Opts {
    scientific: bool,
    unique: bool,
    /// cutoff mode for positional output: fractional digits (true) or total length
    fractional: bool,
    precision: i32,
    min_digits: i32,
    sign: bool,
    trim: TrimMode,
    pad_left: i32,
    pad_right: i32,
    exp_digits: i32,
}

/// NumPy's scratch buffer is 16384 chars; Dragon4 gets the remaining size.
const BUFFER_SIZE: i32 = 16383;

/// A decomposed finite float: value = mantissa * 2^exponent.
struct FloatParts {
    negative: bool,
    special: Option<bool>, // Some(is_nan) for inf/nan
    mantissa: u64,
    exponent: i32,
    mantissa_bit: u32,
    unequal_margins: bool,
}

fn decompose(x: f64, is_f32: bool) -> FloatParts {
    if is_f32 {
        let bits = (x as f32).to_bits();
        let fm = bits & ((1 << 23) - 1);
        let fe = (bits >> 23) & 0xff;
        let negative = bits >> 31 != 0;
        if fe == 0xff {
            return FloatParts {
                negative,
                special: Some(fm != 0),
                mantissa: 0,
                exponent: 0,
                mantissa_bit: 0,
                unequal_margins: false,
            };
        }
        if fe != 0 {
            FloatParts {
                negative,
                special: None,
                mantissa: ((1u64 << 23) | fm as u64),
                exponent: fe as i32 - 127 - 23,
                mantissa_bit: 23,
                unequal_margins: fe != 1 && fm == 0,
            }
        } else {
            FloatParts {
                negative,
                special: None,
                mantissa: fm as u64,
                exponent: 1 - 127 - 23,
                mantissa_bit: log2_u64(fm as u64),
                unequal_margins: false,
            }
        }
    } else {
        let bits = x.to_bits();
        let fm = bits & ((1u64 << 52) - 1);
        let fe = ((bits >> 52) & 0x7ff) as u32;
        let negative = bits >> 63 != 0;
        if fe == 0x7ff {
            return FloatParts {
                negative,
                special: Some(fm != 0),
                mantissa: 0,
                exponent: 0,
                mantissa_bit: 0,
                unequal_margins: false,
            };
        }
        if fe != 0 {
            FloatParts {
                negative,
                special: None,
                mantissa: (1u64 << 52) | fm,
                exponent: fe as i32 - 1023 - 52,
                mantissa_bit: 52,
                unequal_margins: fe != 1 && fm == 0,
            }
        } else {
            FloatParts {
                negative,
                special: None,
                mantissa: fm,
                exponent: 1 - 1023 - 52,
                mantissa_bit: log2_u64(fm),
                unequal_margins: false,
            }
        }
    }
}

fn log2_u64(v: u64) -> u32 {
    if v == 0 {
        0
    } else {
        63 - v.leading_zeros()
    }
}

/// Format one float like NumPy's `dragon4_positional` / `dragon4_scientific`.
fn dragon4_format(x: f64, is_f32: bool, o: &D4Opts) -> String {
    let p = decompose(x, is_f32);
    let signbit = if p.negative {
        Some('-')
    } else if o.sign {
        Some('+')
    } else {
        None
    };
    if let Some(is_nan) = p.special {
        // PrintInfNan: only inf gets a sign
        if is_nan {
            return "nan".to_string();
        }
        let mut s = String::new();
        if let Some(c) = signbit {
            s.push(c);
        }
        s.push_str("inf");
        return s;
    }
    if o.scientific {
        format_scientific(&p, signbit, o)
    } else {
        format_positional(&p, signbit, o)
    }
}

fn format_positional(p: &FloatParts, signbit: Option<char>, o: &D4Opts) -> String {
    let cutoff_mode = if o.fractional {
        CutoffMode::FractionLength
    } else {
        CutoffMode::TotalLength
    };
    let has_sign = signbit.is_some() as i32;
    let mut digits = Vec::new();
    let print_exponent = dragon4(
        p,
        o.unique,
        cutoff_mode,
        o.precision,
        o.min_digits,
        BUFFER_SIZE - has_sign,
        &mut digits,
    );
    let num_digits = digits.len() as i32;

    let mut buf: Vec<u8> = Vec::with_capacity(num_digits as usize + 8);
    if let Some(c) = signbit {
        buf.push(c as u8);
    }
    let num_whole_digits;
    let mut num_fraction_digits = 0i32;
    if print_exponent >= 0 {
        num_whole_digits = print_exponent + 1;
        if num_digits <= num_whole_digits {
            buf.extend_from_slice(&digits);
            buf.extend(std::iter::repeat_n(
                b'0',
                (num_whole_digits - num_digits).max(0) as usize,
            ));
        } else {
            num_fraction_digits = num_digits - num_whole_digits;
            buf.extend_from_slice(&digits[..num_whole_digits as usize]);
            buf.push(b'.');
            buf.extend_from_slice(&digits[num_whole_digits as usize..]);
        }
    } else {
        let num_fraction_zeros = -(print_exponent + 1);
        buf.push(b'0');
        buf.push(b'.');
        buf.extend(std::iter::repeat_n(
            b'0',
            num_fraction_zeros.max(0) as usize,
        ));
        buf.extend_from_slice(&digits);
        num_fraction_digits = num_digits + num_fraction_zeros;
        num_whole_digits = 1;
    }

    // always add decimal point, except for DptZeros mode
    if o.trim != TrimMode::DptZeros && num_fraction_digits == 0 {
        buf.push(b'.');
    }

    let add_digits = if o.unique { o.min_digits } else { o.precision };
    let mut desired_fractional_digits = add_digits.max(0);
    if cutoff_mode == CutoffMode::TotalLength {
        desired_fractional_digits = add_digits - num_whole_digits;
    }

    if o.trim == TrimMode::LeaveOneZero {
        if num_fraction_digits == 0 {
            buf.push(b'0');
            num_fraction_digits += 1;
        }
    } else if o.trim == TrimMode::None && desired_fractional_digits > num_fraction_digits {
        buf.extend(std::iter::repeat_n(
            b'0',
            (desired_fractional_digits - num_fraction_digits).max(0) as usize,
        ));
        num_fraction_digits = desired_fractional_digits;
    }

    // when rounding, we may still end up with trailing zeros
    if o.trim != TrimMode::None && num_fraction_digits > 0 {
        while *buf.last().unwrap() == b'0' {
            buf.pop();
            num_fraction_digits -= 1;
        }
        if *buf.last().unwrap() == b'.' {
            if o.trim == TrimMode::LeaveOneZero {
                buf.push(b'0');
                num_fraction_digits += 1;
            } else if o.trim == TrimMode::DptZeros {
                buf.pop();
            }
        }
    }

    // whitespace padding to the right
    if o.pad_right >= num_fraction_digits {
        let count = o.pad_right - num_fraction_digits;
        if o.trim == TrimMode::DptZeros && num_fraction_digits == 0 {
            buf.push(b' ');
        }
        buf.extend(std::iter::repeat_n(b' ', count.max(0) as usize));
    }
    // whitespace padding to the left
    let mut out = String::with_capacity(buf.len() + 8);
    if o.pad_left > num_whole_digits + has_sign {
        let shift = o.pad_left - (num_whole_digits + has_sign);
        for _ in 0..shift {
            out.push(' ');
        }
    }
    out.push_str(std::str::from_utf8(&buf).unwrap());
    out
}

fn format_scientific(p: &FloatParts, signbit: Option<char>, o: &D4Opts) -> String {
    let mut buf: Vec<u8> = Vec::with_capacity(32);
    let leftchars = 1 + signbit.is_some() as i32;
    if o.pad_left > leftchars {
        buf.extend(std::iter::repeat_n(
            b' ',
            (o.pad_left - leftchars).max(0) as usize,
        ));
    }
    if let Some(c) = signbit {
        buf.push(c as u8);
    }
    let mut digits = Vec::new();
    let mut print_exponent = dragon4(
        p,
        o.unique,
        CutoffMode::TotalLength,
        if o.precision < 0 { -1 } else { o.precision + 1 },
        if o.min_digits < 0 {
            -1
        } else {
            o.min_digits + 1
        },
        BUFFER_SIZE + 1 - buf.len() as i32,
        &mut digits,
    );
    let num_digits = digits.len() as i32;
    buf.push(digits[0]);
    let mut num_fraction_digits = num_digits - 1;
    if num_fraction_digits > 0 {
        buf.push(b'.');
        buf.extend_from_slice(&digits[1..]);
    }
    // always add decimal point, except for DptZeros mode
    if o.trim != TrimMode::DptZeros && num_fraction_digits == 0 {
        buf.push(b'.');
    }
    let add_digits = (if o.unique { o.min_digits } else { o.precision }).max(0);
    if o.trim == TrimMode::LeaveOneZero {
        if num_fraction_digits == 0 {
            buf.push(b'0');
            num_fraction_digits += 1;
        }
    } else if o.trim == TrimMode::None && add_digits > num_fraction_digits {
        buf.extend(std::iter::repeat_n(
            b'0',
            (add_digits - num_fraction_digits).max(0) as usize,
        ));
        num_fraction_digits = add_digits;
    }
    if o.trim != TrimMode::None && num_fraction_digits > 0 {
        while *buf.last().unwrap() == b'0' {
            buf.pop();
        }
        if o.trim == TrimMode::LeaveOneZero && *buf.last().unwrap() == b'.' {
            buf.push(b'0');
        }
    }

    // exponent
    let exp_digits = if o.exp_digits > 5 {
        5
    } else if o.exp_digits < 0 {
        2
    } else {
        o.exp_digits
    };
    buf.push(b'e');
    if print_exponent >= 0 {
        buf.push(b'+');
    } else {
        buf.push(b'-');
        print_exponent = -print_exponent;
    }
    let mut ed = [0u8; 5];
    let mut pe = print_exponent;
    for d in ed.iter_mut() {
        *d = (pe % 10) as u8;
        pe /= 10;
    }
    let mut i = 5;
    while i > exp_digits && ed[(i - 1) as usize] == 0 {
        i -= 1;
    }
    for k in (0..i).rev() {
        buf.push(b'0' + ed[k as usize]);
    }
    String::from_utf8(buf).unwrap()
}

/// The Dragon4 digit generator. Writes the digits into `out` and returns the
/// base-10 exponent of the first digit.
fn dragon4(
    p: &FloatParts,
    unique: bool,
    cutoff_mode: CutoffMode,
    cutoff_max: i32,
    cutoff_min: i32,
    buffer_size: i32,
    out: &mut Vec<u8>,
) -> i32 {
    out.clear();
    let mantissa = p.mantissa;
    let exponent = p.exponent;
    if mantissa == 0 {
        out.push(b'0');
        return 0;
    }
    let is_even = mantissa & 1 == 0;
    let unequal = p.unequal_margins;

    let mut scaled_value = Big::from_u64(mantissa);
    let mut scale;
    let mut margin_low;
    if unequal {
        if exponent > 0 {
            scaled_value.shl(exponent as u32 + 2);
            scale = Big::from_u64(4);
            margin_low = Big::pow2(exponent as u32);
        } else {
            scaled_value.shl(2);
            scale = Big::pow2((-exponent + 2) as u32);
            margin_low = Big::from_u64(1);
        }
    } else if exponent > 0 {
        scaled_value.shl(exponent as u32 + 1);
        scale = Big::from_u64(2);
        margin_low = Big::pow2(exponent as u32);
    } else {
        scaled_value.shl(1);
        scale = Big::pow2((-exponent + 1) as u32);
        margin_low = Big::from_u64(1);
    }
    // scaledMarginHigh == 2 * scaledMarginLow when margins are unequal
    let high_of = |low: &Big| -> Big {
        let mut h = low.clone();
        h.mul2();
        h
    };
    let mut margin_high = if unequal {
        high_of(&margin_low)
    } else {
        Big::zero()
    };

    let mut digit_exponent =
        (((p.mantissa_bit as i32 + exponent) as f64) * std::f64::consts::LOG10_2 - 0.69).ceil()
            as i32;

    if cutoff_max >= 0 && cutoff_mode == CutoffMode::FractionLength && digit_exponent <= -cutoff_max
    {
        digit_exponent = -cutoff_max + 1;
    }

    // Divide value by 10^digitExponent.
    if digit_exponent > 0 {
        scale.mul_pow10(digit_exponent as u32);
    } else if digit_exponent < 0 {
        scaled_value.mul_pow10((-digit_exponent) as u32);
        margin_low.mul_pow10((-digit_exponent) as u32);
        if unequal {
            margin_high = high_of(&margin_low);
        }
    }

    // If (value >= 1), our estimate for digitExponent was too low
    if scaled_value.cmp(&scale) != Ordering::Less {
        digit_exponent += 1;
    } else {
        scaled_value.mul_small(10);
        margin_low.mul_small(10);
        if unequal {
            margin_high = high_of(&margin_low);
        }
    }

    let mut cutoff_max_exponent = digit_exponent - buffer_size;
    if cutoff_max >= 0 {
        let desired = if cutoff_mode == CutoffMode::TotalLength {
            digit_exponent - cutoff_max
        } else {
            -cutoff_max
        };
        if desired > cutoff_max_exponent {
            cutoff_max_exponent = desired;
        }
    }
    let mut cutoff_min_exponent = digit_exponent;
    if cutoff_min >= 0 {
        let desired = if cutoff_mode == CutoffMode::TotalLength {
            digit_exponent - cutoff_min
        } else {
            -cutoff_min
        };
        if desired < cutoff_min_exponent {
            cutoff_min_exponent = desired;
        }
    }

    let mut out_exponent = digit_exponent - 1;

    // Scale so the highest block of the denominator is in [8, 429496729].
    let hi_block = scale.b[scale.len - 1];
    if !(8..=429_496_729).contains(&hi_block) {
        let hi_log2 = 31 - hi_block.leading_zeros();
        let shift = (32 + 27 - hi_log2) % 32;
        scale.shl(shift);
        scaled_value.shl(shift);
        margin_low.shl(shift);
        if unequal {
            margin_high = high_of(&margin_low);
        }
    }

    let mut low;
    let mut high;
    let mut output_digit;
    if unique {
        let mut value_high = Big::zero();
        loop {
            digit_exponent -= 1;
            output_digit = scaled_value.divrem_max9(&scale);
            let mh = if unequal { &margin_high } else { &margin_low };
            value_high.set_sum(&scaled_value, mh);
            let c = scaled_value.cmp(&margin_low);
            low = if is_even {
                c != Ordering::Greater
            } else {
                c == Ordering::Less
            };
            let c = value_high.cmp(&scale);
            high = if is_even {
                c != Ordering::Less
            } else {
                c == Ordering::Greater
            };
            if ((low || high) && digit_exponent <= cutoff_min_exponent)
                || digit_exponent == cutoff_max_exponent
            {
                break;
            }
            out.push(b'0' + output_digit as u8);
            scaled_value.mul_small(10);
            margin_low.mul_small(10);
            if unequal {
                // still exactly 2 * margin_low
                margin_high.mul_small(10);
            }
        }
    } else {
        low = false;
        high = false;
        loop {
            digit_exponent -= 1;
            output_digit = scaled_value.divrem_max9(&scale);
            if scaled_value.is_zero() || digit_exponent == cutoff_max_exponent {
                break;
            }
            out.push(b'0' + output_digit as u8);
            scaled_value.mul_small(10);
        }
    }

    // round off the final digit
    let mut round_down = low;
    if low == high {
        scaled_value.mul2();
        let c = scaled_value.cmp(&scale);
        round_down = c == Ordering::Less;
        if c == Ordering::Equal {
            round_down = output_digit & 1 == 0;
        }
    }
    if round_down {
        out.push(b'0' + output_digit as u8);
    } else if output_digit == 9 {
        loop {
            match out.pop() {
                None => {
                    out.push(b'1');
                    out_exponent += 1;
                    break;
                }
                Some(d) if d != b'9' => {
                    out.push(d + 1);
                    break;
                }
                Some(_) => {}
            }
        }
    } else {
        out.push(b'0' + output_digit as u8 + 1);
    }
    out_exponent
}

// ---------------------------------------------------------------------------
// Minimal big unsigned integer for Dragon4 (32-bit blocks, little endian)
// ---------------------------------------------------------------------------

/// Enough for any f64 / f32 Dragon4 computation (the largest values are about
/// 10 * 2^1080, i.e. 35 blocks).
const BIG_CAP: usize = 48;

#[derive(Clone)]
struct Big {
    len: usize,
    b: [u32; BIG_CAP],
}

impl Big {
    fn zero() -> Big {
        Big {
            len: 0,
            b: [0; BIG_CAP],
        }
    }

    fn from_u64(v: u64) -> Big {
        let mut r = Big::zero();
        r.b[0] = v as u32;
        r.b[1] = (v >> 32) as u32;
        r.len = if v >> 32 != 0 {
            2
        } else if v != 0 {
            1
        } else {
            0
        };
        r
    }

    fn pow2(e: u32) -> Big {
        let mut r = Big::zero();
        let blk = (e / 32) as usize;
        r.b[blk] = 1 << (e % 32);
        r.len = blk + 1;
        r
    }

    fn is_zero(&self) -> bool {
        self.len == 0
    }

    fn trim(&mut self) {
        while self.len > 0 && self.b[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    fn cmp(&self, o: &Big) -> Ordering {
        if self.len != o.len {
            return self.len.cmp(&o.len);
        }
        for i in (0..self.len).rev() {
            match self.b[i].cmp(&o.b[i]) {
                Ordering::Equal => continue,
                c => return c,
            }
        }
        Ordering::Equal
    }

    /// self = a + c
    fn set_sum(&mut self, a: &Big, c: &Big) {
        let (large, small) = if a.len < c.len { (c, a) } else { (a, c) };
        let mut carry = 0u64;
        for i in 0..large.len {
            let s = carry + large.b[i] as u64 + if i < small.len { small.b[i] as u64 } else { 0 };
            self.b[i] = s as u32;
            carry = s >> 32;
        }
        self.len = large.len;
        if carry != 0 {
            self.b[self.len] = carry as u32;
            self.len += 1;
        }
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for i in 0..self.len {
            let p = self.b[i] as u64 * m as u64 + carry;
            self.b[i] = p as u32;
            carry = p >> 32;
        }
        if carry != 0 {
            self.b[self.len] = carry as u32;
            self.len += 1;
        }
    }

    fn mul2(&mut self) {
        self.shl(1);
    }

    fn mul_pow10(&mut self, mut e: u32) {
        while e >= 9 {
            self.mul_small(1_000_000_000);
            e -= 9;
        }
        if e > 0 {
            self.mul_small(10u32.pow(e));
        }
    }

    fn shl(&mut self, shift: u32) {
        if self.len == 0 || shift == 0 {
            return;
        }
        let blocks = (shift / 32) as usize;
        let bits = shift % 32;
        let old_len = self.len;
        // process blocks high to low so the shift can be done in place
        if bits == 0 {
            for i in (0..old_len).rev() {
                self.b[i + blocks] = self.b[i];
            }
            self.len = old_len + blocks;
        } else {
            self.b[old_len + blocks] = 0;
            for i in (0..old_len).rev() {
                let v = self.b[i];
                self.b[i + blocks + 1] |= v >> (32 - bits);
                self.b[i + blocks] = v << bits;
            }
            self.len = old_len + blocks + 1;
        }
        self.b[..blocks].fill(0);
        self.trim();
    }

    /// BigInt_DivideWithRemainder_MaxQuotient9: self becomes the remainder and the
    /// quotient (< 10) is returned.
    fn divrem_max9(&mut self, divisor: &Big) -> u32 {
        let mut length = divisor.len;
        if self.len < divisor.len {
            return 0;
        }
        let final_divisor = divisor.b[length - 1];
        let final_dividend = self.b[length - 1];
        let mut quotient = final_dividend / (final_divisor + 1);
        if quotient != 0 {
            let mut borrow = 0u64;
            let mut carry = 0u64;
            for i in 0..length {
                let product = divisor.b[i] as u64 * quotient as u64 + carry;
                carry = product >> 32;
                let difference = (self.b[i] as u64)
                    .wrapping_sub(product & 0xffff_ffff)
                    .wrapping_sub(borrow);
                borrow = (difference >> 32) & 1;
                self.b[i] = difference as u32;
            }
            while length > 0 && self.b[length - 1] == 0 {
                length -= 1;
            }
            self.len = length;
        }
        if self.cmp(divisor) != Ordering::Less {
            quotient += 1;
            let mut borrow = 0u64;
            for i in 0..divisor.len {
                let difference = (self.b[i] as u64)
                    .wrapping_sub(divisor.b[i] as u64)
                    .wrapping_sub(borrow);
                borrow = (difference >> 32) & 1;
                self.b[i] = difference as u32;
            }
            let mut length = divisor.len;
            while length > 0 && self.b[length - 1] == 0 {
                length -= 1;
            }
            self.len = length;
        }
        quotient
    }
}
