//! Names bound more than once, each time to the same constant int (issue 10).
//!
//! A name is a compile-time constant (usable as a shape) when the program assigns it once
//! (`Sema::consts`). A script that repeats `w, h = 256, 256` before a second part binds it
//! twice, yet its value is fixed: every binding of such a name gives it the same value, so it
//! is as constant as a name bound once, wherever it is read.

use crate::syntax::ast::{self, ExprKind as A, StmtKind as S};
use std::collections::HashMap;

/// Counts as one binding each name whose every binding in `body` (as `count_assignments`
/// counted them into `counts`) is a plain assignment of the same int literal.
pub(super) fn merge_same_constants(body: &[ast::Stmt], counts: &mut HashMap<String, usize>) {
    let mut seen: HashMap<String, (Option<i64>, usize)> = HashMap::new();
    literal_bindings(body, &mut seen);
    for (name, (value, n)) in seen {
        if value.is_some() && n > 1 && counts.get(&name) == Some(&n) {
            counts.insert(name, 1);
        }
    }
}

fn int_literal(e: &ast::Expr) -> Option<i64> {
    match &e.kind {
        A::Int(v) => Some(*v),
        A::UnaryOp {
            op: ast::UnaryOp::Neg,
            operand,
        } => match operand.kind {
            A::Int(v) => v.checked_neg(),
            _ => None,
        },
        _ => None,
    }
}

/// Records each `NAME = INT` (also inside `a, b = INT, INT`): the value when every such
/// binding of the name agrees, and how many there are.
fn literal_bindings(body: &[ast::Stmt], seen: &mut HashMap<String, (Option<i64>, usize)>) {
    fn bind(
        target: &ast::Expr,
        value: &ast::Expr,
        seen: &mut HashMap<String, (Option<i64>, usize)>,
    ) {
        match (&target.kind, &value.kind) {
            (A::Name(n), _) => {
                let v = int_literal(value);
                let entry = seen.entry(n.clone()).or_insert((v, 0));
                if entry.0 != v {
                    entry.0 = None;
                }
                entry.1 += 1;
            }
            (A::Tuple(ts), A::Tuple(vs)) if ts.len() == vs.len() => {
                ts.iter().zip(vs).for_each(|(t, v)| bind(t, v, seen))
            }
            _ => {}
        }
    }
    for stmt in body {
        match &stmt.kind {
            S::Assign { targets, value } => targets.iter().for_each(|t| bind(t, value, seen)),
            S::For { body, orelse, .. }
            | S::If { body, orelse, .. }
            | S::While { body, orelse, .. } => {
                literal_bindings(body, seen);
                literal_bindings(orelse, seen);
            }
            S::Magic { stmt, .. } => literal_bindings(std::slice::from_ref(stmt), seen),
            S::Block(stmts) => literal_bindings(stmts, seen),
            _ => {}
        }
    }
}
