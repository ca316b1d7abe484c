//! User functions: `def f(a, b=2): ... return ...`. A call is checked and inlined at its call
//! site with the argument types it has there, so one function called with a (3,) array and a
//! (4, 5) array gives two specialisations, each with static shapes. Parameters bind like
//! Python's (arrays by reference: writes through a parameter show in the caller's array).
//! Python's scoping: names assigned in the body are local to the call, others are the
//! module's. A recursive function (one whose inlining reaches a call of itself) is instead
//! compiled as a function, once per list of argument types; its arguments, locals and result
//! must be scalars. Not supported: recursion over arrays, mutual recursion, nested `def`,
//! `*args`/`**kwargs`, `global`.

use super::{count_assignments, err, mk, unsupported, Binding, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A, StmtKind as S};
use crate::types::Ty;
use std::collections::HashMap;
use std::rc::Rc;

/// A `def`, as written.
#[derive(Debug)]
pub struct FunctionDef {
    pub name: String,
    /// Made by `name = lambda ...`: CPython's messages call it `<lambda>`.
    pub lambda: bool,
    pub params: Vec<ast::Param>,
    pub body: Vec<ast::Stmt>,
}

/// The call being inlined.
pub struct Frame {
    name: String,
    /// The local holding the returned value, once a `return` with a value was seen.
    result: Option<hir::LocalId>,
    /// Whether a bare `return` (or `return None`) was seen.
    returns_none: bool,
    /// The module's bindings, which names not assigned in the body refer to.
    globals: HashMap<String, Binding>,
    /// For a function being compiled (a recursive one): its id and argument types.
    compiled: Option<(hir::FunctionId, Vec<Ty>)>,
    /// The parts of the returned value (the value itself when not a tuple) that every
    /// `return` so far gave as the same compile-time int.
    result_parts: Option<Vec<Option<i64>>>,
}

/// The message of the error that unwinds an inlining which reached a recursive call, up to
/// the outermost call of that function, which compiles it as a function instead.
fn recursion_marker(name: &str) -> String {
    format!("\0recursive {name}")
}

/// Whether every path through `body` ends in `return` (or in a `while True:` left only by
/// returning).
fn always_returns(body: &[ast::Stmt]) -> bool {
    body.last().is_some_and(|s| match &s.kind {
        S::Return { .. } => true,
        S::If { body, orelse, .. } => always_returns(body) && always_returns(orelse),
        S::While { test, body, .. } => {
            matches!(test.kind, A::Bool(true)) && !body.iter().any(breaks_out)
        }
        _ => false,
    })
}

/// Whether `s` contains a `break` of the loop it is in.
fn breaks_out(s: &ast::Stmt) -> bool {
    match &s.kind {
        S::Break => true,
        S::If { body, orelse, .. } => body.iter().chain(orelse).any(breaks_out),
        S::Block(stmts) => stmts.iter().any(breaks_out),
        _ => false,
    }
}

/// CPython's list of argument names: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

impl Sema {
    /// `def name(params): body`
    pub(super) fn function_def(
        &mut self,
        name: &str,
        params: &[ast::Param],
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        self.define_function(name, params, body, false, span, out)
    }

    /// Binds `name` to a function (a `def`, or a lambda when `lambda`).
    pub(super) fn define_function(
        &mut self,
        name: &str,
        params: &[ast::Param],
        body: &[ast::Stmt],
        lambda: bool,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        if !self.frames.is_empty() {
            return unsupported(span, "nested function definitions");
        }
        let mut params = params.to_vec();
        for p in &mut params {
            if let Some(d) = &p.default {
                p.default = Some(self.default_evaluated_at_def(d, out));
            }
        }
        let params = &params[..];
        let mut seen_default = false;
        for p in params {
            if p.default.is_some() {
                seen_default = true;
            } else if seen_default {
                return err(
                    p.span,
                    SemaError::Py(
                        PyExc::SyntaxError,
                        "non-default argument follows default argument".into(),
                    ),
                );
            }
        }
        self.env.insert(
            name.to_string(),
            Binding::Function(Rc::new(FunctionDef {
                name: name.to_string(),
                lambda,
                params: params.to_vec(),
                body: body.to_vec(),
            })),
        );
        Ok(())
    }

