//! Several diagnostics per run, as rustc reports them: when a top-level statement does not
//! compile, its diagnostic is recorded and checking goes on with the next statement.
//!
//! The names the failed statement would have bound are *poisoned*: they leave the
//! environment, and a later statement that fails only because it reads one of them (CPython's
//! NameError for that name) is dropped silently, together with the names it binds in turn.
//! So one mistake gives one message, not a cascade. A failed statement whose bound names are
//! unknown (a `class` or `try` block, which the parser keeps only as its keyword) poisons
//! every name not defined after it. Nothing runs when any diagnostic was recorded.
//!
//! Recovery is per top-level statement: a loop, branch or function body that holds several
//! errors reports its first one.

use super::{Sema, SemaError};
use crate::hir;
use crate::source::{Diagnostic, PyExc};
use crate::syntax::ast::{self, ExprKind as A, StmtKind as S};
use std::collections::HashSet;

/// The names read-only poisoning needs: those a failed statement would have bound.
#[derive(Default)]
pub(super) struct Poison {
    names: HashSet<String>,
    /// A failed statement bound names arrc cannot see: every undefined name is poisoned.
    all: bool,
}

impl Poison {
    /// Whether `d` is only the consequence of an earlier error (a poisoned name read).
    fn explains(&self, d: &Diagnostic) -> bool {
        d.exc == Some(PyExc::NameError)
            && SemaError::undefined_name(&d.message)
                .is_some_and(|n| self.all || self.names.contains(n))
    }
}

impl Sema {
    /// Checks the program's top-level statements, going on after one that fails. Returns
    /// every diagnostic in source order (none caused by an earlier one).
    pub(super) fn top_level(
        &mut self,
        stmts: &[ast::Stmt],
    ) -> Result<Vec<hir::Stmt>, Vec<Diagnostic>> {
        let mut out = Vec::new();
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut poison = Poison::default();
        for s in stmts {
            let depths = (self.loop_depth, self.branch_depth, self.frames.len());
            let Err(d) = self.stmt(s, &mut out) else {
                continue;
            };
            (self.loop_depth, self.branch_depth) = (depths.0, depths.1);
            self.frames.truncate(depths.2);
            self.effects_of_static_args.clear();
            if !poison.explains(&d) && !diags.contains(&d) {
                diags.push(d);
            }
            if matches!(s.kind, S::Unsupported { .. }) {
                poison.all = true;
            }
            bound_names(s, &mut |n| {
                self.env.remove(n);
                poison.names.insert(n.to_string());
            });
        }
        if diags.is_empty() {
            return Ok(out);
        }
        diags.sort_by_key(|d| d.span.start);
        Err(diags)
    }
}

/// Calls `f` with every name `s` binds (at any depth of its blocks).
fn bound_names(s: &ast::Stmt, f: &mut dyn FnMut(&str)) {
    fn target(e: &ast::Expr, f: &mut dyn FnMut(&str)) {
        match &e.kind {
            A::Name(n) => f(n),
            A::Tuple(items) | A::List(items) => items.iter().for_each(|i| target(i, f)),
            A::Starred(inner) => target(inner, f),
            _ => {}
        }
    }
    fn block(b: &[ast::Stmt], f: &mut dyn FnMut(&str)) {
        b.iter().for_each(|s| bound_names(s, f));
    }
    match &s.kind {
        S::Assign { targets, .. } => targets.iter().for_each(|t| target(t, f)),
        S::AugAssign { target: t, .. } => target(t, f),
        S::If { body, orelse, .. } | S::While { body, orelse, .. } => {
            block(body, f);
            block(orelse, f);
        }
        S::For {
            target: t,
            body,
            orelse,
            ..
        } => {
            target(t, f);
            block(body, f);
            block(orelse, f);
        }
        S::Import { names } | S::ImportFrom { names, .. } => {
            for a in names {
                match &a.asname {
                    Some(n) => f(n),
                    None => f(a.name.split('.').next().unwrap_or(&a.name)),
                }
            }
        }
        S::FunctionDef { name, .. } => f(name),
        S::Magic { stmt, .. } => bound_names(stmt, f),
        S::Block(b) => block(b, f),
        S::Expr { .. }
        | S::Break
        | S::Continue
        | S::Pass
        | S::Return { .. }
        | S::Unsupported { .. } => {}
    }
}
