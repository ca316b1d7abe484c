//! `np.einsum(subscripts, *operands)` with a constant subscripts string, NumPy's default
//! `optimize=False`: the labels are parsed and checked here, with NumPy's messages
//! (`PyArray_EinsteinSum` in `numpy/_core/src/multiarray/einsum.cpp`, and nditer's for
//! extents that do not broadcast); the sum runs in the runtime (`arrc_einsum`), in NumPy's
//! order of additions. One operand with no summed label is a view in NumPy (`'ij->ji'`,
//! `'ii->i'`), and here too.

use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{ArrTy, DType, Ty};

fn value_error<T>(span: Span, m: impl Into<String>) -> Result<T> {
    err(span, SemaError::Py(PyExc::ValueError, m.into()))
}

/// NumPy's `convert_shape_to_string`: leading new axes (`None`) left out.
fn shape_text(vals: &[Option<usize>]) -> String {
    let first = vals.iter().position(|v| v.is_some());
    let Some(first) = first else {
        return "()".into();
    };
    let parts: Vec<String> = vals[first..]
        .iter()
        .map(|v| v.map_or("newaxis".into(), |d| d.to_string()))
        .collect();
    if vals.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(","))
    }
}

impl Sema {
    pub(super) fn einsum(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(k) = kwargs.first() {
            return unsupported(k.span, format!("np.einsum's {}= argument", k.name));
        }
        let Some((sub_e, op_es)) = args.split_first() else {
            return value_error(
                span,
                "must specify the einstein sum subscripts string and at least one operand",
            );
        };
        let A::Str(subscripts) = &sub_e.kind else {
            return unsupported(
                sub_e.span,
                "np.einsum with subscripts that are not a string literal",
            );
        };
        if op_es.is_empty() {
            return value_error(
                span,
                "must specify the einstein sum subscripts string and at least one operand",
            );
        }
        let mut ops = Vec::new();
        for e in op_es {
            let v = self.array_like_arg(e)?;
            ops.push(v);
        }
        let mut arrs: Vec<ArrTy> = Vec::new();
        for v in &ops {
            match &v.ty {
                Ty::Array(a) if a.tensor.is_none() => arrs.push(a.clone()),
                Ty::RunArray(_) => {
                    return unsupported(v.span, "np.einsum of an array with a run-time extent")
                }
                t => return unsupported(v.span, format!("np.einsum of a {t}")),
            }
        }
        let dtype = arrs[0].dtype;
        if !matches!(dtype, DType::F64 | DType::I64) || arrs.iter().any(|a| a.dtype != dtype) {
            return unsupported(
                span,
                "np.einsum of operands other than all float64 or all int64",
            );
        }
        // The operands' labels, as NumPy's parser reads them.
        let bytes = subscripts.as_bytes();
        let (ins, out_part): (&[u8], Option<&[u8]>) = match bytes.iter().position(|&c| c == b'-') {
            Some(p) => {
                if bytes.get(p + 1) != Some(&b'>') {
                    return value_error(sub_e.span, "einstein sum subscript string does not contain proper '->' output specified");
                }
                (&bytes[..p], Some(&bytes[p + 2..]))
            }
            None => (bytes, None),
        };
        let groups: Vec<&[u8]> = ins.split(|&c| c == b',').collect();
        if groups.len() > ops.len() {
            return value_error(span, "more operands provided to einstein sum function than specified in the subscripts string");
        }
        if groups.len() < ops.len() {
            return value_error(span, "fewer operands provided to einstein sum function than specified in the subscripts string");
        }
        let mut counts = [0usize; 128];
        let mut labels: Vec<Vec<u8>> = Vec::new();
        for (iop, (g, a)) in groups.iter().zip(&arrs).enumerate() {
            let mut ls = Vec::new();
            for &c in g.iter() {
                if c.is_ascii_alphabetic() {
                    if ls.len() >= a.ndim() {
                        return value_error(sub_e.span, format!("einstein sum subscripts string contains too many subscripts for operand {iop}"));
                    }
                    ls.push(c);
                    counts[c as usize] += 1;
                } else if c == b'.' {
                    return unsupported(
                        sub_e.span,
                        "an ellipsis ('...') in np.einsum's subscripts",
                    );
                } else if c != b' ' {
                    return value_error(sub_e.span, format!("invalid subscript '{}' in einstein sum subscripts string, subscripts must be letters", c as char));
                }
            }
            if ls.len() != a.ndim() {
                return value_error(sub_e.span, "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
            }
            labels.push(ls);
        }
        let out: Vec<u8> = match out_part {
            None => (0..128u8).filter(|&c| counts[c as usize] == 1).collect(),
            Some(o) => {
                let mut out = Vec::new();
                for &c in o {
                    if c.is_ascii_alphabetic() {
                        if out.contains(&c) {
                            return value_error(sub_e.span, format!("einstein sum subscripts string includes output subscript '{}' multiple times", c as char));
                        }
                        if counts[c as usize] == 0 {
                            return value_error(sub_e.span, format!("einstein sum subscripts string included output subscript '{}' which never appeared in an input", c as char));
                        }
                        out.push(c);
                    } else if c == b'.' {
                        return unsupported(
                            sub_e.span,
                            "an ellipsis ('...') in np.einsum's subscripts",
                        );
                    } else if c != b' ' {
                        return value_error(sub_e.span, format!("invalid subscript '{}' in einstein sum subscripts string, subscripts must be letters", c as char));
                    }
                }
                out
            }
        };
        // Repeated labels in one operand: its diagonal (NumPy's combined view).
        let mut combined: Vec<Vec<(u8, usize)>> = Vec::new();
        for (iop, (ls, a)) in labels.iter().zip(&arrs).enumerate() {
            let mut c: Vec<(u8, usize)> = Vec::new();
            for (&l, &d) in ls.iter().zip(&a.shape) {
                match c.iter().find(|(x, _)| *x == l) {
                    Some(&(_, d0)) if d0 != d => {
                        return value_error(span, format!("dimensions in operand {iop} for collapsing index '{}' don't match ({d0} != {d})", l as char));
                    }
                    Some(_) => {}
                    None => c.push((l, d)),
                }
            }
            combined.push(c);
        }
        // The iterator's labels, and the extents broadcast over them (nditer's error).
        let mut iter_labels = out.clone();
        iter_labels.extend((0..128u8).filter(|&c| counts[c as usize] > 0 && !out.contains(&c)));
        let mut extent: Vec<usize> = vec![1; iter_labels.len()];
        let mut bad = false;
        for c in &combined {
            for &(l, d) in c {
                let j = iter_labels.iter().position(|&x| x == l).unwrap();
                if d != 1 {
                    if extent[j] != 1 && extent[j] != d {
                        bad = true;
                    }
                    extent[j] = d;
                }
            }
        }
        if bad {
            let mut m = String::from(
                "operands could not be broadcast together with remapped shapes [original->remapped]: ",
            );
            for c in &combined {
                let orig: Vec<Option<usize>> = c.iter().map(|&(_, d)| Some(d)).collect();
                let remapped: Vec<Option<usize>> = iter_labels
                    .iter()
                    .map(|l| c.iter().find(|(x, _)| x == l).map(|&(_, d)| d))
                    .collect();
                m.push_str(&format!(
                    "{}->{} ",
                    shape_text(&orig),
                    shape_text(&remapped)
                ));
            }
            return value_error(span, m);
        }
        // One operand and nothing summed: NumPy returns a view.
        if ops.len() == 1 && iter_labels.len() == out.len() {
            let v = ops.pop().unwrap();
            let ls = &labels[0];
            if combined[0].len() == ls.len() {
                let perm: Vec<usize> = out
                    .iter()
                    .map(|l| ls.iter().position(|x| x == l).unwrap())
                    .collect();
                return Ok(super::shape::permuted(v, perm, span));
            }
            if ls.len() == 2 && out.len() == 1 {
                return self.diagonal(v, 0, span);
            }
            return unsupported(span, "this np.einsum view of one operand");
        }
        let mut spec = vec![ops.len() as u8, out.len() as u8];
        for ls in &labels {
            spec.push(ls.len() as u8);
            spec.extend_from_slice(ls);
        }
        spec.extend_from_slice(&out);
        let ty = if out.is_empty() {
            Ty::NpScalar(dtype)
        } else {
            let shape = out
                .iter()
                .map(|l| extent[iter_labels.iter().position(|x| x == l).unwrap()])
                .collect();
            Ty::Array(ArrTy::new(dtype, shape))
        };
        Ok(mk(
            H::Einsum {
                spec,
                operands: ops,
            },
            ty,
            span,
        ))
    }
}
