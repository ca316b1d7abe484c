//! Python lists as values (lang-spec/lists.md).
//!
//! A list of scalars of one type (Python ints, floats or bools, or NumPy scalars of one
//! dtype), or a list of equal-length such lists, has type `Ty::List`: at run time it is an
//! array of a static shape that only the list owns, whose elements read back as the list's
//! element type. Its length is known at compile time, so a list never grows (`append` is
//! rejected). What a list shares with an array is reached by viewing the same object as an
//! array (`as_array`, which only changes the type); every way of making a new list copies
//! (a slice, `+`, `*`, `sorted`, `list(x)`, `x.tolist()`), and every NumPy function given a
//! list receives a fresh array of it, so no array ever aliases a list. Element reads give
//! Python scalars, `L[i] = v` writes in place (a row of a nested list is a view, as the inner
//! list object is shared in Python), and `sort`/`reverse`/`sum`/`min`/`max` are CPython's
//! algorithms in the runtime (`runtime/src/abi/lists.rs`).

use super::desugar::Build;
use super::{err, mk, seq, unsupported, Binding, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H, ListOp};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, BinOp, ExprKind as A};
use crate::types::{ArrTy, DType, ListTy, ModuleKind, Ty};

/// CPython's repr of a list of strs (`['h', 'n']`), for strs of printable ASCII.
pub fn str_list_repr(items: &[String]) -> String {
    let reprs: Vec<String> = items.iter().map(|s| str_repr(s)).collect();
    format!("[{}]", reprs.join(", "))
}

/// CPython's repr of a str of printable ASCII: single quotes unless it holds one and no
/// double quote.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        if c == '\\' || c == quote {
            out.push('\\');
        }
        out.push(c);
    }
    out.push(quote);
    out
}

fn printable_ascii(s: &str) -> bool {
    s.chars().all(|c| (' '..='~').contains(&c))
}

/// A list-typed expression viewed as the array that holds it (same object, no copy).
pub(super) fn as_array(v: hir::Expr) -> hir::Expr {
    let Ty::List(l) = &v.ty else {
        return v;
    };
    let ty = Ty::Array(l.arr.clone());
    hir::Expr { ty, ..v }
}

/// A new array (that nothing else refers to) given the type of a list.
fn into_list(v: hir::Expr, numpy: bool) -> hir::Expr {
    let Ty::Array(a) = &v.ty else {
        unreachable!("a list made from a {}", v.ty)
    };
    let ty = Ty::List(Box::new(ListTy {
        arr: a.clone(),
        numpy,
    }));
    hir::Expr { ty, ..v }
}

fn list_ty(t: &Ty) -> Option<&ListTy> {
    match t {
        Ty::List(l) => Some(l),
        _ => None,
    }
}

/// The dtype holding elements of scalar type `t`, and whether they are NumPy scalars.
fn elem_dtype(t: &Ty) -> Option<(DType, bool)> {
    match t {
        Ty::Int => Some((DType::I64, false)),
        Ty::Float => Some((DType::F64, false)),
        Ty::Bool => Some((DType::Bool, false)),
        Ty::NpScalar(d) => Some((*d, true)),
        _ => None,
    }
}

fn type_word(t: &Ty) -> String {
    match t {
        Ty::List(_) => "list".into(),
        t => t.to_string(),
    }
}

impl Sema {
    /// `[a, b, ...]` as a value, nested displays (`[[1, 2], [3, 4]]`) included.
    pub(super) fn list_display(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let mut shape = Vec::new();
        let mut elems = Vec::new();
        self.list_items(e, 0, &mut shape, &mut elems)?;
        self.list_of(elems, shape, e.span)
    }

