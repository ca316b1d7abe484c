//! Python and NumPy functions that sema types by rewriting them into calls it already knows,
//! written as AST at the call's span: `sum(x)` and `np.count_nonzero(x)`. Operands are
//! evaluated once, into hidden locals the rewritten AST names; NumPy is reached through a
//! hidden module name. Each rewrite keeps NumPy's exact result (values, dtype, order of
//! additions); the doc comment of each says why it does.

use super::shape::bind_args;
use super::{err, Binding, Result, Sema, SemaError};
use crate::hir;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{DType, ModuleKind, Ty};

/// The hidden name bound to NumPy while a rewrite is typed (not a Python identifier).
pub(super) const NUMPY: &str = "numpy·desugar";

/// Builds AST nodes at one span.
#[derive(Clone, Copy)]
pub(super) struct Build(pub Span);

impl Build {
    pub fn e(self, kind: A) -> ast::Expr {
        ast::Expr { kind, span: self.0 }
    }
    pub fn name(self, n: &str) -> ast::Expr {
        self.e(A::Name(n.into()))
    }
    pub fn attr(self, value: ast::Expr, attr: &str) -> ast::Expr {
        self.e(A::Attribute {
            value: Box::new(value),
            attr: attr.into(),
            attr_span: self.0,
        })
    }
    /// `np.NAME` through the hidden module name.
    pub fn np(self, attr: &str) -> ast::Expr {
        self.attr(self.name(NUMPY), attr)
    }
    pub fn int(self, v: i64) -> ast::Expr {
        self.e(A::Int(v))
    }
    pub fn str(self, s: &str) -> ast::Expr {
        self.e(A::Str(s.into()))
    }
    pub fn tuple(self, items: Vec<ast::Expr>) -> ast::Expr {
        self.e(A::Tuple(items))
    }
    pub fn kw(self, name: &str, value: ast::Expr) -> ast::Keyword {
        ast::Keyword {
            name: name.into(),
            value,
            span: self.0,
        }
    }
    pub fn call(
        self,
        func: ast::Expr,
        args: Vec<ast::Expr>,
        kwargs: Vec<ast::Keyword>,
    ) -> ast::Expr {
        self.e(A::Call {
            func: Box::new(func),
            args,
            kwargs,
        })
    }
    pub fn method(self, recv: ast::Expr, name: &str, args: Vec<ast::Expr>) -> ast::Expr {
        self.call(self.attr(recv, name), args, vec![])
    }
    pub fn binop(self, op: ast::BinOp, lhs: ast::Expr, rhs: ast::Expr) -> ast::Expr {
        self.e(A::BinOp {
            op,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        })
    }
    pub fn index(self, value: ast::Expr, index: ast::Expr) -> ast::Expr {
        self.e(A::Subscript {
            value: Box::new(value),
            index: Box::new(index),
        })
    }
    /// `lower:` (a slice to the end).
    pub fn slice_from(self, lower: i64) -> ast::Expr {
        self.e(A::Slice {
            lower: Some(Box::new(self.int(lower))),
            upper: None,
            step: None,
        })
    }
}

impl Sema {
    /// Types `e` with `names` bound to the given locals and NumPy bound to [`NUMPY`], then
    /// restores the names' old bindings.
    pub(super) fn with_hidden_names<T>(
        &mut self,
        names: &[(&str, hir::LocalId)],
        f: impl FnOnce(&mut Sema) -> Result<T>,
    ) -> Result<T> {
        let mut saved = vec![(
            NUMPY.to_string(),
            self.env
                .insert(NUMPY.into(), Binding::Module(ModuleKind::NumPy)),
        )];
        for (n, id) in names {
            saved.push((
                n.to_string(),
                self.env.insert(n.to_string(), Binding::Local(*id)),
            ));
        }
        let r = f(self);
        for (n, old) in saved.into_iter().rev() {
            match old {
                Some(b) => self.env.insert(n, b),
                None => self.env.remove(&n),
            };
        }
        r
    }

