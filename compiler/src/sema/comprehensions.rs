//! List comprehensions and generator expressions, unrolled at compile time
//! (lang-spec/lists.md, "Comprehensions").
//!
//! A comprehension whose every iterable has a length known at compile time (a `range` of
//! constant bounds, a list, a tuple, an array of static shape, `enumerate`/`zip` of those) and
//! whose every `if` is a compile-time constant once the loop variables are bound is the display
//! of its items: `[f(x) for x in range(3)]` is `[f(0), f(1), f(2)]`. Each `for` target is bound
//! to a hidden local holding the item (a constant int is also a compile-time constant, so
//! `np.zeros(k)` and `if k % 2 == 0` see its value), each element is evaluated into a hidden
//! local in CPython's order, and the display of those locals is typed as any display is, so a
//! list comprehension is a list (`sema/lists.rs`), one given to `np.array` or `np.stack` is the
//! same as a display of arrays there, and `tuple(g)` is a tuple. A nested list comprehension as
//! the element becomes a nested display, giving a list of lists. A generator expression is
//! accepted where the callee takes an iterable and consumes it at once (`sum`, `min`, `max`,
//! `any`, `all`, `list`, `tuple`, `sorted`, `np.fromiter`); its items are then those of a list.

use super::desugar::Build;
use super::{err, makes_call, seq, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, CmpOp, CompClause, ExprKind as A};
use crate::types::{DType, Ty};

/// The most items (element evaluations) one comprehension may unroll to.
const MAX_ITEMS: usize = 4096;

/// Whether a comprehension clause contains a call (see `makes_call`).
pub(super) fn clause_makes_call(c: &CompClause) -> bool {
    match c {
        CompClause::For { target, iter } => makes_call(target) || makes_call(iter),
        CompClause::If(test) => makes_call(test),
    }
}

