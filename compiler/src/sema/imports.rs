//! `from MODULE import NAME [as ALIAS]`, resolved before type checking.
//!
//! Every such name means one attribute of a module arrc knows (`from numpy.random import
//! default_rng` makes `default_rng(42)` mean `np.random.default_rng(42)`). The pass binds
//! each imported module once under a hidden name (an `import MODULE as HIDDEN` statement where
//! the `from` import stood) and rewrites each use of an imported name into the attribute
//! `HIDDEN.NAME`, so the rest of sema sees the spelling it already understands: calls, values
//! (`pi`), dtypes (`dtype=float64`), submodules (`from numpy import linalg`).
//!
//! A name is resolved for the whole program, so one that is also assigned, a parameter or a
//! function, or imported twice with different meanings is rejected (CPython would let the
//! later binding win; arrc does not track that).
//!
//! `from numpy import *` binds every name of `numpy.__all__` (`numpy_all.rs`), builtins such as
//! `sum`, `min`, `max`, `abs`, `round` and `bool` included, for the statements after it, as in
//! Python: it must stand at top level, before any `def` (a function defined earlier would see
//! the names only when called later, which this pass does not follow), and names the program
//! binds itself are rejected as for any `from` import.

use super::{err, unsupported, Result, SemaError};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A, StmtKind as S};
use std::collections::HashMap;

/// The modules `from … import` may name, as `import` spells them.
const MODULES: &[&str] = &[
    "numpy",
    "numpy.random",
    "numpy.linalg",
    "numpy.lib",
    "numpy.lib.stride_tricks",
    "math",
];

/// The hidden name bound to `module` (not a Python identifier, so no script can clash).
fn hidden(module: &str) -> String {
    format!("{module}·from")
}

/// Rewrites `module`'s `from` imports in place (see the module doc).
pub(super) fn resolve_from_imports(module: &mut ast::Module) -> Result<()> {
    let mut names: HashMap<String, (String, String, Span)> = HashMap::new();
    collect(&module.body, &mut names)?;
    let star = star_import(&module.body)?;
    if names.is_empty() && star.is_none() {
        return Ok(());
    }
    let mut bound = HashMap::new();
    super::count_assignments(&module.body, &mut bound);
    check_not_rebound(&module.body, &names, &bound)?;
    let Some((k, span)) = star else {
        rewrite_block(&mut module.body, &names);
        return Ok(());
    };
    rewrite_block(&mut module.body[..=k], &names);
    // After the star import: NumPy's names, those the program binds itself left out (and
    // rejected when used as NumPy's would be ambiguous), explicit imports winning.
    let mut all = names.clone();
    for n in super::numpy_all::NUMPY_ALL {
        if !names.contains_key(*n) {
            all.insert(n.to_string(), ("numpy".into(), n.to_string(), span));
        }
    }
    let star_names: HashMap<String, (String, String, Span)> = all
        .iter()
        .filter(|(n, _)| !names.contains_key(*n))
        .map(|(n, m)| (n.clone(), m.clone()))
        .collect();
    check_not_rebound(&module.body[k + 1..], &star_names, &bound)?;
    rewrite_block(&mut module.body[k + 1..], &all);
    Ok(())
}

/// The position of the one top-level `from numpy import *`, checked (see the module doc).
fn star_import(body: &[ast::Stmt]) -> Result<Option<(usize, Span)>> {
    let is_star = |s: &ast::Stmt| match &s.kind {
        S::ImportFrom { names, .. } => names.iter().find(|a| a.name == "*").map(|a| a.span),
        _ => None,
    };
    let mut found = None;
    let mut seen_def = false;
    for (k, stmt) in body.iter().enumerate() {
        if let Some(span) = is_star(stmt) {
            let S::ImportFrom { module, .. } = &stmt.kind else {
                unreachable!()
            };
            if module != "numpy" {
                return unsupported(span, format!("`from {module} import *`"));
            }
            if found.is_some() || seen_def {
                return unsupported(span, "`from numpy import *` after a `def` or a second time");
            }
            found = Some((k, span));
        }
        seen_def |= matches!(stmt.kind, S::FunctionDef { .. });
        // Anywhere else (in a block, a loop, a function) it is not at top level.
        nested_star(stmt)?;
    }
    Ok(found)
}

