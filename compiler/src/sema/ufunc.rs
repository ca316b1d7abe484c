//! NumPy's elementwise functions beyond `exp`/`sqrt`/`abs`: the float functions (`np.log`,
//! `np.sin`, `np.arctan2`, …), `sign`, `floor`, `ceil`, `round`/`around`, `maximum`,
//! `minimum`, `power`, `mod`, `floor_divide`, `positive`, `where`, `clip`, the `logical_*` functions and
//! `isnan`/`isinf`/`isfinite`; and the `.clip()` / `.round()` methods. Each becomes an
//! `Elementwise` node (fused like any operator); argument-count errors are NumPy's own words.

use super::{const_num, err, mk, unsupported, Num, Result, Sema, SemaError};
use crate::hir::{self, EwOp, ExprKind as H, MathFn};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, CmpOp};
use crate::types::{DType, Ty};

/// What an `np.NAME(...)` ufunc-like call computes.
#[derive(Clone, Copy)]
enum Func {
    /// A ufunc: its operation, number of inputs and `__name__` (for messages).
    Ufunc(EwOp, usize, &'static str),
    LogicalAnd,
    LogicalOr,
    LogicalXor,
    LogicalNot,
    /// `np.positive`: a copy (of an array; the value of a scalar), not defined for bools.
    Positive,
    Where,
    Clip,
    Round(&'static str),
}

fn func_of(name: &str) -> Option<Func> {
    if let Some(m) = MathFn::from_name(name) {
        return Some(Func::Ufunc(EwOp::Math(m), m.arity(), m.name()));
    }
    Some(match name {
        "arctan2" => Func::Ufunc(EwOp::Arctan2, 2, "arctan2"),
        // The operators' ufuncs: `np.add(a, b)` is `a + b` with NumPy scalars for Python ones.
        "add" => Func::Ufunc(EwOp::Add, 2, "add"),
        "subtract" => Func::Ufunc(EwOp::Sub, 2, "subtract"),
        "multiply" => Func::Ufunc(EwOp::Mul, 2, "multiply"),
        "divide" | "true_divide" => Func::Ufunc(EwOp::Div, 2, "divide"),
        "equal" => Func::Ufunc(EwOp::Cmp(CmpOp::Eq), 2, "equal"),
        "not_equal" => Func::Ufunc(EwOp::Cmp(CmpOp::NotEq), 2, "not_equal"),
        "less" => Func::Ufunc(EwOp::Cmp(CmpOp::Lt), 2, "less"),
        "less_equal" => Func::Ufunc(EwOp::Cmp(CmpOp::LtE), 2, "less_equal"),
        "greater" => Func::Ufunc(EwOp::Cmp(CmpOp::Gt), 2, "greater"),
        "greater_equal" => Func::Ufunc(EwOp::Cmp(CmpOp::GtE), 2, "greater_equal"),
        "bitwise_and" => Func::Ufunc(EwOp::And, 2, "bitwise_and"),
        "bitwise_or" => Func::Ufunc(EwOp::Or, 2, "bitwise_or"),
        "bitwise_xor" => Func::Ufunc(EwOp::Xor, 2, "bitwise_xor"),
        "sign" => Func::Ufunc(EwOp::Sign, 1, "sign"),
        "floor" => Func::Ufunc(EwOp::Floor, 1, "floor"),
        "trunc" => Func::Ufunc(EwOp::Trunc, 1, "trunc"),
        "ceil" => Func::Ufunc(EwOp::Ceil, 1, "ceil"),
        "maximum" => Func::Ufunc(EwOp::Maximum, 2, "maximum"),
        "minimum" => Func::Ufunc(EwOp::Minimum, 2, "minimum"),
        "power" => Func::Ufunc(EwOp::Pow, 2, "power"),
        "mod" | "remainder" => Func::Ufunc(EwOp::Mod, 2, "remainder"),
        "floor_divide" => Func::Ufunc(EwOp::FloorDiv, 2, "floor_divide"),
        "isnan" => Func::Ufunc(EwOp::IsNan, 1, "isnan"),
        "isinf" => Func::Ufunc(EwOp::IsInf, 1, "isinf"),
        "isfinite" => Func::Ufunc(EwOp::IsFinite, 1, "isfinite"),
        "logical_and" => Func::LogicalAnd,
        "logical_or" => Func::LogicalOr,
        "logical_xor" => Func::LogicalXor,
        "logical_not" => Func::LogicalNot,
        "positive" => Func::Positive,
        "where" => Func::Where,
        "clip" => Func::Clip,
        "round" => Func::Round("round"),
        "around" => Func::Round("around"),
        _ => return None,
    })
}

/// Whether `np.NAME` is one of this module's functions.
pub fn is_ufunc_function(name: &str) -> bool {
    func_of(name).is_some()
}

/// The keyword arguments every ufunc accepts (arrc compiles none of them).
const UFUNC_KEYWORDS: &[&str] = &[
    "out",
    "where",
    "casting",
    "order",
    "dtype",
    "subok",
    "signature",
];

/// NumPy's UFuncTypeError for `np.positive` (also `np.clip` without bounds) of bools.
const POSITIVE_BOOL: &str = "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None";

/// NumPy's "takes from N to M positional arguments but K were given".
fn positional_count<T>(span: Span, name: &str, from: usize, to: usize, given: usize) -> Result<T> {
    let were = if given == 1 { "was" } else { "were" };
    super::py_err(
        PyExc::TypeError,
        span,
        format!("{name}() takes from {from} to {to} positional arguments but {given} {were} given"),
    )
}

impl Sema {
    /// `np.NAME(args)` for a name `is_ufunc_function` accepts.
    pub(super) fn ufunc_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let func = func_of(name).expect("is_ufunc_function");
        let (n_in, uname) = match func {
            Func::Ufunc(_, n, uname) => (n, uname),
            Func::LogicalNot => (1, "logical_not"),
            Func::Positive => (1, "positive"),
            Func::LogicalAnd => (2, "logical_and"),
            Func::LogicalOr => (2, "logical_or"),
            Func::LogicalXor => (2, "logical_xor"),
            Func::Where => return self.where_call(args, kwargs, span),
            Func::Clip => return self.clip_call(args, kwargs, span),
            Func::Round(rname) => return self.round_call(rname, args, kwargs, span),
        };
        if args.len() <= n_in + 1 && super::ufunc_out::has_out(n_in, args, kwargs) {
            return self.ufunc_with_out(uname, n_in, args, kwargs, span, |s, a, k| {
                s.ufunc_call(name, a, k, span)
            });
        }
        if let Some(kw) = kwargs.first() {
            if !UFUNC_KEYWORDS.contains(&kw.name.as_str()) {
                return err(
                    kw.span,
                    SemaError::UnexpectedKeyword(uname.into(), kw.name.clone()),
                );
            }
            return unsupported(
                kw.span,
                format!("keyword argument '{}' of {uname}()", kw.name),
            );
        }
        if args.len() < n_in || args.len() > n_in + 1 {
            return positional_count(span, uname, n_in, n_in + 1, args.len());
        }
        if args.len() > n_in {
            return unsupported(args[n_in].span, format!("the out argument of {uname}()"));
        }
        let vals = self.ufunc_operands(args)?;
        match func {
            Func::Ufunc(op, _, _) => self.elementwise(op, vals, span),
            Func::LogicalNot => {
                let v = self.nonzero(vals.into_iter().next().unwrap())?;
                self.elementwise(EwOp::Not, vec![v], span)
            }
            Func::Positive => {
                let v = vals.into_iter().next().unwrap();
                match v.ty.clone() {
                    Ty::Array(a) if a.dtype == DType::Bool => {
                        super::py_err(PyExc::UFuncNoLoopError, span, POSITIVE_BOOL)
                    }
                    Ty::NpScalar(DType::Bool) => {
                        super::py_err(PyExc::UFuncNoLoopError, span, POSITIVE_BOOL)
                    }
                    Ty::Array(a) => Ok(mk(H::CopyK(Box::new(v)), Ty::Array(a), span)),
                    Ty::NpScalar(_) => Ok(v),
                    // A run-time-shaped array: a new array of the same values (a copy kernel).
                    Ty::RunArray(r) if r.dtype != DType::Bool => {
                        self.elementwise(EwOp::Cast, vec![v], span)
                    }
                    t => unsupported(span, format!("np.positive of a {t}")),
                }
            }
            _ => {
                let op = match func {
                    Func::LogicalAnd => EwOp::And,
                    Func::LogicalOr => EwOp::Or,
                    _ => EwOp::Xor,
                };
                let vals = vals
                    .into_iter()
                    .map(|v| self.nonzero(v))
                    .collect::<Result<Vec<_>>>()?;
                self.elementwise(op, vals, span)
            }
        }
    }

    /// Typed operands of a ufunc. Python scalars, when all operands are, become NumPy
    /// scalars of their own dtype, so that the result is a NumPy scalar (`np.sin(1.0)` is
    /// `np.float64`); mixed with arrays or NumPy scalars they stay weak (NEP 50).
    fn ufunc_operands(&mut self, args: &[ast::Expr]) -> Result<Vec<hir::Expr>> {
        let vals = args
            .iter()
            .map(|a| self.array_like_arg(a))
            .collect::<Result<Vec<_>>>()?;
        let all_python = vals
            .iter()
            .filter(|v| v.ty != Ty::None)
            .all(|v| matches!(v.ty, Ty::Int | Ty::Float | Ty::Bool));
        Ok(vals
            .into_iter()
            .map(|v| match v.ty.scalar_dtype() {
                Some(d) if all_python => self.to_py(v, Ty::NpScalar(d)),
                _ => v,
            })
            .collect())
    }

    /// `v != 0` as a bool of `v`'s shape (the `logical_*` functions' view of their inputs).
    fn nonzero(&mut self, v: hir::Expr) -> Result<hir::Expr> {
        let ty = match &v.ty {
            Ty::Array(a) if a.dtype == DType::Bool => return Ok(v),
            Ty::NpScalar(DType::Bool) => return Ok(v),
            Ty::Array(a) => Ty::Array(a.with(DType::Bool, a.shape.clone())),
            Ty::RunArray(r) if r.dtype == DType::Bool => return Ok(v),
            Ty::RunArray(r) => Ty::RunArray(crate::types::RunArrTy {
                dtype: DType::Bool,
                dims: r.dims.clone(),
            }),
            Ty::NpScalar(_) => Ty::NpScalar(DType::Bool),
            // Weak Python scalars beside an array: their truth, as NumPy converts them.
            Ty::Int | Ty::Float | Ty::Bool => Ty::Bool,
            // Strings and the like: `elementwise` words the error.
            _ => return Ok(v),
        };
        let span = v.span;
        Ok(mk(
            H::Elementwise {
                op: EwOp::Cast,
                args: vec![v],
            },
            ty,
            span,
        ))
    }

    /// `np.where(cond, a, b)`
    fn where_call(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(kw) = kwargs.first() {
            if !["condition", "x", "y"].contains(&kw.name.as_str()) {
                return err(
                    kw.span,
                    SemaError::UnexpectedKeyword("where".into(), kw.name.clone()),
                );
            }
            return super::py_err(
                PyExc::TypeError,
                kw.span,
                format!(
                    "where() got some positional-only arguments passed as keyword arguments: '{}'",
                    kw.name
                ),
            );
        }
        match args.len() {
            0 => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    "where() missing 1 required positional argument: 'condition'",
                )
            }
            1 => return unsupported(span, "np.where(cond) with one argument (np.nonzero)"),
            2 => {
                return super::py_err(
                    PyExc::ValueError,
                    span,
                    "either both or neither of x and y should be given",
                )
            }
            3 => {}
            n => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    format!("where() takes from 1 to 3 positional arguments but {n} were given"),
                )
            }
        }
        let mut vals = args
            .iter()
            .map(|a| self.array_like_arg(a))
            .collect::<Result<Vec<_>>>()?;
        if !vals
            .iter()
            .any(|v| v.ty.as_array().is_some() || matches!(v.ty, Ty::RunArray(_)))
        {
            return unsupported(span, "np.where of scalars (NumPy gives a 0-d array)");
        }
        let cond = vals.remove(0);
        let cond = self.nonzero(cond)?;
        vals.insert(0, cond);
        self.elementwise(EwOp::Where, vals, span)
    }

    /// `np.clip(a, a_min, a_max)`, with `fromnumeric.clip`'s rules for `min=`/`max=`.
    fn clip_call(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let mut named: [Option<&ast::Expr>; 4] = [None; 4];
        let keys = ["a_min", "a_max", "min", "max"];
        for kw in kwargs {
            match keys.iter().position(|k| *k == kw.name) {
                Some(i) if i < 2 && args.len() > i + 1 => {
                    return super::py_err(
                        PyExc::TypeError,
                        kw.span,
                        format!("clip() got multiple values for argument '{}'", kw.name),
                    )
                }
                Some(i) => named[i] = Some(&kw.value),
                None if kw.name == "out" => {
                    return unsupported(kw.span, "the out argument of clip()")
                }
                None => {
                    return unsupported(
                        kw.span,
                        format!("keyword argument '{}' of clip()", kw.name),
                    )
                }
            }
        }
        match args.len() {
            0 => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    "clip() missing 1 required positional argument: 'a'",
                )
            }
            1..=3 => {}
            4 => return unsupported(args[3].span, "the out argument of clip()"),
            n => return positional_count(span, "clip", 1, 4, n),
        }
        let a_min = args.get(1).or(named[0]);
        let a_max = args.get(2).or(named[1]);
        let (lo, hi) = match (a_min, a_max) {
            (None, None) => (named[2], named[3]),
            (None, Some(_)) => {
                return super::py_err(PyExc::TypeError,
                    span,
                    "clip() missing 1 required positional argument: 'a_min'",
                )
            }
            (Some(_), None) => {
                return super::py_err(PyExc::TypeError,
                    span,
                    "clip() missing 1 required positional argument: 'a_max'",
                )
            }
            (Some(_), Some(_)) if named[2].is_some() || named[3].is_some() => {
                return super::py_err(PyExc::ValueError, span, "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.")
            }
            bounds => bounds,
        };
        let operands: Vec<ast::Expr> = [Some(&args[0]), lo, hi]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        let mut vals = self.ufunc_operands(&operands)?.into_iter();
        let a = vals.next().unwrap();
        let lo = lo.map(|_| vals.next().unwrap());
        let hi = hi.map(|_| vals.next().unwrap());
        self.clip(a, lo, hi, span)
    }

    /// `a.clip(lo, hi)` as NumPy's `_clip`: a `None` (or missing) bound makes it
    /// `np.minimum` / `np.maximum`, both missing `np.positive` (a copy).
    fn clip(
        &mut self,
        a: hir::Expr,
        lo: Option<hir::Expr>,
        hi: Option<hir::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let lo = lo.filter(|v| v.ty != Ty::None);
        let hi = hi.filter(|v| v.ty != Ty::None);
        match (lo, hi) {
            (Some(lo), Some(hi)) => self.elementwise(EwOp::Clip, vec![a, lo, hi], span),
            (None, Some(hi)) => self.elementwise(EwOp::Minimum, vec![a, hi], span),
            (Some(lo), None) => self.elementwise(EwOp::Maximum, vec![a, lo], span),
            (None, None) => match a.ty.clone() {
                Ty::Array(t) if t.dtype == DType::Bool => {
                    super::py_err(PyExc::UFuncNoLoopError, span, POSITIVE_BOOL)
                }
                Ty::Array(t) => Ok(mk(H::CopyK(Box::new(a)), Ty::Array(t), span)),
                _ => unsupported(span, "np.clip of a scalar without bounds"),
            },
        }
    }

    /// `np.round(a, decimals=0)` / `np.around`
    fn round_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let mut decimals = args.get(1);
        for kw in kwargs {
            match kw.name.as_str() {
                "decimals" if decimals.is_none() => decimals = Some(&kw.value),
                "decimals" => {
                    return super::py_err(
                        PyExc::TypeError,
                        kw.span,
                        format!("{name}() got multiple values for argument 'decimals'"),
                    )
                }
                "out" => return unsupported(kw.span, format!("the out argument of {name}()")),
                _ => {
                    return err(
                        kw.span,
                        SemaError::UnexpectedKeyword(name.into(), kw.name.clone()),
                    )
                }
            }
        }
        match args.len() {
            0 => {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    format!("{name}() missing 1 required positional argument: 'a'"),
                )
            }
            1 | 2 => {}
            3 => return unsupported(args[2].span, format!("the out argument of {name}()")),
            n => return positional_count(span, name, 1, 3, n),
        }
        let v = self.ufunc_operands(&args[..1])?.pop().unwrap();
        self.np_round(v, decimals, span)
    }

    /// `x.clip(lo, hi)` and `x.round(decimals)` on an array.
    pub(super) fn ufunc_method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if name == "round" {
            let mut decimals = args.first();
            for kw in kwargs {
                if kw.name != "decimals" || decimals.is_some() {
                    return unsupported(
                        kw.span,
                        format!("keyword argument '{}' of round()", kw.name),
                    );
                }
                decimals = Some(&kw.value);
            }
            if args.len() > 2 {
                return super::py_err(
                    PyExc::TypeError,
                    span,
                    format!("round() takes at most 2 arguments ({} given)", args.len()),
                );
            }
            if args.len() == 2 {
                return unsupported(args[1].span, "the out argument of round()");
            }
            return self.np_round(recv, decimals, span);
        }
        let mut bounds: [Option<&ast::Expr>; 2] = [args.first(), args.get(1)];
        for kw in kwargs {
            match ["min", "max"].iter().position(|k| *k == kw.name) {
                Some(i) if bounds[i].is_none() => bounds[i] = Some(&kw.value),
                _ => {
                    return unsupported(
                        kw.span,
                        format!("keyword argument '{}' of clip()", kw.name),
                    )
                }
            }
        }
        match args.len() {
            0..=2 => {
                let lo = bounds[0].map(|e| self.expr(e)).transpose()?;
                let hi = bounds[1].map(|e| self.expr(e)).transpose()?;
                self.clip(recv, lo, hi, span)
            }
            3 => unsupported(args[2].span, "the out argument of clip()"),
            n => super::py_err(
                PyExc::TypeError,
                span,
                format!(
                    "_clip() takes from 1 to 4 positional arguments but {} were given",
                    n + 1
                ),
            ),
        }
    }

    fn np_round(
        &mut self,
        v: hir::Expr,
        decimals: Option<&ast::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        if super::complex::is_complex(&v.ty) {
            return unsupported(span, "rounding complex numbers");
        }
        let d = match decimals {
            None => 0,
            Some(e) => {
                let dv = self.expr(e)?;
                match const_num(&dv, &self.consts) {
                    Some(Num::I(i)) => i,
                    Some(Num::F(_)) => {
                        return super::py_err(
                            PyExc::TypeError,
                            e.span,
                            "'float' object cannot be interpreted as an integer",
                        )
                    }
                    None => return unsupported(e.span, "decimals not known at compile time"),
                }
            }
        };
        let dtype = match &v.ty {
            Ty::Array(a) => a.dtype,
            Ty::RunArray(a) => a.dtype,
            t => match t.scalar_dtype() {
                Some(d) => d,
                None => return unsupported(span, format!("rounding a {t}")),
            },
        };
        if dtype == DType::Bool {
            return unsupported(span, "rounding booleans (NumPy gives float16)");
        }
        if !dtype.is_float() && d >= 0 {
            // Ints are unchanged: a copy of an array, the value of a scalar.
            return Ok(match v.ty.clone() {
                Ty::Array(a) => mk(H::CopyK(Box::new(v)), Ty::Array(a), span),
                // A run-time-shaped copy: the identity cast as a kernel.
                Ty::RunArray(a) => mk(
                    H::Elementwise {
                        op: EwOp::Cast,
                        args: vec![v],
                    },
                    Ty::RunArray(a),
                    span,
                ),
                _ => v,
            });
        }
        if d.unsigned_abs() > 400 {
            return unsupported(span, "decimals beyond 400");
        }
        self.elementwise(EwOp::Round(d), vec![v], span)
    }
}

/// Result dtypes of the ops of this module for operands promoting to `dtype` (`None`: not
/// one of them), or NumPy's error.
pub(super) fn result_dtype(op: EwOp, dtype: DType) -> Option<std::result::Result<DType, String>> {
    Some(match op {
        EwOp::Math(_) | EwOp::Arctan2 => Ok(dtype.float_result()),
        EwOp::IsNan | EwOp::IsInf | EwOp::IsFinite => Ok(DType::Bool),
        EwOp::Sign if dtype == DType::Bool => Err("ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None".into()),
        EwOp::Sign
        | EwOp::Floor
        | EwOp::Trunc
        | EwOp::Ceil
        | EwOp::Round(_)
        | EwOp::Maximum
        | EwOp::Minimum
        | EwOp::Clip
        | EwOp::Where => Ok(dtype),
        _ => return None,
    })
}
