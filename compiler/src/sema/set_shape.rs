//! `x.shape = dims` (also chained, `a.shape = b.shape = n`): NumPy reshapes the array object
//! in place, without a copy. arrc rebinds the name `x` to a view of the new shape
//! (`H::SetShape`, `runtime/src/abi/set_shape.rs`), which raises NumPy's AttributeError when
//! the memory cannot take the shape without a copy, and refuses an object another name or a
//! view also holds (there the rebinding could be seen). The new shape and its errors are
//! `reshape`'s.

use super::{const_int, unsupported, Binding, Result, Sema};
use crate::hir::{self, ExprKind as H};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::Ty;

impl Sema {
    /// `obj.shape = value`.
    pub(super) fn set_shape(
        &mut self,
        obj: &ast::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let A::Name(name) = &obj.kind else {
            return unsupported(
                obj.span,
                "setting the shape of an expression other than a name",
            );
        };
        let recv = self.expr(obj)?;
        if !matches!(self.env.get(name), Some(Binding::Local(_))) {
            return unsupported(obj.span, format!("setting the shape of a {}", recv.ty));
        }
        match &recv.ty {
            Ty::Array(a) if a.tensor.is_none() => {}
            Ty::RunArray(_) => {
                return unsupported(
                    obj.span,
                    "setting the shape of an array with run-time extents",
                )
            }
            t => return unsupported(obj.span, format!("setting the shape of a {t}")),
        }
        let parts: Vec<hir::Expr> = match value.kind.clone() {
            H::Tuple(parts) => parts,
            _ => vec![value.clone()],
        };
        let mut dims = Vec::new();
        for p in &parts {
            match const_int(p, &self.consts) {
                Some(d) => dims.push(d),
                None => return unsupported(value.span, "a shape not known at compile time"),
            }
        }
        let b = super::desugar::Build(value.span);
        let arg = b.tuple(dims.iter().map(|&d| b.int(d)).collect());
        let r = self.reshape(recv, &[arg], span)?;
        let view = match r.kind {
            H::Reshape(inner) => super::mk(H::SetShape(inner), r.ty, span),
            _ => r,
        };
        self.bind(name, obj.span, view, span, out)
    }
}
