//! PyTorch-exact text formatting of tensors.
//!
//! This module reproduces, byte for byte, what PyTorch 2.11 prints for `str(t)` / `repr(t)` /
//! `print(t)` of a plain strided tensor (torch's `__str__` and `__repr__` are the same function)
//! for the element kinds arrc supports (bool, int32, int64, float32, float64), with the default
//! dtype float32 and the default device `cpu`. It is a port of `torch/_tensor_str.py`:
//! `_Formatter`, `_scalar_str`, `_vector_str`, `_tensor_str_with_formatter`, `_tensor_str`,
//! `get_summarized_data`, `_add_suffixes` and the plain-tensor branch of `_str_intern`, as they
//! stand in recent PyTorch (ported from a late-2025 main-branch copy): `sci_mode` is decided
//! before the column width is measured (pytorch#126859), and `edgeitems=0` prints a summarised
//! tensor as `[...]` and adds a `size=` suffix to every non-empty tensor.
//!
//! Floats are formatted the way torch does it: every element is turned into a Python `float`
//! (a float32 element is widened exactly to double) and formatted with Python's
//! `'{:.Nf}'` / `'{:W.Ne}'` / `'{:.0f}'`, which are correctly rounded (round-half-even on the
//! exact binary value). Rust's `{:.N}` / `{:.Ne}` are correctly rounded in the same way; only
//! the exponent spelling differs (`e-3` versus Python's `e-03`) and is rewritten here.
//!
//! Pure Rust, no I/O, no `unsafe`.

use crate::format::{format_shape, py_float_repr, ArraySource, ElemKind, Scalar};

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/// `torch.set_printoptions(...)` state (`torch._tensor_str.PRINT_OPTS`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TorchPrintOptions {
    /// Digits after the decimal point (fixed) or of the mantissa (scientific). Default 4.
    pub precision: usize,
    /// Tensors with more elements than this are summarised. Default 1000
    /// (`profile='full'` would be infinity: use `usize::MAX`).
    pub threshold: usize,
    /// Items kept at the start and end of each summarised dimension. Default 3.
    pub edgeitems: usize,
    /// Characters per line for wrapping 1-D rows and suffixes. Default 80.
    pub linewidth: usize,
    /// `None`: torch chooses scientific notation itself; `Some(b)` forces it on or off.
    pub sci_mode: Option<bool>,
}

impl Default for TorchPrintOptions {
    fn default() -> Self {
        TorchPrintOptions {
            precision: 4,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 80,
            sci_mode: None,
        }
    }
}

// ---------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------

/// `str(t)` == `repr(t)` == what `print(t)` writes (without the newline) for a plain tensor.
///
/// `device` is the tensor's device string when it is not the default device `cpu`
/// (e.g. `Some("cuda:0")`, printed as the suffix `, device='cuda:0'`); `None` for a CPU tensor.
pub fn tensor_str(a: &dyn ArraySource, device: Option<&str>, opts: &TorchPrintOptions) -> String {
    // _str_intern, plain strided tensor, no grad, no names.
    let prefix = "tensor(";
    let indent = prefix.len();
    let mut suffixes: Vec<String> = Vec::new();
    if let Some(dev) = device {
        suffixes.push(format!("device='{dev}'"));
    }
    let kind = a.kind();
    let shape = a.shape();
    let numel: usize = shape.iter().product();
    let body = if numel == 0 {
        // Explicitly print the shape if it is not (0,), to match NumPy behaviour.
        if shape.len() != 1 {
            suffixes.push(format!("size={}", format_shape(shape)));
        }
        // No elements to infer the dtype from: anything but the default dtype is shown.
        if kind != ElemKind::F32 {
            suffixes.push(format!("dtype={}", torch_dtype_str(kind)));
        }
        "[]".to_string()
    } else {
        if opts.edgeitems == 0 {
            suffixes.push(format!("size={}", format_shape(shape)));
        }
        // has_default_dtype: float32 (default dtype), int64, bool (and complex64).
        if !matches!(kind, ElemKind::F32 | ElemKind::I64 | ElemKind::Bool) {
            suffixes.push(format!("dtype={}", torch_dtype_str(kind)));
        }
        tensor_body(a, indent, opts)
    };
    add_suffixes(
        &format!("{prefix}{body}"),
        &suffixes,
        indent,
        opts.linewidth,
    )
}

