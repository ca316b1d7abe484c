//! Everyday NumPy functions on indices, sets and shapes: `np.searchsorted`, `np.digitize`,
//! `np.take`, `np.put`, `np.place`, `np.extract`, `np.compress`, `np.lexsort`,
//! `np.fill_diagonal`, `np.trim_zeros`, `np.resize`, `np.delete`, `np.insert` (each one
//! `hir::ExprKind::Api` call, computed by `runtime/src/abi/api_index.rs`), and `np.append`,
//! `np.moveaxis`, `np.dstack`, `np.atleast_1d`, `np.atleast_3d` (rewritten into calls sema
//! already knows, as NumPy's own Python definitions of them are written).

use super::desugar::Build;
use super::shape::{bind_args, normalize_axis};
use super::{const_int, mk, py_err, seq, unsupported, Result, Sema};
use crate::hir::{self, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{dims_of, DType, Dim, RunArrTy, Ty};

/// `hir::ExprKind::Api` op codes (`runtime/src/abi/api_index.rs` has the same).
const SEARCHSORTED: i64 = 1;
const DIGITIZE: i64 = 2;
const TAKE: i64 = 3;
const PUT: i64 = 4;
const PLACE: i64 = 5;
const EXTRACT: i64 = 6;
const COMPRESS: i64 = 7;
const LEXSORT: i64 = 8;
const FILL_DIAGONAL: i64 = 9;
const TRIM_ZEROS: i64 = 10;
const RESIZE: i64 = 11;
const DELETE: i64 = 12;
const INSERT: i64 = 13;

/// The functions this module types.
pub(super) fn is_api_function(name: &str) -> bool {
    matches!(
        name,
        "searchsorted"
            | "digitize"
            | "take"
            | "put"
            | "place"
            | "extract"
            | "compress"
            | "lexsort"
            | "fill_diagonal"
            | "trim_zeros"
            | "resize"
            | "delete"
            | "insert"
            | "append"
            | "moveaxis"
            | "dstack"
            | "atleast_1d"
            | "atleast_3d"
            | "setxor1d"
            | "select"
    )
}

fn api(op: i64, arrays: Vec<hir::Expr>, ints: Vec<hir::Expr>, ty: Ty, span: Span) -> hir::Expr {
    mk(H::Api { op, arrays, ints }, ty, span)
}

fn int(v: i64, span: Span) -> hir::Expr {
    mk(H::Int(v), Ty::Int, span)
}

/// An in-place function's call, evaluated for its effect; the value is None.
fn effect(e: hir::Expr, span: Span) -> hir::Expr {
    let stmt = hir::Stmt {
        kind: hir::StmtKind::Expr {
            value: e,
            show: false,
        },
        span,
    };
    seq(vec![stmt], mk(H::None, Ty::None, span))
}

fn static_shape(dims: &[Dim]) -> Option<Vec<usize>> {
    dims.iter().map(|d| d.fixed()).collect()
}

impl Sema {
    pub(super) fn api_function(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        match name {
            "searchsorted" => self.searchsorted(args, kwargs, span),
            "digitize" => self.digitize(args, kwargs, span),
            "take" => self.take_function(args, kwargs, span),
            "put" | "place" => self.put_place(name, args, kwargs, span),
            "extract" | "compress" => self.extract_compress(name, args, kwargs, span),
            "lexsort" => self.lexsort(args, kwargs, span),
            "fill_diagonal" => self.fill_diagonal(args, kwargs, span),
            "trim_zeros" => self.trim_zeros(args, kwargs, span),
            "resize" => self.resize_function(args, kwargs, span),
            "delete" => self.delete_function(args, kwargs, span),
            "insert" => self.insert_function(args, kwargs, span),
            "append" => self.append_function(args, kwargs, span),
            "moveaxis" => self.moveaxis(args, kwargs, span),
            "dstack" => self.dstack(args, kwargs, span),
            "setxor1d" => self.setxor1d(args, kwargs, span),
            "select" => self.select_function(args, kwargs, span),
            _ => self.atleast_nd(name, args, kwargs, span),
        }
    }

    /// An array operand (a list literal becomes `np.array(list)`), with its dtype and dims.
    fn api_array(&mut self, e: &ast::Expr, name: &str) -> Result<(hir::Expr, DType, Vec<Dim>)> {
        let v = self.array_like_arg(e)?;
        if v.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
            return unsupported(e.span, format!("np.{name} of a {}", v.ty));
        }
        match dims_of(&v.ty) {
            Some((d, dims)) if !d.is_complex() => Ok((v, d, dims)),
            _ => unsupported(
                e.span,
                format!("np.{name} with an argument that is a {}", v.ty),
            ),
        }
    }

    /// An array operand, or a scalar as a 1-element array (`None` when it was a scalar,
    /// bound to a hidden local for the caller to rewrite).
    fn scalar_operand(
        &mut self,
        e: &ast::Expr,
        first: &mut Vec<hir::Stmt>,
    ) -> Result<Option<hir::LocalId>> {
        if matches!(e.kind, A::List(_)) {
            return Ok(None);
        }
        let v = self.expr(e)?;
        if v.ty.is_scalar() {
            return Ok(Some(self.hidden_local(v, first)));
        }
        Ok(None)
    }

    /// `f(..., np.array([v]), ...)[0]` for a scalar operand `v` at position `pos`: NumPy's
    /// scalar result for a scalar argument.
    fn scalar_rewrite(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        pos: usize,
        v: hir::LocalId,
        first: Vec<hir::Stmt>,
        span: Span,
    ) -> Result<hir::Expr> {
        let b = Build(span);
        let mut args = args.to_vec();
        args[pos] = b.call(
            b.np("array"),
            vec![b.e(A::List(vec![b.name("v·api")]))],
            vec![],
        );
        let call = b.call(b.np(name), args, kwargs.to_vec());
        let call = b.index(call, b.int(0));
        self.type_rewrite(&[("v·api", v)], first, &call)
    }

    /// A constant Python-int keyword or positional argument (`None` when absent or None).
    fn opt_axis(&mut self, e: Option<&ast::Expr>, ndim: usize) -> Result<Option<usize>> {
        match e {
            None => Ok(None),
            Some(e) if matches!(e.kind, A::None) => Ok(None),
            Some(e) => {
                let v = self.expr(e)?;
                match const_int(&v, &self.consts) {
                    Some(a) => Ok(Some(normalize_axis(a, ndim, e.span)?)),
                    None => unsupported(e.span, "an axis not known at compile time"),
                }
            }
        }
    }

    /// A string-constant argument.
    fn str_arg(&self, e: Option<&ast::Expr>, default: &str, what: &str) -> Result<String> {
        match e {
            None => Ok(default.into()),
            Some(ast::Expr {
                kind: A::Str(s), ..
            }) => Ok(s.clone()),
            Some(e) => unsupported(e.span, format!("{what} that is not a string constant")),
        }
    }

    /// `np.searchsorted(a, v, side='left', sorter=None)`: NumPy's binary search (over `a`
    /// converted with `v` to their common dtype), int64 indices of `v`'s shape.
    fn searchsorted(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "searchsorted",
            &["a", "v", "side", "sorter"],
            2,
            args,
            kwargs,
            span,
        )?;
        let mut first = Vec::new();
        let (a, da, adims) = self.api_array(b[0].unwrap(), "searchsorted")?;
        if let Some(v) = self.scalar_operand(b[1].unwrap(), &mut first)? {
            let a_id = self.hidden_local(a, &mut first);
            let bl = Build(span);
            let mut args = args.to_vec();
            args[0] = bl.name("a·api");
            let names = [("a·api", a_id)];
            return self.with_hidden_names(&names, |s| {
                s.scalar_rewrite("searchsorted", &args, kwargs, 1, v, first, span)
            });
        }
        if adims.len() != 1 {
            return py_err(
                PyExc::ValueError,
                b[0].unwrap().span,
                "object too deep for desired array",
            );
        }
        let (v, dv, vdims) = self.api_array(b[1].unwrap(), "searchsorted")?;
        let side = self.str_arg(b[2], "left", "side")?;
        let right = match side.to_ascii_lowercase().chars().next() {
            Some('l') => 0,
            Some('r') => 1,
            _ => {
                return py_err(
                    PyExc::ValueError,
                    span,
                    format!("side must be 'left' or 'right' (got '{side}')"),
                )
            }
        };
        let common = super::promote(da, dv);
        let mut arrays = vec![self.cast_array(a, common), self.cast_array(v, common)];
        let mut has_sorter = 0;
        if let Some(s) = b[3].filter(|s| !matches!(s.kind, A::None)) {
            let (s, ds, sdims) = self.api_array(s, "searchsorted")?;
            if !ds.is_int() || sdims.len() != 1 {
                return unsupported(s.span, "np.searchsorted with a sorter that is not 1-D ints");
            }
            if let (Some(n), Some(m)) = (adims[0].fixed(), sdims[0].fixed()) {
                if n != m {
                    return py_err(PyExc::ValueError, span, "sorter.size must equal a.size");
                }
            }
            arrays.push(self.cast_array(s, DType::I64));
            has_sorter = 1;
        }
        let ty = RunArrTy {
            dtype: DType::I64,
            dims: vdims,
        }
        .into_ty();
        let ints = vec![int(right, span), int(has_sorter, span)];
        Ok(seq(first, api(SEARCHSORTED, arrays, ints, ty, span)))
    }

    /// `np.digitize(x, bins, right=False)`: NumPy's `searchsorted` on `bins` (reversed when
    /// they decrease), after its monotonicity check.
    fn digitize(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("digitize", &["x", "bins", "right"], 2, args, kwargs, span)?;
        let mut first = Vec::new();
        if let Some(v) = self.scalar_operand(b[0].unwrap(), &mut first)? {
            return self.scalar_rewrite("digitize", args, kwargs, 0, v, first, span);
        }
        let (x, dx, xdims) = self.api_array(b[0].unwrap(), "digitize")?;
        let (bins, db, bdims) = self.api_array(b[1].unwrap(), "digitize")?;
        if bdims.len() != 1 {
            return py_err(
                PyExc::ValueError,
                b[1].unwrap().span,
                "object too deep for desired array",
            );
        }
        let right = match b[2] {
            None => false,
            Some(e) => match e.kind {
                A::Bool(v) => v,
                _ => return unsupported(e.span, "np.digitize with right= not a constant bool"),
            },
        };
        let common = super::promote(dx, db);
        let arrays = vec![self.cast_array(x, common), self.cast_array(bins, common)];
        let ty = RunArrTy {
            dtype: DType::I64,
            dims: xdims,
        }
        .into_ty();
        Ok(seq(
            first,
            api(DIGITIZE, arrays, vec![int(right as i64, span)], ty, span),
        ))
    }

    /// An index operand: int64 (ints of any width, or a list of them); floats are NumPy's
    /// TypeError.
    fn index_array(&mut self, e: &ast::Expr, name: &str) -> Result<(hir::Expr, Vec<Dim>)> {
        let (v, d, dims) = self.api_array(e, name)?;
        if !d.is_int() {
            return py_err(
                PyExc::TypeError,
                e.span,
                format!(
                    "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
                    d.name()
                ),
            );
        }
        Ok((self.cast_array(v, DType::I64), dims))
    }

    /// `np.take(a, indices, axis=None)` (mode='raise').
    fn take_function(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("take", &["a", "indices", "axis"], 2, args, kwargs, span)?;
        let mut first = Vec::new();
        let (a, da, adims) = self.api_array(b[0].unwrap(), "take")?;
        let axis = self.opt_axis(b[2], adims.len().max(1))?;
        if let Some(v) = self.scalar_operand(b[1].unwrap(), &mut first)? {
            // A scalar index: the 1-element take, then its one element (axis None) or the
            // axis dropped.
            let a_id = self.hidden_local(a, &mut first);
            let bl = Build(span);
            let idx = bl.call(
                bl.np("array"),
                vec![bl.e(A::List(vec![bl.name("v·api")]))],
                vec![],
            );
            let mut kw = Vec::new();
            if let Some(ax) = axis {
                kw.push(bl.kw("axis", bl.int(ax as i64)));
            }
            let call = bl.call(bl.np("take"), vec![bl.name("a·api"), idx], kw);
            let call = match axis {
                None => bl.index(call, bl.int(0)),
                Some(ax) => {
                    let mut items: Vec<ast::Expr> = (0..ax).map(|_| bl.all()).collect();
                    items.push(bl.int(0));
                    bl.index(call, bl.tuple(items))
                }
            };
            return self.type_rewrite(&[("a·api", a_id), ("v·api", v)], first, &call);
        }
        let (idx, idims) = self.index_array(b[1].unwrap(), "take")?;
        if adims.is_empty() && axis.is_some() {
            return unsupported(span, "np.take of a 0-d array along an axis");
        }
        let dims = match axis {
            None => idims,
            Some(ax) => {
                let mut d = adims[..ax].to_vec();
                d.extend(idims);
                d.extend_from_slice(&adims[ax + 1..]);
                d
            }
        };
        let ty = RunArrTy { dtype: da, dims }.into_ty();
        let ax = int(axis.map_or(-1, |a| a as i64), span);
        Ok(seq(first, api(TAKE, vec![a, idx], vec![ax], ty, span)))
    }

    /// The array an in-place function writes: a variable (or a view of one) holding an array.
    fn target_array(&mut self, e: &ast::Expr, name: &str) -> Result<(hir::Expr, DType, Vec<Dim>)> {
        let v = self.expr(e)?;
        if !matches!(v.ty, Ty::Array(ref t) if t.tensor.is_none())
            && !matches!(v.ty, Ty::RunArray(_))
        {
            return unsupported(e.span, format!("np.{name} into a {}", v.ty));
        }
        let (d, dims) = dims_of(&v.ty).unwrap();
        if d.is_complex() {
            return unsupported(e.span, format!("np.{name} into a {}", v.ty));
        }
        Ok((v, d, dims))
    }

    /// A values operand (a scalar becomes a 1-element array).
    fn values_array(&mut self, e: &ast::Expr, name: &str) -> Result<hir::Expr> {
        let v = self.expr(e)?;
        if v.ty.is_scalar() {
            let mut first = Vec::new();
            let id = self.hidden_local(v, &mut first);
            let b = Build(e.span);
            let arr = b.call(
                b.np("array"),
                vec![b.e(A::List(vec![b.name("v·api")]))],
                vec![],
            );
            return self.type_rewrite(&[("v·api", id)], first, &arr);
        }
        let _ = v;
        Ok(self.api_array(e, name)?.0)
    }

    /// `np.put(a, ind, v)` (mode='raise') and `np.place(arr, mask, vals)`: in place, values
    /// repeated as NumPy cycles them.
    fn put_place(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let params: &[&str] = if name == "put" {
            &["a", "ind", "v", "mode"]
        } else {
            &["arr", "mask", "vals"]
        };
        let b = bind_args(name, params, 3, args, kwargs, span)?;
        if let Some(m) = b.get(3).copied().flatten() {
            if !matches!(&m.kind, A::Str(s) if s == "raise") {
                return unsupported(m.span, "np.put with a mode other than 'raise'");
            }
        }
        let (a, _, adims) = self.target_array(b[0].unwrap(), name)?;
        let second = if name == "put" {
            let e = b[1].unwrap();
            let v = self.values_array(e, name)?;
            let (d, _) = dims_of(&v.ty).unwrap();
            if !d.is_int() {
                return py_err(
                    PyExc::TypeError,
                    e.span,
                    format!(
                        "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
                        d.name()
                    ),
                );
            }
            self.cast_array(v, DType::I64)
        } else {
            let (m, _, mdims) = self.api_array(b[1].unwrap(), name)?;
            let size = |d: &[Dim]| static_shape(d).map(|s| s.iter().product::<usize>());
            match (size(&adims), size(&mdims)) {
                (Some(x), Some(y)) if x == y => {}
                (Some(_), Some(_)) => {
                    return py_err(
                        PyExc::ValueError,
                        span,
                        "place: mask and data must be the same size",
                    )
                }
                _ => return unsupported(span, "np.place with shapes known only at run time"),
            }
            m
        };
        let v = self.values_array(b[2].unwrap(), name)?;
        let op = if name == "put" { PUT } else { PLACE };
        let ty = a.ty.clone();
        Ok(effect(api(op, vec![a, second, v], vec![], ty, span), span))
    }

    /// `np.extract(condition, arr)` and `np.compress(condition, a, axis=None)`: the elements
    /// (or lanes) where the condition is true, a result whose length is known at run time.
    fn extract_compress(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let params: &[&str] = if name == "extract" {
            &["condition", "arr"]
        } else {
            &["condition", "a", "axis"]
        };
        let b = bind_args(name, params, 2, args, kwargs, span)?;
        let (c, _, cdims) = self.api_array(b[0].unwrap(), name)?;
        let (a, da, adims) = self.api_array(b[1].unwrap(), name)?;
        if name == "extract" {
            let ty = RunArrTy {
                dtype: da,
                dims: vec![Dim::Run],
            }
            .into_ty();
            return Ok(api(EXTRACT, vec![c, a], vec![], ty, span));
        }
        if cdims.len() != 1 {
            return py_err(
                PyExc::ValueError,
                b[0].unwrap().span,
                "condition must be a 1-d array",
            );
        }
        let axis = self.opt_axis(b.get(2).copied().flatten(), adims.len().max(1))?;
        let dims = match axis {
            None => vec![Dim::Run],
            Some(ax) => {
                let mut d = adims.clone();
                d[ax] = Dim::Run;
                d
            }
        };
        let ty = Ty::RunArray(RunArrTy { dtype: da, dims });
        let ax = int(axis.map_or(-1, |a| a as i64), span);
        Ok(api(COMPRESS, vec![c, a], vec![ax], ty, span))
    }

    /// `np.lexsort(keys)`: a tuple or list of up to four 1-D keys (the last the primary one),
    /// or a 2-D array whose rows are the keys.
    fn lexsort(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("lexsort", &["keys", "axis"], 1, args, kwargs, span)?;
        if let Some(a) = b[1] {
            return unsupported(a.span, "np.lexsort with axis=");
        }
        let k = b[0].unwrap();
        let mut keys = Vec::new();
        match &k.kind {
            A::Tuple(items) | A::List(items) => {
                for i in items {
                    keys.push(self.api_array(i, "lexsort")?);
                }
            }
            _ => {
                let (v, _, dims) = self.api_array(k, "lexsort")?;
                let Some(&[rows, _]) = static_shape(&dims).as_deref() else {
                    return unsupported(k.span, "np.lexsort of keys that are not a 2-D array");
                };
                let mut first = Vec::new();
                let id = self.hidden_local(v, &mut first);
                let bl = Build(span);
                let items = (0..rows as i64)
                    .map(|r| bl.index(bl.name("k·api"), bl.int(r)))
                    .collect();
                let call = bl.call(bl.np("lexsort"), vec![bl.tuple(items)], vec![]);
                return self.type_rewrite(&[("k·api", id)], first, &call);
            }
        }
        if keys.is_empty() || keys.len() > 4 {
            return unsupported(k.span, "np.lexsort of other than one to four keys");
        }
        let shape0 = keys[0].2.clone();
        for (_, _, dims) in &keys {
            if *dims != shape0 {
                return py_err(
                    PyExc::ValueError,
                    span,
                    "all keys need to be the same shape",
                );
            }
        }
        if shape0.len() != 1 {
            return unsupported(k.span, "np.lexsort of keys that are not 1-D");
        }
        let n = keys.len() as i64;
        let ty = RunArrTy {
            dtype: DType::I64,
            dims: shape0,
        }
        .into_ty();
        let arrays = keys.into_iter().map(|k| k.0).collect();
        Ok(api(LEXSORT, arrays, vec![int(n, span)], ty, span))
    }

    /// `np.fill_diagonal(a, val, wrap=False)`, in place.
    fn fill_diagonal(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "fill_diagonal",
            &["a", "val", "wrap"],
            2,
            args,
            kwargs,
            span,
        )?;
        let (a, _, dims) = self.target_array(b[0].unwrap(), "fill_diagonal")?;
        if dims.len() < 2 {
            return py_err(PyExc::ValueError, span, "array must be at least 2-d");
        }
        let Some(shape) = static_shape(&dims) else {
            return unsupported(
                span,
                "np.fill_diagonal of an array whose shape is known at run time",
            );
        };
        if dims.len() > 2 && shape.iter().any(|&d| d != shape[0]) {
            return py_err(
                PyExc::ValueError,
                span,
                "All dimensions of input must be of equal length",
            );
        }
        let wrap = match b[2] {
            None => false,
            Some(e) => match e.kind {
                A::Bool(v) => v,
                _ => return unsupported(e.span, "np.fill_diagonal with wrap= not a constant bool"),
            },
        };
        let v = self.values_array(b[1].unwrap(), "fill_diagonal")?;
        let ty = a.ty.clone();
        Ok(effect(
            api(
                FILL_DIAGONAL,
                vec![a, v],
                vec![int(wrap as i64, span)],
                ty,
                span,
            ),
            span,
        ))
    }

    /// `np.trim_zeros(filt, trim='fb')` of a 1-D array (a copy; NumPy's is a view).
    fn trim_zeros(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "trim_zeros",
            &["filt", "trim", "axis"],
            1,
            args,
            kwargs,
            span,
        )?;
        if let Some(a) = b[2] {
            return unsupported(a.span, "np.trim_zeros with axis=");
        }
        let (a, d, dims) = self.api_array(b[0].unwrap(), "trim_zeros")?;
        if dims.len() != 1 {
            return unsupported(span, "np.trim_zeros of an array that is not 1-D");
        }
        let trim = self.str_arg(b[1], "fb", "trim")?;
        let mut flags = 0;
        for c in trim.chars() {
            match c {
                'f' | 'F' => flags |= 1,
                'b' | 'B' => flags |= 2,
                _ => {
                    return py_err(
                        PyExc::ValueError,
                        span,
                        format!("unexpected character(s) in `trim`: {trim:?}").replace('"', "'"),
                    )
                }
            }
        }
        let ty = Ty::RunArray(RunArrTy {
            dtype: d,
            dims: vec![Dim::Run],
        });
        Ok(api(TRIM_ZEROS, vec![a], vec![int(flags, span)], ty, span))
    }

    /// `np.resize(a, new_shape)`: `a`'s elements repeated to fill the new shape.
    fn resize_function(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("resize", &["a", "new_shape"], 2, args, kwargs, span)?;
        let (a, d, _) = self.api_array(b[0].unwrap(), "resize")?;
        let se = b[1].unwrap();
        let items: Vec<ast::Expr> = match &se.kind {
            A::Tuple(items) | A::List(items) => items.clone(),
            _ => vec![se.clone()],
        };
        let mut shape = Vec::new();
        for i in &items {
            let v = self.expr(i)?;
            match const_int(&v, &self.consts) {
                Some(n) if n >= 0 => shape.push(n),
                Some(_) => {
                    return py_err(
                        PyExc::ValueError,
                        span,
                        "all elements of `new_shape` must be non-negative",
                    )
                }
                None => {
                    return unsupported(i.span, "np.resize to a shape not known at compile time")
                }
            }
        }
        if shape.len() > 4 {
            return unsupported(se.span, "np.resize to more than 4 dimensions");
        }
        let ty = Ty::Array(crate::types::ArrTy::new(
            d,
            shape.iter().map(|&n| n as usize).collect(),
        ));
        let op = RESIZE | (shape.len() as i64) << 8;
        let ints = shape.iter().map(|&n| int(n, span)).collect();
        Ok(api(op, vec![a], ints, ty, span))
    }

    /// `np.delete(arr, obj, axis=None)`: `obj` an int, a slice with constant bounds, a list or
    /// array of ints, or a boolean mask.
    fn delete_function(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("delete", &["arr", "obj", "axis"], 2, args, kwargs, span)?;
        let (a, d, adims) = self.api_array(b[0].unwrap(), "delete")?;
        let axis = self.opt_axis(b[2], adims.len().max(1))?;
        let len_dims = match axis {
            None => vec![match static_shape(&adims) {
                Some(s) => Dim::Fixed(s.iter().product()),
                None => Dim::Run,
            }],
            Some(_) => adims.clone(),
        };
        let ax = axis.unwrap_or(0);
        let n = len_dims[ax].fixed();
        let oe = b[1].unwrap();
        // Constant indices give a static result length.
        let mut consts: Option<Vec<i64>> = None;
        // `slice(stop)`, `slice(start, stop[, step])` as the slice it builds.
        let built;
        let oe = match &oe.kind {
            A::Call {
                func,
                args: sa,
                kwargs: skw,
            } if matches!(&func.kind, A::Name(n) if n == "slice" && !self.env.contains_key(n))
                && skw.is_empty()
                && (1..=3).contains(&sa.len()) =>
            {
                let part =
                    |e: &ast::Expr| (!matches!(e.kind, A::None)).then(|| Box::new(e.clone()));
                let (lower, upper, step) = match sa.len() {
                    1 => (None, part(&sa[0]), None),
                    2 => (part(&sa[0]), part(&sa[1]), None),
                    _ => (part(&sa[0]), part(&sa[1]), part(&sa[2])),
                };
                built = ast::Expr {
                    kind: A::Slice { lower, upper, step },
                    span: oe.span,
                };
                &built
            }
            _ => oe,
        };
        let (obj, mask) = match &oe.kind {
            A::Slice { lower, upper, step } => {
                let Some(n) = n else {
                    return unsupported(oe.span, "np.delete of a slice along a run-time axis");
                };
                let mut bound = |e: &Option<Box<ast::Expr>>| -> Result<Option<i64>> {
                    match e {
                        None => Ok(None),
                        Some(e) => {
                            let v = self.expr(e)?;
                            match const_int(&v, &self.consts) {
                                Some(i) => Ok(Some(i)),
                                None => {
                                    unsupported(e.span, "np.delete of a slice with run-time bounds")
                                }
                            }
                        }
                    }
                };
                let (lo, hi, st) = (bound(lower)?, bound(upper)?, bound(step)?);
                let idx = slice_indices(lo, hi, st.unwrap_or(1), n as i64);
                let Some(idx) = idx else {
                    return py_err(PyExc::ValueError, oe.span, "slice step cannot be zero");
                };
                consts = Some(idx.clone());
                let bl = Build(span);
                let list = bl.e(A::List(idx.iter().map(|&i| bl.int(i)).collect()));
                let arr = bl.call(
                    bl.np("array"),
                    vec![list],
                    vec![bl.kw("dtype", bl.np("int64"))],
                );
                (self.type_rewrite(&[], vec![], &arr)?, 0)
            }
            _ => {
                let v = self.expr(oe)?;
                if v.ty.is_index() && !matches!(v.ty, Ty::Bool | Ty::NpScalar(DType::Bool)) {
                    consts = const_int(&v, &self.consts).map(|i| vec![i]);
                    (self.values_array(oe, "delete")?, 0)
                } else {
                    let (v, dv, _) = self.api_array(oe, "delete")?;
                    if dv == DType::Bool {
                        (v, 1)
                    } else if dv.is_int() {
                        if let A::List(items) = &oe.kind {
                            let ints: Vec<Option<i64>> = items
                                .iter()
                                .map(|i| match i.kind {
                                    A::Int(k) => Some(k),
                                    A::UnaryOp {
                                        op: ast::UnaryOp::Neg,
                                        ref operand,
                                    } => match operand.kind {
                                        A::Int(k) => Some(-k),
                                        _ => None,
                                    },
                                    _ => None,
                                })
                                .collect();
                            consts = ints.into_iter().collect();
                        }
                        (self.cast_array(v, DType::I64), 0)
                    } else {
                        return py_err(
                            PyExc::IndexError,
                            oe.span,
                            "arrays used as indices must be of integer (or boolean) type",
                        );
                    }
                }
            }
        };
        let mut dims = len_dims;
        dims[ax] = match (consts, n) {
            (Some(c), Some(n)) => {
                let mut gone = std::collections::BTreeSet::new();
                for i in c {
                    let j = if i < 0 { i + n as i64 } else { i };
                    if j < 0 || j >= n as i64 {
                        return py_err(
                            PyExc::IndexError,
                            oe.span,
                            format!("index {i} is out of bounds for axis {ax} with size {n}"),
                        );
                    }
                    gone.insert(j);
                }
                Dim::Fixed(n - gone.len())
            }
            _ => Dim::Run,
        };
        let ty = RunArrTy { dtype: d, dims }.into_ty();
        let ints = vec![int(axis.map_or(-1, |a| a as i64), span), int(mask, span)];
        Ok(api(DELETE, vec![a, obj], ints, ty, span))
    }

    /// `np.insert(arr, index, values, axis=None)` with one int index: NumPy's
    /// `array(values, ndmin=arr.ndim, dtype=arr.dtype)` moved to `axis` and broadcast into
    /// the new slot.
    fn insert_function(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "insert",
            &["arr", "obj", "values", "axis"],
            3,
            args,
            kwargs,
            span,
        )?;
        let (a, d, adims) = self.api_array(b[0].unwrap(), "insert")?;
        let axis = self.opt_axis(b[3], adims.len().max(1))?;
        let Some(ashape) = static_shape(&adims) else {
            return unsupported(
                span,
                "np.insert into an array whose shape is known at run time",
            );
        };
        let shape: Vec<usize> = match axis {
            None => vec![ashape.iter().product()],
            Some(_) => ashape.clone(),
        };
        let ax = axis.unwrap_or(0);
        let oe = b[1].unwrap();
        let idx = self.expr(oe)?;
        if !idx.ty.is_index() || matches!(idx.ty, Ty::Bool | Ty::NpScalar(DType::Bool)) {
            return unsupported(
                oe.span,
                format!("np.insert at an index that is a {}", idx.ty),
            );
        }
        if let Some(i) = const_int(&idx, &self.consts) {
            let n = shape[ax] as i64;
            if i < -n || i > n {
                return py_err(
                    PyExc::IndexError,
                    oe.span,
                    format!("index {i} is out of bounds for axis {ax} with size {n}"),
                );
            }
        }
        let idx = self.to_py(idx, Ty::Int);
        let v = self.values_array(b[2].unwrap(), "insert")?;
        let Some((_, vdims)) = dims_of(&v.ty) else {
            return unsupported(b[2].unwrap().span, "np.insert of these values");
        };
        let Some(vshape) = static_shape(&vdims) else {
            return unsupported(
                b[2].unwrap().span,
                "np.insert of values whose shape is known at run time",
            );
        };
        let nd = shape.len();
        if vshape.len() > nd {
            return unsupported(
                b[2].unwrap().span,
                "np.insert of values with more dimensions than the array",
            );
        }
        // ndmin, then moveaxis(0 -> axis).
        let mut vs = vec![1; nd - vshape.len()];
        vs.extend(vshape);
        let mut moved = vs[1..].to_vec();
        moved.insert(ax, vs[0]);
        let numnew = moved[ax];
        for k in 0..nd {
            if k != ax && moved[k] != shape[k] && moved[k] != 1 {
                return unsupported(
                    b[2].unwrap().span,
                    "np.insert of values that do not broadcast into the slot",
                );
            }
        }
        let mut oshape = shape.clone();
        oshape[ax] += numnew;
        let v = self.cast_array(v, d);
        let ty = Ty::Array(crate::types::ArrTy::new(d, oshape));
        let ints = vec![int(axis.map_or(-1, |a| a as i64), span), idx];
        Ok(api(INSERT, vec![a, v], ints, ty, span))
    }

    /// `np.append(arr, values, axis=None)`: NumPy's definition,
    /// `concatenate((ravel(arr), ravel(values)))`, or along `axis` without raveling.
    fn append_function(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("append", &["arr", "values", "axis"], 2, args, kwargs, span)?;
        let mut first = Vec::new();
        let mut ids = Vec::new();
        for e in [b[0].unwrap(), b[1].unwrap()] {
            let v = self.expr(e)?;
            let v = if v.ty.is_scalar() || matches!(e.kind, A::List(_)) {
                let id = self.hidden_local(v, &mut first);
                let bl = Build(e.span);
                let inner = if matches!(e.kind, A::List(_)) {
                    bl.name("s·api")
                } else {
                    bl.e(A::List(vec![bl.name("s·api")]))
                };
                let arr = bl.call(bl.np("array"), vec![inner], vec![]);
                self.type_rewrite(&[("s·api", id)], vec![], &arr)?
            } else {
                v
            };
            ids.push(self.hidden_local(v, &mut first));
        }
        let bl = Build(span);
        let axis = b[2].filter(|e| !matches!(e.kind, A::None));
        let call = match axis {
            None => {
                let ops = vec![
                    bl.call(bl.np("ravel"), vec![bl.name("a·api")], vec![]),
                    bl.call(bl.np("ravel"), vec![bl.name("b·api")], vec![]),
                ];
                bl.call(bl.np("concatenate"), vec![bl.tuple(ops)], vec![])
            }
            Some(ax) => bl.call(
                bl.np("concatenate"),
                vec![bl.tuple(vec![bl.name("a·api"), bl.name("b·api")])],
                vec![bl.kw("axis", ax.clone())],
            ),
        };
        self.type_rewrite(&[("a·api", ids[0]), ("b·api", ids[1])], first, &call)
    }

    /// `np.moveaxis(a, source, destination)`: NumPy's order (the other axes, then each source
    /// inserted at its destination in destination order), as a transpose.
    fn moveaxis(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "moveaxis",
            &["a", "source", "destination"],
            3,
            args,
            kwargs,
            span,
        )?;
        let mut first = Vec::new();
        let v = self.expr(b[0].unwrap())?;
        let Some((_, dims)) = dims_of(&v.ty) else {
            return unsupported(b[0].unwrap().span, format!("np.moveaxis of a {}", v.ty));
        };
        let nd = dims.len();
        let mut axes = Vec::new();
        for (k, e) in [b[1].unwrap(), b[2].unwrap()].into_iter().enumerate() {
            let items: Vec<ast::Expr> = match &e.kind {
                A::Tuple(items) | A::List(items) => items.clone(),
                _ => vec![e.clone()],
            };
            let mut out = Vec::new();
            for i in &items {
                let iv = self.expr(i)?;
                let Some(a) = const_int(&iv, &self.consts) else {
                    return unsupported(i.span, "np.moveaxis with axes not known at compile time");
                };
                if a < -(nd as i64) || a >= nd as i64 {
                    let arg = if k == 0 { "source" } else { "destination" };
                    return py_err(
                        PyExc::AxisError,
                        i.span,
                        format!("{arg}: axis {a} is out of bounds for array of dimension {nd}"),
                    );
                }
                let a = if a < 0 { a + nd as i64 } else { a } as usize;
                if out.contains(&a) {
                    let arg = if k == 0 { "source" } else { "destination" };
                    return py_err(
                        PyExc::ValueError,
                        e.span,
                        format!("repeated axis in `{arg}` argument"),
                    );
                }
                out.push(a);
            }
            axes.push(out);
        }
        let (src, dst) = (&axes[0], &axes[1]);
        if src.len() != dst.len() {
            return py_err(
                PyExc::ValueError,
                span,
                "`source` and `destination` arguments must have the same number of elements",
            );
        }
        let mut order: Vec<usize> = (0..nd).filter(|n| !src.contains(n)).collect();
        let mut pairs: Vec<(usize, usize)> = dst.iter().copied().zip(src.iter().copied()).collect();
        pairs.sort();
        for (d, s) in pairs {
            order.insert(d, s);
        }
        let id = self.hidden_local(v, &mut first);
        let bl = Build(span);
        let perm = bl.tuple(order.iter().map(|&o| bl.int(o as i64)).collect());
        let call = bl.call(bl.np("transpose"), vec![bl.name("a·api"), perm], vec![]);
        self.type_rewrite(&[("a·api", id)], first, &call)
    }

    /// `np.atleast_1d(x)`, `np.atleast_3d(x)` of one operand: NumPy's reshapes
    /// (`()` → `(1,)`; for 3-d, `(N,)` → `(1, N, 1)` and `(M, N)` → `(M, N, 1)`).
    fn atleast_nd(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if args.len() != 1 || !kwargs.is_empty() {
            return unsupported(span, format!("np.{name} of other than one array"));
        }
        let mut first = Vec::new();
        let v = self.array_like_arg(&args[0])?;
        let v = if v.ty.is_scalar() {
            let id = self.hidden_local(v, &mut first);
            let bl = Build(span);
            let arr = bl.call(bl.np("array"), vec![bl.name("s·api")], vec![]);
            self.type_rewrite(&[("s·api", id)], vec![], &arr)?
        } else {
            v
        };
        let Some(shape) =
            v.ty.as_array()
                .filter(|a| a.tensor.is_none())
                .map(|a| a.shape.clone())
        else {
            return unsupported(args[0].span, format!("np.{name} of a {}", v.ty));
        };
        let new: Vec<usize> = match (name, shape.len()) {
            ("atleast_1d", 0) => vec![1],
            ("atleast_3d", 0) => vec![1, 1, 1],
            ("atleast_3d", 1) => vec![1, shape[0], 1],
            ("atleast_3d", 2) => vec![shape[0], shape[1], 1],
            _ => return Ok(seq(first, v)),
        };
        let id = self.hidden_local(v, &mut first);
        let bl = Build(span);
        let t = bl.tuple(new.iter().map(|&n| bl.int(n as i64)).collect());
        let call = bl.call(bl.np("reshape"), vec![bl.name("a·api"), t], vec![]);
        self.type_rewrite(&[("a·api", id)], first, &call)
    }

    /// `np.dstack(tup)`: `concatenate([atleast_3d(x) for x in tup], axis=2)`.
    fn dstack(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("dstack", &["tup"], 1, args, kwargs, span)?;
        let t = b[0].unwrap();
        let (A::Tuple(items) | A::List(items)) = &t.kind else {
            return unsupported(t.span, "np.dstack of other than a tuple or list of arrays");
        };
        let bl = Build(span);
        let parts = items
            .iter()
            .map(|i| bl.call(bl.np("atleast_3d"), vec![i.clone()], vec![]))
            .collect();
        let call = bl.call(
            bl.np("concatenate"),
            vec![bl.tuple(parts)],
            vec![bl.kw("axis", bl.int(2))],
        );
        self.type_rewrite(&[], vec![], &call)
    }
}