    /// A parameter's default as the calls will evaluate it. Python evaluates it once, when
    /// the `def` runs: one that calls something, or names a variable that is bound again
    /// later, is evaluated here into a hidden local, which the default then names.
    fn default_evaluated_at_def(&mut self, d: &ast::Expr, out: &mut Vec<hir::Stmt>) -> ast::Expr {
        let rebound = match &d.kind {
            A::Name(n) => match self.env.get(n) {
                Some(Binding::Local(id)) => !self.consts.contains_key(id),
                _ => false,
            },
            _ => false,
        };
        if !(rebound || super::makes_call(d)) {
            return d.clone();
        }
        // One that sema cannot evaluate as a value (a dtype) is left to each call.
        let Ok(v) = self.expr(d) else {
            return d.clone();
        };
        if super::const_int(&v, &self.consts).is_some() || (v.ty == Ty::None && !v.has_effects()) {
            return d.clone();
        }
        let mut first = Vec::new();
        let kind = match self.bind_temp(v, &mut first).kind {
            H::Local(id) => {
                let name = format!("<default {id}>");
                self.env.insert(name.clone(), Binding::Local(id));
                A::Name(name)
            }
            H::None => A::None,
            _ => return d.clone(),
        };
        out.extend(first);
        ast::Expr { kind, span: d.span }
    }

    /// `return value` inside a function being inlined.
    pub(super) fn return_stmt(
        &mut self,
        value: Option<&ast::Expr>,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        if self.frames.is_empty() {
            return err(
                span,
                SemaError::Py(PyExc::SyntaxError, "'return' outside function".into()),
            );
        }
        let value = match value {
            Some(v) => Some(self.expr(v)?),
            None => None,
        };
        let frame = self.frames.last_mut().unwrap();
        match value {
            None => frame.returns_none = true,
            Some(v) if v.ty == Ty::None => frame.returns_none = true,
            Some(v) => {
                if matches!(v.ty, Ty::Module(_)) {
                    return unsupported(v.span, "returning a module");
                }
                let local = match frame.result {
                    Some(id) => {
                        let old = &self.locals[id].ty;
                        if *old != v.ty {
                            return unsupported(
                                v.span,
                                format!(
                                    "a function returning values of different types ({old} and {})",
                                    v.ty
                                ),
                            );
                        }
                        id
                    }
                    None => {
                        let id = self.locals.len();
                        self.locals.push(hir::Local {
                            name: format!("{}()", frame.name),
                            ty: v.ty.clone(),
                            may_be_unbound: false,
                            python_or_numpy: false,
                        });
                        self.frames.last_mut().unwrap().result = Some(id);
                        id
                    }
                };
                if self.has_dynamic_kind(&v) && v.ty == self.locals[local].ty {
                    self.locals[local].python_or_numpy = true;
                }
                let parts = self.const_parts(&v).unwrap_or_default();
                let frame = self.frames.last_mut().unwrap();
                frame.result_parts = Some(match frame.result_parts.take() {
                    None => parts,
                    Some(old) => old
                        .into_iter()
                        .zip(parts)
                        .map(|(a, b)| if a == b { a } else { None })
                        .collect(),
                });
                out.push(hir::Stmt {
                    kind: hir::StmtKind::Assign { local, value: v },
                    span,
                });
            }
        }
        out.push(hir::Stmt {
            kind: hir::StmtKind::Return,
            span,
        });
        Ok(())
    }

