//! Everyday NumPy functions that NumPy itself writes in Python on top of ufuncs and
//! reductions arrc already compiles: `np.logspace`, `np.sinc`, `np.nansum`, `np.ptp`,
//! `np.fmax`/`np.fmin`, `np.heaviside`, `np.nan_to_num`, `np.trapezoid`, `np.polyval`,
//! `np.average` (without weights), `np.tri`, `np.kron`, `np.cross`, `np.vander` and `np.gradient`; and
//! `dtype.name`/`dtype.kind`. Each is rewritten, at the call's span, into the
//! same operations NumPy 2.4.6's Python source performs (`numpy/_core/function_base.py`,
//! `numpy/lib/_function_base_impl.py`, `numpy/lib/_nanfunctions_impl.py`,
//! `numpy/lib/_twodim_base_impl.py`, `numpy/lib/_polynomial_impl.py`, read for their
//! algorithms), so values, dtypes and the order of additions are NumPy's. The rewrites are
//! written as Python text ([`Sema::template`]), parsed once per call and typed with the
//! operands bound to hidden locals (each evaluated once, in argument order).

use super::desugar::{Build, NUMPY};
use super::shape::bind_args;
use super::{unsupported, Result, Sema};
use crate::hir;
use crate::source::{PyExc, SourceFile, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{DType, Ty};

/// The functions this module types.
pub(super) const FUNCTIONS: &[&str] = &[
    "logspace",
    "sinc",
    "nansum",
    "ptp",
    "fmax",
    "fmin",
    "heaviside",
    "nan_to_num",
    "trapezoid",
    "polyval",
    "average",
    "tri",
    "kron",
    "cross",
    "vander",
    "gradient",
];

/// `dtype.name` (`'float64'`) and `dtype.kind` (`'f'`), as strings.
pub(super) fn dtype_attr(d: DType, attr: &str, span: Span) -> hir::Expr {
    let text = if attr == "name" {
        d.name()
    } else if d == DType::Bool {
        "b"
    } else if d.is_complex() {
        "c"
    } else if d.is_float() {
        "f"
    } else if crate::int_dtypes::is_unsigned(d) {
        "u"
    } else {
        "i"
    };
    super::mk(hir::ExprKind::Str(text.into()), Ty::Str, span)
}

/// Rewrites every span of `e` to `span`, `np` to NumPy's hidden name and each name in
/// `names` to its hidden local's name; `raw` names are replaced by caller AST.
fn respan(e: &mut ast::Expr, span: Span, raw: &[(&str, &ast::Expr)]) {
    e.span = span;
    if let A::Name(n) = &e.kind {
        if n == "np" {
            e.kind = A::Name(NUMPY.into());
        } else if let Some((_, r)) = raw.iter().find(|(k, _)| k == n) {
            *e = (*r).clone();
        } else if n.starts_with("api_") {
            e.kind = A::Name(format!("api·{}", &n[4..]));
        }
        return;
    }
    let mut go = |x: &mut ast::Expr| respan(x, span, raw);
    match &mut e.kind {
        A::Tuple(items) | A::List(items) => items.iter_mut().for_each(go),
        A::BinOp { lhs, rhs, .. } => {
            go(lhs);
            go(rhs);
        }
        A::UnaryOp { operand, .. } => go(operand),
        A::BoolOp { values, .. } => values.iter_mut().for_each(go),
        A::Compare { left, rest } => {
            go(left);
            rest.iter_mut().for_each(|(_, r)| go(r));
        }
        A::Call { func, args, kwargs } => {
            go(func);
            args.iter_mut().for_each(&mut go);
            for k in kwargs {
                k.span = span;
                go(&mut k.value);
            }
        }
        A::Attribute {
            value, attr_span, ..
        } => {
            *attr_span = span;
            go(value);
        }
        A::Subscript { value, index } => {
            go(value);
            go(index);
        }
        A::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                go(x);
            }
        }
        A::IfExp { test, body, orelse } => {
            go(test);
            go(body);
            go(orelse);
        }
        A::Starred(x) => go(x),
        _ => {}
    }
}

/// Parses the Python expression `src` (a rewrite's text).
fn parse_template(src: &str) -> ast::Expr {
    let file = SourceFile::new("<api_math>", format!("{src}\n"));
    let module = crate::syntax::parser::parse_script(&file).expect("template parses");
    match module.body.into_iter().next().map(|s| s.kind) {
        Some(ast::StmtKind::Expr { value, .. }) => value,
        _ => panic!("template is an expression"),
    }
}