    /// A new hidden local holding `e`, bound by a statement appended to `first`.
    pub(super) fn hidden_local(
        &mut self,
        e: hir::Expr,
        first: &mut Vec<hir::Stmt>,
    ) -> hir::LocalId {
        let tmp = self.new_local("<hidden>", e.ty.clone());
        self.locals[tmp].may_be_unbound = false;
        self.locals[tmp].python_or_numpy = self.has_dynamic_kind(&e);
        let span = e.span;
        first.push(hir::Stmt {
            kind: hir::StmtKind::Assign {
                local: tmp,
                value: e,
            },
            span,
        });
        tmp
    }

    /// Python's `sum(iterable)`: `0 + item0 + item1 + …` in order. Of an array that is its
    /// first axis added sequentially, which is `np.cumsum(x, axis=0)`'s last row (NumPy's
    /// cumsum adds in order), cast back to the dtype Python's additions keep (`0 + np.bool_`
    /// is an int64; `0 + np.int32` stays int32, and int64 sums cast to int32 wrap the same
    /// way), then `+ 0` for the leading `0 + item0` (which makes `-0.0` into `0.0`). A tuple
    /// is added item by item.
    pub(super) fn builtin_sum(&mut self, args: &[ast::Expr], span: Span) -> Result<hir::Expr> {
        if args.len() != 1 {
            return super::unsupported(span, "sum() with a start value (only sum(iterable))");
        }
        let b = Build(span);
        let v = self.expr(&args[0])?;
        let ty = v.ty.clone();
        let mut first = Vec::new();
        let id = self.hidden_local(v, &mut first);
        let x = "sum·iterable";
        let rewritten = match &ty {
            Ty::Array(a) if a.ndim() == 0 => {
                return err(span, SemaError::Custom("iteration over a 0-d array".into()))
            }
            Ty::Array(a) if a.shape[0] == 0 => b.int(0),
            Ty::Array(a) => {
                let dtype = match a.dtype {
                    DType::Bool => DType::I64,
                    d => d,
                };
                let cumsum = b.call(
                    b.np("cumsum"),
                    vec![b.name(x)],
                    vec![b.kw("axis", b.int(0))],
                );
                let last = b.index(cumsum, b.slice_from(-1));
                let cast = b.method(last, "astype", vec![b.str(dtype.name())]);
                b.binop(ast::BinOp::Add, b.index(cast, b.int(0)), b.int(0))
            }
            Ty::Tuple(items) => (0..items.len()).fold(b.int(0), |acc, i| {
                b.binop(ast::BinOp::Add, acc, b.index(b.name(x), b.int(i as i64)))
            }),
            other => {
                return err(
                    span,
                    SemaError::Custom(format!(
                        "'{}' object is not iterable",
                        super::py_type_name(other)
                    )),
                )
            }
        };
        let value = self.with_hidden_names(&[(x, id)], |s| s.expr(&rewritten))?;
        Ok(super::seq(first, value))
    }

    /// `np.count_nonzero(a, axis=None, keepdims=False)`: `np.sum(a != 0, ...)`, an int64
    /// (intp) scalar or array as NumPy 2 returns.
    pub(super) fn count_nonzero(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            "count_nonzero",
            &["a", "axis", "keepdims"],
            1,
            args,
            kwargs,
            span,
        )?;
        let b = Build(span);
        let v = self.expr(bound[0].unwrap())?;
        let mut first = Vec::new();
        let id = self.hidden_local(v, &mut first);
        let x = "count_nonzero·a";
        let nonzero = b.binop_cmp_ne_zero(b.name(x));
        let mut kw = Vec::new();
        let whole = bound[1].is_none_or(|a| a.kind == A::None);
        if let Some(a) = bound[1].filter(|_| !whole) {
            kw.push(b.kw("axis", a.clone()));
        }
        if let Some(k) = bound[2] {
            kw.push(b.kw("keepdims", k.clone()));
        }
        let rewritten = b.call(b.np("sum"), vec![nonzero], kw);
        let value = self.with_hidden_names(&[(x, id)], |s| s.expr(&rewritten))?;
        Ok(super::seq(first, value))
    }
}

impl Build {
    /// `x != 0`.
    fn binop_cmp_ne_zero(self, x: ast::Expr) -> ast::Expr {
        self.e(A::Compare {
            left: Box::new(x),
            rest: vec![(ast::CmpOp::NotEq, self.int(0))],
        })
    }
}

