//! `a, b, c = np.split(x, [3, 5])` (and `np.vsplit`, `np.hsplit`, `np.array_split` with
//! sections): NumPy returns a list of views, which arrc gives only where it is unpacked at
//! once, as the tuple of the same views (`x[:3]`, `x[3:5]`, `x[5:]` along the axis), so the
//! list itself is never seen. Elsewhere `np.split` stays unsupported.

use super::desugar::Build;
use super::shape::bind_args;
use super::{const_int, err, unsupported, Result, Sema, SemaError};
use crate::hir;
use crate::source::PyExc;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{ModuleKind, Ty};

impl Sema {
    /// The value of `value` when it is a split call unpacked by the assignment, else `None`.
    pub(super) fn split_unpacked(
        &mut self,
        value: &ast::Expr,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<Option<hir::Expr>> {
        let A::Call { func, args, kwargs } = &value.kind else {
            return Ok(None);
        };
        let Some((ModuleKind::NumPy, name)) = self.resolve_function(func) else {
            return Ok(None);
        };
        if !matches!(name.as_str(), "split" | "vsplit" | "hsplit" | "array_split") {
            return Ok(None);
        }
        let span = value.span;
        let params: &[&str] = if name == "split" || name == "array_split" {
            &["ary", "indices_or_sections", "axis"]
        } else {
            &["ary", "indices_or_sections"]
        };
        let b = bind_args(&name, params, 2, args, kwargs, span)?;
        // The array (a list becomes a fresh array of its values).
        let x_ast = b[0].unwrap();
        let x = self.expr(x_ast)?;
        let x = match &x.ty {
            Ty::List(_) => {
                let x = super::lists::as_array(x);
                let ty = x.ty.clone();
                super::mk(hir::ExprKind::Copy(Box::new(x)), ty, x_ast.span)
            }
            Ty::Array(a) if a.tensor.is_none() => x,
            t => return unsupported(x_ast.span, format!("np.{name} of a {t}")),
        };
        let a = x.ty.as_array().unwrap().clone();
        let mut axis = match b.get(2).copied().flatten() {
            Some(e) => {
                let v = self.expr(e)?;
                match const_int(&v, &self.consts) {
                    Some(k) => k,
                    None => return unsupported(e.span, "an axis not known at compile time"),
                }
            }
            None => 0,
        };
        match name.as_str() {
            "vsplit" if a.ndim() < 2 => {
                let m = "vsplit only works on arrays of 2 or more dimensions";
                return err(span, SemaError::Py(PyExc::ValueError, m.into()));
            }
            "hsplit" if a.ndim() == 0 => {
                let m = "hsplit only works on arrays of 1 or more dimensions";
                return err(span, SemaError::Py(PyExc::ValueError, m.into()));
            }
            "hsplit" if a.ndim() > 1 => axis = 1,
            _ => {}
        }
        let nd = a.ndim() as i64;
        if axis < -nd || axis >= nd {
            let m = format!("axis {axis} is out of bounds for array of dimension {nd}");
            return err(span, SemaError::Py(PyExc::AxisError, m));
        }
        let axis = if axis < 0 { axis + nd } else { axis } as usize;
        let n = a.shape[axis] as i64;
        // The split points: NumPy's `indices` as given, or `sections` equal parts (for
        // `array_split`, the first `n % sections` parts one longer).
        let ios = b[1].unwrap();
        let bounds: Vec<i64> = match &ios.kind {
            A::List(items) | A::Tuple(items) => {
                let mut v = Vec::new();
                for i in items {
                    let e = self.expr(i)?;
                    match const_int(&e, &self.consts) {
                        Some(k) if e.ty == Ty::Int => v.push(k),
                        _ => return unsupported(i.span, "split indices not known at compile time"),
                    }
                }
                v
            }
            _ => {
                let e = self.expr(ios)?;
                let Some(sections) = const_int(&e, &self.consts).filter(|_| e.ty == Ty::Int) else {
                    return unsupported(ios.span, "split sections not known at compile time");
                };
                if sections <= 0 {
                    let m = "number sections must be larger than 0.";
                    return err(ios.span, SemaError::Py(PyExc::ValueError, m.into()));
                }
                if name != "array_split" && n % sections != 0 {
                    let m = "array split does not result in an equal division";
                    return err(span, SemaError::Py(PyExc::ValueError, m.into()));
                }
                let (each, extra) = (n / sections, n % sections);
                let mut v = Vec::new();
                let mut at = 0;
                for k in 0..sections - 1 {
                    at += each + i64::from(k < extra);
                    v.push(at);
                }
                v
            }
        };
        let id = self.hidden_local(x, out);
        let bb = Build(span);
        let mut starts = vec![None];
        starts.extend(bounds.iter().map(|&k| Some(k)));
        let mut ends: Vec<Option<i64>> = bounds.iter().map(|&k| Some(k)).collect();
        ends.push(None);
        let pieces: Vec<ast::Expr> = starts
            .iter()
            .zip(&ends)
            .map(|(st, end)| {
                let int = |k: &Option<i64>| k.map(|k| Box::new(bb.int(k)));
                let slice = bb.e(A::Slice {
                    lower: int(st),
                    upper: int(end),
                    step: None,
                });
                let mut items: Vec<ast::Expr> = (0..axis).map(|_| bb.all()).collect();
                items.push(slice);
                bb.index(bb.name("split·ary"), bb.tuple(items))
            })
            .collect();
        let v = self.with_hidden_names(&[("split·ary", id)], |s| s.expr(&bb.tuple(pieces)))?;
        Ok(Some(v))
    }
}
