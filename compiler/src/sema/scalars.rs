//! f-strings and printf-style `"literal" % values` (compiled to the f-string it equals), the
//! `math` module, NumPy scalar constructors, `np.set_printoptions`, and the scalar builtins
//! `round`, `min`, `max` and `len` of a str.
//!
//! A format spec is checked here with the runtime's own port of CPython's mini-language
//! (`arrc_runtime::pyfmt`), so a spec CPython would reject for the value's type is a
//! compile-time error in CPython's words.

use super::{mk, py_type_name, unsupported, Result, Sema};
use crate::hir::{self, ExprKind as H, FStringPart, ScalarFn};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{DType, Ty};
use arrc_runtime::pyfmt;

/// NumPy's scalar types callable as constructors: `np.float64(x)`.
pub(super) fn numpy_scalar_type(name: &str) -> Option<DType> {
    match name {
        "float64" | "double" => Some(DType::F64),
        "float32" | "single" => Some(DType::F32),
        "int64" | "int_" => Some(DType::I64),
        "int32" | "intc" => Some(DType::I32),
        "bool_" | "bool" => Some(DType::Bool),
        "complex128" | "cdouble" => Some(DType::C128),
        "complex64" | "csingle" => Some(DType::C64),
        n => crate::int_dtypes::parse_name(n),
    }
}

/// The canonical name of a NumPy scalar type (`np.float64` prints `<class 'numpy.float64'>`).
pub fn scalar_type_name(d: DType) -> &'static str {
    match d {
        DType::F64 => "float64",
        DType::F32 => "float32",
        DType::I64 => "int64",
        DType::I32 => "int32",
        DType::Bool => "bool",
        DType::C128 => "complex128",
        DType::C64 => "complex64",
        d => d.name(),
    }
}

impl Sema {
    // ---- f-strings ----

    pub(super) fn fstring(&mut self, parts: &[ast::FStringPart], span: Span) -> Result<hir::Expr> {
        let mut out = Vec::new();
        for part in parts {
            match part {
                ast::FStringPart::Literal(text) => out.push(FStringPart::Literal(text.clone())),
                ast::FStringPart::Field {
                    value,
                    conversion,
                    spec,
                } => out.push(self.fstring_field(value, *conversion, spec)?),
            }
        }
        // Without fields it is a plain string constant.
        match out.as_slice() {
            [] => Ok(mk(H::Str(String::new()), Ty::Str, span)),
            [FStringPart::Literal(text)] => Ok(mk(H::Str(text.clone()), Ty::Str, span)),
            _ => Ok(mk(H::FString(out), Ty::Str, span)),
        }
    }

    fn fstring_field(
        &mut self,
        value: &ast::Expr,
        conversion: Option<char>,
        spec: &str,
    ) -> Result<FStringPart> {
        let v = self.expr(value)?;
        self.printable(&v)?;
        let span = v.span;
        if spec.contains('{') {
            return unsupported(span, "replacement fields nested in a format spec");
        }
        let repr = match conversion {
            None | Some('s') => false,
            Some('r') => true,
            Some(_) => return unsupported(span, "the !a conversion"),
        };
        if spec.is_empty() {
            // `format(x, '')` of a NumPy scalar is that of the Python scalar it converts to
            // (`f"{np.float32(0.1)}"` is `0.10000000149011612`); `!s` keeps NumPy's str.
            let v = match (&v.ty, conversion) {
                (Ty::NpScalar(d), None) => {
                    let py = Ty::scalar_of(*d, false);
                    self.to_py(v, py)
                }
                _ => v,
            };
            return Ok(FStringPart::Text { value: v, repr });
        }
        if conversion.is_some() {
            let text = mk(
                H::Text {
                    repr,
                    value: Box::new(v),
                },
                Ty::Str,
                span,
            );
            return self.format_part(text, spec);
        }
        self.format_part(v, spec)
    }