    /// A call of a user function: its arguments bound to its parameters as Python binds
    /// them, then its body checked with those types and inlined.
    pub(super) fn call_function(
        &mut self,
        f: Rc<FunctionDef>,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if self.frames.len() >= 32 {
            return unsupported(span, "calls nested more than 32 deep");
        }
        let name = if f.lambda { "<lambda>" } else { &f.name };
        let params = &f.params;
        // Positional, then keyword arguments, evaluated in the caller's scope, in order.
        if args.len() > params.len() {
            let required = params.iter().filter(|p| p.default.is_none()).count();
            let takes = if required == params.len() {
                plural(params.len(), "positional argument")
            } else {
                format!(
                    "from {required} to {}",
                    plural(params.len(), "positional argument")
                )
            };
            let given = if args.len() == 1 { "was" } else { "were" };
            return err(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!("{name}() takes {takes} but {} {given} given", args.len()),
                ),
            );
        }
        let mut bound: Vec<Option<hir::Expr>> = vec![None; params.len()];
        for (i, a) in args.iter().enumerate() {
            bound[i] = Some(self.expr(a)?);
        }
        for kw in kwargs {
            let Some(i) = params.iter().position(|p| p.name == kw.name) else {
                return err(
                    span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!("{name}() got an unexpected keyword argument '{}'", kw.name),
                    ),
                );
            };
            if bound[i].is_some() {
                return err(
                    span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!("{name}() got multiple values for argument '{}'", kw.name),
                    ),
                );
            }
            bound[i] = Some(self.expr(&kw.value)?);
        }
        let missing: Vec<&str> = params
            .iter()
            .zip(&bound)
            .filter(|(p, b)| b.is_none() && p.default.is_none())
            .map(|(p, _)| p.name.as_str())
            .collect();
        if !missing.is_empty() {
            return err(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!(
                        "{name}() missing {} {}: {}",
                        missing.len(),
                        if missing.len() == 1 {
                            "required positional argument"
                        } else {
                            "required positional arguments"
                        },
                        name_list(&missing)
                    ),
                ),
            );
        }
        // Defaults are evaluated in the module's scope.
        let module_env = match self.frames.first() {
            Some(fr) => fr.globals.clone(),
            None => self.env.clone(),
        };
        let mut values = Vec::new();
        for (p, b) in params.iter().zip(bound) {
            match b {
                Some(v) => values.push(v),
                None => {
                    let saved = std::mem::replace(&mut self.env, module_env.clone());
                    let d = self.expr(p.default.as_ref().unwrap());
                    self.env = saved;
                    values.push(d?);
                }
            }
        }
        // Keyword arguments given out of the parameters' order are evaluated in the order
        // written, before the call binds them in its own.
        let mut written: Vec<usize> = (0..args.len()).collect();
        written.extend(
            kwargs
                .iter()
                .filter_map(|kw| params.iter().position(|p| p.name == kw.name)),
        );
        let mut first = Vec::new();
        if written.windows(2).any(|w| w[0] > w[1]) {
            for i in written {
                if !super::is_trivial(&values[i]) {
                    let v = values[i].clone();
                    values[i] = self.bind_temp(v, &mut first);
                }
            }
        }
        let call = self.call_values(&f, values, span)?;
        Ok(super::seq(first, call))
    }

    /// A call of `f` with its parameters' values, in the parameters' order.
    fn call_values(
        &mut self,
        f: &Rc<FunctionDef>,
        values: Vec<hir::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let name = &f.name;
        let types: Vec<Ty> = values.iter().map(|v| v.ty.clone()).collect();
        // A call of a function being compiled, or of one compiled before.
        if self
            .frames
            .iter()
            .any(|fr| fr.name == *name && fr.compiled.is_none())
        {
            // Reached while inlining: unwind to the outermost call, which compiles it.
            return Err(crate::source::Diagnostic::new(span, recursion_marker(name)));
        }
        if let Some(fr) =
            self.frames.iter().rev().find(|fr| {
                fr.name == *name && fr.compiled.as_ref().is_some_and(|(_, t)| *t == types)
            })
        {
            let id = fr.compiled.as_ref().unwrap().0;
            let Some(result) = fr.result else {
                return unsupported(
                    span,
                    format!("a recursive call of {name}() before any `return` of a value (return the base case first)"),
                );
            };
            let ty = self.locals[result].ty.clone();
            return Ok(mk(H::CallFunction { id, args: values }, ty, span));
        }
        if self.frames.iter().any(|fr| fr.name == *name) {
            // Recursion with other argument types (`gcd(b, a % b)` after `gcd(x[i], 36)`):
            // another specialisation.
            if let Some(&id) = self.compiled.get(&(name.clone(), types.clone())) {
                let ty = self.locals[self.functions[id].result].ty.clone();
                return Ok(mk(H::CallFunction { id, args: values }, ty, span));
            }
            return self.compile_function(f, values, span);
        }
        if let Some(&id) = self.compiled.get(&(name.clone(), types.clone())) {
            let ty = self.locals[self.functions[id].result].ty.clone();
            return Ok(mk(H::CallFunction { id, args: values }, ty, span));
        }
        match self.inline_function(f, values.clone(), span) {
            Err(d) if d.message == recursion_marker(name) => self.compile_function(f, values, span),
            r => r,
        }
    }

    /// Checks `f`'s body for these argument values and inlines it.
    fn inline_function(
        &mut self,
        f: &FunctionDef,
        values: Vec<hir::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let name = &f.name;
        let params = &f.params;
        // The function's scope: the module's names, less those the body assigns.
        let globals = match self.frames.first() {
            Some(fr) => fr.globals.clone(),
            None => self.env.clone(),
        };
        let mut counts = HashMap::new();
        count_assignments(&f.body, &mut counts);
        for p in params {
            *counts.entry(p.name.clone()).or_default() += 1;
        }
        let mut env = globals.clone();
        env.retain(|n, _| !counts.contains_key(n));
        let saved_env = std::mem::replace(&mut self.env, env);
        let saved_counts = std::mem::replace(&mut self.counts, counts);
        let saved_depths = (self.loop_depth, self.branch_depth);
        (self.loop_depth, self.branch_depth) = (0, 0);
        self.frames.push(Frame {
            name: name.clone(),
            result: None,
            returns_none: false,
            globals,
            compiled: None,
            result_parts: None,
        });
        let mut body = Vec::new();
        let mut result = Ok(());
        for (p, value) in params.iter().zip(values) {
            result = self.bind(&p.name, p.span, value, span, &mut body);
            if result.is_err() {
                break;
            }
        }
        if result.is_ok() {
            result = f.body.iter().try_for_each(|s| self.stmt(s, &mut body));
        }
        let frame = self.frames.pop().unwrap();
        self.env = saved_env;
        self.counts = saved_counts;
        (self.loop_depth, self.branch_depth) = saved_depths;
        result?;
        let ty = match frame.result {
            Some(id) => {
                let ty = self.locals[id].ty.clone();
                if frame.returns_none || !always_returns(&f.body) {
                    return unsupported(
                        span,
                        format!("{name}() returns {ty} on some paths and None on others"),
                    );
                }
                ty
            }
            None => Ty::None,
        };
        // `return a, n` where `n` is the same constant on every path: the caller's `x, n =
        // f()` makes `n` a constant too (usable as a shape).
        if let (Some(id), Some(parts)) = (frame.result, frame.result_parts) {
            if parts.iter().any(Option::is_some) {
                self.known_parts.insert(id, parts);
            }
        }
        Ok(mk(
            H::Inline {
                body,
                result: frame.result,
            },
            ty,
            span,
        ))
    }
}