    /// A new list of the scalars `elems` (C order) of a list of shape `shape`.
    fn list_of(
        &mut self,
        elems: Vec<hir::Expr>,
        shape: Vec<usize>,
        span: Span,
    ) -> Result<hir::Expr> {
        let Some(first) = elems.first() else {
            return unsupported(span, "an empty list (its element type is not known)");
        };
        let ty = first.ty.clone();
        if ty == Ty::Str && shape.len() == 1 {
            let mut items = Vec::new();
            for e in &elems {
                match &e.kind {
                    H::Str(s) if printable_ascii(s) => items.push(s.clone()),
                    _ => {
                        return unsupported(
                            e.span,
                            "a list of strs not all written as literals of printable ASCII",
                        )
                    }
                }
            }
            return Ok(mk(H::None, Ty::StrList(items), span));
        }
        for e in &elems {
            if e.ty != ty {
                let m = format!("a list mixing {} and {}", type_word(&ty), type_word(&e.ty));
                return unsupported(e.span, m);
            }
        }
        let Some((dtype, numpy)) = elem_dtype(&ty) else {
            return unsupported(span, format!("a list of {} values", py_name(&ty)));
        };
        let arr = Ty::Array(ArrTy::new(dtype, shape));
        Ok(into_list(mk(H::ArrayLit(elems), arr, span), numpy))
    }

    fn list_items(
        &mut self,
        e: &ast::Expr,
        depth: usize,
        shape: &mut Vec<usize>,
        elems: &mut Vec<hir::Expr>,
    ) -> Result<()> {
        let nested = |what: &str| {
            unsupported::<()>(
                e.span,
                format!("a list of {what} (lists of scalars, or of equal-length lists of them, are supported)"),
            )
        };
        match &e.kind {
            A::List(items) => {
                if shape.len() == depth {
                    if !elems.is_empty() {
                        return nested("scalars and lists");
                    }
                    shape.push(items.len());
                } else if shape.len() < depth || shape[depth] != items.len() {
                    return nested("lists of different lengths");
                }
                for i in items {
                    self.list_items(i, depth + 1, shape, elems)?;
                }
                Ok(())
            }
            _ => {
                if depth == 0 {
                    return nested("these");
                }
                if shape.len() != depth {
                    return nested("scalars and lists");
                }
                let v = self.expr(e)?;
                if elem_dtype(&v.ty).is_none() && v.ty != Ty::Str {
                    let what = match &v.ty {
                        Ty::Array(_) | Ty::RunArray(_) => "arrays".to_string(),
                        t => format!("{} values", py_name(t)),
                    };
                    return nested(&what);
                }
                elems.push(v);
                Ok(())
            }
        }
    }

    /// A fresh copy of the list or array `v`, as a list (of NumPy scalars when `numpy`).
    fn list_copy(&mut self, v: hir::Expr, numpy: bool, span: Span) -> Result<hir::Expr> {
        let v = as_array(v);
        let a = v.ty.as_array().unwrap().clone();
        let copy = mk(H::Copy(Box::new(v)), Ty::Array(a), span);
        Ok(into_list(copy, numpy))
    }

    /// `v` (a list of one axis) sorted: a copy, sorted in place.
    fn sorted_list(&mut self, v: hir::Expr, reverse: bool, span: Span) -> Result<hir::Expr> {
        let l = list_ty(&v.ty).unwrap().clone();
        if l.arr.ndim() != 1 {
            return unsupported(span, "sorting a list of lists");
        }
        let copy = self.list_copy(v, l.numpy, span)?;
        let mut first = Vec::new();
        let tmp = self.bind_temp(copy, &mut first);
        first.push(self.list_op_stmt(
            if reverse {
                ListOp::SortReverse
            } else {
                ListOp::Sort
            },
            tmp.clone(),
            span,
        ));
        Ok(seq(first, tmp))
    }

    fn list_op_stmt(&self, op: ListOp, list: hir::Expr, span: Span) -> hir::Stmt {
        hir::Stmt {
            kind: hir::StmtKind::Expr {
                value: mk(
                    H::ListCall {
                        op,
                        list: Box::new(list),
                    },
                    Ty::None,
                    span,
                ),
                show: false,
            },
            span,
        }
    }