    /// `{v:spec}`: NumPy scalars format as the Python scalar they convert to.
    fn format_part(&mut self, v: hir::Expr, spec: &str) -> Result<FStringPart> {
        let span = v.span;
        let (value, sample) = match &v.ty {
            Ty::Int
            | Ty::NpScalar(
                DType::I64
                | DType::I32
                | DType::U8
                | DType::U16
                | DType::U32
                | DType::I8
                | DType::I16,
            ) => (self.to_py(v, Ty::Int), pyfmt::Value::Int(0)),
            Ty::NpScalar(DType::U64) => {
                return unsupported(span, "formatting a numpy.uint64 in an f-string")
            }
            Ty::Bool | Ty::NpScalar(DType::Bool) => {
                (self.to_py(v, Ty::Bool), pyfmt::Value::Bool(false))
            }
            Ty::Float | Ty::NpScalar(_) => (self.to_py(v, Ty::Float), pyfmt::Value::Float(0.0)),
            Ty::Str => (v, pyfmt::Value::Str("")),
            Ty::Array(a) if a.tensor.is_none() => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    "unsupported format string passed to numpy.ndarray.__format__",
                )
            }
            t @ (Ty::Tuple(_) | Ty::None) => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    format!(
                        "unsupported format string passed to {}.__format__",
                        py_type_name(t)
                    ),
                )
            }
            t => return unsupported(span, format!("a format spec for a {t}")),
        };
        // The spec's errors do not depend on the value (but for `c` out of range, which the
        // runtime reports), so formatting a sample finds them.
        if let Err(message) = pyfmt::format(sample, spec) {
            return super::py_err(pyfmt::error_exc(&message), span, message);
        }
        Ok(FStringPart::Format {
            value,
            spec: spec.to_string(),
        })
    }

    // ---- the math module ----

    pub(super) fn math_attribute(
        &mut self,
        attr: &str,
        attr_span: Span,
        span: Span,
    ) -> Result<hir::Expr> {
        let c = match attr {
            "pi" => std::f64::consts::PI,
            "e" => std::f64::consts::E,
            "tau" => std::f64::consts::TAU,
            "inf" => f64::INFINITY,
            "nan" => f64::NAN,
            "sqrt" | "exp" | "log" | "floor" | "ceil" | "sin" | "cos" | "tan" | "log2"
            | "log10" | "fabs" | "pow" | "isnan" | "isinf" | "isfinite" | "atan2" | "hypot"
            | "trunc" | "fsum" | "prod" | "comb" | "factorial" | "gcd" => {
                return unsupported(span, format!("math.{attr} as a value"))
            }
            _ => {
                return super::py_err(
                    PyExc::AttributeError,
                    attr_span,
                    format!("module 'math' has no attribute '{attr}'"),
                )
            }
        };
        Ok(mk(H::Float(c), Ty::Float, span))
    }

    /// A `math` function's argument as a Python float, with CPython's type errors.
    fn math_float_arg(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let v = self.expr(e)?;
        match &v.ty {
            t if t.is_scalar() => Ok(self.to_py(v, Ty::Float)),
            Ty::Array(a) if a.size() != 1 => super::py_err(
                PyExc::TypeError,
                e.span,
                "only 0-dimensional arrays can be converted to Python scalars",
            ),
            Ty::Array(_) => unsupported(e.span, "a math function of a one-element array"),
            t => super::py_err(
                PyExc::TypeError,
                e.span,
                format!("must be real number, not {}", py_type_name(t)),
            ),
        }
    }

    pub(super) fn math_call(
        &mut self,
        name: &str,
        func: &ast::Expr,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let known = ["sqrt", "exp", "log", "floor", "ceil"];
        if !known.contains(&name) {
            let attr_span = match &func.kind {
                A::Attribute { attr_span, .. } => *attr_span,
                _ => func.span,
            };
            return self.math_attribute(name, attr_span, span);
        }
        if !kwargs.is_empty() {
            return super::py_err(
                PyExc::TypeError,
                span,
                format!("math.{name}() takes no keyword arguments"),
            );
        }
        if name == "log" {
            if args.is_empty() || args.len() > 2 {
                return super::py_err(PyExc::TypeError, span, "math.log requires 1 to 2 arguments");
            }
        } else if args.len() != 1 {
            return super::py_err(
                PyExc::TypeError,
                span,
                format!(
                    "math.{name}() takes exactly one argument ({} given)",
                    args.len()
                ),
            );
        }
        if matches!(name, "floor" | "ceil") {
            let v = self.expr(&args[0])?;
            // int.__floor__ is the int itself (a bool gives its int). NumPy's integer scalars
            // have no __floor__/__ceil__: math goes through their float value (2**62 + 1
            // becomes 2**62).
            if matches!(v.ty, Ty::Int | Ty::Bool) {
                return Ok(self.to_py(v, Ty::Int));
            }
            let x = self.math_float_arg(&args[0])?;
            let func = if name == "floor" {
                ScalarFn::MathFloor
            } else {
                ScalarFn::MathCeil
            };
            return Ok(mk(
                H::ScalarCall {
                    func,
                    args: vec![x],
                },
                Ty::Int,
                span,
            ));
        }
        let mut vals = Vec::new();
        for a in args {
            vals.push(self.math_float_arg(a)?);
        }
        let func = match (name, vals.len()) {
            ("sqrt", _) => ScalarFn::MathSqrt,
            ("exp", _) => ScalarFn::MathExp,
            ("log", 1) => ScalarFn::MathLog,
            _ => ScalarFn::MathLogBase,
        };
        Ok(mk(H::ScalarCall { func, args: vals }, Ty::Float, span))
    }

    // ---- NumPy scalar constructors and print options ----

    /// `np.float64(x)`, `np.float32(x)`, `np.int64(x)`, `np.bool_(x)` of a scalar.
    pub(super) fn numpy_scalar(
        &mut self,
        dtype: DType,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(kw) = kwargs.first() {
            return unsupported(kw.span, format!("keyword arguments of np.{name}()"));
        }
        if dtype.is_complex() {
            let vals = self.args(args)?;
            return self.complex_call(Some(dtype), vals, span);
        }
        let v = match args {
            [] => match dtype {
                DType::F64 | DType::F32 => mk(H::Float(0.0), Ty::Float, span),
                DType::Bool => mk(H::Bool(false), Ty::Bool, span),
                DType::C64 | DType::C128 => unreachable!("complex scalars are complex_call's"),
                _ => mk(H::Int(0), Ty::Int, span),
            },
            [a] => self.expr(a)?,
            _ => return unsupported(span, format!("np.{name}() of more than one argument")),
        };
        if !v.ty.is_scalar() {
            return unsupported(v.span, format!("np.{name}() of a {}", v.ty));
        }
        if dtype == DType::Bool {
            let t = self.truth(v)?;
            return Ok(self.to_py(t, Ty::NpScalar(DType::Bool)));
        }
        self.check_fits_int32(&v, dtype, span)?;
        Ok(self.to_py(v, Ty::NpScalar(dtype)))
    }

    /// `np.set_printoptions(precision, threshold, edgeitems, linewidth, suppress)`.
    pub(super) fn set_printoptions(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
    ) -> Result<hir::StmtKind> {
        const NAMES: [&str; 5] = [
            "precision",
            "threshold",
            "edgeitems",
            "linewidth",
            "suppress",
        ];
        let mut given: [Option<hir::Expr>; 5] = Default::default();
        if args.len() > NAMES.len() {
            return unsupported(
                args[NAMES.len()].span,
                "this argument of np.set_printoptions",
            );
        }
        let named = args
            .iter()
            .enumerate()
            .map(|(i, a)| (NAMES[i], a, a.span))
            .chain(kwargs.iter().map(|k| (k.name.as_str(), &k.value, k.span)));
        for (name, value, at) in named {
            let Some(i) = NAMES.iter().position(|n| *n == name) else {
                return unsupported(at, format!("the print option '{name}'"));
            };
            let v = self.expr(value)?;
            let v = match (&v.ty, name) {
                (Ty::None, _) => continue,
                (Ty::Bool | Ty::Int | Ty::NpScalar(DType::Bool | DType::I64), "suppress") => {
                    self.truth(v)?
                }
                (
                    Ty::Int
                    | Ty::NpScalar(
                        DType::I64
                        | DType::I32
                        | DType::U8
                        | DType::U16
                        | DType::U32
                        | DType::I8
                        | DType::I16,
                    ),
                    _,
                ) => self.to_py(v, Ty::Int),
                // `threshold=np.inf` (or `math.inf`): never summarise.
                (Ty::Float, "threshold") if matches!(v.kind, H::Float(x) if x == f64::INFINITY) => {
                    mk(H::Int(i64::MAX), Ty::Int, v.span)
                }
                (_, "precision") => {
                    return super::py_err(
                        PyExc::TypeError,
                        value.span,
                        "precision must be an integer",
                    )
                }
                (t, _) => {
                    return unsupported(value.span, format!("{name}={} in np.set_printoptions", t))
                }
            };
            given[i] = Some(v);
        }
        let [precision, threshold, edgeitems, linewidth, suppress] = given;
        Ok(hir::StmtKind::SetPrintOptions {
            precision,
            suppress,
            threshold,
            linewidth,
            edgeitems,
        })
    }

    // ---- builtins ----

    /// `len(s)` of a str.
    pub(super) fn str_len(&mut self, v: hir::Expr, span: Span) -> hir::Expr {
        mk(H::StrLen(Box::new(v)), Ty::Int, span)
    }

    /// `round(x)` / `round(x, ndigits)`.
    pub(super) fn round(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        // `round(number, ndigits)`, either by keyword.
        let mut all: Vec<ast::Expr> = args.to_vec();
        for kw in kwargs {
            let at = match kw.name.as_str() {
                "number" => 0,
                "ndigits" => 1,
                other => {
                    return super::py_err(
                        PyExc::TypeError,
                        kw.span,
                        format!("'{other}' is an invalid keyword argument for round()"),
                    )
                }
            };
            if at < all.len() {
                return super::py_err(
                    PyExc::TypeError,
                    kw.span,
                    format!(
                        "argument for round() given by name ('{}') and position ({})",
                        kw.name,
                        at + 1
                    ),
                );
            }
            if at > all.len() {
                // `round(ndigits=2)` alone: the number is missing.
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    "round() missing required argument 'number' (pos 1)",
                );
            }
            all.push(kw.value.clone());
        }
        let args = &all[..];
        if args.is_empty() || args.len() > 2 {
            let message = if args.is_empty() {
                "round() missing required argument 'number' (pos 1)".to_string()
            } else {
                format!("round() takes at most 2 arguments ({} given)", args.len())
            };
            return super::py_err(PyExc::TypeError, span, message);
        }
        let x = self.expr(&args[0])?;
        let ndigits = match args.get(1) {
            None => None,
            Some(a) => {
                let n = self.expr(a)?;
                match &n.ty {
                    Ty::None => None,
                    Ty::Int
                    | Ty::Bool
                    | Ty::NpScalar(
                        DType::I64
                        | DType::I32
                        | DType::U8
                        | DType::U16
                        | DType::U32
                        | DType::I8
                        | DType::I16
                        | DType::Bool,
                    ) => Some(self.to_py(n, Ty::Int)),
                    t => {
                        return super::py_err(
                            PyExc::TypeError,
                            a.span,
                            format!(
                                "'{}' object cannot be interpreted as an integer",
                                py_type_name(t)
                            ),
                        )
                    }
                }
            }
        };
        let call = |func, args, ty| mk(H::ScalarCall { func, args }, ty, span);
        Ok(match (&x.ty, ndigits) {
            (
                Ty::Int
                | Ty::Bool
                | Ty::NpScalar(
                    DType::I64
                    | DType::I32
                    | DType::U8
                    | DType::U16
                    | DType::U32
                    | DType::I8
                    | DType::I16,
                ),
                None,
            ) => self.to_py(x, Ty::Int),
            (Ty::NpScalar(d), _) if d.is_int() && *d != DType::I64 => {
                return unsupported(span, format!("round() of a numpy.{}", d.name()))
            }
            (Ty::Int | Ty::Bool, Some(n)) => {
                let x = self.to_py(x, Ty::Int);
                call(ScalarFn::RoundIntDigits, vec![x, n], Ty::Int)
            }
            (Ty::Float | Ty::NpScalar(DType::F64 | DType::F32), None) => {
                let x = self.to_py(x, Ty::Float);
                call(ScalarFn::RoundFloat, vec![x], Ty::Int)
            }
            (Ty::Float, Some(n)) => call(ScalarFn::RoundFloatDigits, vec![x, n], Ty::Float),
            (Ty::NpScalar(DType::I64), Some(n)) => call(
                ScalarFn::NpRoundIntDigits,
                vec![x, n],
                Ty::NpScalar(DType::I64),
            ),
            (Ty::NpScalar(DType::F64), Some(n)) => call(
                ScalarFn::NpRoundDigits,
                vec![x, n],
                Ty::NpScalar(DType::F64),
            ),
            (Ty::NpScalar(DType::F32), Some(n)) => call(
                ScalarFn::NpRoundDigitsF32,
                vec![x, n],
                Ty::NpScalar(DType::F32),
            ),
            (Ty::Str | Ty::None | Ty::Tuple(_) | Ty::NpScalar(DType::Bool), _) => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    format!(
                        "type {} doesn't define __round__ method",
                        py_type_name(&x.ty)
                    ),
                )
            }
            (t, _) => return unsupported(span, format!("round() of a {t}")),
        })
    }

    /// `min(a, b, …)` / `max(a, b, …)` of scalars of one type.
    pub(super) fn min_max(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(kw) = kwargs.first() {
            return unsupported(kw.span, format!("{name}() with keyword arguments"));
        }
        match args.len() {
            0 => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    format!("{name} expected at least 1 argument, got 0"),
                )
            }
            1 => {
                let v = self.expr(&args[0])?;
                if v.ty.is_scalar() {
                    return super::py_err(
                        PyExc::TypeError,
                        span,
                        format!("'{}' object is not iterable", py_type_name(&v.ty)),
                    );
                }
                if v.ty.as_array().is_some_and(|a| a.tensor.is_none()) {
                    return self.min_max_of_array(name, v, span);
                }
                return unsupported(span, format!("{name}() of one iterable"));
            }
            _ => {}
        }
        let vals = args
            .iter()
            .map(|a| self.expr(a))
            .collect::<Result<Vec<_>>>()?;
        if let Some(other) = vals.iter().find(|v| !v.ty.is_scalar()) {
            return unsupported(other.span, format!("{name}() of a {}", other.ty));
        }
        // Python and NumPy scalars of one kind (`min(total, 0)` where `total` became an
        // np.int64): the NumPy type, and which of the two the result is follows at run time
        // the argument picked (`Lower::min_max`).
        let mut ty = vals[0].ty.clone();
        for other in &vals[1..] {
            ty = match super::python_or_numpy(&ty, &other.ty) {
                _ if other.ty == ty => ty,
                Some(t) => t,
                None => {
                    return unsupported(
                        other.span,
                        format!(
                        "{name}() of a {} and a {}: the result's type would depend on the values",
                        vals[0].ty, other.ty
                    ),
                    )
                }
            };
        }
        Ok(mk(
            H::MinMax {
                max: name == "max",
                args: vals,
            },
            ty,
            span,
        ))
    }
}

