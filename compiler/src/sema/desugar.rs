//! Python and NumPy functions that sema types by rewriting them into calls it already knows,
//! written as AST at the call's span: `sum(x)` and `np.count_nonzero(x)`. Operands are
//! evaluated once, into hidden locals the rewritten AST names; NumPy is reached through a
//! hidden module name. Each rewrite keeps NumPy's exact result (values, dtype, order of
//! additions); the doc comment of each says why it does.

use super::shape::bind_args;
use super::{err, Binding, Result, Sema, SemaError};
use crate::hir;
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{DType, Dim, ModuleKind, RunArrTy, Ty};

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
    /// `left OP right`.
    pub fn compare(self, left: ast::Expr, op: ast::CmpOp, right: ast::Expr) -> ast::Expr {
        self.e(A::Compare {
            left: Box::new(left),
            rest: vec![(op, right)],
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

/// An array sorted along one axis by [`Sema::ordered_along`].
struct Ordered {
    /// The array's type before sorting.
    a: crate::types::ArrTy,
    /// Whether the result of a reduction over the axis is a scalar.
    whole: bool,
    /// The sorted axis (0 for the flattened array).
    ax: usize,
    /// Its length.
    n: usize,
    /// The hidden local holding the sorted array.
    sorted: hir::LocalId,
}

impl Build {
    /// `:`.
    pub fn all(self) -> ast::Expr {
        self.e(A::Slice {
            lower: None,
            upper: None,
            step: None,
        })
    }
    /// `name[:, ..., :, at]` with `at` the index of axis `axis`.
    pub fn at_axis(self, name: &str, axis: usize, at: ast::Expr) -> ast::Expr {
        let mut items: Vec<ast::Expr> = (0..axis).map(|_| self.all()).collect();
        items.push(at);
        self.index(self.name(name), self.tuple(items))
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
        let tmp = self.new_local("<value>", e.ty.clone());
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

    /// Types `rewritten` with `names` bound, after the statements in `first`.
    pub(super) fn type_rewrite(
        &mut self,
        names: &[(&str, hir::LocalId)],
        first: Vec<hir::Stmt>,
        rewritten: &ast::Expr,
    ) -> Result<hir::Expr> {
        let value = self.with_hidden_names(names, |s| s.expr(rewritten))?;
        Ok(super::seq(first, value))
    }

    /// The array argument `a_e` of `np.{name}`, sorted along `axis_e` (all of it, flattened,
    /// for `None`) into a hidden local: NumPy partitions there, and the values at the positions
    /// it partitions at are the sorted ones (`np.sort` stops where they could differ).
    fn ordered_along(
        &mut self,
        name: &str,
        a_e: &ast::Expr,
        axis_e: Option<&ast::Expr>,
        span: Span,
        first: &mut Vec<hir::Stmt>,
    ) -> Result<Ordered> {
        let b = Build(span);
        let x = self.expr(a_e)?;
        let Some(a) = x.ty.as_array().cloned().filter(|a| a.tensor.is_none()) else {
            return super::unsupported(x.span, format!("np.{name} of a {}", x.ty));
        };
        let x_id = self.hidden_local(x, first);
        let axis = match axis_e.filter(|e| e.kind != A::None) {
            None => None,
            Some(e) => {
                let v = self.expr(e)?;
                let Some(ax) = super::const_int(&v, &self.consts) else {
                    return super::unsupported(
                        e.span,
                        format!("a {name} axis not known at compile time"),
                    );
                };
                Some(super::shape::normalize_axis(ax, a.ndim(), e.span)?)
            }
        };
        let (n, ax) = match axis {
            None => (a.shape.iter().product::<usize>(), 0),
            Some(ax) => (a.shape[ax], ax),
        };
        if n == 0 {
            return super::unsupported(span, format!("np.{name} of an empty array"));
        }
        let axis_arg = axis.map_or(b.e(A::None), |ax| b.int(ax as i64));
        let sort = b.call(
            b.np("sort"),
            vec![b.name("ordered·a")],
            vec![b.kw("axis", axis_arg)],
        );
        let sorted = self.with_hidden_names(&[("ordered·a", x_id)], |s| s.expr(&sort))?;
        let sorted = self.hidden_local(sorted, first);
        let whole = axis.is_none() || a.ndim() == 1;
        Ok(Ordered {
            a,
            whole,
            ax,
            n,
            sorted,
        })
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
                return err(
                    span,
                    SemaError::Py(PyExc::TypeError, "iteration over a 0-d array".into()),
                )
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
                    SemaError::Py(
                        PyExc::TypeError,
                        format!("'{}' object is not iterable", super::py_type_name(other)),
                    ),
                )
            }
        };
        self.type_rewrite(&[(x, id)], first, &rewritten)
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
        let nonzero = b.compare(b.name(x), ast::CmpOp::NotEq, b.int(0));
        let mut kw = Vec::new();
        if let Some(a) = bound[1].filter(|a| a.kind != A::None) {
            kw.push(b.kw("axis", a.clone()));
        }
        if let Some(k) = bound[2] {
            kw.push(b.kw("keepdims", k.clone()));
        }
        let rewritten = b.call(b.np("sum"), vec![nonzero], kw);
        self.type_rewrite(&[(x, id)], first, &rewritten)
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
                        SemaError::Py(
                            PyExc::ValueError,
                            format!(
                            "{name} kind must be one of 'quick', 'heap', or 'stable' (got '{s}')"
                        ),
                        ),
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
                SemaError::Py(
                    PyExc::TypeError,
                    "an integer is required for the axis".into(),
                ),
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
        let all = b.all();
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
    /// boolean array is a mask (`mask_take`), anything else is an ordinary index (evaluated
    /// once).
    pub(super) fn array_index(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let iv = self.expr(index)?;
        let Some((idtype, idims)) = crate::types::dims_of(&iv.ty) else {
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
        let tensor = |t: &Ty| t.as_array().is_some_and(|a| a.tensor.is_some());
        if tensor(&iv.ty) {
            return super::unsupported(index.span, "indexing with tensors");
        }
        if idtype == DType::Bool {
            return self.mask_take(base, iv, span);
        }
        let Some((dtype, dims)) = crate::types::dims_of(&base.ty).filter(|_| !tensor(&base.ty))
        else {
            return super::unsupported(
                index.span,
                format!("integer array indices into a {}", base.ty),
            );
        };
        if !idtype.is_int() {
            return err(
                index.span,
                SemaError::Py(
                    PyExc::IndexError,
                    "arrays used as indices must be of integer (or boolean) type".into(),
                ),
            );
        }
        if dims.is_empty() {
            return err(index.span, SemaError::TooManyIndices { ndim: 0, given: 1 });
        }
        let mut rdims = idims;
        rdims.extend_from_slice(&dims[1..]);
        if rdims.len() > super::ARRAY_DIM_LIMIT {
            return super::unsupported(span, "results with more than 8 dimensions");
        }
        // Static when both are: the runtime's `arrc_take` checks each index and sizes the
        // result from the headers either way.
        let ty = RunArrTy { dtype, dims: rdims }.into_ty();
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

impl Sema {
    /// `np.diff(a, n=1, axis=-1)`: NumPy's loop of `a[..., 1:] - a[..., :-1]` along `axis`
    /// (`!=` for booleans), `n` times; `n=0` is `a` itself.
    pub(super) fn diff(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            "diff",
            &["a", "n", "axis", "prepend", "append"],
            1,
            args,
            kwargs,
            span,
        )?;
        if bound[3].is_some() || bound[4].is_some() {
            return super::unsupported(span, "np.diff with prepend= or append=");
        }
        let b = Build(span);
        let v = self.expr(bound[0].unwrap())?;
        let Some((dtype, dims)) = crate::types::dims_of(&v.ty) else {
            return super::unsupported(span, format!("np.diff of a {}", v.ty));
        };
        let mut int_arg = |e: Option<&ast::Expr>, default: i64, what: &str| -> Result<i64> {
            let Some(e) = e else { return Ok(default) };
            let v = self.expr(e)?;
            super::const_int(&v, &self.consts).ok_or(()).or_else(|_| {
                super::unsupported(e.span, format!("a diff {what} not known at compile time"))
            })
        };
        let n = int_arg(bound[1], 1, "order")?;
        let axis = int_arg(bound[2], -1, "axis")?;
        if n < 0 {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    format!("order must be non-negative but got {n}"),
                ),
            );
        }
        if dims.is_empty() {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    "diff requires input that is at least one dimensional".into(),
                ),
            );
        }
        let axis = super::shape::normalize_axis(axis, dims.len(), span)?;
        let mut first = Vec::new();
        let id = self.hidden_local(v, &mut first);
        let x = "diff·a";
        let mut e = b.name(x);
        let op = if dtype == DType::Bool {
            None
        } else {
            Some(ast::BinOp::Sub)
        };
        for _ in 0..n {
            let upper = b.e(A::Slice {
                lower: Some(Box::new(b.int(1))),
                upper: None,
                step: None,
            });
            let lower = b.e(A::Slice {
                lower: None,
                upper: Some(Box::new(b.int(-1))),
                step: None,
            });
            let at = |i: ast::Expr, e: &ast::Expr| {
                let mut items: Vec<ast::Expr> = (0..axis).map(|_| b.all()).collect();
                items.push(i);
                b.index(e.clone(), b.tuple(items))
            };
            let (hi, lo) = (at(upper, &e), at(lower, &e));
            e = match op {
                Some(op) => b.binop(op, hi, lo),
                None => b.compare(hi, ast::CmpOp::NotEq, lo),
            };
        }
        self.type_rewrite(&[(x, id)], first, &e)
    }

    /// `x[mask]`: the elements (or, for a mask over the first axes, the sub-arrays) where
    /// `mask` is true, in C order; a new array whose first extent is the count of trues, known
    /// only at run time. A mask whose extents differ from `x`'s raises NumPy's IndexError when
    /// the read runs (`arrc_mask_take`), after what the program printed before, as NumPy does.
    pub(super) fn mask_take(
        &mut self,
        base: hir::Expr,
        mask: hir::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let Some((dtype, xd)) = crate::types::dims_of(&base.ty) else {
            return super::unsupported(span, format!("a boolean index into a {}", base.ty));
        };
        if base.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
            return super::unsupported(span, "boolean indices into tensors");
        }
        let (_, md) = crate::types::dims_of(&mask.ty).unwrap();
        if md.len() > xd.len() {
            return err(
                mask.span,
                SemaError::TooManyIndices {
                    ndim: xd.len(),
                    given: md.len(),
                },
            );
        }
        if md.is_empty() {
            return super::unsupported(mask.span, "a 0-d boolean index");
        }
        let mut dims = vec![Dim::Run];
        dims.extend_from_slice(&xd[md.len()..]);
        Ok(super::mk(
            hir::ExprKind::MaskTake {
                base: Box::new(base),
                mask: Box::new(mask),
            },
            Ty::RunArray(RunArrTy { dtype, dims }),
            span,
        ))
    }

    /// Evaluates each argument once into a hidden local named `name·K`; the AST names.
    fn hidden_args(
        &mut self,
        name: &str,
        args: &[&ast::Expr],
        first: &mut Vec<hir::Stmt>,
    ) -> Result<Vec<(String, hir::LocalId, Ty)>> {
        let mut out = Vec::new();
        for (k, a) in args.iter().enumerate() {
            let v = self.expr(a)?;
            let ty = v.ty.clone();
            let id = self.hidden_local(v, first);
            out.push((format!("{name}·{k}"), id, ty));
        }
        Ok(out)
    }

    /// Types `rewritten` with the hidden arguments bound, after their statements.
    fn with_args(
        &mut self,
        args: &[(String, hir::LocalId, Ty)],
        first: Vec<hir::Stmt>,
        rewritten: &ast::Expr,
    ) -> Result<hir::Expr> {
        let names: Vec<(&str, hir::LocalId)> =
            args.iter().map(|(n, id, _)| (n.as_str(), *id)).collect();
        self.type_rewrite(&names, first, rewritten)
    }

    /// `np.meshgrid(x1, x2, ..., indexing='xy')` of 1-D arrays: a tuple of full arrays (NumPy
    /// copies by default), `x_k` varying along its output axis: axis `k`, except that `'xy'`
    /// swaps the first two. Each is `x_k` reshaped to that axis times ones of the full shape,
    /// which keeps every value (`-0.0` and NaN too) and the dtype.
    pub(super) fn meshgrid(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let mut xy = true;
        for kw in kwargs {
            match (kw.name.as_str(), &kw.value.kind) {
                ("indexing", A::Str(s)) if s == "xy" || s == "ij" => xy = s == "xy",
                ("indexing", _) => {
                    return err(
                        kw.value.span,
                        SemaError::Py(
                            PyExc::ValueError,
                            "Valid values for `indexing` are 'xy' and 'ij'.".into(),
                        ),
                    )
                }
                ("copy", A::Bool(true)) | ("sparse", A::Bool(false)) => {}
                _ => {
                    return super::unsupported(
                        kw.span,
                        format!("the {}= argument of np.meshgrid", kw.name),
                    )
                }
            }
        }
        let mut first = Vec::new();
        let refs: Vec<&ast::Expr> = args.iter().collect();
        let hidden = self.hidden_args("meshgrid", &refs, &mut first)?;
        let mut lens = Vec::new();
        for (k, (_, _, ty)) in hidden.iter().enumerate() {
            match ty.as_array() {
                Some(a) if a.ndim() == 1 && a.tensor.is_none() => lens.push(a.shape[0]),
                _ => {
                    return super::unsupported(
                        args[k].span,
                        "np.meshgrid of arguments other than 1-D arrays",
                    )
                }
            }
        }
        let n = lens.len();
        // Output axis of argument k.
        let axis_of = |k: usize| if xy && n >= 2 && k < 2 { 1 - k } else { k };
        let mut shape = vec![0usize; n];
        for k in 0..n {
            shape[axis_of(k)] = lens[k];
        }
        let b = Build(span);
        let dims =
            |f: &dyn Fn(usize) -> usize| b.tuple((0..n).map(|d| b.int(f(d) as i64)).collect());
        let items = (0..n)
            .map(|k| {
                let dtype = hidden[k].2.as_array().unwrap().dtype;
                let col = b.method(
                    b.name(&hidden[k].0),
                    "reshape",
                    vec![dims(&|d| if d == axis_of(k) { lens[k] } else { 1 })],
                );
                let ones = b.call(
                    b.np("ones"),
                    vec![dims(&|d| shape[d])],
                    vec![b.kw("dtype", b.str(dtype.name()))],
                );
                b.binop(ast::BinOp::Mul, col, ones)
            })
            .collect();
        self.with_args(&hidden, first, &b.tuple(items))
    }

    /// `np.atleast_2d(a, ...)`: a 1-D array viewed as one row, 2-D and more as they are, a
    /// scalar or 0-d array as a 1×1 array; several arguments give a tuple.
    pub(super) fn atleast_2d(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(kw) = kwargs.first() {
            return err(
                kw.span,
                SemaError::UnexpectedKeyword("atleast_2d".into(), kw.name.clone()),
            );
        }
        let mut first = Vec::new();
        let refs: Vec<&ast::Expr> = args.iter().collect();
        let hidden = self.hidden_args("atleast_2d", &refs, &mut first)?;
        let b = Build(span);
        let mut items = Vec::new();
        for (k, (name, _, ty)) in hidden.iter().enumerate() {
            let x = b.name(name);
            items.push(match ty.as_array().map(|a| a.ndim()) {
                Some(1) => b.index(x, b.tuple(vec![b.e(A::None), b.all()])),
                Some(0) => b.method(x, "reshape", vec![b.tuple(vec![b.int(1), b.int(1)])]),
                Some(_) => x,
                None if ty.is_scalar() => b.call(
                    b.np("full"),
                    vec![b.tuple(vec![b.int(1), b.int(1)]), x],
                    vec![],
                ),
                None => {
                    return super::unsupported(args[k].span, format!("np.atleast_2d of a {ty}"))
                }
            });
        }
        let rewritten = if items.len() == 1 {
            items.pop().unwrap()
        } else {
            b.tuple(items)
        };
        self.with_args(&hidden, first, &rewritten)
    }

    /// `np.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)` as NumPy writes it:
    /// `abs(x - y) <= atol + rtol * abs(y)` where `y` is finite, or `x == y`, with `y` made
    /// a float first (NumPy's `result_type(y, 1.0)`); `np.allclose` is `bool(np.all(...))`.
    /// Where `y` is inf or NaN a finite stand-in replaces it in the masked-out part, so no
    /// invalid-value warning appears where NumPy's `errstate(invalid='ignore')` hides it.
    pub(super) fn isclose(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            name,
            &["a", "b", "rtol", "atol", "equal_nan"],
            2,
            args,
            kwargs,
            span,
        )?;
        let b = Build(span);
        let mut first = Vec::new();
        let refs: Vec<&ast::Expr> = bound.iter().take(4).flatten().copied().collect();
        let hidden = self.hidden_args(name, &refs, &mut first)?;
        if hidden.iter().any(|h| super::complex::is_complex(&h.2)) {
            return super::unsupported(span, format!("np.{name} of complex numbers"));
        }
        let arg = |k: usize| b.name(&hidden[k].0);
        let rtol = if bound[2].is_some() {
            arg(2)
        } else {
            b.e(A::Float(1e-05))
        };
        let atol = match (bound[2].is_some(), bound[3].is_some()) {
            (_, false) => b.e(A::Float(1e-08)),
            (true, true) => arg(3),
            (false, true) => arg(2),
        };
        let y_float = match &hidden[1].2 {
            Ty::Array(a) if !matches!(a.dtype, DType::F64 | DType::F32) => {
                b.method(arg(1), "astype", vec![b.str("float64")])
            }
            Ty::Int | Ty::Bool => b.call(b.name("float"), vec![arg(1)], vec![]),
            _ => arg(1),
        };
        let y = || y_float.clone();
        let absolute = |e: ast::Expr| b.call(b.np("abs"), vec![e], vec![]);
        // NumPy computes under `errstate(invalid='ignore')`; where `y` is not finite the
        // comparison is masked out anyway, so a finite stand-in there raises no warning.
        let y_array = hidden[1].2.as_array().is_some();
        let finite_y = || {
            if !y_array {
                return y();
            }
            b.call(
                b.np("where"),
                vec![
                    b.call(b.np("isfinite"), vec![y()], vec![]),
                    y(),
                    b.e(A::Float(0.0)),
                ],
                vec![],
            )
        };
        let diff = absolute(b.binop(ast::BinOp::Sub, arg(0), finite_y()));
        let tol = b.binop(
            ast::BinOp::Add,
            atol,
            b.binop(ast::BinOp::Mul, rtol, absolute(finite_y())),
        );
        let within = b.compare(diff, ast::CmpOp::LtE, tol);
        let finite = b.call(b.np("isfinite"), vec![y()], vec![]);
        let equal = b.compare(arg(0), ast::CmpOp::Eq, y());
        let mut result = b.binop(
            ast::BinOp::BitOr,
            b.binop(ast::BinOp::BitAnd, within, finite),
            equal,
        );
        if let Some(e) = bound[4] {
            match e.kind {
                A::Bool(false) => {}
                A::Bool(true) => {
                    let nan = |e: ast::Expr| b.call(b.np("isnan"), vec![e], vec![]);
                    result = b.binop(
                        ast::BinOp::BitOr,
                        result,
                        b.binop(ast::BinOp::BitAnd, nan(arg(0)), nan(y())),
                    );
                }
                _ => {
                    return super::unsupported(
                        e.span,
                        format!("equal_nan= of np.{name} other than True or False"),
                    )
                }
            }
        }
        let any_array = hidden[..2].iter().any(|h| h.2.as_array().is_some());
        let rewritten = if name == "allclose" && any_array {
            b.call(
                b.name("bool"),
                vec![b.call(b.np("all"), vec![result], vec![])],
                vec![],
            )
        } else if name == "allclose" {
            b.call(b.name("bool"), vec![result], vec![])
        } else {
            result
        };
        self.with_args(&hidden, first, &rewritten)
    }

    /// `np.array_equal(a1, a2)`: `False` for other shapes, else `bool((a1 == a2).all())`.
    pub(super) fn array_equal(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args("array_equal", &["a1", "a2"], 2, args, kwargs, span)?;
        let mut first = Vec::new();
        let refs: Vec<&ast::Expr> = bound.iter().flatten().copied().collect();
        let hidden = self.hidden_args("array_equal", &refs, &mut first)?;
        let shape = |t: &Ty| t.as_array().map_or(Vec::new(), |a| a.shape.clone());
        let b = Build(span);
        let rewritten = if shape(&hidden[0].2) != shape(&hidden[1].2) {
            b.e(A::Bool(false))
        } else {
            let eq = b.compare(b.name(&hidden[0].0), ast::CmpOp::Eq, b.name(&hidden[1].0));
            b.call(
                b.name("bool"),
                vec![b.call(b.np("all"), vec![eq], vec![])],
                vec![],
            )
        };
        self.with_args(&hidden, first, &rewritten)
    }
}