impl Sema {
    /// Compiles recursive `f` as a function for these argument types, and calls it.
    fn compile_function(
        &mut self,
        f: &FunctionDef,
        values: Vec<hir::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let name = &f.name;
        let types: Vec<Ty> = values.iter().map(|v| v.ty.clone()).collect();
        if let Some(v) = values.iter().find(|v| !v.ty.is_scalar()) {
            return unsupported(
                v.span,
                format!(
                    "recursion over a {} argument (recursive functions take scalars)",
                    v.ty
                ),
            );
        }
        let id = self.functions.len();
        self.functions.push(hir::Function {
            params: Vec::new(),
            locals: Vec::new(),
            body: Vec::new(),
            result: 0,
        });
        let globals = match self.frames.first() {
            Some(fr) => fr.globals.clone(),
            None => self.env.clone(),
        };
        let mut counts = HashMap::new();
        count_assignments(&f.body, &mut counts);
        for p in &f.params {
            *counts.entry(p.name.clone()).or_default() += 1;
        }
        let mut env = globals.clone();
        env.retain(|n, _| !counts.contains_key(n));
        let saved_env = std::mem::replace(&mut self.env, env);
        let saved_counts = std::mem::replace(&mut self.counts, counts);
        let saved_depths = (self.loop_depth, self.branch_depth);
        // Inside, no name is a compile-time constant: each call has other values.
        (self.loop_depth, self.branch_depth) = (0, 1);
        let first_local = self.locals.len();
        let mut params = Vec::new();
        for (p, t) in f.params.iter().zip(&types) {
            let local = self.new_local(&p.name, t.clone());
            self.locals[local].may_be_unbound = false;
            self.env.insert(p.name.clone(), Binding::Local(local));
            params.push(local);
        }
        self.frames.push(Frame {
            name: name.clone(),
            result: None,
            returns_none: false,
            globals,
            compiled: Some((id, types.clone())),
            result_parts: None,
        });
        let mut body = Vec::new();
        let result = f.body.iter().try_for_each(|s| self.stmt(s, &mut body));
        let frame = self.frames.pop().unwrap();
        self.env = saved_env;
        self.counts = saved_counts;
        (self.loop_depth, self.branch_depth) = saved_depths;
        result?;
        let Some(result) = frame.result else {
            return unsupported(
                span,
                format!("a recursive function ({name}()) returning None"),
            );
        };
        if frame.returns_none || !always_returns(&f.body) {
            return unsupported(
                span,
                format!("{name}() returns a value on some paths and None on others"),
            );
        }
        let locals: Vec<hir::LocalId> = (first_local..self.locals.len()).collect();
        if let Some(&l) = locals.iter().find(|&&l| !self.locals[l].ty.is_scalar()) {
            return unsupported(
                span,
                format!(
                    "a recursive function with a {} variable ('{}'): recursive functions work on scalars",
                    self.locals[l].ty, self.locals[l].name
                ),
            );
        }
        let ty = self.locals[result].ty.clone();
        self.functions[id] = hir::Function {
            params,
            locals,
            body,
            result,
        };
        self.compiled.insert((name.clone(), types), id);
        Ok(mk(H::CallFunction { id, args: values }, ty, span))
    }
}

/// The callee of a call, when it names a user function.
pub(super) fn user_function(
    env: &HashMap<String, Binding>,
    func: &ast::Expr,
) -> Option<Rc<FunctionDef>> {
    match &func.kind {
        A::Name(n) => match env.get(n) {
            Some(Binding::Function(f)) => Some(f.clone()),
            _ => None,
        },
        _ => None,
    }
}