    /// `v` as a list if it is a list, a 1-D array (`sorted(arr)`, `list(arr)`: NumPy scalars)
    /// or a tuple of scalars of one type; `None` for what is none of these.
    fn as_list(&mut self, v: hir::Expr, span: Span) -> Result<Option<hir::Expr>> {
        match &v.ty {
            Ty::List(_) => Ok(Some(v)),
            Ty::Array(a) if a.tensor.is_none() && a.ndim() == 1 => {
                Ok(Some(self.list_copy(v, true, span)?))
            }
            Ty::Tuple(tys) if !tys.is_empty() && tys.iter().all(|t| elem_dtype(t).is_some()) => {
                let n = tys.len();
                let mut first = Vec::new();
                let items = match v.kind {
                    H::Tuple(items) => items,
                    _ => {
                        let v = self.bind_temp(v, &mut first);
                        self.tuple_items(v)
                    }
                };
                let l = self.list_of(items, vec![n], span)?;
                Ok(Some(seq(first, l)))
            }
            _ => Ok(None),
        }
    }

    /// The builtins that take or make lists; `None` leaves `name` to `Sema::builtin`.
    pub(super) fn list_builtin(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<Option<hir::Expr>> {
        match name {
            "sorted" => {
                if args.len() != 1 {
                    return unsupported(span, "sorted() with other than one positional argument");
                }
                let mut reverse = false;
                for kw in kwargs {
                    match (kw.name.as_str(), &kw.value.kind) {
                        ("reverse", A::Bool(b)) => reverse = *b,
                        _ => return unsupported(kw.span, "this keyword argument of sorted()"),
                    }
                }
                let v = self.expr(&args[0])?;
                if let Some(mut chars) = str_chars(&v) {
                    // Code points compare as CPython compares strs of one character.
                    chars.sort();
                    if reverse {
                        chars.reverse();
                    }
                    return Ok(Some(mk(H::None, Ty::StrList(chars), span)));
                }
                let ty = v.ty.clone();
                let Some(l) = self.as_list(v, span)? else {
                    return unsupported(span, format!("sorted() of a {}", type_word(&ty)));
                };
                let l = if matches!(ty, Ty::List(_)) {
                    l
                } else {
                    // Already a fresh copy: sorted in place.
                    let mut first = Vec::new();
                    let tmp = self.bind_temp(l, &mut first);
                    return Ok(Some(self.sort_in_place(first, tmp, reverse, span)?));
                };
                Ok(Some(self.sorted_list(l, reverse, span)?))
            }
            "list" => {
                if !kwargs.is_empty() || args.len() != 1 {
                    return unsupported(span, "list() with other than one argument");
                }
                if let A::Call { func, .. } = &args[0].kind {
                    if matches!(&func.kind, A::Name(n) if n == "range" && !self.env.contains_key("range"))
                    {
                        // `list(range(...))`: `np.arange` of the same bounds, as Python ints.
                        let A::Call { args: r, .. } = &args[0].kind else {
                            unreachable!()
                        };
                        let b = Build(args[0].span);
                        let arange = b.call(b.np("arange"), r.clone(), vec![]);
                        let v = self.with_hidden_names(&[], |s| s.expr(&arange))?;
                        return match &v.ty {
                            Ty::Array(a) if a.dtype == DType::I64 && a.size() > 0 => {
                                Ok(Some(into_list(v, false)))
                            }
                            Ty::Array(_) => {
                                unsupported(span, "an empty list (its element type is not known)")
                            }
                            _ => unsupported(
                                span,
                                "list(range(n)) with a length known only at run time",
                            ),
                        };
                    }
                }
                let v = self.expr(&args[0])?;
                if let Some(chars) = str_chars(&v) {
                    return Ok(Some(mk(H::None, Ty::StrList(chars), span)));
                }
                let ty = v.ty.clone();
                match self.as_list(v, span)? {
                    Some(l) if matches!(ty, Ty::List(_)) => {
                        let numpy = list_ty(&l.ty).unwrap().numpy;
                        Ok(Some(self.list_copy(l, numpy, span)?))
                    }
                    Some(l) => Ok(Some(l)),
                    None => unsupported(span, format!("list() of a {}", type_word(&ty))),
                }
            }
            "sum"
                if args.len() == 2
                    && kwargs.is_empty()
                    && (self.is_range_call(&args[0]) || self.is_list_expr(&args[0])) =>
            {
                // `sum(it, start)` of ints: `start` plus the sum (an int sum's order does
                // not change its value).
                let b = Build(span);
                let it = if self.is_range_call(&args[0]) {
                    b.call(b.name("list"), vec![args[0].clone()], vec![])
                } else {
                    args[0].clone()
                };
                let total = self.expr(&b.call(b.name("sum"), vec![it], vec![]))?;
                let start = self.expr(&args[1])?;
                if total.ty != Ty::Int || !matches!(start.ty, Ty::Int | Ty::Bool) {
                    return unsupported(span, "sum() with a start value of other than ints");
                }
                let mut first = Vec::new();
                let total = self.bind_temp(total, &mut first);
                let r = self.binop(BinOp::Add, start, total, span)?;
                Ok(Some(seq(first, r)))
            }
            "len" | "sum" | "min" | "max" if args.len() == 1 && kwargs.is_empty() => {
                // Only a list argument is ours; anything else is typed again by `builtin`,
                // so look before typing.
                if !self.is_list_expr(&args[0]) {
                    return Ok(None);
                }
                let v = self.expr(&args[0])?;
                let l = list_ty(&v.ty).unwrap().clone();
                if name == "len" {
                    let n = mk(H::Int(l.arr.shape[0] as i64), Ty::Int, span);
                    return Ok(Some(super::after_effects_of(v, n)));
                }
                if l.arr.ndim() != 1 {
                    return unsupported(span, format!("{name}() of a list of lists"));
                }
                let (op, ty) = match name {
                    "sum" if l.numpy => {
                        return unsupported(span, "sum() of a list of NumPy scalars")
                    }
                    "sum" if l.arr.dtype == DType::F64 => (ListOp::Sum, Ty::Float),
                    "sum" => (ListOp::Sum, Ty::Int),
                    "min" => (ListOp::Min, l.elem()),
                    _ => (ListOp::Max, l.elem()),
                };
                if matches!(ty, Ty::NpScalar(DType::F32)) {
                    return unsupported(span, format!("{name}() of a list of numpy.float32"));
                }
                Ok(Some(mk(
                    H::ListCall {
                        op,
                        list: Box::new(v),
                    },
                    ty,
                    span,
                )))
            }
            _ => Ok(None),
        }
    }

    fn sort_in_place(
        &mut self,
        mut first: Vec<hir::Stmt>,
        tmp: hir::Expr,
        reverse: bool,
        span: Span,
    ) -> Result<hir::Expr> {
        let op = if reverse {
            ListOp::SortReverse
        } else {
            ListOp::Sort
        };
        first.push(self.list_op_stmt(op, tmp.clone(), span));
        Ok(seq(first, tmp))
    }

    /// Whether `e` is a list without typing it: a name bound to a list, a list display or
    /// a call of `sorted`/`list`.
    pub(super) fn is_list_expr(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            A::Name(n) => matches!(
                self.env.get(n),
                Some(Binding::Local(id)) if matches!(self.locals[*id].ty, Ty::List(_))
            ),
            A::List(_) => true,
            A::Call { func, .. } => {
                matches!(&func.kind, A::Name(n) if (n == "sorted" || n == "list") && !self.env.contains_key(n))
                    || matches!(&func.kind, A::Attribute { attr, .. } if attr == "tolist")
            }
            A::Subscript { value, index } => {
                self.is_list_expr(value) && matches!(index.kind, A::Slice { .. })
            }
            _ => false,
        }
    }

