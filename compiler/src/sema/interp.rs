//! `np.interp` (computed by the runtime's `arrc_interp`, NumPy's `arr_interp` rewritten) and
//! `np.linspace` with bounds known only at run time (NumPy's `function_base.linspace` written
//! out as AST sema types).

use super::desugar::Build;
use super::shape::bind_args;
use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, CmpOp, ExprKind as A, StmtKind as S};
use crate::types::{dims_of, DType, RunArrTy, Ty};

impl Sema {
    /// `np.interp(x, xp, fp, left=None, right=None, period=None)`: a float64 array of `x`'s
    /// shape. `xp` and `fp` must be 1-D (NumPy's "object too deep" otherwise); their lengths are
    /// checked at compile time when known, else by the runtime, in NumPy's words.
    pub(super) fn interp(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "interp",
            &["x", "xp", "fp", "left", "right", "period"],
            3,
            args,
            kwargs,
            span,
        )?;
        if let Some(p) = b[5] {
            if !matches!(p.kind, A::None) {
                return unsupported(p.span, "np.interp with period=");
            }
        }
        let mut vals = Vec::new();
        for (k, e) in b[..3].iter().enumerate() {
            let e = e.unwrap();
            let v = self.array_like_arg(e)?;
            let ok = match &v.ty {
                Ty::Array(t) => t.tensor.is_none(),
                Ty::RunArray(_) => true,
                _ => false,
            };
            if !ok {
                let what = if k == 0 && v.ty.is_scalar() {
                    "np.interp of a scalar x (NumPy gives a 0-d result)".to_string()
                } else {
                    format!("np.interp with an argument that is a {}", v.ty)
                };
                return unsupported(e.span, what);
            }
            let (_, dims) = dims_of(&v.ty).unwrap();
            if k > 0 && dims.len() != 1 {
                let m = if dims.is_empty() {
                    "object of too small depth for desired array"
                } else {
                    "object too deep for desired array"
                };
                return err(e.span, SemaError::Py(PyExc::ValueError, m.into()));
            }
            vals.push(v);
        }
        let len = |v: &hir::Expr| match &v.ty {
            Ty::Array(t) => Some(t.shape[0]),
            _ => None,
        };
        if len(&vals[1]) == Some(0) {
            return err(
                span,
                SemaError::Py(PyExc::ValueError, "array of sample points is empty".into()),
            );
        }
        if let (Some(a), Some(b)) = (len(&vals[1]), len(&vals[2])) {
            if a != b {
                return err(
                    span,
                    SemaError::Py(
                        PyExc::ValueError,
                        "fp and xp are not of the same length.".into(),
                    ),
                );
            }
        }
        let mut fill = Vec::new();
        for e in [b[3], b[4]] {
            match e {
                None => fill.push(None),
                Some(e) if matches!(e.kind, A::None) => fill.push(None),
                Some(e) => {
                    let v = self.expr(e)?;
                    if !v.ty.is_scalar() {
                        return unsupported(
                            e.span,
                            format!("np.interp with a fill value that is a {}", v.ty),
                        );
                    }
                    fill.push(Some(Box::new(self.to_py(v, Ty::Float))));
                }
            }
        }
        let right = fill.pop().unwrap();
        let left = fill.pop().unwrap();
        let (_, xdims) = dims_of(&vals[0].ty).unwrap();
        let ty = match &vals[0].ty {
            Ty::Array(t) => Ty::Array(crate::types::ArrTy::new(DType::F64, t.shape.clone())),
            _ => RunArrTy {
                dtype: DType::F64,
                dims: xdims,
            }
            .into_ty(),
        };
        let mut vals = vals.into_iter();
        let (x, xp, fp) = (
            vals.next().unwrap(),
            vals.next().unwrap(),
            vals.next().unwrap(),
        );
        Ok(mk(
            H::Interp {
                x: Box::new(x),
                xp: Box::new(xp),
                fp: Box::new(fp),
                left,
                right,
            },
            ty,
            span,
        ))
    }

    /// `np.linspace(start, stop, num)` with run-time bounds (`num`, `endpoint` constants,
    /// float64 result), as NumPy's `linspace` computes it: `delta = stop - start`, `step =
    /// delta / div`, `y = arange(num) * step + start` (`arange(num) / div * delta + start`
    /// when `step` is 0; `arange(num) * delta + start` when `div` is 0), then `y[-1] = stop`
    /// with `endpoint` and `num > 1`. The bounds are converted to float64 once, as NumPy's
    /// `np.subtract(stop, start, dtype=float64)` and `y += start` convert them.
    pub(super) fn linspace_run(
        &mut self,
        start: &ast::Expr,
        stop: &ast::Expr,
        num: usize,
        endpoint: bool,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let mut ids = Vec::new();
        for e in [start, stop] {
            let v = self.expr(e)?;
            let ok = matches!(
                v.ty,
                Ty::Int | Ty::Float | Ty::NpScalar(DType::F64 | DType::I64 | DType::I32)
            );
            if !ok {
                return unsupported(e.span, format!("np.linspace bounds of type {}", v.ty));
            }
            let v = self.to_py(v, Ty::Float);
            ids.push(self.hidden_local(v, &mut first));
        }
        let bl = Build(span);
        let names = [("s·linspace", ids[0]), ("t·linspace", ids[1])];
        if num == 0 {
            let e = mk(
                H::Linspace {
                    start: 0.0,
                    stop: 0.0,
                    num: 0,
                    endpoint,
                },
                Ty::Array(crate::types::ArrTy::new(DType::F64, vec![0])),
                span,
            );
            return Ok(super::seq(first, e));
        }
        let div = (if endpoint { num - 1 } else { num }) as i64;
        let ar = bl.call(bl.np("arange"), vec![bl.int(num as i64)], vec![]);
        let delta = bl.binop(
            ast::BinOp::Sub,
            bl.name("t·linspace"),
            bl.name("s·linspace"),
        );
        let y = if div > 0 {
            let step = bl.binop(ast::BinOp::Div, delta.clone(), bl.int(div));
            let scaled = bl.binop(ast::BinOp::Mul, ar.clone(), step.clone());
            let zero_step = bl.binop(
                ast::BinOp::Mul,
                bl.binop(ast::BinOp::Div, ar, bl.int(div)),
                delta,
            );
            bl.e(A::IfExp {
                test: Box::new(bl.compare(step, CmpOp::Eq, bl.e(A::Float(0.0)))),
                body: Box::new(zero_step),
                orelse: Box::new(scaled),
            })
        } else {
            bl.binop(ast::BinOp::Mul, ar, delta)
        };
        let y = bl.binop(ast::BinOp::Add, y, bl.name("s·linspace"));
        let y = self.with_hidden_names(&names, |s| s.expr(&y))?;
        let y_id = self.hidden_local(y, &mut first);
        if endpoint && num > 1 {
            let set_last = ast::Stmt {
                kind: S::Assign {
                    targets: vec![bl.index(bl.name("y·linspace"), bl.int(-1))],
                    value: bl.name("t·linspace"),
                },
                span,
            };
            let mut names = names.to_vec();
            names.push(("y·linspace", y_id));
            self.with_hidden_names(&names, |s| s.stmt(&set_last, &mut first))?;
        }
        let ty = self.locals[y_id].ty.clone();
        Ok(super::seq(first, mk(H::Local(y_id), ty, span)))
    }
}