fn nested_star(stmt: &ast::Stmt) -> Result<()> {
    let inner: Vec<&[ast::Stmt]> = match &stmt.kind {
        S::If { body, orelse, .. }
        | S::While { body, orelse, .. }
        | S::For { body, orelse, .. } => {
            vec![body, orelse]
        }
        S::FunctionDef { body, .. } | S::Block(body) => vec![body],
        _ => vec![],
    };
    for s in inner.into_iter().flatten() {
        if let S::ImportFrom { names, .. } = &s.kind {
            if let Some(a) = names.iter().find(|a| a.name == "*") {
                return unsupported(a.span, "`from numpy import *` outside the top level");
            }
        }
        nested_star(s)?;
    }
    Ok(())
}

/// Gathers `alias → (module, attribute, span)` from every `from` import, checking each.
fn collect(body: &[ast::Stmt], names: &mut HashMap<String, (String, String, Span)>) -> Result<()> {
    for stmt in body {
        match &stmt.kind {
            S::ImportFrom {
                module,
                names: aliases,
            } => {
                if !MODULES.contains(&module.as_str()) {
                    return err(stmt.span, SemaError::UnsupportedModule(module.clone()));
                }
                for a in aliases {
                    if a.name == "*" {
                        continue;
                    }
                    let alias = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    let meaning = (module.clone(), a.name.clone(), a.span);
                    if let Some(old) = names.get(&alias) {
                        if (&old.0, &old.1) != (&meaning.0, &meaning.1) {
                            return unsupported(
                                a.span,
                                format!(
                                    "the name '{alias}' imported twice with different meanings"
                                ),
                            );
                        }
                    }
                    names.insert(alias, meaning);
                }
            }
            S::If { body, orelse, .. }
            | S::While { body, orelse, .. }
            | S::For { body, orelse, .. } => {
                collect(body, names)?;
                collect(orelse, names)?;
            }
            S::FunctionDef { body, .. } | S::Block(body) => collect(body, names)?,
            _ => {}
        }
    }
    Ok(())
}

/// Rejects an imported name that the program also binds another way.
fn check_not_rebound(
    body: &[ast::Stmt],
    names: &HashMap<String, (String, String, Span)>,
    assigned: &HashMap<String, usize>,
) -> Result<()> {
    let clash = |name: &str, span: Span| -> Result<()> {
        if names.contains_key(name) {
            return unsupported(
                span,
                format!("rebinding '{name}', a name imported with `from ... import`"),
            );
        }
        Ok(())
    };
    if let Some((name, (_, _, span))) = names.iter().find(|(n, _)| assigned.contains_key(*n)) {
        return clash(name, *span);
    }
    for stmt in body {
        match &stmt.kind {
            S::FunctionDef { name, params, body } => {
                clash(name, stmt.span)?;
                for p in params {
                    clash(&p.name, p.span)?;
                }
                let mut local = HashMap::new();
                super::count_assignments(body, &mut local);
                check_not_rebound(body, names, &local)?;
            }
            S::Import { names: aliases } => {
                for a in aliases {
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    clash(bound, a.span)?;
                }
            }
            S::If { body, orelse, .. }
            | S::While { body, orelse, .. }
            | S::For { body, orelse, .. } => {
                check_not_rebound(body, names, assigned)?;
                check_not_rebound(orelse, names, assigned)?;
            }
            S::Block(body) => check_not_rebound(body, names, assigned)?,
            _ => {}
        }
    }
    Ok(())
}

type Names = HashMap<String, (String, String, Span)>;

fn rewrite_block(body: &mut [ast::Stmt], names: &Names) {
    for stmt in body {
        rewrite_stmt(stmt, names);
    }
}

