//! `np.mgrid[a:b:s, c:d:t, ...]` and `np.ogrid[...]` with bounds known at compile time,
//! written for arrc after reading NumPy's `nd_grid.__getitem__`
//! (`numpy/lib/_index_tricks_impl.py`): each axis has `ceil((stop - start) / step)` points, or
//! `int(abs(step))` for a complex step (then `stop` is included and the step is
//! `(stop - start) / (num - 1)`); the dtype is `result_type` of 0 and every bound (int64, or
//! float64 as soon as one is a float or a step complex); the values are NumPy's
//! `indices(...) * step + start`, computed here as `arange(n, dtype) * step + start` (the same
//! two roundings). `mgrid` stacks the full grids into one new array (a `Xi, Yi = np.mgrid[...]`
//! unpacking gets its rows, as NumPy's); `ogrid` gives the tuple of open grids, each varying
//! along its own axis. One slice alone is `np.arange(start, stop, step)`.

use super::desugar::Build;
use super::{const_num, py_err, unsupported, Num, Result, Sema};
use crate::hir;
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, BinOp, ExprKind as A};
use crate::types::{ModuleKind, Ty};

/// A bound of a grid slice: a constant, or run-time value `k` (hidden local `grid·k`).
#[derive(Clone, Copy)]
enum Bound {
    Const(Num),
    Run(usize),
}

fn to_f(n: Num) -> f64 {
    match n {
        Num::I(i) => i as f64,
        Num::F(f) => f,
    }
}