impl Sema {
    /// `np.median(a, axis=None)` as NumPy's `_median` computes it: the array ordered along the
    /// axis (NumPy partitions; the middle values are the sorted ones, and `np.sort` stops where
    /// the two could differ), the mean of the middle one or two (`np.mean`, so the dtype and
    /// the rounding are NumPy's), and for floats the NaN from the end wherever there is one.
    pub(super) fn median(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            "median",
            &["a", "axis", "out", "overwrite_input", "keepdims"],
            1,
            args,
            kwargs,
            span,
        )?;
        for (k, what) in [(2, "out"), (4, "keepdims")] {
            if let Some(e) = bound[k].filter(|e| !matches!(e.kind, A::None | A::Bool(false))) {
                return super::unsupported(e.span, format!("the {what}= argument of np.median"));
            }
        }
        let b = Build(span);
        let mut first = Vec::new();
        let o = self.ordered_along("median", bound[0].unwrap(), bound[1], span, &mut first)?;
        let at = |i: ast::Expr| b.at_axis("median·s", o.ax, i);
        let h = (o.n / 2) as i64;
        let lower = if o.n % 2 == 1 { h } else { h - 1 };
        let middle = b.e(A::Slice {
            lower: Some(Box::new(b.int(lower))),
            upper: Some(Box::new(b.int(h + 1))),
            step: None,
        });
        let mean = b.call(
            b.np("mean"),
            vec![at(middle)],
            vec![b.kw("axis", b.int(o.ax as i64))],
        );
        let rewritten = if matches!(o.a.dtype, DType::F64 | DType::F32) {
            let last = || at(b.int(-1));
            let is_nan = b.call(b.np("isnan"), vec![last()], vec![]);
            if o.whole {
                b.e(A::IfExp {
                    test: Box::new(is_nan),
                    body: Box::new(last()),
                    orelse: Box::new(mean),
                })
            } else {
                b.call(b.np("where"), vec![is_nan, last(), mean], vec![])
            }
        } else {
            mean
        };
        self.type_rewrite(&[("median·s", o.sorted)], first, &rewritten)
    }
}