/// One `%` conversion of a printf-style format: its flags, width and precision as written.
struct Conversion {
    left: bool,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: String,
    precision: Option<String>,
    conv: char,
}

impl Conversion {
    /// The format spec of `format(value, spec)` that prints what `%` prints, for a numeric
    /// conversion (`%-+08.3f` is `<+08.3f`; `-` wins over `0`, as in C).
    fn numeric_spec(&self) -> String {
        let mut s = String::new();
        if self.left {
            s.push('<');
        }
        s.extend(self.sign);
        if self.alt {
            s.push('#');
        }
        if self.zero && !self.left {
            s.push('0');
        }
        s.push_str(&self.width);
        if let Some(p) = &self.precision {
            s.push('.');
            s.push_str(p);
        }
        s.push(match self.conv {
            'i' | 'u' => 'd',
            c => c,
        });
        s
    }
}

impl Sema {
    /// `"literal" % value` / `"literal" % (a, b)`: CPython's printf-style formatting, as the
    /// f-string it equals: `%d` is `{int(v):d}`, `%.3f` `{float(v):.3f}`, `%x`/`%o` of an int
    /// `{v:x}`, `%s`/`%r` `str(v)`/`repr(v)` padded as `%` pads (to the right by default).
    pub(super) fn percent_format(
        &mut self,
        format: &str,
        args: hir::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let values: Vec<hir::Expr> = match (&args.ty, &args.kind) {
            (Ty::Tuple(_), H::Tuple(items)) => items.clone(),
            (Ty::Tuple(tys), _) => {
                let tys = tys.clone();
                let t = self.once(args, &mut first);
                tys.into_iter()
                    .enumerate()
                    .map(|(index, ty)| {
                        let tuple = Box::new(t.clone());
                        mk(H::TupleGet { tuple, index }, ty, span)
                    })
                    .collect()
            }
            _ => vec![args],
        };
        let mut values = values.into_iter();
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = format.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            if c != '%' {
                literal.push(c);
                continue;
            }
            let mut conv = Conversion {
                left: false,
                sign: None,
                alt: false,
                zero: false,
                width: String::new(),
                precision: None,
                conv: ' ',
            };
            while let Some(&(_, f)) = chars.peek() {
                match f {
                    '-' => conv.left = true,
                    '+' => conv.sign = Some('+'),
                    ' ' if conv.sign.is_none() => conv.sign = Some(' '),
                    ' ' => {}
                    '#' => conv.alt = true,
                    '0' => conv.zero = true,
                    _ => break,
                }
                chars.next();
            }
            while let Some(&(_, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                conv.width.push(d);
                chars.next();
            }
            if chars.peek().is_some_and(|&(_, c)| c == '.') {
                chars.next();
                let mut p = String::new();
                while let Some(&(_, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                    p.push(d);
                    chars.next();
                }
                conv.precision = Some(if p.is_empty() { "0".into() } else { p });
            }
            while chars
                .peek()
                .is_some_and(|&(_, c)| matches!(c, 'h' | 'l' | 'L'))
            {
                chars.next();
            }
            let Some((at, c)) = chars.next() else {
                return super::py_err(PyExc::ValueError, span, "incomplete format");
            };
            conv.conv = c;
            let plain = !conv.left && conv.sign.is_none() && !conv.alt && !conv.zero;
            if c == '%' && plain && conv.width.is_empty() && conv.precision.is_none() {
                literal.push('%');
                continue;
            }
            if matches!(c, '(' | '*' | 'c' | 'a' | '%') {
                return unsupported(span, format!("the %-format conversion '{c}'"));
            }
            if !"diuxXoeEfFgGsr".contains(c) {
                return super::py_err(
                    PyExc::ValueError,
                    span,
                    format!(
                        "unsupported format character '{c}' ({:#x}) at index {}",
                        c as u32,
                        // CPython counts characters, not bytes.
                        format[..at].chars().count()
                    ),
                );
            }
            let Some(v) = values.next() else {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    "not enough arguments for format string",
                );
            };
            if !literal.is_empty() {
                parts.push(FStringPart::Literal(std::mem::take(&mut literal)));
            }
            parts.push(self.percent_conversion(&conv, v)?);
        }
        if values.next().is_some() {
            return super::py_err(
                PyExc::TypeError,
                span,
                "not all arguments converted during string formatting",
            );
        }
        if !literal.is_empty() {
            parts.push(FStringPart::Literal(literal));
        }
        let text = mk(H::FString(parts), Ty::Str, span);
        Ok(super::seq(first, text))
    }