/// How `np.sort`/`np.argsort` was asked to sort.
struct SortArgs {
    /// `None` for `axis=None` (the flattened array).
    axis: Option<i64>,
    stable: bool,
}

impl Sema {
    /// `kind=`, `order=`, `stable=` and `axis=` of a sort (`params` from `bind_args`, after
    /// the array).
    fn sort_args(
        &mut self,
        name: &str,
        bound: &[Option<&ast::Expr>],
        span: Span,
    ) -> Result<SortArgs> {
        let axis = match bound[0] {
            None => Some(-1),
            Some(e) if e.kind == A::None => None,
            Some(e) => {
                let v = self.expr(e)?;
                match super::const_int(&v, &self.consts) {
                    Some(a) => Some(a),
                    None => {
                        return super::unsupported(
                            e.span,
                            format!("a {name} axis not known at compile time"),
                        )
                    }
                }
            }
        };
        let mut stable = false;
        if let Some(k) = bound[1] {
            match &k.kind {
                A::None => {}
                A::Str(s) if s == "quicksort" || s == "heapsort" => {}
                A::Str(s) if s == "stable" || s == "mergesort" => stable = true,
                A::Str(s) => {
                    return err(
                        k.span,
                        SemaError::Custom(format!(
                            "{name} kind must be one of 'quick', 'heap', or 'stable' (got '{s}')"
                        )),
                    )
                }
                _ => {
                    return super::unsupported(
                        k.span,
                        format!("this {name} kind (a string constant)"),
                    )
                }
            }
        }
        if let Some(o) = bound[2].filter(|o| o.kind != A::None) {
            return super::unsupported(o.span, format!("the order= argument of {name}"));
        }
        if let Some(s) = bound[3] {
            match s.kind {
                A::None | A::Bool(false) => {}
                A::Bool(true) => stable = true,
                _ => {
                    return super::unsupported(
                        s.span,
                        format!("this stable= of {name} (True, False or None)"),
                    )
                }
            }
        }
        let _ = span;
        Ok(SortArgs { axis, stable })
    }

    /// `np.sort(x, ...)` / `np.argsort(x, ...)` of the array `x`: a new array.
    fn sort_value(
        &mut self,
        x: hir::Expr,
        indices: bool,
        how: SortArgs,
        span: Span,
    ) -> Result<hir::Expr> {
        let name = if indices { "argsort" } else { "sort" };
        let Some(a) = x.ty.as_array().cloned() else {
            return super::unsupported(x.span, format!("np.{name} of a {}", x.ty));
        };
        if a.tensor.is_some() {
            return super::unsupported(x.span, format!("np.{name} of a tensor"));
        }
        let (x, a) = match how.axis {
            Some(_) => (x, a),
            None => {
                // `axis=None`: the flattened array.
                let mut first = Vec::new();
                let id = self.hidden_local(x, &mut first);
                let b = Build(span);
                let flat = b.method(b.name("sort·array"), "reshape", vec![b.int(-1)]);
                let v = self.with_hidden_names(&[("sort·array", id)], |s| s.expr(&flat))?;
                let a = v.ty.as_array().unwrap().clone();
                (super::seq(first, v), a)
            }
        };
        let axis = match how.axis {
            None => 0,
            Some(ax) => {
                if a.ndim() == 0 {
                    return err(span, SemaError::AxisOutOfBounds { axis: ax, ndim: 0 });
                }
                super::shape::normalize_axis(ax, a.ndim(), span)?
            }
        };
        let dtype = if indices { DType::I64 } else { a.dtype };
        let ty = Ty::Array(a.with(dtype, a.shape.clone()));
        Ok(super::mk(
            hir::ExprKind::Sort {
                arg: Box::new(x),
                axis,
                indices,
                stable: how.stable,
            },
            ty,
            span,
        ))
    }