impl Sema {
    /// Python's `min(x)` / `max(x)` of an array: its items in order, each replacing the result
    /// when strictly smaller (greater). So a NaN first is the result, NaNs later are skipped,
    /// and among equal values (`0.0`, `-0.0`) the first stays: `x[0]` if it is NaN, else the
    /// first item equal to the extremum of the non-NaN items. Of an N-D array the items are
    /// rows, which Python cannot compare when there are two or more.
    pub(super) fn min_max_of_array(
        &mut self,
        name: &str,
        x: hir::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let a = x.ty.as_array().unwrap().clone();
        if a.ndim() == 0 {
            return err(
                span,
                SemaError::Py(PyExc::TypeError, "iteration over a 0-d array".into()),
            );
        }
        if a.shape[0] == 0 {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    format!("{name}() arg is an empty sequence"),
                ),
            );
        }
        let b = Build(span);
        let mut first = Vec::new();
        let id = self.hidden_local(x, &mut first);
        let v = || b.name("minmax·x");
        let rewritten = if a.ndim() > 1 {
            if a.shape[0] > 1 {
                return err(
                    span,
                    SemaError::Py(PyExc::ValueError, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()".into()),
                );
            }
            b.index(v(), b.int(0))
        } else if matches!(a.dtype, DType::F64 | DType::F32) {
            let stand_in = if name == "min" {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
            let stand_in = b.e(A::Float(stand_in));
            let is_nan = |e: ast::Expr| b.call(b.np("isnan"), vec![e], vec![]);
            let cleaned = b.call(b.np("where"), vec![is_nan(v()), stand_in, v()], vec![]);
            let extremum = b.call(b.np(name), vec![cleaned], vec![]);
            let hits = b.compare(v(), ast::CmpOp::Eq, extremum);
            let first_hit = b.index(v(), b.call(b.np("argmax"), vec![hits], vec![]));
            b.e(A::IfExp {
                test: Box::new(is_nan(b.index(v(), b.int(0)))),
                body: Box::new(b.index(v(), b.int(0))),
                orelse: Box::new(first_hit),
            })
        } else {
            b.call(b.np(name), vec![v()], vec![])
        };
        self.type_rewrite(&[("minmax·x", id)], first, &rewritten)
    }
}