impl Sema {
    /// `Some(sparse)` when `e` is `np.mgrid` (false) or `np.ogrid` (true).
    pub(super) fn grid_object(&self, e: &ast::Expr) -> Option<bool> {
        match &e.kind {
            A::Attribute { value, attr, .. }
                if self.module_of(value) == Some(ModuleKind::NumPy) =>
            {
                match attr.as_str() {
                    "mgrid" => Some(false),
                    "ogrid" => Some(true),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A bound of a grid slice: a constant int or float, or (`step` only) an imaginary
    /// literal, whose magnitude is returned as `Err`. A Python int or float known only at run
    /// time is evaluated into a hidden local (appended to `runs`, its statement to `first`)
    /// and stands as `Num::I(-1 - k)` for run-time bound `k`: `Bound::Run`.
    fn grid_bound(
        &mut self,
        e: &ast::Expr,
        runs: &mut Vec<(hir::LocalId, bool)>,
        first: &mut Vec<hir::Stmt>,
    ) -> Result<std::result::Result<Bound, f64>> {
        let v = self.expr(e)?;
        if let hir::ExprKind::Complex(re, im) = v.kind {
            return Ok(Err(re.hypot(im)));
        }
        let float = match v.ty {
            Ty::Int | Ty::Bool => false,
            Ty::Float => true,
            _ => {
                return unsupported(
                    e.span,
                    format!("a {} as a bound of np.mgrid/np.ogrid", v.ty),
                )
            }
        };
        match const_num(&v, &self.consts) {
            Some(n) => Ok(Ok(Bound::Const(n))),
            None => {
                let id = self.hidden_local(v, first);
                runs.push((id, float));
                Ok(Ok(Bound::Run(runs.len() - 1)))
            }
        }
    }

    /// `np.mgrid[index]` (`sparse` false) or `np.ogrid[index]`.
    pub(super) fn nd_grid(
        &mut self,
        sparse: bool,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let name = if sparse { "np.ogrid" } else { "np.mgrid" };
        let (items, single) = match &index.kind {
            A::Tuple(items) if !items.is_empty() => (items.clone(), false),
            A::Slice { .. } => (vec![index.clone()], true),
            _ => {
                return unsupported(
                    index.span,
                    format!("{name} with an index other than slices"),
                )
            }
        };
        let b = Build(span);
        if single {
            if let [ast::Expr {
                kind: A::Slice { lower, upper, step },
                ..
            }] = &items[..]
            {
                if !matches!(step.as_deref().map(|s| &s.kind), Some(A::Imag(_))) {
                    // NumPy's `arange(start, stop, step)` itself.
                    let args = [lower.as_deref().cloned().unwrap_or(b.int(0))]
                        .into_iter()
                        .chain(upper.as_deref().cloned())
                        .chain(step.as_deref().cloned())
                        .collect();
                    return self.type_rewrite(&[], vec![], &b.call(b.np("arange"), args, vec![]));
                }
            }
        }
        // Every bound, in source order: (start, stop, step or a complex step's magnitude).
        let mut first = Vec::new();
        let mut runs: Vec<(hir::LocalId, bool)> = Vec::new();
        let mut bounds = Vec::new();
        let mut float = false;
        for it in &items {
            let A::Slice { lower, upper, step } = &it.kind else {
                return unsupported(it.span, format!("{name} with an index other than slices"));
            };
            let Some(upper) = upper else {
                return unsupported(it.span, format!("{name} with a slice without its stop"));
            };
            let start = match lower {
                Some(l) => match self.grid_bound(l, &mut runs, &mut first)? {
                    Ok(n) => n,
                    Err(_) => return unsupported(l.span, format!("{name} with complex bounds")),
                },
                None => Bound::Const(Num::I(0)),
            };
            let stop = match self.grid_bound(upper, &mut runs, &mut first)? {
                Ok(n) => n,
                Err(_) => return unsupported(upper.span, format!("{name} with complex bounds")),
            };
            let step = match step {
                Some(s) => self.grid_bound(s, &mut runs, &mut first)?,
                None => Ok(Bound::Const(Num::I(1))),
            };
            for x in [Ok(start), Ok(stop), step] {
                float |= match x {
                    Err(_) | Ok(Bound::Const(Num::F(_))) => true,
                    Ok(Bound::Run(k)) => runs[k].1,
                    Ok(Bound::Const(Num::I(_))) => false,
                };
            }
            bounds.push((it.span, start, stop, step));
        }
        let dtype = if float { "float64" } else { "int64" };
        let names: Vec<String> = (0..runs.len()).map(|k| format!("grid·{k}")).collect();
        let ast_of = |x: Bound| match x {
            Bound::Const(Num::I(i)) => b.int(i),
            Bound::Const(Num::F(f)) => b.e(A::Float(f)),
            Bound::Run(k) => b.name(&names[k]),
        };
        // Each axis: its number of points and its step, as AST (constants where known).
        let mut axes: Vec<(ast::Expr, Option<i64>, ast::Expr, ast::Expr)> = Vec::new();
        for &(ispan, start, stop, step) in &bounds {
            let consts = match (start, stop) {
                (Bound::Const(a), Bound::Const(z)) => Some((a, z)),
                _ => None,
            };
            let (n, step_e) = match step {
                Err(mag) => {
                    // A complex step: `int(abs(step))` points, `stop` included.
                    if !mag.is_finite() {
                        return unsupported(ispan, format!("{name} with an infinite step"));
                    }
                    let n = mag.trunc() as i64;
                    let step_e = if n == 1 {
                        b.int(1)
                    } else if let Some((a, z)) = consts {
                        b.e(A::Float(python_sub(z, a) / (n - 1) as f64))
                    } else {
                        let diff = b.binop(BinOp::Sub, ast_of(stop), ast_of(start));
                        b.binop(BinOp::Div, diff, b.e(A::Float((n - 1) as f64)))
                    };
                    (Some(n), step_e)
                }
                Ok(st) => {
                    let n = match (consts, st) {
                        (Some((a, z)), Bound::Const(st)) => {
                            if to_f(st) == 0.0 {
                                return py_err(PyExc::ZeroDivisionError, ispan, "division by zero");
                            }
                            let q = python_sub(z, a) / to_f(st);
                            if !q.is_finite() {
                                return unsupported(
                                    ispan,
                                    format!("{name} with an infinite extent"),
                                );
                            }
                            Some(q.ceil() as i64)
                        }
                        _ => None,
                    };
                    (n, ast_of(st))
                }
            };
            let n_e = match n {
                Some(n) => b.int(n),
                // `math.ceil((stop - start) / step)` (ZeroDivisionError and OverflowError
                // as Python raises them).
                None => {
                    let Ok(st) = step else {
                        unreachable!("complex steps give n")
                    };
                    let q = b.binop(
                        BinOp::Div,
                        b.binop(BinOp::Sub, ast_of(stop), ast_of(start)),
                        ast_of(st),
                    );
                    b.call(
                        b.name("int"),
                        vec![b.call(b.np("ceil"), vec![q], vec![])],
                        vec![],
                    )
                }
            };
            axes.push((n_e, n, step_e, ast_of(start)));
        }
        let hidden: Vec<(&str, hir::LocalId)> = names
            .iter()
            .zip(&runs)
            .map(|(n, (id, _))| (n.as_str(), *id))
            .collect();
        let arange =
            |n: ast::Expr| b.call(b.np("arange"), vec![n], vec![b.kw("dtype", b.str(dtype))]);
        if single {
            let (n_e, _, step_e, start_e) = axes.pop().unwrap();
            let r = b.binop(
                BinOp::Add,
                b.binop(BinOp::Mul, arange(n_e), step_e),
                start_e,
            );
            return self.type_rewrite(&hidden, first, &r);
        }
        if axes.iter().any(|a| a.1.is_some_and(|n| n < 0)) {
            return py_err(
                PyExc::ValueError,
                span,
                "negative dimensions are not allowed",
            );
        }
        let k = axes.len();
        // Axis `d`'s values along axis `d` of a `k`-axis array (length 1 elsewhere).
        let along = |d: usize, r: ast::Expr| {
            let items = (0..k)
                .map(|e| if e == d { b.all() } else { b.e(A::None) })
                .collect();
            b.index(r, b.tuple(items))
        };
        let comps: Vec<ast::Expr> = axes
            .iter()
            .enumerate()
            .map(|(d, (n_e, _, step_e, start_e))| {
                let r = along(d, arange(n_e.clone()));
                b.binop(
                    BinOp::Add,
                    b.binop(BinOp::Mul, r, step_e.clone()),
                    start_e.clone(),
                )
            })
            .collect();
        if sparse {
            return self.type_rewrite(&hidden, first, &b.tuple(comps));
        }
        let full: Vec<ast::Expr> = axes.iter().map(|a| a.0.clone()).collect();
        if runs.is_empty() {
            // Times ones of the full shape (keeps -0.0 and NaN): each full grid, stacked.
            let ones = b.call(
                b.np("ones"),
                vec![b.tuple(full)],
                vec![b.kw("dtype", b.str(dtype))],
            );
            let comps = comps
                .into_iter()
                .map(|c| b.binop(BinOp::Mul, c, ones.clone()))
                .collect();
            let r = b.call(b.np("stack"), vec![b.e(A::List(comps))], vec![]);
            return self.type_rewrite(&hidden, first, &r);
        }
        // Run-time extents: a new `(k, n0, n1, ...)` array, each row written with its axis's
        // values broadcast (NumPy's `indices` then `nn[k] * step + start`).
        self.with_hidden_names(&hidden, |s| {
            let mut shape = vec![b.int(k as i64)];
            shape.extend(full);
            let zeros = b.call(
                b.np("zeros"),
                vec![b.tuple(shape)],
                vec![b.kw("dtype", b.str(dtype))],
            );
            let g = s.expr(&zeros)?;
            let gty = g.ty.clone();
            let gid = s.hidden_local(g, &mut first);
            s.with_hidden_names(&[("grid·out", gid)], |s| {
                for (d, c) in comps.iter().enumerate() {
                    let v = s.expr(c)?;
                    let target = b.index(b.name("grid·out"), b.int(d as i64));
                    s.assign(&target, v, span, &mut first)?;
                }
                Ok(())
            })?;
            Ok(super::seq(
                first,
                super::mk(hir::ExprKind::Local(gid), gty, span),
            ))
        })
    }
}

/// `stop - start` as Python computes it (exact for ints), as a float.
fn python_sub(stop: Num, start: Num) -> f64 {
    match (stop, start) {
        (Num::I(a), Num::I(b)) => (a as i128 - b as i128) as f64,
        (a, b) => to_f(a) - to_f(b),
    }
}