/// `str(t.shape)` / `str(t.size())`: `torch.Size([3, 4])`, `torch.Size([])`.
pub fn torch_size_str(shape: &[usize]) -> String {
    let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    format!("torch.Size([{}])", parts.join(", "))
}

/// `str(t.dtype)`: `torch.float32`, `torch.float64`, `torch.int32`, `torch.int64`, `torch.bool`.
pub fn torch_dtype_str(kind: ElemKind) -> &'static str {
    match kind {
        ElemKind::Bool => "torch.bool",
        ElemKind::I32 => "torch.int32",
        ElemKind::I64 => "torch.int64",
        ElemKind::F32 => "torch.float32",
        ElemKind::F64 => "torch.float64",
        // Complex arrays are never tensors (sema rejects them).
        ElemKind::C64 => "torch.complex64",
        ElemKind::C128 => "torch.complex128",
        _ => "torch.unsupported",
    }
}

/// `str()` of the Python scalar that `t.item()` (or `float(t)` / `int(t)` / `bool(t)` of the
/// same kind) returns: floating tensors give a Python `float` (a float32 value is widened
/// exactly, so `torch.tensor(0.1).item()` prints `0.10000000149011612`), integer tensors a
/// Python `int`, bool tensors `True` / `False`.
pub fn torch_scalar_str(s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.to_string(),
        Scalar::I32(i) => i.to_string(),
        Scalar::I64(i) => i.to_string(),
        Scalar::Int(_, i) => i.to_string(),
        Scalar::U64(u) => u.to_string(),
        Scalar::F32(x) => py_float_repr(x as f64),
        Scalar::F64(x) => py_float_repr(x),
        Scalar::C64(..) | Scalar::C128(..) => crate::format::scalar_str(s, &Default::default()),
    }
}

/// Python's `'{:.{prec}f}'.format(x)`: correctly rounded fixed notation, `nan`, `inf`, `-inf`,
/// and a `-` sign on negative zero and on negative values that round to zero.
pub fn py_format_fixed(x: f64, prec: usize) -> String {
    if let Some(s) = py_nonfinite(x) {
        return s.to_string();
    }
    let body = format!("{:.*}", prec, x.abs());
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// Python's `'{:.{prec}e}'.format(x)`: correctly rounded scientific notation with an explicit
/// exponent sign and at least two exponent digits (`1.0000e-03`, `1.2346e+100`).
pub fn py_format_sci(x: f64, prec: usize) -> String {
    if let Some(s) = py_nonfinite(x) {
        return s.to_string();
    }
    let r = format!("{:.*e}", prec, x.abs());
    let (mant, exp) = r
        .split_once('e')
        .expect("Rust `e` formatting has an exponent");
    let e: i32 = exp.parse().expect("Rust `e` exponent is an integer");
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}{mant}e{esign}{:02}", e.unsigned_abs())
}

fn py_nonfinite(x: f64) -> Option<&'static str> {
    if x.is_nan() {
        Some("nan")
    } else if x.is_infinite() {
        Some(if x < 0.0 { "-inf" } else { "inf" })
    } else {
        None
    }
}

/// Python's `' ' * n + s` right justification (negative `n` adds nothing).
fn rjust(s: String, width: usize) -> String {
    if s.len() >= width {
        s
    } else {
        " ".repeat(width - s.len()) + &s
    }
}

// ---------------------------------------------------------------------------
// _Formatter
// ---------------------------------------------------------------------------

/// Port of `torch._tensor_str._Formatter`.
struct Formatter {
    floating_dtype: bool,
    int_mode: bool,
    sci_mode: bool,
    max_width: usize,
    precision: usize,
}