impl Sema {
    /// `np.diag(v, k=0)`: of a 1-D array the square matrix with `v` on diagonal `k` (zeros of
    /// `v`'s dtype elsewhere), of a 2-D array its diagonal `k` (see [`Sema::diagonal`]).
    pub(super) fn diag(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args("diag", &["v", "k"], 1, args, kwargs, span)?;
        let v = self.expr(bound[0].unwrap())?;
        let k = self.offset_arg(bound[1])?;
        let Some(a) = v.ty.as_array().cloned().filter(|a| a.tensor.is_none()) else {
            return super::unsupported(v.span, format!("np.diag of a {}", v.ty));
        };
        match a.ndim() {
            2 => return self.diagonal(v, k, span),
            1 => {}
            _ => {
                return err(
                    span,
                    SemaError::Py(PyExc::ValueError, "Input must be 1- or 2-d.".into()),
                )
            }
        }
        let n = a.shape[0] as i64;
        let size = n + k.abs();
        let b = Build(span);
        let mut first = Vec::new();
        let id = self.hidden_local(v, &mut first);
        let grid = |shape: (i64, i64)| {
            b.method(
                b.call(b.np("arange"), vec![b.int(size)], vec![]),
                "reshape",
                vec![b.tuple(vec![b.int(shape.0), b.int(shape.1)])],
            )
        };
        let (rows, cols) = (grid((size, 1)), grid((1, size)));
        // out[i, j] = v[i] where j - i == k >= 0, v[j] where k < 0.
        let on = b.compare(
            b.binop(ast::BinOp::Sub, cols.clone(), rows.clone()),
            ast::CmpOp::Eq,
            b.int(k),
        );
        let along = if k >= 0 { rows } else { cols };
        let clipped = b.call(b.np("minimum"), vec![along, b.int((n - 1).max(0))], vec![]);
        let values = b.index(b.name("diag·v"), clipped);
        let zero = b.call(
            b.np("zeros"),
            vec![b.tuple(vec![b.int(1), b.int(1)])],
            vec![b.kw("dtype", b.str(a.dtype.name()))],
        );
        let rewritten = if n == 0 {
            b.call(
                b.np("zeros"),
                vec![b.tuple(vec![b.int(size), b.int(size)])],
                vec![b.kw("dtype", b.str(a.dtype.name()))],
            )
        } else {
            b.call(b.np("where"), vec![on, values, zero], vec![])
        };
        self.type_rewrite(&[("diag·v", id)], first, &rewritten)
    }