fn rewrite_stmt(stmt: &mut ast::Stmt, names: &Names) {
    match &mut stmt.kind {
        S::ImportFrom {
            module,
            names: aliases,
        } => {
            // Bind the module once, hidden; the imported names now read through it.
            let span = aliases.first().map_or(stmt.span, |a| a.span);
            stmt.kind = S::Import {
                names: vec![ast::Alias {
                    name: module.clone(),
                    asname: Some(hidden(module)),
                    span,
                }],
            };
        }
        S::Expr { value, .. } => rewrite_expr(value, names),
        S::Assign { targets, value } => {
            targets.iter_mut().for_each(|t| rewrite_expr(t, names));
            rewrite_expr(value, names);
        }
        S::AugAssign { target, value, .. } => {
            rewrite_expr(target, names);
            rewrite_expr(value, names);
        }
        S::If { test, body, orelse } | S::While { test, body, orelse } => {
            rewrite_expr(test, names);
            rewrite_block(body, names);
            rewrite_block(orelse, names);
        }
        S::For {
            target,
            iter,
            body,
            orelse,
        } => {
            rewrite_expr(target, names);
            rewrite_expr(iter, names);
            rewrite_block(body, names);
            rewrite_block(orelse, names);
        }
        S::FunctionDef { params, body, .. } => {
            for p in params {
                if let Some(d) = &mut p.default {
                    rewrite_expr(d, names);
                }
            }
            rewrite_block(body, names);
        }
        S::Return { value: Some(v) } => rewrite_expr(v, names),
        S::Magic { stmt, .. } => rewrite_stmt(stmt, names),
        S::Block(body) => rewrite_block(body, names),
        S::Return { value: None }
        | S::Break
        | S::Continue
        | S::Pass
        | S::Import { .. }
        | S::Unsupported { .. } => {}
    }
}

fn rewrite_expr(e: &mut ast::Expr, names: &Names) {
    let span = e.span;
    match &mut e.kind {
        A::Name(n) => {
            if let Some((module, attr, _)) = names.get(n.as_str()) {
                e.kind = A::Attribute {
                    value: Box::new(ast::Expr {
                        kind: A::Name(hidden(module)),
                        span,
                    }),
                    attr: attr.clone(),
                    attr_span: span,
                };
            }
        }
        A::Int(_)
        | A::Float(_)
        | A::Imag(_)
        | A::Str(_)
        | A::Bool(_)
        | A::None
        | A::Ellipsis
        | A::Unsupported(_) => {}
        A::FString(parts) => {
            for p in parts {
                if let ast::FStringPart::Field { value, .. } = p {
                    rewrite_expr(value, names);
                }
            }
        }
        A::Tuple(items) | A::List(items) => items.iter_mut().for_each(|x| rewrite_expr(x, names)),
        A::BoolOp { values, .. } => values.iter_mut().for_each(|x| rewrite_expr(x, names)),
        A::BinOp { lhs, rhs, .. } => {
            rewrite_expr(lhs, names);
            rewrite_expr(rhs, names);
        }
        A::UnaryOp { operand, .. } => rewrite_expr(operand, names),
        A::Compare { left, rest } => {
            rewrite_expr(left, names);
            rest.iter_mut().for_each(|(_, x)| rewrite_expr(x, names));
        }
        A::Call { func, args, kwargs } => {
            rewrite_expr(func, names);
            args.iter_mut().for_each(|x| rewrite_expr(x, names));
            kwargs
                .iter_mut()
                .for_each(|k| rewrite_expr(&mut k.value, names));
        }
        // `x.attr`: only the object part can be an imported name.
        A::Attribute { value, .. } => rewrite_expr(value, names),
        A::Subscript { value, index } => {
            rewrite_expr(value, names);
            rewrite_expr(index, names);
        }
        A::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                rewrite_expr(part, names);
            }
        }
        A::IfExp { test, body, orelse } => {
            rewrite_expr(test, names);
            rewrite_expr(body, names);
            rewrite_expr(orelse, names);
        }
        A::Starred(x) => rewrite_expr(x, names),
        A::Lambda { params, body } => {
            for p in params.iter_mut() {
                if let Some(d) = &mut p.default {
                    rewrite_expr(d, names);
                }
            }
            // The lambda's parameters hide imported names of the same spelling.
            let mut inner = names.clone();
            inner.retain(|n, _| !params.iter().any(|p| &p.name == n));
            rewrite_expr(body, &inner);
        }
        A::Comprehension {
            element, clauses, ..
        } => {
            // Each `for` target hides imported names of the same spelling from the clauses
            // after it and from the element.
            let mut inner = names.clone();
            for c in clauses.iter_mut() {
                match c {
                    ast::CompClause::For { target, iter } => {
                        rewrite_expr(iter, &inner);
                        let mut bound = Vec::new();
                        super::comprehensions::target_names(target, &mut bound);
                        inner.retain(|n, _| !bound.iter().any(|b| b == n));
                    }
                    ast::CompClause::If(test) => rewrite_expr(test, &inner),
                }
            }
            rewrite_expr(element, &inner);
        }
    }
}