/// The names a `for` target binds.
pub(super) fn target_names(t: &ast::Expr, out: &mut Vec<String>) {
    match &t.kind {
        A::Name(n) => out.push(n.clone()),
        A::Tuple(items) | A::List(items) => items.iter().for_each(|i| target_names(i, out)),
        A::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}

/// What unrolling produced: statements evaluating every item into hidden locals (in CPython's
/// order), the hidden names that read them, and the items as AST naming them.
#[derive(Default)]
struct Unrolled {
    first: Vec<hir::Stmt>,
    names: Vec<(String, hir::LocalId)>,
    items: Vec<ast::Expr>,
    evaluated: usize,
}

/// The builtins that consume a generator at once, as they would a list.
const CONSUMERS: &[&str] = &["sum", "min", "max", "list", "sorted", "tuple"];

impl Sema {
    /// A comprehension used as a value: a list comprehension is a list.
    pub(super) fn comprehension_value(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let A::Comprehension {
            element,
            clauses,
            generator,
        } = &e.kind
        else {
            unreachable!()
        };
        if *generator {
            return unsupported(
                e.span,
                "generator expressions outside a call of sum(), min(), max(), list(), tuple(), sorted() or np.fromiter()",
            );
        }
        let mut u = Unrolled::default();
        self.unroll(element, clauses, e.span, &mut u)?;
        let display = Build(e.span).e(A::List(std::mem::take(&mut u.items)));
        self.type_unrolled(u, &display)
    }

    /// `np.array([a, b, ...])` whose items are arrays of one shape: `np.stack` of them (the
    /// same values, dtype and C order), then `astype(dtype)` for `dtype=`. `None` leaves the
    /// call to `np.array`'s own typing (its first item re-typed only when that has no effect).
    pub(super) fn array_of_arrays(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<Option<hir::Expr>> {
        let [arg] = args else {
            return Ok(None);
        };
        let (A::List(items) | A::Tuple(items)) = &arg.kind else {
            return Ok(None);
        };
        let nested = |i: &ast::Expr| matches!(i.kind, A::List(_) | A::Tuple(_) | A::Starred(_));
        if items.is_empty() || items.iter().any(nested) || kwargs.iter().any(|k| k.name != "dtype")
        {
            return Ok(None);
        }
        let head = self.expr(&items[0])?;
        let is_array = matches!(&head.ty, Ty::Array(a) if a.tensor.is_none() && a.ndim() >= 1);
        if !is_array && !head.has_effects() {
            return Ok(None);
        }
        let mut first = Vec::new();
        let mut names = Vec::new();
        let id = self.hidden_local(head, &mut first);
        names.push((format!("arr·{id}"), id));
        let b = Build(span);
        let mut display = vec![b.name(&names[0].0)];
        for i in &items[1..] {
            if !is_array {
                display.push(i.clone());
                continue;
            }
            let v = self.expr(i)?;
            let id = self.hidden_local(v, &mut first);
            let name = format!("arr·{id}");
            display.push(b.name(&name));
            names.push((name, id));
        }
        let list = Build(arg.span).e(A::List(display));
        let call = if is_array {
            let shapes: Vec<Option<Vec<usize>>> = names
                .iter()
                .map(|(_, id)| match &self.locals[*id].ty {
                    Ty::Array(a) if a.tensor.is_none() => Some(a.shape.clone()),
                    _ => None,
                })
                .collect();
            if shapes
                .iter()
                .any(|s| s.is_none() || s.as_ref() != shapes[0].as_ref())
            {
                return unsupported(
                    arg.span,
                    "np.array of a list of arrays of different shapes (or of arrays and other values)",
                );
            }
            let stacked = b.call(b.np("stack"), vec![list], vec![]);
            match kwargs.first() {
                Some(k) => b.method(stacked, "astype", vec![k.value.clone()]),
                None => stacked,
            }
        } else {
            b.call(b.np("array"), vec![list], kwargs.to_vec())
        };
        let refs: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let v = self.with_hidden_names(&refs, |s| s.expr(&call))?;
        Ok(Some(seq(first, v)))
    }

    /// `tuple(x)` of a tuple, a list or an array of one axis or more (its rows, or NumPy
    /// scalars); `tuple()` is `()`.
    pub(super) fn tuple_builtin(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if !kwargs.is_empty() || args.len() > 1 {
            return unsupported(span, "tuple() with other than one positional argument");
        }
        let Some(arg) = args.first() else {
            return Ok(super::mk(H::Tuple(Vec::new()), Ty::Tuple(Vec::new()), span));
        };
        if let A::Tuple(_) = arg.kind {
            return self.expr(arg);
        }
        let mut first = Vec::new();
        let items = self.comp_items(arg, &mut first)?;
        if items.len() > 64 {
            return unsupported(span, "tuple() of more than 64 items");
        }
        Ok(seq(first, pair(items, span)))
    }

    /// The items of the comprehension `e` (of either kind) as typed values, after the
    /// statements that evaluate them.
    pub(super) fn unrolled_values(
        &mut self,
        e: &ast::Expr,
    ) -> Result<(Vec<hir::Stmt>, Vec<hir::Expr>)> {
        let A::Comprehension {
            element, clauses, ..
        } = &e.kind
        else {
            unreachable!()
        };
        let mut u = Unrolled::default();
        self.unroll(element, clauses, e.span, &mut u)?;
        let names: Vec<(&str, hir::LocalId)> =
            u.names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let items = std::mem::take(&mut u.items);
        let values = self.with_hidden_names(&names, |s| {
            items.iter().map(|i| s.expr(i)).collect::<Result<Vec<_>>>()
        })?;
        Ok((u.first, values))
    }

    /// `display` typed with the hidden names of `u` bound, after its statements.
    fn type_unrolled(&mut self, u: Unrolled, display: &ast::Expr) -> Result<hir::Expr> {
        let names: Vec<(&str, hir::LocalId)> =
            u.names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let v = self.with_hidden_names(&names, |s| s.expr(display))?;
        Ok(seq(u.first, v))
    }

    /// A call with a comprehension among its arguments: each becomes the display of its
    /// items (a list; a tuple for `tuple(...)`); a generator only where the callee consumes
    /// it at once. `None` when no argument is a comprehension.
    pub(super) fn call_with_comprehensions(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<Option<hir::Expr>> {
        let is_comp = |a: &ast::Expr| matches!(a.kind, A::Comprehension { .. });
        if !args
            .iter()
            .chain(kwargs.iter().map(|k| &k.value))
            .any(is_comp)
        {
            return Ok(None);
        }
        let builtin = match &func.kind {
            A::Name(n) if !self.env.contains_key(n) => Some(n.as_str()),
            _ => None,
        };
        let numpy = self.resolve_function(func).map(|(_, name)| name);
        // The items are evaluated before the call's other arguments: only right when those
        // written before a comprehension have no effects.
        let mut effects_before = makes_call(func);
        for a in args.iter().chain(kwargs.iter().map(|k| &k.value)) {
            if is_comp(a) && effects_before {
                return unsupported(
                    a.span,
                    "a comprehension after an argument that makes a call (evaluation order)",
                );
            }
            effects_before |= !is_comp(a) && makes_call(a);
        }
        let mut u = Unrolled::default();
        let mut convert = |s: &mut Sema, a: &ast::Expr, tuple: bool| -> Result<ast::Expr> {
            let A::Comprehension {
                element,
                clauses,
                generator,
            } = &a.kind
            else {
                return Ok(a.clone());
            };
            let consumer = builtin.is_some_and(|b| CONSUMERS.contains(&b))
                || numpy.as_deref() == Some("fromiter");
            if *generator && !consumer {
                return unsupported(
                    a.span,
                    "a generator expression given to a function other than sum(), min(), max(), list(), tuple(), sorted() or np.fromiter()",
                );
            }
            let start = u.items.len();
            s.unroll(element, clauses, a.span, &mut u)?;
            let items = u.items.split_off(start);
            Ok(Build(a.span).e(if tuple {
                A::Tuple(items)
            } else {
                A::List(items)
            }))
        };
        let b = Build(span);
        let call = match (builtin, numpy.as_deref()) {
            (Some("tuple" | "list"), _) if args.len() == 1 && kwargs.is_empty() => {
                // The display itself: `tuple(g)` a tuple, `list(g)` a new list.
                convert(self, &args[0], builtin == Some("tuple"))?
            }
            (Some("sum"), _) if args.len() == 1 && kwargs.is_empty() => {
                // Python's `sum`: `0 + item0 + item1 + ...`; a list of scalars is summed as
                // a list is (`sema/lists.rs`), other items (arrays) by that chain of `+`.
                let items = convert(self, &args[0], false)?;
                let A::List(items) = items.kind else {
                    unreachable!()
                };
                let names: Vec<(&str, hir::LocalId)> =
                    u.names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
                let scalars = match items.first() {
                    Some(i) => self
                        .with_hidden_names(&names, |s| s.expr(i))?
                        .ty
                        .is_scalar(),
                    None => false,
                };
                // An empty sum is `0`, and so is the chain's start.
                if scalars {
                    b.call(func.clone(), vec![b.e(A::List(items))], vec![])
                } else {
                    items
                        .into_iter()
                        .fold(b.int(0), |acc, i| b.binop(ast::BinOp::Add, acc, i))
                }
            }
            (None, Some("fromiter")) if args.len() <= 2 => {
                // `np.fromiter(g, dtype[, count=-1])`: the array of the items, of `dtype`.
                let mut dtype = args.get(1).cloned();
                for k in kwargs {
                    match k.name.as_str() {
                        "dtype" => dtype = Some(k.value.clone()),
                        "count" if matches!(k.value.kind, A::Int(-1)) => {}
                        "count" if matches!(&k.value.kind, A::UnaryOp { op: ast::UnaryOp::Neg, operand } if operand.kind == A::Int(1)) =>
                            {}
                        _ => return unsupported(k.span, "this keyword argument of np.fromiter()"),
                    }
                }
                let Some(dtype) = dtype else {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            "fromiter() missing required argument 'dtype' (pos 2)".into(),
                        ),
                    );
                };
                let items = convert(self, &args[0], false)?;
                b.call(b.np("array"), vec![items], vec![b.kw("dtype", dtype)])
            }
            (None, Some("fromiter")) => {
                return unsupported(span, "np.fromiter() with these arguments");
            }
            _ => {
                let new_args = args
                    .iter()
                    .map(|a| convert(self, a, false))
                    .collect::<Result<Vec<_>>>()?;
                let new_kwargs = kwargs
                    .iter()
                    .map(|k| {
                        Ok(ast::Keyword {
                            value: convert(self, &k.value, false)?,
                            ..k.clone()
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                b.call(func.clone(), new_args, new_kwargs)
            }
        };
        Ok(Some(self.type_unrolled(u, &call)?))
    }

    /// Appends to `u` the items of `element` for each binding `clauses` make.
    fn unroll(
        &mut self,
        element: &ast::Expr,
        clauses: &[CompClause],
        span: Span,
        u: &mut Unrolled,
    ) -> Result<()> {
        let Some((clause, rest)) = clauses.split_first() else {
            u.evaluated += 1;
            if u.evaluated > MAX_ITEMS {
                return unsupported(
                    span,
                    format!("a comprehension of more than {MAX_ITEMS} items"),
                );
            }
            return self.unroll_element(element, u);
        };
        match clause {
            CompClause::If(test) => {
                let v = self.expr(test)?;
                match self.const_truth(&v) {
                    Some(true) => self.unroll(element, rest, span, u),
                    Some(false) => Ok(()),
                    None => unsupported(
                        test.span,
                        "a comprehension's `if` whose value is known only at run time (the list's length would be too)",
                    ),
                }
            }
            CompClause::For { target, iter } => {
                let items = self.comp_items(iter, &mut u.first)?;
                for item in items {
                    let mut binds = Vec::new();
                    self.bind_comp_target(target, item, &mut u.first, &mut binds)?;
                    let names: Vec<(String, hir::LocalId)> = binds;
                    let refs: Vec<(&str, hir::LocalId)> =
                        names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
                    self.with_hidden_names(&refs, |s| s.unroll(element, rest, span, u))?;
                }
                Ok(())
            }
        }
    }

    /// One evaluation of the element: a nested list comprehension is a nested display; a
    /// constant int stays a literal (usable as a shape); anything else a hidden local.
    fn unroll_element(&mut self, element: &ast::Expr, u: &mut Unrolled) -> Result<()> {
        if let A::Comprehension {
            element: inner,
            clauses,
            generator: false,
        } = &element.kind
        {
            let start = u.items.len();
            self.unroll(inner, clauses, element.span, u)?;
            let items = u.items.split_off(start);
            u.items.push(Build(element.span).e(A::List(items)));
            return Ok(());
        }
        let v = self.expr(element)?;
        if v.ty == Ty::Int {
            if let Some(k) = super::const_int(&v, &self.consts).filter(|&k| k != i64::MIN) {
                u.items.push(Build(element.span).int(k));
                return Ok(());
            }
        }
        let id = self.hidden_local(v, &mut u.first);
        let name = format!("comp·{id}");
        u.items.push(Build(element.span).name(&name));
        u.names.push((name, id));
        Ok(())
    }

    /// The value of a condition known at compile time, if it is.
    fn const_truth(&self, v: &hir::Expr) -> Option<bool> {
        match &v.kind {
            H::Bool(b) => Some(*b),
            _ => {
                if let Some(k) = super::const_int(v, &self.consts) {
                    return Some(k != 0);
                }
                const_compare(v, &self.consts)
            }
        }
    }

    /// The items an iterable of a comprehension yields, each a typed value (a tuple display
    /// for `enumerate` and `zip`); their evaluation is appended to `first`.
    fn comp_items(
        &mut self,
        iter: &ast::Expr,
        first: &mut Vec<hir::Stmt>,
    ) -> Result<Vec<hir::Expr>> {
        let span = iter.span;
        if let A::Call { func, args, kwargs } = &iter.kind {
            let builtin = match &func.kind {
                A::Name(n) if !self.env.contains_key(n) => Some(n.as_str()),
                _ => None,
            };
            match builtin {
                Some("range") if kwargs.is_empty() && (1..=3).contains(&args.len()) => {
                    let mut bounds = Vec::new();
                    for a in args {
                        let v = self.expr(a)?;
                        match super::const_int(&v, &self.consts) {
                            Some(k) if matches!(v.ty, Ty::Int | Ty::Bool) => bounds.push(k),
                            _ => {
                                return unsupported(
                                    a.span,
                                    "a comprehension over a range() whose bounds are known only at run time",
                                )
                            }
                        }
                    }
                    let (start, stop, step) = match bounds.as_slice() {
                        [n] => (0, *n, 1),
                        [a, b] => (*a, *b, 1),
                        [a, b, c] => (*a, *b, *c),
                        _ => unreachable!(),
                    };
                    if step == 0 {
                        return err(
                            args[2].span,
                            SemaError::Py(
                                PyExc::ValueError,
                                "range() arg 3 must not be zero".into(),
                            ),
                        );
                    }
                    let mut items = Vec::new();
                    let mut k = start as i128;
                    while (step > 0 && k < stop as i128) || (step < 0 && k > stop as i128) {
                        if items.len() >= MAX_ITEMS {
                            return unsupported(
                                span,
                                format!("a comprehension of more than {MAX_ITEMS} items"),
                            );
                        }
                        items.push(super::mk(H::Int(k as i64), Ty::Int, span));
                        k += step as i128;
                    }
                    return Ok(items);
                }
                Some("enumerate") if kwargs.is_empty() && (1..=2).contains(&args.len()) => {
                    let offset = match args.get(1) {
                        None => 0,
                        Some(a) => {
                            let v = self.expr(a)?;
                            match super::const_int(&v, &self.consts) {
                                Some(k) if v.ty == Ty::Int => k,
                                _ => {
                                    return unsupported(
                                        a.span,
                                        "enumerate() in a comprehension with a start known only at run time",
                                    )
                                }
                            }
                        }
                    };
                    let items = self.comp_items(&args[0], first)?;
                    return Ok(items
                        .into_iter()
                        .enumerate()
                        .map(|(k, x)| {
                            let i = super::mk(H::Int(k as i64 + offset), Ty::Int, span);
                            pair(vec![i, x], span)
                        })
                        .collect());
                }
                Some("zip") if kwargs.is_empty() && !args.is_empty() => {
                    let mut columns = Vec::new();
                    for a in args {
                        columns.push(self.comp_items(a, first)?);
                    }
                    let n = columns.iter().map(Vec::len).min().unwrap_or(0);
                    let mut iters: Vec<_> = columns.into_iter().map(|c| c.into_iter()).collect();
                    return Ok((0..n)
                        .map(|_| pair(iters.iter_mut().map(|c| c.next().unwrap()).collect(), span))
                        .collect());
                }
                _ => {}
            }
        }
        if let A::Comprehension {
            generator: true, ..
        } = &iter.kind
        {
            return unsupported(span, "a generator expression as a comprehension's iterable");
        }
        let v = self.expr(iter)?;
        let v = if super::is_trivial(&v) {
            v
        } else {
            self.bind_temp(v, first)
        };
        match &v.ty {
            Ty::Tuple(_) => Ok(match v.kind {
                H::Tuple(items) => items,
                _ => self.tuple_items(v),
            }),
            Ty::StrList(items) => Ok(items
                .iter()
                .map(|s| super::mk(H::Str(s.clone()), Ty::Str, span))
                .collect()),
            Ty::List(l) => {
                let n = l.arr.shape[0];
                let b = Build(span);
                (0..n)
                    .map(|k| self.list_subscript(v.clone(), &b.int(k as i64), span))
                    .collect()
            }
            Ty::Array(a) if a.tensor.is_none() && a.ndim() >= 1 => {
                let n = a.shape[0];
                let H::Local(id) = v.kind else {
                    unreachable!("a bound array")
                };
                let b = Build(span);
                let mut items = Vec::new();
                for k in 0..n {
                    let read = b.index(b.name("comp·iter"), b.int(k as i64));
                    items.push(self.with_hidden_names(&[("comp·iter", id)], |s| s.expr(&read))?);
                }
                Ok(items)
            }
            Ty::RunArray(_) => unsupported(
                span,
                "a comprehension over an array whose length is known only at run time",
            ),
            t => unsupported(span, format!("a comprehension over a {t}")),
        }
    }

    /// Binds the `for` target `target` to `item`: each name to a hidden local (a constant
    /// int a compile-time constant too), tuples unpacked as CPython unpacks them.
    fn bind_comp_target(
        &mut self,
        target: &ast::Expr,
        item: hir::Expr,
        first: &mut Vec<hir::Stmt>,
        binds: &mut Vec<(String, hir::LocalId)>,
    ) -> Result<()> {
        match &target.kind {
            A::Name(n) => {
                let k = (item.ty == Ty::Int)
                    .then(|| super::const_int(&item, &self.consts))
                    .flatten();
                let id = self.hidden_local(item, first);
                if let Some(k) = k {
                    self.consts.insert(id, k);
                }
                binds.push((n.clone(), id));
                Ok(())
            }
            A::Tuple(targets) | A::List(targets) => {
                let parts = match (&item.ty, item.kind) {
                    (_, H::Tuple(parts)) => parts,
                    (Ty::Tuple(_), kind) => {
                        let item = hir::Expr { kind, ..item };
                        let item = self.bind_temp(item, first);
                        self.tuple_items(item)
                    }
                    (Ty::List(l), kind) if l.arr.ndim() >= 1 => {
                        let n = l.arr.shape[0];
                        let item = hir::Expr { kind, ..item };
                        let item = self.bind_temp(item, first);
                        let b = Build(target.span);
                        (0..n)
                            .map(|k| {
                                self.list_subscript(item.clone(), &b.int(k as i64), target.span)
                            })
                            .collect::<Result<Vec<_>>>()?
                    }
                    (t, _) => {
                        return unsupported(
                            target.span,
                            format!("unpacking a {t} in a comprehension"),
                        )
                    }
                };
                if parts.len() != targets.len() {
                    let m = if parts.len() > targets.len() {
                        format!("too many values to unpack (expected {})", targets.len())
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            targets.len(),
                            parts.len()
                        )
                    };
                    return err(target.span, SemaError::Py(PyExc::ValueError, m));
                }
                for (t, p) in targets.iter().zip(parts) {
                    self.bind_comp_target(t, p, first, binds)?;
                }
                Ok(())
            }
            _ => unsupported(target.span, "this target of a comprehension's `for`"),
        }
    }
}

/// A tuple display of typed values.
fn pair(items: Vec<hir::Expr>, span: Span) -> hir::Expr {
    let ty = Ty::Tuple(items.iter().map(|i| i.ty.clone()).collect());
    super::mk(H::Tuple(items), ty, span)
}

/// A comparison of two compile-time ints, as sema types `a OP b`.
fn const_compare(
    v: &hir::Expr,
    consts: &std::collections::HashMap<hir::LocalId, i64>,
) -> Option<bool> {
    use crate::hir::EwOp;
    let H::Elementwise { op, args } = &v.kind else {
        return None;
    };
    if v.ty != Ty::Bool && v.ty != Ty::NpScalar(DType::Bool) {
        return None;
    }
    let [a, b] = args.as_slice() else {
        return None;
    };
    let (a, b) = (super::const_int(a, consts)?, super::const_int(b, consts)?);
    let EwOp::Cmp(op) = op else {
        return None;
    };
    Some(match op {
        CmpOp::Eq => a == b,
        CmpOp::NotEq => a != b,
        CmpOp::Lt => a < b,
        CmpOp::LtE => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::GtE => a >= b,
        _ => return None,
    })
}