    /// An `offset`/`k` argument: an int known at compile time (0 when absent).
    pub(super) fn offset_arg(&mut self, e: Option<&ast::Expr>) -> Result<i64> {
        let Some(e) = e else { return Ok(0) };
        let v = self.expr(e)?;
        match super::const_int(&v, &self.consts) {
            Some(k) => Ok(k),
            None => super::unsupported(e.span, "a diagonal offset not known at compile time"),
        }
    }

    /// `np.diagonal(a, offset=0)`, `a.diagonal(offset=0)`: `a[i, i + offset]` of a 2-D array,
    /// as a new 1-D array (NumPy gives a read-only view: the values are the same).
    pub(super) fn diagonal(&mut self, x: hir::Expr, offset: i64, span: Span) -> Result<hir::Expr> {
        let Some(a) = x.ty.as_array().cloned().filter(|a| a.tensor.is_none()) else {
            return super::unsupported(x.span, format!("the diagonal of a {}", x.ty));
        };
        if a.ndim() != 2 {
            if a.ndim() < 2 {
                return err(
                    span,
                    SemaError::Py(
                        PyExc::ValueError,
                        "diag requires an array of at least two dimensions".into(),
                    ),
                );
            }
            return super::unsupported(span, "the diagonal of an array of more than 2 dimensions");
        }
        let (rows, cols) = (a.shape[0] as i64, a.shape[1] as i64);
        let (start_row, start_col) = if offset >= 0 {
            (0, offset)
        } else {
            (-offset, 0)
        };
        let len = (rows - start_row).min(cols - start_col).max(0);
        let b = Build(span);
        let mut first = Vec::new();
        let id = self.hidden_local(x, &mut first);
        let flat = b.method(b.name("diagonal·a"), "reshape", vec![b.int(-1)]);
        let rewritten = if len == 0 {
            b.call(
                b.np("zeros"),
                vec![b.int(0)],
                vec![b.kw("dtype", b.str(a.dtype.name()))],
            )
        } else {
            // Flat positions start_row * cols + start_col + t * (cols + 1).
            let steps = b.binop(
                ast::BinOp::Mul,
                b.call(b.np("arange"), vec![b.int(len)], vec![]),
                b.int(cols + 1),
            );
            let idx = b.binop(ast::BinOp::Add, steps, b.int(start_row * cols + start_col));
            b.index(flat, idx)
        };
        self.type_rewrite(&[("diagonal·a", id)], first, &rewritten)
    }
}