/// The indices a constant slice selects from `n` (Python's `slice.indices`), `None` for a zero
/// step.
fn slice_indices(lo: Option<i64>, hi: Option<i64>, step: i64, n: i64) -> Option<Vec<i64>> {
    if step == 0 {
        return None;
    }
    let clamp = |v: Option<i64>, def: i64, lo_lim: i64, hi_lim: i64| match v {
        None => def,
        Some(v) if v < 0 => (v + n).max(lo_lim),
        Some(v) => v.min(hi_lim),
    };
    let (start, stop) = if step > 0 {
        (clamp(lo, 0, 0, n), clamp(hi, n, 0, n))
    } else {
        (clamp(lo, n - 1, -1, n - 1), clamp(hi, -1, -1, n - 1))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i);
        i += step;
    }
    Some(out)
}

impl Sema {
    /// `choice(a, size, replace=True)` with `a` an array or a list literal (legacy stream for
    /// `gen` None, else a Generator): NumPy draws the index exactly as `choice(len(a), size)`
    /// does (`randint`/`integers(0, len(a), size)`) and returns `a[idx]`, so this is
    /// `a[choice(len(a), size)]`. `None` when `a` is not an array (the int form).
    pub(super) fn choice_from_array(
        &mut self,
        gen: Option<&hir::Expr>,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<Option<hir::Expr>> {
        let Some(a_e) = args.first() else {
            return Ok(None);
        };
        let is_list = matches!(a_e.kind, A::List(_));
        if !is_list {
            let probe = self.expr(a_e)?;
            if probe.ty.as_array().is_none() || probe.has_effects() {
                return Ok(None);
            }
        }
        if let Some(k) = kwargs.iter().find(|k| k.name == "p") {
            return unsupported(k.value.span, "choice from an array with p=");
        }
        let mut first = Vec::new();
        let v = self.array_like_arg(a_e)?;
        let Some(shape) =
            v.ty.as_array()
                .filter(|t| t.tensor.is_none())
                .map(|t| t.shape.clone())
        else {
            return unsupported(a_e.span, format!("choice from a {}", v.ty));
        };
        if gen.is_none() && shape.len() != 1 {
            return py_err(PyExc::ValueError, a_e.span, "a must be 1-dimensional");
        }
        if shape.is_empty() {
            return unsupported(a_e.span, "choice from a 0-d array");
        }
        if shape[0] == 0 {
            return unsupported(a_e.span, "choice from an empty array");
        }
        let a_id = self.hidden_local(v, &mut first);
        let bl = Build(span);
        let mut names = vec![("a·choice", a_id)];
        let func = match gen {
            None => bl.attr(bl.np("random"), "choice"),
            Some(g) => {
                let g_id = self.hidden_local(g.clone(), &mut first);
                names.push(("g·choice", g_id));
                bl.attr(bl.name("g·choice"), "choice")
            }
        };
        let mut cargs = vec![bl.int(shape[0] as i64)];
        cargs.extend(args[1..].iter().cloned());
        let draw = bl.call(func, cargs, kwargs.to_vec());
        let call = bl.index(bl.name("a·choice"), draw);
        Ok(Some(self.type_rewrite(&names, first, &call)?))
    }
}

impl Sema {
    /// `shuffle(x)` of an array of two or more axes (along the first): NumPy swaps whole rows
    /// in the same Fisher-Yates order (`random_interval(i)` for `i = n-1 .. 1`) as it swaps
    /// the elements of a 1-D array, so shuffling `idx = arange(n)` and then writing
    /// `x[:] = x[idx]` leaves `x` as NumPy leaves it, after the same draws.
    pub(super) fn shuffle_rows(
        &mut self,
        gen: Option<hir::Expr>,
        x: &ast::Expr,
        n: usize,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let bl = Build(span);
        let idx = self.type_rewrite(
            &[],
            vec![],
            &bl.call(bl.np("arange"), vec![bl.int(n as i64)], vec![]),
        )?;
        let ty = idx.ty.clone();
        let id = self.hidden_local(idx, out);
        out.push(hir::Stmt {
            kind: hir::StmtKind::Shuffle {
                gen,
                arr: mk(H::Local(id), ty, span),
            },
            span,
        });
        let assign = ast::Stmt {
            kind: ast::StmtKind::Assign {
                targets: vec![bl.index(x.clone(), bl.all())],
                value: bl.index(x.clone(), bl.name("i·shuffle")),
            },
            span,
        };
        self.with_hidden_names(&[("i·shuffle", id)], |s| s.stmt(&assign, out))
    }

