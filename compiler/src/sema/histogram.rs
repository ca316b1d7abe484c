//! `np.histogram(a, bins=10, range=None)`: a tuple `(hist, bin_edges)`. The edges and the
//! counts are computed by the runtime (`runtime/src/abi/histogram.rs`, NumPy's algorithm);
//! here the arguments are checked with NumPy's messages where they are known at compile
//! time (a constant bin count and range).

use super::{const_num, err, mk, seq, unsupported, Num, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{dims_of, ArrTy, DType, Dim, Ty};

fn value_error<T>(span: Span, m: impl Into<String>) -> Result<T> {
    err(span, SemaError::Py(PyExc::ValueError, m.into()))
}

/// Python's `str` of a constant number.
fn num_text(n: Num) -> String {
    match n {
        Num::I(i) => i.to_string(),
        Num::F(f) => arrc_runtime::format::py_float_repr(f),
    }
}

fn num_f64(n: Num) -> f64 {
    match n {
        Num::I(i) => i as f64,
        Num::F(f) => f,
    }
}

impl Sema {
    pub(super) fn histogram(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = super::shape::bind_args(
            "histogram",
            &["a", "bins", "range", "density", "weights"],
            1,
            args,
            kwargs,
            span,
        )?;
        for e in [b[3], b[4]].into_iter().flatten() {
            if !matches!(e.kind, A::None) {
                return unsupported(e.span, "np.histogram's density= and weights=");
            }
        }
        let a = self.array_like_arg(b[0].unwrap())?;
        match dims_of(&a.ty) {
            Some((DType::F64 | DType::I64, _))
                if !a.ty.as_array().is_some_and(|t| t.tensor.is_some()) => {}
            _ => return unsupported(a.span, format!("np.histogram of a {}", a.ty)),
        }
        let mut first = Vec::new();
        let aty = a.ty.clone();
        let a_id = self.hidden_local(a, &mut first);
        let a_local = mk(H::Local(a_id), aty, span);
        let bins_v = match b[1] {
            None => None,
            Some(e) => Some(self.array_like_arg(e)?),
        };
        let (count, edges) = match bins_v {
            Some(v) if dims_of(&v.ty).is_some() => {
                let (dt, dims) = dims_of(&v.ty).unwrap();
                if dims.len() != 1 {
                    return value_error(v.span, "`bins` must be 1d, when an array");
                }
                let Dim::Fixed(m) = dims[0] else {
                    return unsupported(v.span, "np.histogram with bin edges of a run-time length");
                };
                if !matches!(dt, DType::F64 | DType::I64) || m < 1 {
                    return unsupported(
                        v.span,
                        format!("np.histogram with bin edges of type {}", v.ty),
                    );
                }
                let ety = v.ty.clone();
                let e_id = self.hidden_local(v, &mut first);
                let edges = mk(H::Local(e_id), ety, span);
                let count = mk(
                    H::HistCount {
                        a: Box::new(a_local),
                        edges: Box::new(edges.clone()),
                        uniform: false,
                    },
                    Ty::Array(ArrTy::new(DType::I64, vec![m - 1])),
                    span,
                );
                (count, edges)
            }
            bins_v => {
                let n = match &bins_v {
                    None => 10,
                    Some(v) => match const_num(v, &self.consts) {
                        Some(Num::I(n)) if matches!(v.ty, Ty::Int) => n,
                        _ if matches!(v.ty, Ty::Str) => {
                            return unsupported(v.span, "np.histogram with a bin estimator name")
                        }
                        _ => {
                            return unsupported(
                                v.span,
                                "np.histogram with a bin count not known at compile time",
                            )
                        }
                    },
                };
                if n < 1 {
                    return value_error(span, "`bins` must be positive, when an integer");
                }
                let range = match b[2] {
                    None => None,
                    Some(e) if matches!(e.kind, A::None) => None,
                    Some(e) => {
                        let A::Tuple(items) = &e.kind else {
                            return unsupported(
                                e.span,
                                "a range that is not a tuple of two constants",
                            );
                        };
                        let mut vals = Vec::new();
                        for it in items {
                            let v = self.expr(it)?;
                            match const_num(&v, &self.consts) {
                                Some(n) => vals.push(n),
                                None => {
                                    return unsupported(
                                        it.span,
                                        "a range that is not a tuple of two constants",
                                    )
                                }
                            }
                        }
                        if vals.len() != 2 {
                            return unsupported(
                                e.span,
                                "a range that is not a tuple of two constants",
                            );
                        }
                        let (lo, hi) = (num_f64(vals[0]), num_f64(vals[1]));
                        if lo > hi {
                            return value_error(
                                span,
                                "max must be larger than min in range parameter.",
                            );
                        }
                        if !(lo.is_finite() && hi.is_finite()) {
                            return value_error(
                                span,
                                format!(
                                    "supplied range of [{}, {}] is not finite",
                                    num_text(vals[0]),
                                    num_text(vals[1])
                                ),
                            );
                        }
                        Some((lo, hi))
                    }
                };
                let ety = Ty::Array(ArrTy::new(DType::F64, vec![n as usize + 1]));
                let edges = mk(
                    H::HistEdges {
                        a: Box::new(a_local.clone()),
                        bins: n,
                        range,
                    },
                    ety.clone(),
                    span,
                );
                let e_id = self.hidden_local(edges, &mut first);
                let edges = mk(H::Local(e_id), ety, span);
                let count = mk(
                    H::HistCount {
                        a: Box::new(a_local),
                        edges: Box::new(edges.clone()),
                        uniform: true,
                    },
                    Ty::Array(ArrTy::new(DType::I64, vec![n as usize])),
                    span,
                );
                (count, edges)
            }
        };
        let ty = Ty::Tuple(vec![count.ty.clone(), edges.ty.clone()]);
        Ok(seq(first, mk(H::Tuple(vec![count, edges]), ty, span)))
    }
}
