//! `for` loops over arrays (`for row in M:`), `enumerate(x[, start])` and `zip(a, b, ...)`,
//! rewritten into a `range` loop over the first axis:
//!
//! ```text
//! for T in X: BODY     ──▶   <x> = X                      (evaluated once, before the loop)
//!                            for <k> in range(len(<x>)):
//!                                T = <x>[<k>]
//!                                BODY
//! ```
//!
//! which is what CPython's array iterator does: item `k` of the first axis (a NumPy scalar of
//! a 1-D array, a row view of a 2-D one), read when the iteration starts, so writes to the
//! array made by the body are seen by later items, and rebinding the name `X` is not.

use super::desugar::Build;
use super::{unsupported, Result, Sema};
use crate::hir;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A, StmtKind as S};
use crate::types::dims_of;

impl Sema {
    /// `for target in iter:` where `iter` is not a `range(...)` call.
    pub(super) fn for_each(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let b = Build(iter.span);
        // The iterables; for `enumerate`, its optional start.
        type Parts<'a> = (Vec<&'a ast::Expr>, bool, Option<&'a ast::Expr>);
        let (sources, enumerate, start): Parts = match &iter.kind {
            A::Call { func, args, kwargs } if matches!(&func.kind, A::Name(n) if n == "enumerate" && !self.env.contains_key("enumerate")) =>
            {
                if !kwargs.is_empty() || args.is_empty() || args.len() > 2 {
                    return unsupported(iter.span, "enumerate() with these arguments");
                }
                (vec![&args[0]], true, args.get(1))
            }
            A::Call { func, args, kwargs } if matches!(&func.kind, A::Name(n) if n == "zip" && !self.env.contains_key("zip")) =>
            {
                if !kwargs.is_empty() || args.is_empty() {
                    return unsupported(iter.span, "zip() with these arguments");
                }
                (args.iter().collect(), false, None)
            }
            _ => (vec![iter], false, None),
        };
        // Each iterable once, in order, into a hidden local.
        let tag = self.locals.len();
        let mut names: Vec<(String, hir::LocalId)> = Vec::new();
        for (i, src) in sources.iter().enumerate() {
            let v = self.expr(src)?;
            match dims_of(&v.ty) {
                Some((_, dims)) if !dims.is_empty() => {}
                // A list: its items read as `L[k]` reads them (sema/lists.rs).
                _ if matches!(v.ty, crate::types::Ty::List(_)) => {}
                _ => {
                    return unsupported(
                        src.span,
                        format!("for loops over a {} (arrays, enumerate and zip of arrays, and range are supported)", v.ty),
                    )
                }
            }
            if v.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
                return unsupported(src.span, "for loops over tensors");
            }
            let id = self.hidden_local(v, out);
            names.push((format!("for·{tag}·{i}"), id));
        }
        let start_id = match start {
            Some(s) => {
                let v = self.expr(s)?;
                if !matches!(v.ty, crate::types::Ty::Int | crate::types::Ty::Bool) {
                    return unsupported(s.span, format!("an enumerate start that is a {}", v.ty));
                }
                let id = self.hidden_local(v, out);
                names.push((format!("for·{tag}·start"), id));
                Some(format!("for·{tag}·start"))
            }
            None => None,
        };
        let k = format!("for·{tag}·index");
        let len = |n: &str| b.call(b.name("len"), vec![b.name(n)], vec![]);
        let count = if sources.len() == 1 {
            len(&names[0].0)
        } else {
            b.call(
                b.name("min"),
                names[..sources.len()].iter().map(|(n, _)| len(n)).collect(),
                vec![],
            )
        };
        let items: Vec<ast::Expr> = names[..sources.len()]
            .iter()
            .map(|(n, _)| b.index(b.name(n), b.name(&k)))
            .collect();
        let value = if enumerate {
            let i = match &start_id {
                Some(s) => b.binop(ast::BinOp::Add, b.name(&k), b.name(s)),
                None => b.name(&k),
            };
            b.tuple(vec![i, items[0].clone()])
        } else if items.len() == 1 {
            items[0].clone()
        } else {
            b.tuple(items)
        };
        let mut new_body = vec![ast::Stmt {
            kind: S::Assign {
                targets: vec![target.clone()],
                value,
            },
            span: target.span,
        }];
        new_body.extend_from_slice(body);
        let range = b.call(b.name("range"), vec![count], vec![]);
        let bound: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        self.with_hidden_names(&bound, |s| {
            s.for_range(&b.name(&k), &range, &new_body, span, out)
        })
    }
}