    /// `range(...)` of the builtin.
    fn is_range_call(&self, e: &ast::Expr) -> bool {
        matches!(&e.kind, A::Call { func, kwargs, .. }
            if kwargs.is_empty() && matches!(&func.kind, A::Name(n) if n == "range" && !self.env.contains_key("range")))
    }

    /// A method call on a list (or `arr.tolist()`); `recv` is evaluated.
    pub(super) fn list_method(
        &mut self,
        recv: hir::Expr,
        attr: &str,
        attr_span: Span,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Ty::Array(a) = &recv.ty {
            // `arr.tolist()`: Python scalars (int32 as int, float32 widened to float).
            if !args.is_empty() || !kwargs.is_empty() {
                return unsupported(span, "tolist() with arguments");
            }
            if a.ndim() == 0 {
                return unsupported(span, "tolist() of a 0-d array");
            }
            if a.size() == 0 {
                return unsupported(span, "an empty list (its element type is not known)");
            }
            let dtype = match a.dtype {
                DType::I32 => DType::I64,
                DType::F32 => DType::F64,
                d => d,
            };
            let v = if dtype != a.dtype {
                self.cast_array(recv, dtype)
            } else {
                let ty = recv.ty.clone();
                mk(H::Copy(Box::new(recv)), ty, span)
            };
            return Ok(into_list(v, false));
        }
        let l = list_ty(&recv.ty).unwrap().clone();
        match attr {
            "sort" | "reverse" => {
                if l.arr.ndim() != 1 {
                    return unsupported(span, format!("{attr}() of a list of lists"));
                }
                let mut op = if attr == "sort" {
                    ListOp::Sort
                } else {
                    ListOp::Reverse
                };
                if !args.is_empty() {
                    return unsupported(span, format!("list.{attr}() with positional arguments"));
                }
                for kw in kwargs {
                    match (attr, kw.name.as_str(), &kw.value.kind) {
                        ("sort", "reverse", A::Bool(true)) => op = ListOp::SortReverse,
                        ("sort", "reverse", A::Bool(false)) => {}
                        _ => {
                            return unsupported(
                                kw.span,
                                format!("this keyword argument of list.{attr}()"),
                            )
                        }
                    }
                }
                Ok(mk(
                    H::ListCall {
                        op,
                        list: Box::new(recv),
                    },
                    Ty::None,
                    span,
                ))
            }
            "copy" if args.is_empty() && kwargs.is_empty() => self.list_copy(recv, l.numpy, span),
            "append" | "extend" | "insert" | "pop" | "remove" | "clear" => unsupported(
                span,
                format!("list.{attr}() (a list's length is fixed at compile time in arrc)"),
            ),
            "index" | "count" => unsupported(span, format!("list.{attr}()")),
            _ => err(
                attr_span,
                SemaError::NoAttribute("list".into(), attr.to_string()),
            ),
        }
    }