    /// `np.random.permutation(x)` / `rng.permutation(x)`: NumPy shuffles `arange(x)` for an
    /// int, else an index `arange(len(x))` (for 1-D `x`, a copy of `x`, which the same swaps
    /// leave in the same order) and returns `x[idx]`.
    pub(super) fn permutation(
        &mut self,
        gen: Option<&hir::Expr>,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args("permutation", &["x", "axis"], 1, args, kwargs, span)?;
        if let Some(a) = b[1] {
            return unsupported(a.span, "permutation(axis=...)");
        }
        let x = b[0].unwrap();
        let mut first = Vec::new();
        let gen = match gen {
            Some(g) => {
                let g = self.once(g.clone(), &mut first);
                Some(g)
            }
            None => None,
        };
        let v = self.array_like_arg(x)?;
        let bl = Build(span);
        let (n, arr) = if v.ty.is_index() && !matches!(v.ty, Ty::Bool | Ty::NpScalar(DType::Bool)) {
            match const_int(&v, &self.consts) {
                Some(n) => (n.max(0) as usize, None),
                None => {
                    return unsupported(x.span, "permutation of an int not known at compile time")
                }
            }
        } else {
            let Some(shape) =
                v.ty.as_array()
                    .filter(|t| t.tensor.is_none())
                    .map(|t| t.shape.clone())
            else {
                return unsupported(x.span, format!("permutation of a {}", v.ty));
            };
            if shape.is_empty() {
                return py_err(
                    PyExc::IndexError,
                    x.span,
                    "x must be an integer or at least 1-dimensional",
                );
            }
            (shape[0], Some(self.hidden_local(v, &mut first)))
        };
        let idx = self.type_rewrite(
            &[],
            vec![],
            &bl.call(bl.np("arange"), vec![bl.int(n as i64)], vec![]),
        )?;
        let ty = idx.ty.clone();
        let id = self.hidden_local(idx, &mut first);
        first.push(hir::Stmt {
            kind: hir::StmtKind::Shuffle {
                gen,
                arr: mk(H::Local(id), ty.clone(), span),
            },
            span,
        });
        match arr {
            None => Ok(seq(first, mk(H::Local(id), ty, span))),
            Some(a) => {
                let call = bl.index(bl.name("a·perm"), bl.name("i·perm"));
                self.type_rewrite(&[("a·perm", a), ("i·perm", id)], first, &call)
            }
        }
    }
}

impl Sema {
    /// `np.setxor1d(ar1, ar2)` of integer (or bool) arrays: the sorted values in exactly one,
    /// `setdiff1d(union1d(a, b), intersect1d(a, b))`. Float operands are not taken: NumPy's
    /// sort-and-compare keeps a NaN present in both twice, which this rewrite would not.
    fn setxor1d(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "setxor1d",
            &["ar1", "ar2", "assume_unique"],
            2,
            args,
            kwargs,
            span,
        )?;
        if let Some(a) = b[2] {
            if !matches!(a.kind, A::Bool(false)) {
                return unsupported(a.span, "np.setxor1d with assume_unique=");
            }
        }
        let mut first = Vec::new();
        let mut ids = Vec::new();
        for e in [b[0].unwrap(), b[1].unwrap()] {
            let (v, d, _) = self.api_array(e, "setxor1d")?;
            if !(d.is_int() || d == DType::Bool) {
                return unsupported(e.span, format!("np.setxor1d of {} values", d.name()));
            }
            ids.push(self.hidden_local(v, &mut first));
        }
        let bl = Build(span);
        let (x, y) = (bl.name("a·xor"), bl.name("b·xor"));
        let u = bl.call(bl.np("union1d"), vec![x.clone(), y.clone()], vec![]);
        let i = bl.call(bl.np("intersect1d"), vec![x, y], vec![]);
        let call = bl.call(bl.np("setdiff1d"), vec![u, i], vec![]);
        self.type_rewrite(&[("a·xor", ids[0]), ("b·xor", ids[1])], first, &call)
    }
}