impl Sema {
    /// `np.percentile(a, q, axis=None)` and `np.quantile(a, q, axis=None)` with the default
    /// `method='linear'`, as NumPy's `_quantile` computes them: for each `q` (a number or a
    /// list of numbers known at compile time) the virtual index `(n - 1) * q` (`q / 100` for
    /// percentiles), its floor and the next index (clipped as `_get_indexes` clips them), the
    /// weight `gamma = index - floor`, and NumPy's `_lerp` of the two ordered values:
    /// `a + (b - a) * gamma`, or `b - (b - a) * (1 - gamma)` when `gamma >= 0.5`. A scalar `q`
    /// is a weak Python float (a float32 array gives float32), a list gives float64; a lane
    /// holding a NaN gives that NaN.
    pub(super) fn quantile(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            name,
            &[
                "a",
                "q",
                "axis",
                "out",
                "overwrite_input",
                "method",
                "keepdims",
            ],
            2,
            args,
            kwargs,
            span,
        )?;
        for (k, what) in [(3, "out"), (6, "keepdims")] {
            if let Some(e) = bound[k].filter(|e| !matches!(e.kind, A::None | A::Bool(false))) {
                return super::unsupported(e.span, format!("the {what}= argument of np.{name}"));
            }
        }
        if let Some(m) = bound[5].filter(|m| !matches!(&m.kind, A::Str(s) if s == "linear")) {
            return super::unsupported(m.span, format!("np.{name} methods other than 'linear'"));
        }
        let q_e = bound[1].unwrap();
        let (qs, weak) = match quantile_constants(q_e) {
            Some(q) => q,
            None => {
                return super::unsupported(
                    q_e.span,
                    format!("a q of np.{name} other than numbers or a list of numbers written out"),
                )
            }
        };
        let percent = name == "percentile";
        let qs: Vec<f64> = qs
            .iter()
            .map(|&q| if percent { q / 100.0 } else { q })
            .collect();
        if qs.iter().any(|q| !(0.0..=1.0).contains(q)) {
            let msg = if percent {
                "Percentiles must be in the range [0, 100]"
            } else {
                "Quantiles must be in the range [0, 1]"
            };
            return err(q_e.span, SemaError::value(msg));
        }
        let b = Build(span);
        let mut first = Vec::new();
        let o = self.ordered_along(name, bound[0].unwrap(), bound[2], span, &mut first)?;
        let (a, n, whole) = (o.a.clone(), o.n, o.whole);
        let at = |i: i64| b.at_axis("quantile·s", o.ax, b.int(i));
        // gamma as NumPy holds it: a weak Python float for a scalar q, else float64.
        let weight = |g: f64| {
            let lit = b.e(A::Float(g));
            if weak {
                lit
            } else {
                b.call(b.np("float64"), vec![lit], vec![])
            }
        };
        let float = matches!(a.dtype, DType::F64 | DType::F32);
        let mut results = Vec::new();
        for &q in &qs {
            let v = (n as f64 - 1.0) * q;
            let (mut prev, mut next) = (v.floor(), v.floor() + 1.0);
            if v >= n as f64 - 1.0 {
                (prev, next) = (-1.0, -1.0);
            }
            if v < 0.0 {
                (prev, next) = (0.0, 0.0);
            }
            let gamma = v - prev;
            let (lo, hi) = (at(prev as i64), at(next as i64));
            let diff = b.binop(ast::BinOp::Sub, hi.clone(), lo.clone());
            let mut r = if gamma >= 0.5 {
                b.binop(
                    ast::BinOp::Sub,
                    hi,
                    b.binop(ast::BinOp::Mul, diff, weight(1.0 - gamma)),
                )
            } else {
                b.binop(
                    ast::BinOp::Add,
                    lo,
                    b.binop(ast::BinOp::Mul, diff, weight(gamma)),
                )
            };
            if float {
                let last = at(-1);
                let is_nan = b.call(b.np("isnan"), vec![last.clone()], vec![]);
                r = if whole {
                    let nan = if !weak && a.dtype == DType::F32 {
                        b.call(b.np("float64"), vec![last], vec![])
                    } else {
                        last
                    };
                    b.e(A::IfExp {
                        test: Box::new(is_nan),
                        body: Box::new(nan),
                        orelse: Box::new(r),
                    })
                } else {
                    b.call(b.np("where"), vec![is_nan, last, r], vec![])
                };
            }
            results.push(r);
        }
        let rewritten = if weak {
            results.pop().unwrap()
        } else if whole {
            b.call(b.np("array"), vec![b.e(A::List(results))], vec![])
        } else {
            b.call(b.np("stack"), vec![b.e(A::List(results))], vec![])
        };
        self.type_rewrite(&[("quantile·s", o.sorted)], first, &rewritten)
    }
}