fn scalar_f64(v: Scalar) -> f64 {
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

/// `'{}'.format(value)` of a non-floating element (its Python `int` / `bool`).
fn nonfloat_str(v: Scalar) -> String {
    match v {
        Scalar::Bool(b) => if b { "True" } else { "False" }.to_string(),
        Scalar::I32(i) => i.to_string(),
        Scalar::I64(i) => i.to_string(),
        Scalar::Int(_, i) => i.to_string(),
        Scalar::U64(u) => u.to_string(),
        Scalar::F32(x) => py_float_repr(x as f64),
        Scalar::F64(x) => py_float_repr(x),
        Scalar::C64(..) | Scalar::C128(..) => crate::format::scalar_str(v, &Default::default()),
    }
}

impl Formatter {
    /// `_Formatter(tensor)` over the (possibly summarised) elements `values`.
    fn new(kind: ElemKind, values: &[Scalar], opts: &TorchPrintOptions) -> Formatter {
        let floating_dtype = matches!(kind, ElemKind::F32 | ElemKind::F64);
        let mut f = Formatter {
            floating_dtype,
            int_mode: true,
            sci_mode: false,
            max_width: 1,
            precision: opts.precision,
        };
        if !floating_dtype {
            for &v in values {
                f.max_width = f.max_width.max(nonfloat_str(v).len());
            }
        } else {
            // Elements are Python floats (float32 widened exactly to double); the min / max
            // are computed on the absolute values converted to double (`tensor_totype`).
            let nonzero_finite: Vec<f64> = values
                .iter()
                .map(|&v| scalar_f64(v))
                .filter(|x| x.is_finite() && *x != 0.0)
                .collect();
            if nonzero_finite.is_empty() {
                // no valid number, do nothing (not even apply a forced sci_mode)
                return f;
            }
            let mut nz_min = f64::INFINITY;
            let mut nz_max = 0.0f64;
            for &x in &nonzero_finite {
                nz_min = nz_min.min(x.abs());
                nz_max = nz_max.max(x.abs());
            }
            f.int_mode = nonzero_finite.iter().all(|&x| x == x.ceil());
            // Decided before the widths are measured, so a forced sci_mode also sizes the
            // columns (pytorch#126859).
            f.sci_mode = match opts.sci_mode {
                None => nz_max / nz_min > 1000.0 || nz_max > 1.0e8 || nz_min < 1.0e-4,
                Some(s) => s,
            };
            let p = opts.precision;
            for &x in &nonzero_finite {
                let len = if f.sci_mode {
                    py_format_sci(x, p).len()
                } else if f.int_mode {
                    // In int_mode for floats all numbers are integers and a '.' is appended:
                    // add 1 to the length to account for it.
                    py_format_fixed(x, 0).len() + 1
                } else {
                    py_format_fixed(x, p).len()
                };
                f.max_width = f.max_width.max(len);
            }
        }
        f
    }

    fn width(&self) -> usize {
        self.max_width
    }

    fn format(&self, v: Scalar) -> String {
        let ret = if self.floating_dtype {
            let x = scalar_f64(v);
            if self.sci_mode {
                // '{:{max_width}.{precision}e}'.format(value)
                rjust(py_format_sci(x, self.precision), self.max_width)
            } else if self.int_mode {
                let mut r = py_format_fixed(x, 0);
                if x.is_finite() {
                    r.push('.');
                }
                r
            } else {
                py_format_fixed(x, self.precision)
            }
        } else {
            nonfloat_str(v)
        };
        rjust(ret, self.max_width)
    }
}

// ---------------------------------------------------------------------------
// _tensor_str and friends
// ---------------------------------------------------------------------------

/// The indices of one dimension of length `n` that `get_summarized_data` keeps.
/// With edgeitems == 0, a 1-D tensor keeps everything (`cat(self[:0], self[-0:])`) and a
/// tensor of 2 or more dimensions keeps nothing (`self.new_empty([0] * self.dim())`).
fn summarized_axis(n: usize, edge: usize, ndim: usize) -> Vec<usize> {
    if edge == 0 {
        if ndim == 1 {
            (0..n).collect()
        } else {
            Vec::new()
        }
    } else if n > 2 * edge {
        (0..edge).chain(n - edge..n).collect()
    } else {
        (0..n).collect()
    }
}

/// `_tensor_str(self, indent)` for a non-empty tensor.
fn tensor_body(a: &dyn ArraySource, indent: usize, opts: &TorchPrintOptions) -> String {
    let shape = a.shape();
    let ndim = shape.len();
    let numel: usize = shape.iter().product();
    if numel == 0 {
        return "[]".to_string();
    }
    let summarize = numel > opts.threshold;

    // The elements the formatter sees: the whole tensor, or get_summarized_data(self).
    let axes: Vec<Vec<usize>> = shape
        .iter()
        .map(|&n| {
            if summarize {
                summarized_axis(n, opts.edgeitems, ndim)
            } else {
                (0..n).collect()
            }
        })
        .collect();
    let mut values: Vec<Scalar> = Vec::new();
    if axes.iter().all(|v| !v.is_empty()) {
        let mut pos = vec![0usize; ndim];
        let mut index: Vec<usize> = axes.iter().map(|v| v[0]).collect();
        loop {
            values.push(a.get(&index));
            let mut ax = ndim;
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
    }
    let formatter = Formatter::new(a.kind(), &values, opts);
    drop(values);

    let mut w = Writer {
        a,
        formatter,
        opts,
        summarize,
        index: Vec::with_capacity(ndim),
    };
    w.with_formatter(indent)
}

struct Writer<'a> {
    a: &'a dyn ArraySource,
    formatter: Formatter,
    opts: &'a TorchPrintOptions,
    summarize: bool,
    index: Vec<usize>,
}

impl Writer<'_> {
    /// `_tensor_str_with_formatter(self[index], indent, summarize, formatter)`.
    fn with_formatter(&mut self, indent: usize) -> String {
        let shape = self.a.shape();
        let dim = shape.len() - self.index.len();
        if dim == 0 {
            // _scalar_str
            return self.formatter.format(self.a.get(&self.index));
        }
        if dim == 1 {
            return self.vector(indent);
        }
        let n = shape[self.index.len()];
        let edge = self.opts.edgeitems;
        let mut slices: Vec<String> = Vec::new();
        if self.summarize && n > 2 * edge {
            for i in 0..edge {
                slices.push(self.child(i, indent + 1));
            }
            slices.push("...".to_string());
            for i in n - edge..n {
                slices.push(self.child(i, indent + 1));
            }
        } else {
            for i in 0..n {
                slices.push(self.child(i, indent + 1));
            }
        }
        let sep = format!(",{}{}", "\n".repeat(dim - 1), " ".repeat(indent + 1));
        format!("[{}]", slices.join(&sep))
    }

    fn child(&mut self, i: usize, indent: usize) -> String {
        self.index.push(i);
        let r = self.with_formatter(indent);
        self.index.pop();
        r
    }

    fn element(&mut self, i: usize) -> String {
        self.index.push(i);
        let r = self.formatter.format(self.a.get(&self.index));
        self.index.pop();
        r
    }

    /// `_vector_str(self[index], indent, summarize, formatter)`.
    fn vector(&mut self, indent: usize) -> String {
        // length includes spaces and comma between elements
        let element_length = (self.formatter.width() + 2) as isize;
        let avail = self.opts.linewidth as isize - indent as isize;
        let elements_per_line = avail.div_euclid(element_length).max(1) as usize;

        let n = self.a.shape()[self.index.len()];
        let edge = self.opts.edgeitems;
        let mut data: Vec<String> = Vec::new();
        if self.summarize && edge == 0 {
            data.push("...".to_string());
        } else if self.summarize && n > 2 * edge {
            for i in 0..edge {
                data.push(self.element(i));
            }
            data.push(" ...".to_string());
            for i in n - edge..n {
                data.push(self.element(i));
            }
        } else {
            for i in 0..n {
                data.push(self.element(i));
            }
        }
        let lines: Vec<String> = data
            .chunks(elements_per_line)
            .map(|line| line.join(", "))
            .collect();
        let sep = format!(",\n{}", " ".repeat(indent + 1));
        format!("[{}]", lines.join(&sep))
    }
}

/// `_add_suffixes(tensor_str, suffixes, indent, force_newline=False)`.
fn add_suffixes(tensor_str: &str, suffixes: &[String], indent: usize, linewidth: usize) -> String {
    let mut out = String::from(tensor_str);
    // len(tensor_str) - tensor_str.rfind("\n") + 1, with rfind == -1 when there is no newline
    let rfind = tensor_str.rfind('\n').map_or(-1, |p| p as isize);
    let mut last_line_len = tensor_str.len() as isize - rfind + 1;
    for suffix in suffixes {
        let suffix_len = suffix.len() as isize;
        if last_line_len + suffix_len + 2 > linewidth as isize {
            out.push_str(",\n");
            out.push_str(&" ".repeat(indent));
            out.push_str(suffix);
            last_line_len = indent as isize + suffix_len;
        } else {
            out.push_str(", ");
            out.push_str(suffix);
            last_line_len += suffix_len + 2;
        }
    }
    out.push(')');
    out
}
