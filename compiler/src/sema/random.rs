//! `np.random.randint` / `uniform` / `choice` / `standard_normal` / `shuffle` on the legacy
//! global stream, and `np.random.default_rng(seed)` with its `Generator` methods.
//!
//! A generator is a run-time handle (`Ty::Generator`); every draw is an `ExprKind::Draw`
//! naming its stream. NumPy's argument errors are raised here when the arguments are
//! constants, and again at run time (by the runtime) when they are not.

use super::{const_int, const_num, err, mk, unsupported, Num, Result, Sema, SemaError};
use crate::hir::{self, Dist, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{ArrTy, DType, Ty};

/// The `Generator` methods arrc knows (others are NumPy's `AttributeError`).
pub(super) const GENERATOR_METHODS: &[&str] = &[
    "random",
    "standard_normal",
    "normal",
    "uniform",
    "integers",
    "choice",
    "shuffle",
    "permutation",
];

/// The legacy functions handled here.
pub(super) const LEGACY_FUNCTIONS: &[&str] = &[
    "randint",
    "uniform",
    "choice",
    "standard_normal",
    "default_rng",
    "permutation",
];

/// Arguments matched to a signature: `None` where not given.
type Params<'a> = Vec<Option<&'a ast::Expr>>;

/// Cython's `TypeError` for a call without its first, required argument.
fn missing_first<T>(func: &str, how: &str, span: Span) -> Result<T> {
    super::py_err(
        PyExc::TypeError,
        span,
        format!("{func}() takes {how} 1 positional argument (0 given)"),
    )
}

impl Sema {
    /// Matches positional and keyword arguments to `names` (Python's rules); `unsupported`
    /// lists parameters NumPy has but arrc does not take.
    fn random_params<'a>(
        &self,
        func: &str,
        names: &[&str],
        unsupported_names: &[&str],
        args: &'a [ast::Expr],
        kwargs: &'a [ast::Keyword],
    ) -> Result<Params<'a>> {
        if args.len() > names.len() {
            return unsupported(
                args[names.len()].span,
                format!("more arguments to {func}()"),
            );
        }
        let mut params: Params<'a> = args.iter().map(Some).collect();
        params.resize(names.len(), None);
        for kw in kwargs {
            match names.iter().position(|n| *n == kw.name) {
                Some(i) if params[i].is_some() => {
                    return super::py_err(
                        PyExc::TypeError,
                        kw.span,
                        format!("{func}() got multiple values for argument '{}'", kw.name),
                    )
                }
                Some(i) => params[i] = Some(&kw.value),
                None if unsupported_names.contains(&kw.name.as_str()) => {
                    return unsupported(kw.span, format!("{func}({}=...)", kw.name))
                }
                None => {
                    return err(
                        kw.span,
                        SemaError::UnexpectedKeyword(func.into(), kw.name.clone()),
                    )
                }
            }
        }
        Ok(params)
    }

    /// An int parameter, as a Python int.
    fn int_param(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let v = self.expr(e)?;
        if !matches!(
            v.ty,
            Ty::Int | Ty::Bool | Ty::NpScalar(DType::I64 | DType::Bool)
        ) {
            return unsupported(e.span, format!("a {} here (an int is expected)", v.ty));
        }
        Ok(self.to_py(v, Ty::Int))
    }

    /// A float parameter (or its default), as a Python float.
    fn float_param(
        &mut self,
        e: Option<&ast::Expr>,
        default: f64,
        span: Span,
    ) -> Result<hir::Expr> {
        match e {
            Some(e) => {
                let v = self.scalar_const(e)?;
                Ok(self.to_py(v, Ty::Float))
            }
            None => Ok(mk(H::Float(default), Ty::Float, span)),
        }
    }

    /// `size=`: `None` for a scalar draw, else the static shape.
    fn size_param(&mut self, e: Option<&ast::Expr>) -> Result<Option<Vec<usize>>> {
        let Some(e) = e else { return Ok(None) };
        if let A::None = e.kind {
            return Ok(None);
        }
        self.shape_arg(e).map(Some)
    }

    /// `dtype=` of `Generator.random` / `standard_normal`: float64 or float32.
    fn float_dtype_param(&mut self, func: &str, e: Option<&ast::Expr>) -> Result<DType> {
        let Some(e) = e else { return Ok(DType::F64) };
        let d = self.dtype_arg(e)?;
        match d {
            DType::F64 | DType::F32 => Ok(d),
            _ => super::py_err(
                PyExc::TypeError,
                e.span,
                format!("Unsupported dtype dtype('{}') for {func}", d.name()),
            ),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn draw(
        &self,
        gen: Option<&hir::Expr>,
        dist: Dist,
        a: hir::Expr,
        b: hir::Expr,
        size: Option<Vec<usize>>,
        dtype: DType,
        scalar_ty: Ty,
        span: Span,
    ) -> hir::Expr {
        let ty = match size {
            None => scalar_ty,
            Some(shape) => Ty::Array(ArrTy::new(dtype, shape)),
        };
        mk(
            H::Draw {
                gen: gen.map(|g| Box::new(g.clone())),
                dist,
                a: Box::new(a),
                b: Box::new(b),
            },
            ty,
            span,
        )
    }

    /// `dtype=` of `randint` / `integers`: int64 (the default) or one of the narrower integer
    /// dtypes (`runtime/src/abi/draw/ints.rs`).
    fn draw_int_dtype(&mut self, e: Option<&ast::Expr>) -> Result<DType> {
        let Some(e) = e else {
            return Ok(DType::I64);
        };
        let d = self.dtype_arg(e)?;
        match d {
            DType::I64 | DType::U8 | DType::U16 | DType::U32 | DType::I8 | DType::I16 => Ok(d),
            _ => unsupported(e.span, format!("integer draws with dtype {}", d.name())),
        }
    }

    /// `low, high` of `randint` / `integers`; `randint(high)` draws from `[0, high)`.
    fn int_range(
        &mut self,
        func: &str,
        p: &Params<'_>,
        span: Span,
    ) -> Result<(Dist, hir::Expr, hir::Expr)> {
        let Some(first) = p[0] else {
            return missing_first(func, "at least", span);
        };
        let first = self.int_param(first)?;
        let (dist, low, high) = match p[1] {
            None => (
                Dist::Integers { one_arg: true },
                mk(H::Int(0), Ty::Int, span),
                first,
            ),
            Some(h) if matches!(h.kind, A::None) => (
                Dist::Integers { one_arg: true },
                mk(H::Int(0), Ty::Int, span),
                first,
            ),
            Some(h) => (Dist::Integers { one_arg: false }, first, self.int_param(h)?),
        };
        if let (Some(l), Some(h)) = (
            const_int(&low, &self.consts),
            const_int(&high, &self.consts),
        ) {
            if l >= h {
                let one_arg = dist == Dist::Integers { one_arg: true };
                return super::py_err(
                    PyExc::ValueError,
                    span,
                    if one_arg { "high <= 0" } else { "low >= high" },
                );
            }
        }
        Ok((dist, low, high))
    }

    /// `choice(a, size)` of an int range: the population `a` and NumPy's check on it.
    fn choice_population(
        &mut self,
        a: Option<&ast::Expr>,
        size: &Option<Vec<usize>>,
        message: &str,
        span: Span,
    ) -> Result<hir::Expr> {
        let Some(a) = a else {
            return missing_first("choice", "at least", span);
        };
        let v = self.expr(a)?;
        if v.ty.as_array().is_some() {
            return unsupported(a.span, "choice from an array");
        }
        let n = self.int_param(a)?;
        let samples = size.as_ref().map_or(1, |s| s.iter().product::<usize>());
        if matches!(const_int(&n, &self.consts), Some(k) if k <= 0) && samples != 0 {
            return super::py_err(PyExc::ValueError, span, message);
        }
        Ok(n)
    }

    /// `replace=` of `choice`: only `True` (the default).
    fn replace_param(&mut self, e: Option<&ast::Expr>) -> Result<()> {
        if let Some(e) = e {
            let v = self.expr(e)?;
            if !matches!(const_num(&v, &self.consts), Some(Num::I(1))) || v.ty != Ty::Bool {
                return unsupported(e.span, "choice(replace=False)");
            }
        }
        Ok(())
    }

    /// The legacy functions in [`LEGACY_FUNCTIONS`].
    pub(super) fn legacy_random_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        match name {
            "randint" => {
                let p =
                    self.random_params(name, &["low", "high", "size", "dtype"], &[], args, kwargs)?;
                let size = self.size_param(p[2])?;
                let dtype = self.draw_int_dtype(p[3])?;
                let (dist, low, high) = self.int_range(name, &p, span)?;
                let ty = if dtype == DType::I64 {
                    Ty::Int
                } else {
                    Ty::NpScalar(dtype)
                };
                Ok(self.draw(None, dist, low, high, size, dtype, ty, span))
            }
            "uniform" => self.uniform(None, name, args, kwargs, span),
            "permutation" => self.permutation(None, args, kwargs, span),
            "standard_normal" => {
                let p = self.random_params(name, &["size"], &[], args, kwargs)?;
                let size = self.size_param(p[0])?;
                let zero = mk(H::Float(0.0), Ty::Float, span);
                Ok(self.draw(
                    None,
                    Dist::StandardNormal,
                    zero.clone(),
                    zero,
                    size,
                    DType::F64,
                    Ty::Float,
                    span,
                ))
            }
            "choice" => {
                if let Some(e) = self.choice_from_array(None, args, kwargs, span)? {
                    return Ok(e);
                }
                let p =
                    self.random_params(name, &["a", "size", "replace"], &["p"], args, kwargs)?;
                let size = self.size_param(p[1])?;
                self.replace_param(p[2])?;
                let n = self.choice_population(
                    p[0],
                    &size,
                    "a must be greater than 0 unless no samples are taken",
                    span,
                )?;
                let zero = mk(H::Int(0), Ty::Int, span);
                Ok(self.draw(None, Dist::Choice, n, zero, size, DType::I64, Ty::Int, span))
            }
            "default_rng" => {
                let p = self.random_params(name, &["seed"], &[], args, kwargs)?;
                let Some(seed) = p[0].filter(|s| !matches!(s.kind, A::None)) else {
                    return unsupported(span, "np.random.default_rng() without a seed");
                };
                let seed = self.int_param(seed)?;
                if matches!(const_int(&seed, &self.consts), Some(s) if s < 0) {
                    return super::py_err(PyExc::ValueError, span, "expected non-negative integer");
                }
                Ok(mk(H::DefaultRng(Box::new(seed)), Ty::Generator, span))
            }
            _ => unreachable!("np.random.{name}"),
        }
    }

    /// `uniform(low=0.0, high=1.0, size=None)`, of the legacy stream (`gen` None) or of a
    /// Generator: the same parameters and draw.
    fn uniform(
        &mut self,
        gen: Option<&hir::Expr>,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let p = self.random_params(name, &["low", "high", "size"], &[], args, kwargs)?;
        let low = self.float_param(p[0], 0.0, span)?;
        let high = self.float_param(p[1], 1.0, span)?;
        let size = self.size_param(p[2])?;
        Ok(self.draw(
            gen,
            Dist::Uniform,
            low,
            high,
            size,
            DType::F64,
            Ty::Float,
            span,
        ))
    }

    /// `rng.name(...)` on a `Generator`.
    pub(super) fn generator_method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        name_span: Span,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let gen = Some(&recv);
        let zero = mk(H::Float(0.0), Ty::Float, span);
        match name {
            "random" | "standard_normal" => {
                let p = self.random_params(name, &["size", "dtype"], &["out"], args, kwargs)?;
                let size = self.size_param(p[0])?;
                let dtype = self.float_dtype_param(name, p[1])?;
                let dist = match (name, dtype) {
                    ("random", DType::F32) => Dist::RandomF32,
                    ("random", _) => Dist::Random,
                    (_, DType::F32) => Dist::StandardNormalF32,
                    _ => Dist::StandardNormal,
                };
                Ok(self.draw(gen, dist, zero.clone(), zero, size, dtype, Ty::Float, span))
            }
            "normal" => {
                let p = self.random_params(name, &["loc", "scale", "size"], &[], args, kwargs)?;
                let loc = self.float_param(p[0], 0.0, span)?;
                let scale = self.float_param(p[1], 1.0, span)?;
                if matches!(const_num(&scale, &self.consts), Some(Num::F(f)) if f < 0.0) {
                    return super::py_err(PyExc::ValueError, span, "scale < 0");
                }
                let size = self.size_param(p[2])?;
                Ok(self.draw(
                    gen,
                    Dist::Normal,
                    loc,
                    scale,
                    size,
                    DType::F64,
                    Ty::Float,
                    span,
                ))
            }
            "uniform" => self.uniform(gen, name, args, kwargs, span),
            "integers" => {
                let p = self.random_params(
                    name,
                    &["low", "high", "size", "dtype"],
                    &["endpoint"],
                    args,
                    kwargs,
                )?;
                let size = self.size_param(p[2])?;
                let dtype = self.draw_int_dtype(p[3])?;
                let (dist, low, high) = self.int_range(name, &p, span)?;
                let ty = Ty::NpScalar(dtype);
                Ok(self.draw(gen, dist, low, high, size, dtype, ty, span))
            }
            "choice" => {
                if let Some(e) = self.choice_from_array(gen, args, kwargs, span)? {
                    return Ok(e);
                }
                let p = self.random_params(
                    name,
                    &["a", "size", "replace"],
                    &["p", "axis", "shuffle"],
                    args,
                    kwargs,
                )?;
                let size = self.size_param(p[1])?;
                self.replace_param(p[2])?;
                let n = self.choice_population(
                    p[0],
                    &size,
                    "a must be a positive integer unless no samples are taken",
                    span,
                )?;
                let zero = mk(H::Int(0), Ty::Int, span);
                Ok(self.draw(gen, Dist::Choice, n, zero, size, DType::I64, Ty::Int, span))
            }
            "permutation" => self.permutation(gen, args, kwargs, span),
            "shuffle" => unsupported(span, "rng.shuffle(...) as a value"),
            _ => err(
                name_span,
                SemaError::NoAttribute(
                    "numpy.random._generator.Generator".into(),
                    name.to_string(),
                ),
            ),
        }
    }

    /// `np.random.shuffle(x)` (`gen: None`) or `rng.shuffle(x)` as a statement.
    pub(super) fn shuffle_stmt(
        &mut self,
        gen: Option<hir::Expr>,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let names: &[&str] = if gen.is_some() {
            &["x", "axis"]
        } else {
            &["x"]
        };
        let p = self.random_params("shuffle", names, &[], args, kwargs)?;
        if let Some(Some(axis)) = p.get(1) {
            return unsupported(axis.span, "shuffle(axis=...)");
        }
        let Some(x) = p[0] else {
            let how = if gen.is_some() { "at least" } else { "exactly" };
            return missing_first("shuffle", how, span);
        };
        let arr = self.expr(x)?;
        match &arr.ty {
            Ty::Array(a) if a.tensor.is_none() && a.ndim() == 1 => {}
            Ty::Array(a) if a.tensor.is_none() && a.ndim() > 1 => {
                let n = a.shape[0];
                return self.shuffle_rows(gen, x, n, span, out);
            }
            Ty::Array(a) if a.tensor.is_none() => {
                return unsupported(x.span, format!("shuffle of a {}-D array", a.ndim()))
            }
            t => return unsupported(x.span, format!("shuffle of a {t}")),
        }
        out.push(hir::Stmt {
            kind: hir::StmtKind::Shuffle { gen, arr },
            span,
        });
        Ok(())
    }
}