/// The q of a quantile written as a number (weak: a Python scalar) or a list/tuple of
/// numbers.
fn quantile_constants(e: &ast::Expr) -> Option<(Vec<f64>, bool)> {
    fn number(e: &ast::Expr) -> Option<f64> {
        match &e.kind {
            A::Int(i) => Some(*i as f64),
            A::Float(f) => Some(*f),
            A::UnaryOp {
                op: ast::UnaryOp::Neg,
                operand,
            } => number(operand).map(|v| -v),
            _ => None,
        }
    }
    match &e.kind {
        A::List(items) | A::Tuple(items) if !items.is_empty() => {
            Some((items.iter().map(number).collect::<Option<Vec<_>>>()?, false))
        }
        _ => Some((vec![number(e)?], true)),
    }
}

impl Sema {
    /// `np.unravel_index(i, shape)` of an int known at compile time: the tuple of int64
    /// coordinates of flat index `i` in C order, or NumPy's error for an index outside the
    /// array.
    pub(super) fn unravel_index(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            "unravel_index",
            &["indices", "shape", "order"],
            2,
            args,
            kwargs,
            span,
        )?;
        if let Some(o) = bound[2].filter(|o| !matches!(&o.kind, A::Str(s) if s == "C")) {
            return super::unsupported(o.span, "unravel_index orders other than 'C'");
        }
        let i_e = bound[0].unwrap();
        let iv = self.expr(i_e)?;
        let Some(i) = super::const_int(&iv, &self.consts) else {
            return super::unsupported(
                i_e.span,
                "np.unravel_index of an index not known at compile time",
            );
        };
        let shape = self.shape_arg(bound[1].unwrap())?;
        let size: usize = shape.iter().product();
        if i < 0 || i as usize >= size {
            return err(
                i_e.span,
                SemaError::Py(
                    PyExc::ValueError,
                    format!("index {i} is out of bounds for array with size {size}"),
                ),
            );
        }
        let b = Build(span);
        let mut rest = i as usize;
        let mut coords = vec![0usize; shape.len()];
        for (k, &d) in shape.iter().enumerate().rev() {
            coords[k] = rest % d;
            rest /= d;
        }
        let items = coords
            .iter()
            .map(|&c| b.call(b.np("int64"), vec![b.int(c as i64)], vec![]))
            .collect();
        self.with_hidden_names(&[], |s| s.expr(&b.tuple(items)))
    }
}

impl Sema {
    /// `np.pad(a, pad_width, mode='constant', constant_values=0)`: a new array of `a`'s dtype,
    /// each axis widened by its (before, after) widths, filled with the constant (cast to
    /// `a`'s dtype, as NumPy's `np.full` of the result does) and `a` written in the middle.
    pub(super) fn pad(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args(
            "pad",
            &["array", "pad_width", "mode", "constant_values"],
            2,
            args,
            kwargs,
            span,
        )?;
        if let Some(m) = bound[2].filter(|m| !matches!(&m.kind, A::Str(s) if s == "constant")) {
            return super::unsupported(m.span, "np.pad modes other than 'constant'");
        }
        let x = self.expr(bound[0].unwrap())?;
        let Some(a) = x.ty.as_array().cloned().filter(|a| a.tensor.is_none()) else {
            return super::unsupported(x.span, format!("np.pad of a {}", x.ty));
        };
        let nd = a.ndim();
        let widths_e = bound[1].unwrap();
        let int = |e: &ast::Expr| match &e.kind {
            A::Int(i) => Some(*i),
            _ => None,
        };
        let pair = |e: &ast::Expr| match &e.kind {
            A::Tuple(v) | A::List(v) if v.len() == 2 => Some((int(&v[0])?, int(&v[1])?)),
            A::Tuple(v) | A::List(v) if v.len() == 1 => int(&v[0]).map(|w| (w, w)),
            _ => int(e).map(|w| (w, w)),
        };
        let widths: Option<Vec<(i64, i64)>> = match &widths_e.kind {
            A::Tuple(v) | A::List(v)
                if v.iter().all(|i| matches!(i.kind, A::Tuple(_) | A::List(_))) =>
            {
                let ps: Option<Vec<_>> = v.iter().map(pair).collect();
                ps.and_then(|ps| match ps.len() {
                    1 => Some(vec![ps[0]; nd]),
                    n if n == nd => Some(ps),
                    _ => None,
                })
            }
            _ => pair(widths_e).map(|p| vec![p; nd]),
        };
        let Some(widths) = widths else {
            return super::unsupported(
                widths_e.span,
                "this pad_width (ints written out: w, (before, after), or one pair per axis)",
            );
        };
        if widths.iter().any(|&(b, a)| b < 0 || a < 0) {
            return err(
                widths_e.span,
                SemaError::Py(
                    PyExc::ValueError,
                    "index can't contain negative values".into(),
                ),
            );
        }
        let b = Build(span);
        let mut first = Vec::new();
        let x_id = self.hidden_local(x, &mut first);
        let shape: Vec<i64> = a
            .shape
            .iter()
            .zip(&widths)
            .map(|(&d, &(l, r))| d as i64 + l + r)
            .collect();
        let fill = bound[3].cloned().unwrap_or_else(|| b.int(0));
        let full = b.call(
            b.np("full"),
            vec![b.tuple(shape.iter().map(|&d| b.int(d)).collect()), fill],
            vec![b.kw("dtype", b.str(a.dtype.name()))],
        );
        let out = self.with_hidden_names(&[], |s| s.expr(&full))?;
        let out_id = self.hidden_local(out, &mut first);
        let middle = b.tuple(
            widths
                .iter()
                .zip(&a.shape)
                .map(|(&(l, _), &n)| {
                    b.e(A::Slice {
                        lower: Some(Box::new(b.int(l))),
                        upper: Some(Box::new(b.int(l + n as i64))),
                        step: None,
                    })
                })
                .collect(),
        );
        let store = ast::Stmt {
            kind: ast::StmtKind::Assign {
                targets: vec![b.index(b.name("pad·out"), middle)],
                value: b.name("pad·a"),
            },
            span,
        };
        self.with_hidden_names(&[("pad·out", out_id), ("pad·a", x_id)], |s| {
            s.stmt(&store, &mut first)
        })?;
        let out_ty = self.locals[out_id].ty.clone();
        Ok(super::seq(
            first,
            super::mk(hir::ExprKind::Local(out_id), out_ty, span),
        ))
    }
}

