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
use crate::types::ModuleKind;

/// One axis of a grid: `start`, the number of points, and the step between them.
struct Axis {
    start: Num,
    n: i64,
    step: Num,
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
    /// literal, whose magnitude is returned as `Err`.
    fn grid_bound(&mut self, e: &ast::Expr) -> Result<std::result::Result<Num, f64>> {
        let v = self.expr(e)?;
        if let hir::ExprKind::Complex(re, im) = v.kind {
            return Ok(Err(re.hypot(im)));
        }
        match const_num(&v, &self.consts) {
            Some(n) if matches!(v.ty, crate::types::Ty::Int | crate::types::Ty::Float) => Ok(Ok(n)),
            _ => unsupported(e.span, "np.mgrid/np.ogrid bounds not known at compile time"),
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
            _ => return unsupported(index.span, format!("{name} with an index other than slices")),
        };
        let mut axes = Vec::new();
        let mut float = false;
        for it in &items {
            let A::Slice { lower, upper, step } = &it.kind else {
                return unsupported(it.span, format!("{name} with an index other than slices"));
            };
            let Some(upper) = upper else {
                return unsupported(it.span, format!("{name} with a slice without its stop"));
            };
            let start = match lower {
                Some(l) => match self.grid_bound(l)? {
                    Ok(n) => n,
                    Err(_) => return unsupported(l.span, format!("{name} with complex bounds")),
                },
                None => Num::I(0),
            };
            let stop = match self.grid_bound(upper)? {
                Ok(n) => n,
                Err(_) => return unsupported(upper.span, format!("{name} with complex bounds")),
            };
            let step = match step {
                Some(s) => self.grid_bound(s)?,
                None => Ok(Num::I(1)),
            };
            float |= matches!(start, Num::F(_)) || matches!(stop, Num::F(_));
            let axis = match step {
                Err(mag) => {
                    // A complex step: `int(abs(step))` points, `stop` included.
                    float = true;
                    if !mag.is_finite() {
                        return unsupported(it.span, format!("{name} with an infinite step"));
                    }
                    let n = mag.trunc() as i64;
                    let step = if n != 1 {
                        Num::F(python_sub(stop, start) / (n - 1) as f64)
                    } else {
                        Num::I(1)
                    };
                    Axis { start, n, step }
                }
                Ok(step) => {
                    float |= matches!(step, Num::F(_));
                    if to_f(step) == 0.0 {
                        return py_err(PyExc::ZeroDivisionError, it.span, "division by zero");
                    }
                    let q = python_sub(stop, start) / to_f(step);
                    if !q.is_finite() {
                        return unsupported(it.span, format!("{name} with an infinite extent"));
                    }
                    Axis {
                        start,
                        n: q.ceil() as i64,
                        step,
                    }
                }
            };
            axes.push(axis);
        }
        let b = Build(span);
        let dtype = if float { "float64" } else { "int64" };
        let num = |n: Num| match n {
            Num::I(i) => b.int(i),
            Num::F(f) => b.e(A::Float(f)),
        };
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
            let ax = &axes[0];
            let n = ax.n.max(0);
            let r = b.call(
                b.np("arange"),
                vec![b.int(n)],
                vec![b.kw("dtype", b.str(dtype))],
            );
            let r = b.binop(BinOp::Add, b.binop(BinOp::Mul, r, num(ax.step)), num(ax.start));
            return self.type_rewrite(&[], vec![], &r);
        }
        if axes.iter().any(|a| a.n < 0) {
            return py_err(
                PyExc::ValueError,
                span,
                "negative dimensions are not allowed",
            );
        }
        let k = axes.len();
        let full = b.tuple(axes.iter().map(|a| b.int(a.n)).collect());
        let comps: Vec<ast::Expr> = axes
            .iter()
            .enumerate()
            .map(|(d, ax)| {
                let shape = (0..k)
                    .map(|e| b.int(if e == d { ax.n } else { 1 }))
                    .collect();
                let r = b.call(
                    b.np("arange"),
                    vec![b.int(ax.n)],
                    vec![b.kw("dtype", b.str(dtype))],
                );
                let r = b.method(r, "reshape", vec![b.tuple(shape)]);
                let r = b.binop(BinOp::Add, b.binop(BinOp::Mul, r, num(ax.step)), num(ax.start));
                if sparse {
                    r
                } else {
                    // Times ones of the full shape (keeps -0.0 and NaN): the full grid.
                    let ones = b.call(
                        b.np("ones"),
                        vec![full.clone()],
                        vec![b.kw("dtype", b.str(dtype))],
                    );
                    b.binop(BinOp::Mul, r, ones)
                }
            })
            .collect();
        let r = if sparse {
            b.tuple(comps)
        } else {
            b.call(b.np("stack"), vec![b.e(A::List(comps))], vec![])
        };
        self.type_rewrite(&[], vec![], &r)
    }
}

/// `stop - start` as Python computes it (exact for ints), as a float.
fn python_sub(stop: Num, start: Num) -> f64 {
    match (stop, start) {
        (Num::I(a), Num::I(b)) => (a as i128 - b as i128) as f64,
        (a, b) => to_f(a) - to_f(b),
    }
}
