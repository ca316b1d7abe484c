//! The output argument of a ufunc: `np.add(a, b, out)`, `np.multiply(z, z, z)`,
//! `np.sqrt(x, out=y)`, `np.logical_not(m, m)`. The result is computed as without `out` and
//! written into it as `out[...] = result` is (`Write`: every operand goes through the overlap
//! rule, so an input that shares memory with `out` reads the values NumPy's buffering reads);
//! the call's value is the `out` array itself. NumPy's rules are checked first: the output
//! cast (`same_kind`), the output's shape (the inputs broadcast to it, never it to them), and
//! the form of the argument (one array, or a tuple of one).

use super::{err, makes_call, mk, py_err, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{broadcast_shapes, dims_of, DType, Shape, Ty};

/// NumPy's casting rule for ufunc outputs (`same_kind`): a cast that keeps or raises the kind
/// in NumPy's order bool < unsigned < signed < float < complex (any size within a kind).
pub(super) fn same_kind(from: DType, to: DType) -> bool {
    fn order(d: DType) -> u8 {
        match d {
            DType::Bool => 0,
            d if crate::int_dtypes::is_unsigned(d) => 1,
            DType::F64 | DType::F32 => 3,
            DType::C64 | DType::C128 => 4,
            _ => 2,
        }
    }
    order(from) <= order(to)
}

/// The output argument of a call of ufunc `uname` with `n_in` inputs: the expression given
/// positionally after the inputs or as `out=` (a tuple of one unwrapped), and the keywords
/// without it. `None` when there is none (or it is the literal `None`).
fn split_out<'a>(
    uname: &str,
    n_in: usize,
    args: &'a [ast::Expr],
    kwargs: &'a [ast::Keyword],
) -> Result<Option<(&'a ast::Expr, Vec<ast::Keyword>)>> {
    let kw = kwargs.iter().find(|k| k.name == "out");
    let rest: Vec<ast::Keyword> = kwargs.iter().filter(|k| k.name != "out").cloned().collect();
    let e = match (args.get(n_in), kw) {
        (Some(_), Some(k)) => {
            return py_err(
                PyExc::TypeError,
                k.span,
                "cannot specify 'out' as both a positional and keyword argument",
            )
        }
        (Some(e), None) => e,
        (None, Some(k)) => &k.value,
        (None, None) => return Ok(None),
    };
    let _ = uname;
    let e = match &e.kind {
        A::Tuple(items) if items.len() == 1 => &items[0],
        A::Tuple(_) => {
            return py_err(
                PyExc::ValueError,
                e.span,
                "The 'out' tuple must have exactly one entry per ufunc output",
            )
        }
        _ => e,
    };
    if matches!(e.kind, A::None) {
        return Ok(None);
    }
    Ok(Some((e, rest)))
}

/// Whether a call of ufunc `uname` with `n_in` inputs names an output argument.
pub(super) fn has_out(n_in: usize, args: &[ast::Expr], kwargs: &[ast::Keyword]) -> bool {
    args.len() > n_in || kwargs.iter().any(|k| k.name == "out")
}

/// The static shape of an operand (a scalar's is `()`), or `None` for a run-time one.
fn static_shape(t: &Ty) -> Option<Shape> {
    match t {
        Ty::Array(a) => Some(a.shape.clone()),
        Ty::RunArray(_) => None,
        _ => Some(vec![]),
    }
}

impl Sema {
    /// `np.UNAME(inputs..., out)`: `compute` types the call without its output argument
    /// (`args` the inputs, the keywords without `out`); its result is written into `out`.
    pub(super) fn ufunc_with_out(
        &mut self,
        uname: &'static str,
        n_in: usize,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
        compute: impl FnOnce(&mut Sema, &[ast::Expr], &[ast::Keyword]) -> Result<hir::Expr>,
    ) -> Result<hir::Expr> {
        let inputs = &args[..n_in.min(args.len())];
        let Some((out_e, rest)) = split_out(uname, n_in, args, kwargs)? else {
            let rest: Vec<ast::Keyword> =
                kwargs.iter().filter(|k| k.name != "out").cloned().collect();
            return compute(self, inputs, &rest);
        };
        // The inputs' shapes, typed without their effects (an input that calls something is
        // typed once, by `compute`), for NumPy's message naming every operand.
        let mut shapes: Vec<Option<Shape>> = Vec::new();
        for a in inputs {
            if makes_call(a) {
                shapes.push(None);
            } else {
                let v = self.array_like_arg(a)?;
                shapes.push(static_shape(&v.ty));
            }
        }
        let o = self.expr(out_e)?;
        if o.ty == Ty::None {
            return compute(self, inputs, &rest);
        }
        let odims = match &o.ty {
            Ty::Array(a) if a.tensor.is_none() => dims_of(&o.ty),
            Ty::RunArray(_) => dims_of(&o.ty),
            _ => None,
        };
        let Some((odtype, _)) = odims else {
            return py_err(
                PyExc::TypeError,
                out_e.span,
                "return arrays must be of ArrayType",
            );
        };
        if o.has_effects() {
            return unsupported(out_e.span, "an out argument that calls a function");
        }
        if let (Some(oshape), true) = (static_shape(&o.ty), shapes.iter().all(Option::is_some)) {
            let ins: Vec<Shape> = shapes.iter().flatten().cloned().collect();
            let b = ins
                .iter()
                .try_fold(oshape.clone(), |acc, s| broadcast_shapes(&acc, s));
            if b.is_none() {
                let mut all = ins.clone();
                all.push(oshape.clone());
                return err(span, SemaError::Broadcast(all));
            }
        }
        let mut first = Vec::new();
        let (oty, ospan) = (o.ty.clone(), o.span);
        let target_id = match o.kind {
            H::Local(id) => id,
            _ => self.hidden_local(o, &mut first),
        };
        let value = compute(self, inputs, &rest)?;
        let rdtype = dims_of(&value.ty)
            .map(|(d, _)| d)
            .or(value.ty.scalar_dtype());
        let Some(rdtype) = rdtype else {
            return unsupported(span, format!("np.{uname} with out= giving a {}", value.ty));
        };
        if !same_kind(rdtype, odtype) {
            return err(
                span,
                SemaError::CastOutput {
                    ufunc: uname,
                    from: rdtype,
                    to: odtype,
                },
            );
        }
        if let (Some(r), Some(oshape)) = (static_shape(&value.ty), static_shape(&oty)) {
            match broadcast_shapes(&r, &oshape) {
                Some(b) if b == oshape => {}
                Some(b) => {
                    return err(
                        span,
                        SemaError::NonBroadcastableOutput {
                            out: oshape,
                            broadcast: b,
                        },
                    )
                }
                None => {
                    let mut all: Vec<Shape> = shapes.iter().flatten().cloned().collect();
                    all.push(oshape);
                    return err(span, SemaError::Broadcast(all));
                }
            }
        }
        // With run-time extents, lowering checks the shapes with NumPy's output rule
        // (`arrc_bshape_out_node`) when the value's first operand has the target's span,
        // as `x op= y` reads its target.
        let tspan = match &value.kind {
            H::Elementwise { args, .. } if !args.is_empty() => args[0].span,
            _ => ospan,
        };
        let target = mk(H::Local(target_id), oty.clone(), tspan);
        self.write_into(target, value, span, &mut first)?;
        Ok(super::seq(first, mk(H::Local(target_id), oty, ospan)))
    }
}