impl Sema {
    /// Types the Python expression `src` at `span`: `np` is NumPy, `api_NAME` names the value
    /// `vals` gives NAME (each evaluated once, in order, into a hidden local), and a name in
    /// `raw` is that caller AST itself (for arguments that must stay compile-time constants).
    pub(super) fn template(
        &mut self,
        src: &str,
        vals: Vec<(&str, hir::Expr)>,
        raw: &[(&str, &ast::Expr)],
        span: Span,
    ) -> Result<hir::Expr> {
        let mut e = parse_template(src);
        respan(&mut e, span, raw);
        let mut first = Vec::new();
        let mut ids = Vec::new();
        for (n, v) in vals {
            let id = self.hidden_local(v, &mut first);
            ids.push((format!("api·{n}"), id));
        }
        let names: Vec<(&str, hir::LocalId)> =
            ids.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        self.type_rewrite(&names, first, &e)
    }

    /// `np.NAME(...)` for a name in [`FUNCTIONS`].
    pub(super) fn api_math_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let none = Build(span).e(A::None);
        let is_none = |e: Option<&ast::Expr>| e.map_or(true, |e| e.kind == A::None);
        match name {
            "logspace" => {
                let p = &["start", "stop", "num", "endpoint", "base", "dtype", "axis"];
                let b = bind_args(name, p, 2, args, kwargs, span)?;
                if !is_none(b[5]) || b[6].is_some() {
                    return unsupported(span, "np.logspace with dtype= or axis=");
                }
                let base = self.expr(b[4].unwrap_or(&Build(span).e(A::Float(10.0))))?;
                if !matches!(base.ty, Ty::Int | Ty::Float) {
                    return unsupported(
                        span,
                        "np.logspace with a base that is not a Python number",
                    );
                }
                let num = b[2].cloned().unwrap_or(Build(span).int(50));
                let endpoint = b[3].cloned().unwrap_or(Build(span).e(A::Bool(true)));
                // `y = linspace(start, stop, num=num, endpoint=endpoint); power(base, y)`.
                self.template(
                    "np.power(api_base, np.linspace(START, STOP, num=NUM, endpoint=END))",
                    vec![("base", base)],
                    &[
                        ("START", b[0].unwrap()),
                        ("STOP", b[1].unwrap()),
                        ("NUM", &num),
                        ("END", &endpoint),
                    ],
                    span,
                )
            }
            "sinc" => {
                let b = bind_args(name, &["x"], 1, args, kwargs, span)?;
                let x = self.array_arg(name, b[0].unwrap())?;
                // `x = pi * x; eps = finfo(x.dtype).eps; y = where(x, x, eps); sin(y) / y`.
                let px = self.template("np.pi * api_x", vec![("x", x)], &[], span)?;
                let eps = match px.ty.as_array().map(|a| a.dtype) {
                    Some(DType::F32) => "np.float32(1.1920929e-07)",
                    Some(DType::F64) => "np.float64(2.220446049250313e-16)",
                    _ => return unsupported(span, format!("np.sinc of a {}", px.ty)),
                };
                let y = self.template(
                    &format!("np.where(api_x != 0, api_x, {eps})"),
                    vec![("x", px)],
                    &[],
                    span,
                )?;
                self.template("np.sin(api_y) / api_y", vec![("y", y)], &[], span)
            }
            "nansum" => {
                let p = &["a", "axis", "dtype", "out", "keepdims"];
                let b = bind_args(name, p, 1, args, kwargs, span)?;
                if !is_none(b[2]) || !is_none(b[3]) {
                    return unsupported(span, "np.nansum with dtype= or out=");
                }
                let a = self.array_arg(name, b[0].unwrap())?;
                let float = a.ty.as_array().is_some_and(|t| t.dtype.is_float());
                let axis = b[1].unwrap_or(&none);
                let keep = b[4].cloned().unwrap_or(Build(span).e(A::Bool(false)));
                // `_replace_nan(a, 0)` (a copy with NaNs set to 0, floats only), then `np.sum`.
                let src = if float {
                    "np.sum(np.where(np.isnan(api_a), 0, api_a), axis=AXIS, keepdims=KEEP)"
                } else {
                    "np.sum(api_a, axis=AXIS, keepdims=KEEP)"
                };
                self.template(
                    src,
                    vec![("a", a)],
                    &[("AXIS", axis), ("KEEP", &keep)],
                    span,
                )
            }
            "ptp" => {
                let b = bind_args(
                    name,
                    &["a", "axis", "out", "keepdims"],
                    1,
                    args,
                    kwargs,
                    span,
                )?;
                if !is_none(b[2]) {
                    return unsupported(span, "np.ptp with out=");
                }
                let a = self.array_arg(name, b[0].unwrap())?;
                let axis = b[1].unwrap_or(&none);
                let keep = b[3].cloned().unwrap_or(Build(span).e(A::Bool(false)));
                // `maximum.reduce(a, axis) - minimum.reduce(a, axis)`.
                self.template(
                    "np.max(api_a, axis=AXIS, keepdims=KEEP) - np.min(api_a, axis=AXIS, keepdims=KEEP)",
                    vec![("a", a)],
                    &[("AXIS", axis), ("KEEP", &keep)],
                    span,
                )
            }
            "fmax" | "fmin" | "heaviside" => {
                if let Some(kw) = kwargs.first() {
                    return unsupported(
                        kw.span,
                        format!("keyword argument '{}' of {name}()", kw.name),
                    );
                }
                if args.len() < 2 || args.len() > 3 {
                    let were = if args.len() == 1 { "was" } else { "were" };
                    return super::py_err(
                        PyExc::TypeError,
                        span,
                        format!(
                            "{name}() takes from 2 to 3 positional arguments but {} {were} given",
                            args.len()
                        ),
                    );
                }
                if args.len() == 3 {
                    return unsupported(args[2].span, format!("the out argument of {name}()"));
                }
                let x1 = self.array_like_arg(&args[0])?;
                let x2 = self.array_like_arg(&args[1])?;
                let dts: Vec<DType> = [&x1, &x2]
                    .iter()
                    .filter_map(|v| v.ty.as_array().map(|a| a.dtype))
                    .collect();
                let ok =
                    // heaviside of bools would compute in float16 (which arrc lacks).
                    |d: &DType| {
                        matches!(d, DType::F64 | DType::F32 | DType::I64)
                            || *d == DType::Bool && name != "heaviside"
                    };
                if dts.is_empty()
                    || !dts.iter().all(ok)
                    || !x1.ty.is_scalar() && x1.ty.as_array().is_none()
                {
                    return unsupported(
                        span,
                        format!(
                            "np.{name} of a {} and a {} (arrays of float64, float32 or int64 are)",
                            x1.ty, x2.ty
                        ),
                    );
                }
                let src = match name {
                    // fmax/fmin: the other operand where one is NaN, else maximum/minimum.
                    "fmax" => "np.where(np.isnan(api_b), api_a, np.where(np.isnan(api_a), api_b, np.maximum(api_a, api_b)))",
                    "fmin" => "np.where(np.isnan(api_b), api_a, np.where(np.isnan(api_a), api_b, np.minimum(api_a, api_b)))",
                    // npy_heaviside: 0 below zero, x2 at zero, 1 above, NaN for NaN.
                    _ => "np.where(api_a < 0, 0.0, np.where(api_a > 0, 1.0, np.where(api_a == 0, api_b, api_a)))",
                };
                self.template(src, vec![("a", x1), ("b", x2)], &[], span)
            }
            "nan_to_num" => {
                let p = &["x", "copy", "nan", "posinf", "neginf"];
                let b = bind_args(name, p, 1, args, kwargs, span)?;
                if b[1].is_some() {
                    return unsupported(span, "np.nan_to_num with copy=");
                }
                let x = self.array_arg(name, b[0].unwrap())?;
                let Some(dt) = x.ty.as_array().map(|a| a.dtype) else {
                    return unsupported(span, format!("np.nan_to_num of a {}", x.ty));
                };
                if !dt.is_float() {
                    return self.template("api_x.copy()", vec![("x", x)], &[], span);
                }
                let max = match dt {
                    DType::F32 => "3.4028234663852886e+38",
                    DType::F64 => "1.7976931348623157e+308",
                    _ => return unsupported(span, format!("np.nan_to_num of a {}", x.ty)),
                };
                let zero = Build(span).e(A::Float(0.0));
                let pos = parse_template(max);
                let neg = parse_template(&format!("-{max}"));
                self.template(
                    "np.where(np.isnan(api_x), NAN, np.where(api_x == np.inf, POS, np.where(api_x == -np.inf, NEG, api_x)))",
                    vec![("x", x)],
                    &[
                        ("NAN", b[2].unwrap_or(&zero)),
                        ("POS", b[3].filter(|e| e.kind != A::None).unwrap_or(&pos)),
                        ("NEG", b[4].filter(|e| e.kind != A::None).unwrap_or(&neg)),
                    ],
                    span,
                )
            }
            "trapezoid" => {
                let b = bind_args(name, &["y", "x", "dx", "axis"], 1, args, kwargs, span)?;
                if b[3].is_some() {
                    return unsupported(span, "np.trapezoid with axis=");
                }
                let y = self.array_arg(name, b[0].unwrap())?;
                if y.ty.as_array().map(|a| a.ndim()) != Some(1) {
                    return unsupported(
                        span,
                        format!("np.trapezoid of a {} (1-D arrays are)", y.ty),
                    );
                }
                // `d = diff(x)` (or `dx`); `(d * (y[1:] + y[:-1]) / 2.0).sum(-1)`.
                match b[1].filter(|e| e.kind != A::None) {
                    Some(xe) => {
                        let x = self.array_arg(name, xe)?;
                        if x.ty.as_array().map(|a| a.ndim()) != Some(1) {
                            return unsupported(span, format!("np.trapezoid with x a {}", x.ty));
                        }
                        self.template(
                            "(np.diff(api_x) * (api_y[1:] + api_y[:-1]) / 2.0).sum(-1)",
                            vec![("y", y), ("x", x)],
                            &[],
                            span,
                        )
                    }
                    None => {
                        let one = Build(span).e(A::Float(1.0));
                        let dx = self.expr(b[2].unwrap_or(&one))?;
                        self.template(
                            "(api_dx * (api_y[1:] + api_y[:-1]) / 2.0).sum(-1)",
                            vec![("y", y), ("dx", dx)],
                            &[],
                            span,
                        )
                    }
                }
            }
            "polyval" => {
                let b = bind_args(name, &["p", "x"], 2, args, kwargs, span)?;
                let p = self.array_arg(name, b[0].unwrap())?;
                let n = match p.ty.as_array() {
                    Some(a) if a.ndim() == 1 => a.shape[0],
                    _ => return unsupported(span, format!("np.polyval of p a {}", p.ty)),
                };
                let x = self.array_arg(name, b[1].unwrap())?;
                if x.ty.as_array().is_none() {
                    return unsupported(span, format!("np.polyval at a {} (arrays are)", x.ty));
                }
                // `y = zeros_like(x); for pv in p: y = y * x + pv` (Horner's rule).
                let mut src = "np.zeros_like(api_x)".to_string();
                for i in 0..n {
                    src = format!("({src} * api_x + api_p[{i}])");
                }
                self.template(&src, vec![("p", p), ("x", x)], &[], span)
            }
            "average" => {
                let p = &["a", "axis", "weights", "returned", "keepdims"];
                let b = bind_args(name, p, 1, args, kwargs, span)?;
                if !is_none(b[2]) || b[3].is_some() {
                    return unsupported(span, "np.average with weights= or returned=");
                }
                let a = self.array_arg(name, b[0].unwrap())?;
                let axis = b[1].unwrap_or(&none);
                let keep = b[4].cloned().unwrap_or(Build(span).e(A::Bool(false)));
                // Without weights: `a.mean(axis, **keepdims_kw)`.
                self.template(
                    "api_a.mean(axis=AXIS, keepdims=KEEP)",
                    vec![("a", a)],
                    &[("AXIS", axis), ("KEEP", &keep)],
                    span,
                )
            }
            "tri" => {
                let p = &["N", "M", "k", "dtype"];
                let b = bind_args(name, p, 1, args, kwargs, span)?;
                let n = b[0].unwrap();
                let m = b[1].filter(|e| e.kind != A::None).unwrap_or(n);
                let zero = Build(span).int(0);
                let k = b[2].unwrap_or(&zero);
                let float = Build(span).e(A::Name("float".into()));
                let dtype = b[3].unwrap_or(&float);
                // `greater_equal.outer(arange(N), arange(-k, M - k)).astype(dtype)`.
                self.template(
                    "np.greater_equal(np.arange(NN)[:, None], np.arange(-(KK), MM - (KK))[None, :]).astype(DT)",
                    vec![],
                    &[("NN", n), ("MM", m), ("KK", k), ("DT", dtype)],
                    span,
                )
            }
            "kron" => {
                let b = bind_args(name, &["a", "b"], 2, args, kwargs, span)?;
                let x = self.array_arg(name, b[0].unwrap())?;
                let y = self.array_arg(name, b[1].unwrap())?;
                let nd = |v: &hir::Expr| v.ty.as_array().map(|a| a.ndim());
                // `multiply` of `a` and `b` with their axes interleaved, then one reshape.
                let src = match (nd(&x), nd(&y)) {
                    (Some(1), Some(1)) => "(api_a[:, None] * api_b[None, :]).reshape(-1)",
                    (Some(2), Some(2)) => "(api_a[:, None, :, None] * api_b[None, :, None, :]).reshape(api_a.shape[0] * api_b.shape[0], api_a.shape[1] * api_b.shape[1])",
                    _ => return unsupported(span, format!("np.kron of a {} and a {} (two 1-D or two 2-D arrays are)", x.ty, y.ty)),
                };
                self.template(src, vec![("a", x), ("b", y)], &[], span)
            }
            "cross" => {
                let p = &["a", "b", "axisa", "axisb", "axisc", "axis"];
                let b = bind_args(name, p, 2, args, kwargs, span)?;
                if b[2..].iter().any(|e| e.is_some()) {
                    return unsupported(span, "np.cross with axis arguments");
                }
                let x = self.array_arg(name, b[0].unwrap())?;
                let y = self.array_arg(name, b[1].unwrap())?;
                let ok = |v: &hir::Expr| {
                    v.ty.as_array().is_some_and(|a| {
                        a.shape.last() == Some(&3)
                            && !matches!(a.dtype, DType::Bool)
                            && !a.dtype.is_complex()
                    })
                };
                if !ok(&x)
                    || !ok(&y)
                    || x.ty.as_array().unwrap().shape != y.ty.as_array().unwrap().shape
                {
                    return unsupported(
                        span,
                        format!("np.cross of a {} and a {} (numeric 3-vectors along the last axis, of one shape, are)", x.ty, y.ty),
                    );
                }
                // NumPy's `cp0 = a1 * b2; cp0 -= a2 * b1` and so on, component by component.
                self.template(
                    "np.concatenate([api_a[..., 1:2] * api_b[..., 2:3] - api_a[..., 2:3] * api_b[..., 1:2], api_a[..., 2:3] * api_b[..., 0:1] - api_a[..., 0:1] * api_b[..., 2:3], api_a[..., 0:1] * api_b[..., 1:2] - api_a[..., 1:2] * api_b[..., 0:1]], axis=-1)",
                    vec![("a", x), ("b", y)],
                    &[],
                    span,
                )
            }
            "vander" => {
                let b = bind_args(name, &["x", "N", "increasing"], 1, args, kwargs, span)?;
                let x = self.array_arg(name, b[0].unwrap())?;
                let Some(len) =
                    x.ty.as_array()
                        .filter(|a| a.ndim() == 1 && !a.dtype.is_complex())
                        .map(|a| a.shape[0])
                else {
                    return unsupported(span, format!("np.vander of a {} (1-D arrays are)", x.ty));
                };
                let n = match b[1].filter(|e| e.kind != A::None) {
                    None => len as i64,
                    Some(e) => {
                        let v = self.expr(e)?;
                        match super::const_int(&v, &self.consts) {
                            Some(n) if n >= 2 => n,
                            _ => {
                                return unsupported(
                                    e.span,
                                    "np.vander with N not a constant of at least 2",
                                )
                            }
                        }
                    }
                };
                if n < 2 {
                    return unsupported(span, "np.vander of fewer than 2 columns");
                }
                let inc = match b[2] {
                    None => false,
                    Some(e) => match &e.kind {
                        A::Bool(v) => *v,
                        _ => {
                            return unsupported(e.span, "np.vander with increasing= not a constant")
                        }
                    },
                };
                // `tmp[:, 0] = 1; tmp[:, 1:] = x[:, None]; multiply.accumulate(tmp[:, 1:], axis=1)`
                // in `promote_types(x.dtype, int)` (what `x * ones(int64)` computes in, exactly),
                // the columns reversed unless increasing.
                let rev = if inc { "" } else { "[:, ::-1]" };
                let dt = x.ty.as_array().unwrap().dtype;
                let rt = if dt.is_float() || dt == DType::U64 {
                    "float64"
                } else {
                    "int64"
                };
                let src = format!(
                    "np.concatenate([np.ones(({len}, 1), dtype=np.{rt}), np.cumprod(api_x[:, None] * np.ones((1, {}), dtype=np.int64), axis=1)], axis=1){rev}",
                    n - 1
                );
                self.template(&src, vec![("x", x)], &[], span)
            }
            "gradient" => {
                if let Some(kw) = kwargs.first() {
                    return unsupported(
                        kw.span,
                        format!("the {}= argument of np.gradient", kw.name),
                    );
                }
                if args.is_empty() || args.len() > 2 {
                    return unsupported(
                        span,
                        "np.gradient of other than an array and one scalar spacing",
                    );
                }
                let f = self.array_arg(name, &args[0])?;
                let Some(a) =
                    f.ty.as_array()
                        .cloned()
                        .filter(|a| a.ndim() == 1 && (a.dtype.is_float() || a.dtype.is_int()))
                else {
                    return unsupported(
                        span,
                        format!("np.gradient of a {} (1-D int or float arrays are)", f.ty),
                    );
                };
                if a.shape[0] < 2 {
                    return super::py_err(
                        PyExc::ValueError,
                        span,
                        "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.",
                    );
                }
                let one = Build(span).e(A::Float(1.0));
                let dx = self.expr(args.get(1).unwrap_or(&one))?;
                if !dx.ty.is_scalar() {
                    return unsupported(
                        span,
                        "np.gradient with coordinate arrays (a scalar spacing is supported)",
                    );
                }
                // Integers become float64 first; then `out[1:-1] = (f[2:] - f[:-2]) / (2. * dx)`,
                // `out[0] = (f[1] - f[0]) / dx`, `out[-1] = (f[-1] - f[-2]) / dx`.
                let f = if a.dtype.is_int() {
                    self.template("api_f.astype(np.float64)", vec![("f", f)], &[], span)?
                } else {
                    f
                };
                self.template(
                    "np.concatenate([(api_f[1:2] - api_f[0:1]) / api_dx, (api_f[2:] - api_f[:-2]) / (2.0 * api_dx), (api_f[-1:] - api_f[-2:-1]) / api_dx])",
                    vec![("f", f), ("dx", dx)],
                    &[],
                    span,
                )
            }
            _ => unreachable!("api_math::FUNCTIONS"),
        }
    }

    /// The `dtype=` argument of reduction `name` (`bound` in `params` order): a dtype equal
    /// to the result's own is dropped; float64 for a whole-array `sum`/`mean` of at most 8192
    /// elements or any `prod` of another real dtype reduces `recv.astype(np.float64)` instead,
    /// which is what NumPy's buffered cast computes there (one buffer of 8192 casted elements,
    /// summed pairwise, or multiplied in order). Other dtypes stay `unsupported`.
    pub(super) fn reduction_dtype(
        &mut self,
        name: &str,
        params: &[&str],
        recv: hir::Expr,
        bound: &mut [Option<&ast::Expr>],
        span: Span,
    ) -> Result<hir::Expr> {
        let Some(pos) = params.iter().position(|p| *p == "dtype") else {
            return Ok(recv);
        };
        let Some(e) = bound[pos].filter(|e| e.kind != A::None) else {
            return Ok(recv);
        };
        if !matches!(name, "sum" | "prod" | "mean") {
            return Ok(recv);
        }
        let Some(a) = recv.ty.as_array().cloned() else {
            return Ok(recv);
        };
        let target = self.dtype_arg(e)?;
        let natural = match name {
            "mean" => a.dtype.float_result(),
            _ if a.dtype.is_int() || a.dtype == DType::Bool => {
                crate::int_dtypes::sum_dtype(a.dtype)
            }
            _ => a.dtype,
        };
        let whole = params
            .iter()
            .position(|p| *p == "axis")
            .is_none_or(|i| bound[i].is_none_or(|e| e.kind == A::None));
        if target == natural {
            bound[pos] = None;
            return Ok(recv);
        }
        let fits = name == "prod" || (whole && a.size() <= 8192);
        if target == DType::F64 && !a.dtype.is_complex() && fits && a.tensor.is_none() {
            bound[pos] = None;
            return self.template("api_a.astype(np.float64)", vec![("a", recv)], &[], span);
        }
        unsupported(
            e.span,
            format!(
                "the dtype= argument of {name}() (a {} result of a {} array)",
                target.name(),
                a.dtype.name()
            ),
        )
    }

    /// An array argument (a list becomes its array; a NumPy or Python scalar stays as it is).
    fn array_arg(&mut self, name: &str, e: &ast::Expr) -> Result<hir::Expr> {
        let v = self.array_like_arg(e)?;
        if v.ty.as_array().is_none() && !v.ty.is_scalar() {
            return unsupported(e.span, format!("np.{name} of a {}", v.ty));
        }
        Ok(v)
    }
}