    /// `L[i]` (a Python scalar, or a row of a nested list: the same inner list), `L[a:b]`
    /// (a new list).
    pub(super) fn list_subscript(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let l = list_ty(&base.ty).unwrap().clone();
        let is_slice = matches!(index.kind, A::Slice { .. });
        if !is_slice {
            let i = self.expr(index)?;
            if !matches!(
                i.ty,
                Ty::Int | Ty::Bool | Ty::NpScalar(DType::I64 | DType::I32)
            ) {
                return err(
                    index.span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!(
                            "list indices must be integers or slices, not {}",
                            super::py_type_name(&i.ty)
                        ),
                    ),
                );
            }
            if let Some(k) = super::const_int(&i, &self.consts) {
                let n = l.arr.shape[0] as i64;
                if k < -n || k >= n {
                    return err(
                        index.span,
                        SemaError::Py(PyExc::IndexError, "list index out of range".into()),
                    );
                }
            }
        }
        // An element of a flat list at a run-time index: read from the list itself, so that
        // lowering raises Python's `list index out of range`.
        if !is_slice && l.arr.ndim() == 1 {
            let i = self.expr(index)?;
            if super::const_int(&i, &self.consts).is_none() {
                let i = self.to_py(i, Ty::Int);
                let v = mk(
                    H::Element {
                        base: Box::new(base),
                        indices: vec![i],
                    },
                    Ty::NpScalar(l.arr.dtype),
                    span,
                );
                return Ok(if l.numpy { v } else { self.to_py(v, l.elem()) });
            }
        }
        let mut first = Vec::new();
        let base = self.once(as_array(base), &mut first);
        let id = self.hidden_local(base, &mut first);
        let b = Build(span);
        let name = "list·base";
        let read = b.index(b.name(name), index.clone());
        let v = self.with_hidden_names(&[(name, id)], |s| s.expr(&read))?;
        let v = match &v.ty {
            Ty::NpScalar(_) if !l.numpy => self.to_py(v, l.elem()),
            Ty::NpScalar(_) => v,
            Ty::Array(_) if is_slice => {
                let ty = v.ty.clone();
                into_list(mk(H::Copy(Box::new(v)), ty, span), l.numpy)
            }
            // A row of a nested list: the inner list itself (writes through it are seen).
            Ty::Array(_) => into_list(v, l.numpy),
            t => return unsupported(span, format!("a list index giving a {t}")),
        };
        Ok(seq(first, v))
    }

    /// `L[i] = value`.
    pub(super) fn list_store(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let l = list_ty(&base.ty).unwrap().clone();
        if matches!(index.kind, A::Slice { .. }) || l.arr.ndim() != 1 {
            return unsupported(span, "assigning to a slice or row of a list");
        }
        if value.ty != l.elem() {
            let m = format!(
                "a list mixing {} and {}",
                type_word(&l.elem()),
                type_word(&value.ty)
            );
            return unsupported(value.span, m);
        }
        let i = self.expr(index)?;
        if !matches!(
            i.ty,
            Ty::Int | Ty::Bool | Ty::NpScalar(DType::I64 | DType::I32)
        ) {
            return err(
                index.span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!(
                        "list indices must be integers or slices, not {}",
                        super::py_type_name(&i.ty)
                    ),
                ),
            );
        }
        if let Some(k) = super::const_int(&i, &self.consts) {
            let n = l.arr.shape[0] as i64;
            if k < -n || k >= n {
                let m = "list assignment index out of range";
                return err(index.span, SemaError::Py(PyExc::IndexError, m.into()));
            }
        }
        let value = self.once(value, out);
        let vid = self.hidden_local(value, out);
        let base = self.once(as_array(base), out);
        let id = self.hidden_local(base, out);
        let b = Build(span);
        let target = b.index(b.name("list·base"), index.clone());
        let value = b.name("list·value");
        self.with_hidden_names(&[("list·base", id), ("list·value", vid)], |s| {
            let value = s.expr(&value)?;
            s.assign(&target, value, span, out)
        })
    }

    /// `l OP r` where one operand is a list: `+` joins two lists, `*` repeats one a
    /// compile-time number of times.
    pub(super) fn list_binop(
        &mut self,
        op: BinOp,
        l: hir::Expr,
        r: hir::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let bad = |l: &hir::Expr, r: &hir::Expr| {
            err::<hir::Expr>(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op.symbol(),
                        py_name(&l.ty),
                        py_name(&r.ty)
                    ),
                ),
            )
        };
        match (op, &l.ty, &r.ty) {
            (BinOp::Add, Ty::List(a), Ty::List(b)) => {
                if a.numpy != b.numpy
                    || a.arr.dtype != b.arr.dtype
                    || a.arr.shape[1..] != b.arr.shape[1..]
                {
                    let m = format!("a list mixing {} and {}", a.elem(), b.elem());
                    return unsupported(span, m);
                }
                let numpy = a.numpy;
                let joined = self.concatenate(vec![as_array(l), as_array(r)], 0, span)?;
                Ok(into_list(joined, numpy))
            }
            (BinOp::Add, _, _) => {
                if matches!(l.ty, Ty::List(_)) {
                    err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!(
                                "can only concatenate list (not \"{}\") to list",
                                py_name(&r.ty)
                            ),
                        ),
                    )
                } else {
                    bad(&l, &r)
                }
            }
            (BinOp::Mul, Ty::List(_), Ty::Int | Ty::Bool)
            | (BinOp::Mul, Ty::Int | Ty::Bool, Ty::List(_)) => {
                let (list, n) = if matches!(l.ty, Ty::List(_)) {
                    (l, r)
                } else {
                    (r, l)
                };
                let Some(k) = super::const_int(&n, &self.consts) else {
                    return unsupported(
                        n.span,
                        "repeating a list a number of times known only at run time",
                    );
                };
                if k <= 0 {
                    return unsupported(span, "an empty list (its element type is not known)");
                }
                let numpy = list_ty(&list.ty).unwrap().numpy;
                let mut first = Vec::new();
                let _ = self.once(n, &mut first);
                let list = self.bind_temp(as_array(list), &mut first);
                let parts = vec![list; k as usize];
                let joined = self.concatenate(parts, 0, span)?;
                Ok(seq(first, into_list(joined, numpy)))
            }
            _ => bad(&l, &r),
        }
    }

    /// `x in L` / `x not in L`: CPython's `==` against each element, as a Python bool.
    pub(super) fn list_contains(
        &mut self,
        x: hir::Expr,
        list: hir::Expr,
        negate: bool,
        span: Span,
    ) -> Result<hir::Expr> {
        if !x.ty.is_scalar() {
            return unsupported(span, format!("`in` of a {} in a list", type_word(&x.ty)));
        }
        let mut first = Vec::new();
        let x = self.once(x, &mut first);
        let xid = self.hidden_local(x, &mut first);
        let lid = self.hidden_local(as_array(list), &mut first);
        let b = Build(span);
        let eq = b.compare(b.name("list·x"), ast::CmpOp::Eq, b.name("list·base"));
        let mut any = b.call(b.np("any"), vec![eq], vec![]);
        if negate {
            any = b.e(A::UnaryOp {
                op: ast::UnaryOp::Not,
                operand: Box::new(any),
            });
        }
        let test = b.call(b.name("bool"), vec![any], vec![]);
        let v =
            self.with_hidden_names(&[("list·x", xid), ("list·base", lid)], |s| s.expr(&test))?;
        Ok(seq(first, v))
    }

    /// A NumPy function called with list arguments named by variables (`np.split(x, [3, 5])`
    /// with `x` a list): each such argument is a fresh array of the list's values, as NumPy
    /// converts a list. `None` when no argument is a list variable.
    pub(super) fn numpy_call_with_lists(
        &mut self,
        module: ModuleKind,
        name: &str,
        func: &ast::Expr,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<Option<hir::Expr>> {
        let all = args.iter().chain(kwargs.iter().map(|k| &k.value));
        if !all.clone().any(|a| {
            (self.is_list_expr(a) && !matches!(a.kind, A::List(_))) || self.is_range_call(a)
        }) {
            return Ok(None);
        }
        if module == ModuleKind::NumPy && matches!(name, "array" | "asarray") && args.len() == 1 {
            // The list's values as a new array (of `dtype=` when given).
            if kwargs.iter().any(|k| k.name != "dtype") {
                return unsupported(span, format!("these keyword arguments of np.{name}()"));
            }
            let v = self.expr(&args[0])?;
            let v = as_array(v);
            let Ty::Array(a) = v.ty.clone() else {
                unreachable!()
            };
            let dtype = match kwargs.first() {
                Some(k) => self.dtype_arg(&k.value)?,
                None => a.dtype,
            };
            return Ok(Some(if dtype != a.dtype {
                self.cast_array(v, dtype)
            } else {
                mk(H::Copy(Box::new(v)), Ty::Array(a), span)
            }));
        }
        let mut first = Vec::new();
        let mut names: Vec<(String, hir::LocalId)> = Vec::new();
        let mut convert =
            |s: &mut Sema, a: &ast::Expr, first: &mut Vec<hir::Stmt>| -> Result<ast::Expr> {
                if let (true, A::Call { args, .. }) = (s.is_range_call(a), &a.kind) {
                    // A range is the array-like of its ints: `np.arange` of the same bounds.
                    let b = Build(a.span);
                    return Ok(b.call(b.np("arange"), args.clone(), vec![]));
                }
                if !s.is_list_expr(a) || matches!(a.kind, A::List(_)) {
                    return Ok(a.clone());
                }
                let v = as_array(s.expr(a)?);
                let ty = v.ty.clone();
                let copy = mk(H::Copy(Box::new(v)), ty, a.span);
                let id = s.hidden_local(copy, first);
                let n = format!("list·arg·{id}");
                names.push((n.clone(), id));
                Ok(ast::Expr {
                    kind: A::Name(n),
                    span: a.span,
                })
            };
        let new_args = args
            .iter()
            .map(|a| convert(self, a, &mut first))
            .collect::<Result<Vec<_>>>()?;
        let new_kwargs = kwargs
            .iter()
            .map(|k| {
                Ok(ast::Keyword {
                    value: convert(self, &k.value, &mut first)?,
                    ..k.clone()
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let bound: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let v = self.with_hidden_names(&bound, |s| {
            s.numpy_call(module, name, func, &new_args, &new_kwargs, span)
        })?;
        Ok(Some(seq(first, v)))
    }

    /// `arr[L] = value` with `L` a list variable: as with a fresh array of its values.
    pub(super) fn store_with_list_index(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let value = self.once(value, out);
        let vid = self.hidden_local(value, out);
        let base = self.once(base, out);
        let bid = self.hidden_local(base, out);
        let v = as_array(self.expr(index)?);
        let ty = v.ty.clone();
        let copy = mk(H::Copy(Box::new(v)), ty, index.span);
        let iid = self.hidden_local(copy, out);
        let b = Build(span);
        let target = b.index(b.name("list·base"), b.name("list·index"));
        let names = [("list·base", bid), ("list·index", iid), ("list·value", vid)];
        self.with_hidden_names(&names, |s| {
            let value = s.expr(&b.name("list·value"))?;
            s.assign(&target, value, span, out)
        })
    }

    /// `arr[L]` with `L` a list variable: indexed by a fresh array of its values.
    pub(super) fn index_with_list(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let base = self.once(base, &mut first);
        let bid = self.hidden_local(base, &mut first);
        let v = as_array(self.expr(index)?);
        let ty = v.ty.clone();
        let copy = mk(H::Copy(Box::new(v)), ty, index.span);
        let iid = self.hidden_local(copy, &mut first);
        let b = Build(span);
        let read = b.index(b.name("list·base"), b.name("list·index"));
        let v = self.with_hidden_names(&[("list·base", bid), ("list·index", iid)], |s| {
            s.expr(&read)
        })?;
        Ok(seq(first, v))
    }
}

/// The characters of a str constant of printable ASCII, each a str.
fn str_chars(v: &hir::Expr) -> Option<Vec<String>> {
    match &v.kind {
        H::Str(s) if printable_ascii(s) && !s.is_empty() => {
            Some(s.chars().map(|c| c.to_string()).collect())
        }
        _ => None,
    }
}

/// Python's name of the type of a value of `t`.
fn py_name(t: &Ty) -> &'static str {
    match t {
        Ty::List(_) => "list",
        t => super::py_type_name(t),
    }
}