    /// The f-string part that prints `v` as `conv` does.
    fn percent_conversion(&mut self, conv: &Conversion, v: hir::Expr) -> Result<FStringPart> {
        let span = v.span;
        let c = conv.conv;
        let is_int = |t: &Ty| {
            matches!(
                t,
                Ty::Int
                    | Ty::Bool
                    | Ty::NpScalar(
                        DType::I64
                            | DType::I32
                            | DType::U8
                            | DType::U16
                            | DType::U32
                            | DType::I8
                            | DType::I16
                    )
            )
        };
        if matches!(v.ty, Ty::NpScalar(DType::U64)) {
            return unsupported(span, "%-formatting a numpy.uint64");
        }
        let is_real = |t: &Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float | Ty::NpScalar(_));
        match c {
            's' | 'r' => {
                self.printable(&v)?;
                let text = mk(
                    H::Text {
                        repr: c == 'r',
                        value: Box::new(v),
                    },
                    Ty::Str,
                    span,
                );
                let mut spec = String::new();
                if !conv.width.is_empty() {
                    spec.push(if conv.left { '<' } else { '>' });
                    spec.push_str(&conv.width);
                }
                if let Some(p) = &conv.precision {
                    spec.push('.');
                    spec.push_str(p);
                }
                if spec.is_empty() {
                    return Ok(FStringPart::Text {
                        value: text,
                        repr: false,
                    });
                }
                self.format_part(text, &spec)
            }
            'd' | 'i' | 'u' if conv.precision.is_some() => {
                unsupported(span, "a precision in a %d conversion")
            }
            'd' | 'i' | 'u' if is_real(&v.ty) => {
                let v = self.to_py(v, Ty::Int);
                self.format_part(v, &conv.numeric_spec())
            }
            'd' | 'i' | 'u' => real_required(span, c, &v.ty),
            'x' | 'X' | 'o' if conv.precision.is_some() => {
                unsupported(span, format!("a precision in a %{c} conversion"))
            }
            'x' | 'X' | 'o' if is_int(&v.ty) && v.ty != Ty::NpScalar(DType::Bool) => {
                let v = self.to_py(v, Ty::Int);
                self.format_part(v, &conv.numeric_spec())
            }
            'x' | 'X' | 'o' if v.ty.is_scalar() || v.ty == Ty::Str || v.ty == Ty::None => {
                super::py_err(
                    PyExc::TypeError,
                    span,
                    format!(
                        "%{c} format: an integer is required, not {}",
                        py_type_name(&v.ty)
                    ),
                )
            }
            _ if is_real(&v.ty) => {
                let v = self.to_py(v, Ty::Float);
                self.format_part(v, &conv.numeric_spec())
            }
            _ if v.ty == Ty::Str || v.ty == Ty::None => super::py_err(
                PyExc::TypeError,
                span,
                format!("must be real number, not {}", py_type_name(&v.ty)),
            ),
            _ => unsupported(span, format!("%{c} of a {}", v.ty)),
        }
    }
}

/// CPython's TypeError for `%d` of a value that is not a number.
fn real_required<T>(span: Span, c: char, t: &Ty) -> Result<T> {
    match t {
        Ty::Str | Ty::None | Ty::Tuple(_) => super::py_err(
            PyExc::TypeError,
            span,
            format!(
                "%{c} format: a real number is required, not {}",
                py_type_name(t)
            ),
        ),
        t => unsupported(span, format!("%{c} of a {t}")),
    }
}