impl Sema {
    /// `np.tensordot(a, b, axes=2)` as NumPy's own definition (`numpy/_core/numeric.py`):
    /// the summed axes of `a` moved last and of `b` first, each reshaped to a matrix, one
    /// `np.dot` of the two, and the result reshaped to `a`'s free axes then `b`'s; so its sums
    /// are those of that `np.dot`.
    pub(super) fn tensordot(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let bound = bind_args("tensordot", &["a", "b", "axes"], 2, args, kwargs, span)?;
        let mut first = Vec::new();
        let mut operand = |s: &mut Sema, e: &ast::Expr| -> Result<(hir::LocalId, Vec<usize>)> {
            let v = s.expr(e)?;
            let Some(a) = v.ty.as_array().cloned().filter(|a| a.tensor.is_none()) else {
                return super::unsupported(v.span, format!("np.tensordot of a {}", v.ty));
            };
            Ok((s.hidden_local(v, &mut first), a.shape.clone()))
        };
        let (a_id, a_shape) = operand(self, bound[0].unwrap())?;
        let (b_id, b_shape) = operand(self, bound[1].unwrap())?;
        let (nda, ndb) = (a_shape.len() as i64, b_shape.len() as i64);
        let (mut axes_a, mut axes_b) = match bound[2] {
            None => ((-2..0).collect(), (0..2).collect()),
            Some(e) => self.tensordot_axes(e)?,
        };
        let index_error = || {
            err(
                span,
                SemaError::Py(PyExc::IndexError, "tuple index out of range".into()),
            )
        };
        let mut equal = axes_a.len() == axes_b.len();
        if equal {
            for (x, y) in axes_a.iter_mut().zip(axes_b.iter_mut()) {
                if !(-nda..nda).contains(x) || !(-ndb..ndb).contains(y) {
                    return index_error();
                }
                *x = x.rem_euclid(nda.max(1));
                *y = y.rem_euclid(ndb.max(1));
                if a_shape[*x as usize] != b_shape[*y as usize] {
                    equal = false;
                    break;
                }
            }
        }
        if !equal {
            return err(
                span,
                SemaError::Py(PyExc::ValueError, "shape-mismatch for sum".into()),
            );
        }
        let b = Build(span);
        let side = |id: &str, shape: &[usize], summed: &[i64], summed_first: bool| {
            let notin: Vec<i64> = (0..shape.len() as i64)
                .filter(|k| !summed.contains(k))
                .collect();
            let size = |axes: &[i64]| {
                axes.iter()
                    .map(|&k| shape[k as usize] as i64)
                    .product::<i64>()
            };
            let (n2, m2) = (size(summed), size(&notin));
            let (order, matrix) = if summed_first {
                ([summed, &notin[..]].concat(), (n2, m2))
            } else {
                ([&notin[..], summed].concat(), (m2, n2))
            };
            let t = b.method(
                b.name(id),
                "transpose",
                vec![b.tuple(order.into_iter().map(|k| b.int(k)).collect())],
            );
            let m = b.method(
                t,
                "reshape",
                vec![b.tuple(vec![b.int(matrix.0), b.int(matrix.1)])],
            );
            let free: Vec<i64> = notin.iter().map(|&k| shape[k as usize] as i64).collect();
            (m, free)
        };
        let (at, olda) = side("tensordot·a", &a_shape, &axes_a, false);
        let (bt, oldb) = side("tensordot·b", &b_shape, &axes_b, true);
        let dims = [olda, oldb].concat();
        if dims.is_empty() {
            return super::unsupported(span, "0-d arrays (np.tensordot summing every axis)");
        }
        let product = b.call(b.np("dot"), vec![at, bt], vec![]);
        let rewritten = b.method(
            product,
            "reshape",
            vec![b.tuple(dims.into_iter().map(|d| b.int(d)).collect())],
        );
        self.type_rewrite(
            &[("tensordot·a", a_id), ("tensordot·b", b_id)],
            first,
            &rewritten,
        )
    }

    /// The `axes` of `np.tensordot`: `n` (the last `n` of `a` with the first `n` of `b`), or
    /// a pair of axis lists (or single axes), all known at compile time.
    fn tensordot_axes(&mut self, e: &ast::Expr) -> Result<(Vec<i64>, Vec<i64>)> {
        let int = |s: &mut Sema, e: &ast::Expr| -> Result<i64> {
            let v = s.expr(e)?;
            match super::const_int(&v, &s.consts) {
                Some(i) if v.ty == Ty::Int || matches!(v.ty, Ty::NpScalar(d) if d.is_int()) => {
                    Ok(i)
                }
                _ => super::unsupported(e.span, "np.tensordot axes not known at compile time"),
            }
        };
        let axes = |s: &mut Sema, e: &ast::Expr| -> Result<Vec<i64>> {
            match &e.kind {
                A::List(items) | A::Tuple(items) => items.iter().map(|i| int(s, i)).collect(),
                _ => Ok(vec![int(s, e)?]),
            }
        };
        match &e.kind {
            A::List(pair) | A::Tuple(pair) if pair.len() == 2 => {
                Ok((axes(self, &pair[0])?, axes(self, &pair[1])?))
            }
            A::List(_) | A::Tuple(_) => {
                super::unsupported(e.span, "np.tensordot axes other than a pair")
            }
            _ => {
                let n = int(self, e)?;
                Ok(((-n..0).collect(), (0..n).collect()))
            }
        }
    }
}