    /// `np.sort(a, axis=-1, kind=None, order=None, *, stable=None)` and `np.argsort`.
    pub(super) fn sort_function(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            name,
            &["a", "axis", "kind", "order", "stable"],
            1,
            args,
            kwargs,
            span,
        )?;
        let x = self.expr(bound[0].unwrap())?;
        let how = self.sort_args(name, &bound[1..], span)?;
        self.sort_value(x, name == "argsort", how, span)
    }

    /// `x.argsort(...)` (a new array) and `x.sort(...)`, which sorts `x` in place (through a
    /// view too) and returns None.
    pub(super) fn sort_method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            name,
            &["axis", "kind", "order", "stable"],
            0,
            args,
            kwargs,
            span,
        )?;
        let how = self.sort_args(name, &bound, span)?;
        if name == "argsort" {
            return self.sort_value(recv, true, how, span);
        }
        let Some(a) = recv.ty.as_array().cloned() else {
            return super::unsupported(recv.span, format!("the method .sort() of a {}", recv.ty));
        };
        let Some(axis) = how.axis else {
            // NumPy's ndarray.sort has no flattening form.
            return err(
                span,
                SemaError::Custom("an integer is required for the axis".into()),
            );
        };
        if a.ndim() == 0 {
            return err(span, SemaError::AxisOutOfBounds { axis, ndim: 0 });
        }
        super::shape::normalize_axis(axis, a.ndim(), span)?;
        // `x[:] = np.sort(x, axis)`: the sorted copy written back into x's memory.
        let mut first = Vec::new();
        let id = self.hidden_local(recv, &mut first);
        let b = Build(span);
        let x = "sort·self";
        let kind = if how.stable { "stable" } else { "quicksort" };
        let sorted = b.call(
            b.np("sort"),
            vec![b.name(x)],
            vec![b.kw("axis", b.int(axis)), b.kw("kind", b.str(kind))],
        );
        let all = b.e(A::Slice {
            lower: None,
            upper: None,
            step: None,
        });
        let store = ast::Stmt {
            kind: ast::StmtKind::Assign {
                targets: vec![b.index(b.name(x), all)],
                value: sorted,
            },
            span,
        };
        self.with_hidden_names(&[(x, id)], |s| s.stmt(&store, &mut first))?;
        Ok(super::seq(
            first,
            super::mk(hir::ExprKind::None, Ty::None, span),
        ))
    }
}

impl Sema {
    /// `x[idx]` where `idx` is one expression: an integer array takes rows (`hir::Take`), a
    /// boolean array is a mask (unsupported until run-time shapes), anything else is an
    /// ordinary index (evaluated once).
    pub(super) fn array_index(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let iv = self.expr(index)?;
        let Some(ia) = iv.ty.as_array().cloned() else {
            let mut first = Vec::new();
            let index = if iv.has_effects() {
                let id = self.hidden_local(iv, &mut first);
                let name = "index·value";
                let b = Build(index.span);
                return self.with_hidden_names(&[(name, id)], |s| {
                    let v = s.indexed_read(base, &b.name(name), span)?;
                    Ok(super::seq(first, v))
                });
            } else {
                index
            };
            return self.indexed_read(base, index, span);
        };
        let a = base.ty.as_array().unwrap().clone();
        match ia.dtype {
            DType::I64 | DType::I32 => {}
            DType::Bool => {
                return super::unsupported(
                    index.span,
                    "boolean array indices (the result's shape depends on the values)",
                )
            }
            _ => {
                return err(
                    index.span,
                    SemaError::Custom(
                        "arrays used as indices must be of integer (or boolean) type".into(),
                    ),
                )
            }
        }
        if ia.tensor.is_some() {
            return super::unsupported(index.span, "indexing with tensors");
        }
        if a.ndim() == 0 {
            return err(index.span, SemaError::TooManyIndices { ndim: 0, given: 1 });
        }
        let mut shape = ia.shape.clone();
        shape.extend_from_slice(&a.shape[1..]);
        if shape.len() > super::ARRAY_DIM_LIMIT {
            return super::unsupported(span, "results with more than 8 dimensions");
        }
        let ty = Ty::Array(a.with(a.dtype, shape));
        Ok(super::mk(
            hir::ExprKind::Take {
                base: Box::new(base),
                indices: Box::new(iv),
            },
            ty,
            span,
        ))
    }
}
