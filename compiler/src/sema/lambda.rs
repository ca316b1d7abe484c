//! `lambda` where NumPy takes a function: `np.fromfunction(lambda i, j: ..., shape, dtype=…)`.
//!
//! NumPy's `fromfunction(f, shape, dtype)` is `f(*np.indices(shape, dtype=dtype))`: `f` runs
//! once, on whole index arrays, so its body is an ordinary array expression. arrc builds each
//! index array as `np.arange(n_k, dtype).reshape(1…n_k…1) + np.zeros(shape, dtype)` (NumPy's
//! `indices` values, at full shape, so the result's shape is NumPy's whatever the body uses),
//! binds the lambda's parameters to them in the enclosing scope (a lambda sees the names
//! around it) and types the body. A `def` function named instead of a lambda is called with
//! the same arrays.

use super::desugar::Build;
use super::shape::bind_args;
use super::{err, functions, seq, unsupported, Result, Sema, SemaError};
use crate::hir;
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::DType;

impl Sema {
    pub(super) fn fromfunction(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if args.len() > 2 {
            return err(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!(
                        "fromfunction() takes 2 positional arguments but {} were given",
                        args.len()
                    ),
                ),
            );
        }
        let b = bind_args(
            "fromfunction",
            &["function", "shape", "dtype"],
            2,
            args,
            kwargs,
            span,
        )?;
        let (function, shape_e) = (b[0].unwrap(), b[1].unwrap());
        let shape = self.dims_arg(shape_e)?;
        let dtype = match b[2] {
            Some(d) => self.dtype_arg(d)?,
            None => DType::F64,
        };
        let mut first = Vec::new();
        let extent = "extent·value";
        let (indices, names) = match shape {
            Ok(shape) => (index_arrays(&shape, dtype, shape_e.span), vec![]),
            Err(mut dims) if dims.len() == 1 => {
                // One axis of run-time extent `n`: the indices are `np.arange(n, dtype)`.
                let id = self.hidden_local(dims.pop().unwrap(), &mut first);
                let b = Build(shape_e.span);
                let arange = b.call(
                    b.np("arange"),
                    vec![b.name(extent)],
                    vec![b.kw("dtype", b.str(dtype.name()))],
                );
                (vec![arange], vec![(extent, id)])
            }
            Err(_) => {
                return unsupported(
                    shape_e.span,
                    "np.fromfunction of several axes whose extents are known only at run time",
                )
            }
        };
        let value = self.with_hidden_names(&names, |s| match &function.kind {
            A::Lambda { params, body } => s.call_lambda(params, body, &indices, span),
            _ => match functions::user_function(&s.env, function) {
                Some(f) => s.call_function(f, &indices, &[], span),
                None => unsupported(
                    function.span,
                    "np.fromfunction's function other than a lambda or a `def` function",
                ),
            },
        })?;
        Ok(seq(first, value))
    }

    /// Calls `lambda params: body` with `args` (evaluated in the current scope, in order).
    fn call_lambda(
        &mut self,
        params: &[ast::Param],
        body: &ast::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Result<hir::Expr> {
        let required = params.iter().filter(|p| p.default.is_none()).count();
        if args.len() > params.len() || args.len() < required {
            let takes = if required == params.len() {
                plural(params.len())
            } else {
                format!("from {required} to {}", plural(params.len()))
            };
            let given = if args.len() == 1 { "was" } else { "were" };
            return err(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!("<lambda>() takes {takes} but {} {given} given", args.len()),
                ),
            );
        }
        let mut first = Vec::new();
        let mut bound = Vec::new();
        for (p, a) in params
            .iter()
            .zip(args.iter().map(Some).chain(std::iter::repeat(None)))
        {
            let value = match a {
                Some(a) => self.expr(a)?,
                None => self.expr(p.default.as_ref().unwrap())?,
            };
            bound.push((p.name.clone(), self.hidden_local(value, &mut first)));
        }
        let names: Vec<(&str, hir::LocalId)> =
            bound.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let value = self.with_hidden_names(&names, |s| s.expr(body))?;
        Ok(seq(first, value))
    }
}

fn plural(n: usize) -> String {
    format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
}

/// `np.indices(shape, dtype)` as arrc expressions, one per axis.
fn index_arrays(shape: &[usize], dtype: DType, span: Span) -> Vec<ast::Expr> {
    let b = Build(span);
    let dims = |d: &dyn Fn(usize) -> usize| {
        b.tuple((0..shape.len()).map(|k| b.int(d(k) as i64)).collect())
    };
    let dtype_kw = || vec![b.kw("dtype", b.str(dtype.name()))];
    (0..shape.len())
        .map(|axis| {
            let arange = b.call(b.np("arange"), vec![b.int(shape[axis] as i64)], dtype_kw());
            let column = b.method(
                arange,
                "reshape",
                vec![dims(&|k| if k == axis { shape[axis] } else { 1 })],
            );
            let zeros = b.call(b.np("zeros"), vec![dims(&|k| shape[k])], dtype_kw());
            b.binop(ast::BinOp::Add, column, zeros)
        })
        .collect()
}