impl Sema {
    /// `np.select(condlist, choicelist, default=0)`: the first choice whose condition holds,
    /// else `default`, as nested `np.where`s from the last condition out. The choices are
    /// cast to their common dtype first, so every value is converted once, to the dtype NumPy
    /// computes (`result_type` of the choices and the default, a Python scalar default weak).
    fn select_function(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            "select",
            &["condlist", "choicelist", "default"],
            2,
            args,
            kwargs,
            span,
        )?;
        let items = |e: &ast::Expr| match &e.kind {
            A::List(v) | A::Tuple(v) => Some(v.clone()),
            _ => None,
        };
        let (Some(conds), Some(choices)) = (items(b[0].unwrap()), items(b[1].unwrap())) else {
            return unsupported(span, "np.select of other than lists of arrays");
        };
        if conds.len() != choices.len() {
            return py_err(
                PyExc::ValueError,
                span,
                "list of cases must be same length as list of conditions",
            );
        }
        if conds.is_empty() {
            return py_err(
                PyExc::ValueError,
                span,
                "select with an empty condition list is not possible",
            );
        }
        let mut first = Vec::new();
        let mut cond_vals = Vec::new();
        for (k, c) in conds.iter().enumerate() {
            let v = self.expr(c)?;
            match dims_of(&v.ty) {
                Some((DType::Bool, _)) if v.ty.as_array().is_none_or(|t| t.tensor.is_none()) => {}
                Some(_) => {
                    return py_err(
                        PyExc::TypeError,
                        c.span,
                        format!("invalid entry {k} in condlist: should be boolean ndarray"),
                    )
                }
                None => {
                    return unsupported(
                        c.span,
                        format!("np.select with a condition that is a {}", v.ty),
                    )
                }
            }
            cond_vals.push(v);
        }
        let mut choice_vals = Vec::new();
        let mut common: Option<DType> = None;
        for c in &choices {
            let (v, d, _) = self.api_array(c, "select")?;
            common = Some(common.map_or(d, |x| super::promote(x, d)));
            choice_vals.push(v);
        }
        let mut dt = common.unwrap();
        let default = match b[2] {
            None => None,
            Some(e) => {
                let v = self.expr(e)?;
                if v.ty.is_scalar() {
                    if let Ty::NpScalar(d) = v.ty {
                        dt = super::promote(dt, d);
                    }
                    Some(v)
                } else {
                    let (v, d, _) = self.api_array(e, "select")?;
                    dt = super::promote(dt, d);
                    Some(self.cast_array(v, dt))
                }
            }
        };
        let mut names: Vec<(String, hir::LocalId)> = Vec::new();
        for (k, v) in cond_vals.into_iter().enumerate() {
            names.push((format!("c{k}·select"), self.hidden_local(v, &mut first)));
        }
        for (k, v) in choice_vals.into_iter().enumerate() {
            let v = self.cast_array(v, dt);
            names.push((format!("x{k}·select"), self.hidden_local(v, &mut first)));
        }
        let bl = Build(span);
        let mut acc = match default {
            Some(v) => {
                names.push(("d·select".into(), self.hidden_local(v, &mut first)));
                bl.name("d·select")
            }
            None => bl.int(0),
        };
        for k in (0..conds.len()).rev() {
            acc = bl.call(
                bl.np("where"),
                vec![
                    bl.name(&format!("c{k}·select")),
                    bl.name(&format!("x{k}·select")),
                    acc,
                ],
                vec![],
            );
        }
        let refs: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        self.type_rewrite(&refs, first, &acc)
    }
}
