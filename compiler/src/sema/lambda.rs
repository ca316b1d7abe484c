//! `lambda` where NumPy takes a function: `np.fromfunction(lambda i, j: ..., shape, dtype=…)`.
//!
//! NumPy's `fromfunction(f, shape, dtype)` is `f(*np.indices(shape, dtype=dtype))`: `f` runs
//! once, on whole index arrays, so its body is an ordinary array expression. arrc builds each
//! index array as `np.arange(n_k, dtype).reshape(1…n_k…1) + np.zeros(shape, dtype)` (NumPy's
//! `indices` values, at full shape, so the result's shape is NumPy's whatever the body uses),
//! binds the lambda's parameters to them in the enclosing scope (a lambda sees the names
//! around it) and types the body. A `def` function named instead of a lambda is called with
//! the same arrays.

use super::shape::bind_args;
use super::{err, functions, seq, unsupported, Binding, Result, Sema, SemaError};
use crate::hir;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::DType;

/// The name under which the index arrays' AST reaches NumPy (not a Python identifier).
const NUMPY: &str = "numpy·fromfunction";

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
                SemaError::Custom(format!(
                    "fromfunction() takes 2 positional arguments but {} were given",
                    args.len()
                )),
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
        let shape = self.shape_arg(shape_e)?;
        let dtype = match b[2] {
            Some(d) => self.dtype_arg(d)?,
            None => DType::F64,
        };
        let indices = index_arrays(&shape, dtype, shape_e.span);
        let saved = self.env.insert(
            NUMPY.into(),
            Binding::Module(crate::types::ModuleKind::NumPy),
        );
        let r = match &function.kind {
            A::Lambda { params, body } => self.call_lambda(params, body, &indices, span),
            _ => match functions::user_function(&self.env, function) {
                Some(f) => self.call_function(f, &indices, &[], span),
                None => unsupported(
                    function.span,
                    "np.fromfunction's function other than a lambda or a `def` function",
                ),
            },
        };
        match saved {
            Some(old) => self.env.insert(NUMPY.into(), old),
            None => self.env.remove(NUMPY),
        };
        r
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
                SemaError::Custom(format!(
                    "<lambda>() takes {takes} but {} {given} given",
                    args.len()
                )),
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
            bound.push((p.name.clone(), self.bind_temp_local(value, &mut first)));
        }
        let mut saved = Vec::new();
        for (name, id) in bound {
            saved.push((name.clone(), self.env.insert(name, Binding::Local(id))));
        }
        let value = self.expr(body);
        for (name, old) in saved.into_iter().rev() {
            match old {
                Some(b) => self.env.insert(name, b),
                None => self.env.remove(&name),
            };
        }
        Ok(seq(first, value?))
    }
}

impl Sema {
    /// A new local bound to `e` (a lambda's parameter), by a statement appended to `first`.
    fn bind_temp_local(&mut self, e: hir::Expr, first: &mut Vec<hir::Stmt>) -> hir::LocalId {
        let tmp = self.new_local("<lambda argument>", e.ty.clone());
        self.locals[tmp].may_be_unbound = false;
        self.locals[tmp].python_or_numpy = self.has_dynamic_kind(&e);
        let span = e.span;
        first.push(hir::Stmt {
            kind: hir::StmtKind::Assign {
                local: tmp,
                value: e,
            },
            span,
        });
        tmp
    }
}

fn plural(n: usize) -> String {
    format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
}

/// `np.indices(shape, dtype)` as arrc expressions, one per axis.
fn index_arrays(shape: &[usize], dtype: DType, span: Span) -> Vec<ast::Expr> {
    let e = |kind| ast::Expr { kind, span };
    let np = |attr: &str| {
        e(A::Attribute {
            value: Box::new(e(A::Name(NUMPY.into()))),
            attr: attr.into(),
            attr_span: span,
        })
    };
    let int = |n: usize| e(A::Int(n as i64));
    let dims =
        |d: &dyn Fn(usize) -> usize| e(A::Tuple((0..shape.len()).map(|k| int(d(k))).collect()));
    let dtype_kw = || ast::Keyword {
        name: "dtype".into(),
        value: e(A::Str(dtype.name().into())),
        span,
    };
    (0..shape.len())
        .map(|axis| {
            let arange = e(A::Call {
                func: Box::new(np("arange")),
                args: vec![int(shape[axis])],
                kwargs: vec![dtype_kw()],
            });
            let column = e(A::Call {
                func: Box::new(e(A::Attribute {
                    value: Box::new(arange),
                    attr: "reshape".into(),
                    attr_span: span,
                })),
                args: vec![dims(&|k| if k == axis { shape[axis] } else { 1 })],
                kwargs: vec![],
            });
            let zeros = e(A::Call {
                func: Box::new(np("zeros")),
                args: vec![dims(&|k| shape[k])],
                kwargs: vec![dtype_kw()],
            });
            e(A::BinOp {
                op: ast::BinOp::Add,
                lhs: Box::new(column),
                rhs: Box::new(zeros),
            })
        })
        .collect()
}
