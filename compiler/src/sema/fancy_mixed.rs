//! Integer-array indices mixed with slices and integers (`x[:, idx]`, `x[1:3, [0, 2]]`,
//! `T[0, :, idx]`) and `np.ix_`, read and written.
//!
//! NumPy's rule for where the indexed axes go: the advanced indices (arrays, lists, and the
//! integers among them) broadcast to one shape B; when they are adjacent in the index, B takes
//! their place among the slices' axes, otherwise B comes first. Each such index is rewritten
//! into a multi-array index that says the same thing: a slice on axis `k` becomes
//! `np.arange(n_k)[slice]` (NumPy's own slice normalisation, run-time bounds included) with
//! trailing new axes that put it at its result axis, and an array gets trailing new axes that
//! put B where the rule places it. Broadcasting all of them gives exactly NumPy's result
//! shape and elements, so the read is one `TakeNd` gather and the write one `PutNd` scatter
//! (the runtime checks every index against its axis, in NumPy's words).

use super::desugar::Build;
use super::{err, seq, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{dims_of, Dim, ModuleKind, Ty};

/// What one item of a mixed index is.
enum Item {
    /// A slice on the base's axis `axis`.
    Slice(ast::Expr, usize),
    /// An integer array (or list), bound to a hidden name, of this rank.
    Array(String, usize),
    /// An integer, bound to a hidden name.
    Int(String),
}

impl Sema {
    /// Whether `index` mixes slices (or `...`) with array or list indices in a way the other
    /// index paths do not take: one list among slices alone into a static array stays with
    /// `list_index`.
    pub(super) fn is_mixed_index(&self, base: &Ty, index: &ast::Expr) -> bool {
        if let A::Call { func, .. } = &index.kind {
            return self.is_ix(func);
        }
        if let A::Name(n) = &index.kind {
            return self.tuple_of_arrays(n).is_some();
        }
        let A::Tuple(items) = &index.kind else {
            return false;
        };
        let sliced = items
            .iter()
            .any(|i| matches!(i.kind, A::Slice { .. } | A::Ellipsis));
        let lists = items
            .iter()
            .filter(|i| matches!(i.kind, A::List(_)))
            .count();
        let arrays = items.iter().filter(|i| self.surely_array(i)).count();
        if !sliced || lists + arrays == 0 {
            return false;
        }
        // `list_index` takes slices with constant bounds only.
        let constant = |b: &Option<Box<ast::Expr>>| match b.as_deref().map(|e| &e.kind) {
            None | Some(A::Int(_)) => true,
            Some(A::UnaryOp { operand, .. }) => matches!(operand.kind, A::Int(_)),
            _ => false,
        };
        let plain_list = arrays == 0
            && lists == 1
            && items.iter().all(|i| match &i.kind {
                A::List(_) => true,
                A::Slice { lower, upper, step } => {
                    constant(lower) && constant(upper) && constant(step)
                }
                _ => false,
            });
        !(plain_list && matches!(base, Ty::Array(_)))
    }

    /// The number of items of `name` when it is bound to a tuple of integer arrays (what
    /// `np.ix_` returns).
    fn tuple_of_arrays(&self, name: &str) -> Option<usize> {
        let Some(super::Binding::Local(id)) = self.env.get(name) else {
            return None;
        };
        let Ty::Tuple(items) = &self.locals[*id].ty else {
            return None;
        };
        items
            .iter()
            .all(|t| dims_of(t).is_some_and(|(d, _)| d.is_int()))
            .then_some(items.len())
    }

    /// `func` is `np.ix_`.
    fn is_ix(&self, func: &ast::Expr) -> bool {
        matches!(&func.kind, A::Attribute { value, attr, .. }
            if attr == "ix_" && self.module_of(value) == Some(ModuleKind::NumPy))
    }

    /// The read `base[index]` of a mixed index: a new array.
    pub(super) fn mixed_take(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let (names, tuple) = self.mixed_as_arrays(&base, index, &mut first)?;
        let refs: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let taken = self.with_hidden_names(&refs, |s| s.take_nd(base, &tuple, span))?;
        Ok(seq(first, taken))
    }

    /// The write `base[index] = value` of a mixed index.
    pub(super) fn mixed_put(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let (names, tuple) = self.mixed_as_arrays(&base, index, out)?;
        let refs: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        self.with_hidden_names(&refs, |s| s.put_nd(base, &tuple, value, span, out))
    }

    /// The multi-array index (a tuple of AST naming hidden locals) equal to the mixed index,
    /// with the statements that evaluate its arrays, in order, appended to `first`.
    fn mixed_as_arrays(
        &mut self,
        base: &hir::Expr,
        index: &ast::Expr,
        first: &mut Vec<hir::Stmt>,
    ) -> Result<(Vec<(String, hir::LocalId)>, ast::Expr)> {
        let b = Build(index.span);
        let Some((_, bdims)) =
            dims_of(&base.ty).filter(|_| !base.ty.as_array().is_some_and(|a| a.tensor.is_some()))
        else {
            return unsupported(index.span, format!("array indices into a {}", base.ty));
        };
        let mut names: Vec<(String, hir::LocalId)> = Vec::new();
        if let A::Call { args, kwargs, .. } = &index.kind {
            return self.ix_as_arrays(args, kwargs, index.span, first, names);
        }
        if let A::Name(n) = &index.kind {
            // A tuple of index arrays: its items.
            let k = self.tuple_of_arrays(n).unwrap();
            let items = (0..k)
                .map(|i| b.index(b.name(n), b.int(i as i64)))
                .collect();
            return Ok((names, b.tuple(items)));
        }
        let A::Tuple(items) = &index.kind else {
            unreachable!("a mixed index is a tuple")
        };
        if let Some(i) = items.iter().find(|i| self.is_newaxis_item(i)) {
            return unsupported(i.span, "np.newaxis together with array indices");
        }
        if items
            .iter()
            .filter(|i| matches!(i.kind, A::Ellipsis))
            .count()
            > 1
        {
            return err(
                index.span,
                SemaError::Py(
                    PyExc::IndexError,
                    "an index can only have a single ellipsis ('...')".into(),
                ),
            );
        }
        let real = items
            .iter()
            .filter(|i| !matches!(i.kind, A::Ellipsis))
            .count();
        if real > bdims.len() {
            return err(
                index.span,
                SemaError::TooManyIndices {
                    ndim: bdims.len(),
                    given: real,
                },
            );
        }
        // Each item, in order (CPython evaluates the index's items left to right).
        let mut kinds: Vec<Item> = Vec::new();
        let mut adv_dims: Vec<Vec<Dim>> = Vec::new();
        let mut axis = 0;
        for item in items {
            match &item.kind {
                A::Ellipsis => {
                    for _ in 0..bdims.len() - real {
                        kinds.push(Item::Slice(b.all(), axis));
                        axis += 1;
                    }
                    continue;
                }
                A::Slice { lower, upper, step } => {
                    let calls = [lower, upper, step]
                        .iter()
                        .any(|p| p.as_deref().is_some_and(super::makes_call));
                    if calls {
                        return unsupported(item.span, "calls in a slice among array indices");
                    }
                    kinds.push(Item::Slice(item.clone(), axis));
                }
                _ => {
                    let v = self.array_like_arg(item)?;
                    let name = format!("ix·{}", names.len());
                    match dims_of(&v.ty) {
                        _ if v.ty.as_array().is_some_and(|a| a.tensor.is_some()) => {
                            return unsupported(item.span, "indexing with tensors")
                        }
                        Some((d, dims)) if d.is_int() => {
                            let rank = dims.len();
                            adv_dims.push(dims);
                            names.push((name.clone(), self.hidden_local(v, first)));
                            kinds.push(Item::Array(name, rank));
                        }
                        Some((crate::types::DType::Bool, _)) => {
                            return unsupported(item.span, "a boolean array among other indices")
                        }
                        Some(_) => {
                            return err(
                                item.span,
                                SemaError::Py(PyExc::IndexError,
                                    "arrays used as indices must be of integer (or boolean) type"
                                        .into(),
                                ),
                            )
                        }
                        None if matches!(v.ty, Ty::Bool | Ty::NpScalar(crate::types::DType::Bool)) => {
                            return unsupported(item.span, "boolean scalar indices")
                        }
                        None if v.ty.is_index() => {
                            names.push((name.clone(), self.hidden_local(v, first)));
                            kinds.push(Item::Int(name));
                        }
                        None => {
                            return err(item.span, SemaError::Py(PyExc::IndexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices".into()))
                        }
                    }
                }
            }
            axis += 1;
        }
        // NumPy's IndexError when the index arrays do not broadcast (found here for static
        // extents; the gather itself would name the slices' index arrays too).
        if adv_dims.iter().flatten().all(|d| *d != Dim::Run) {
            let shapes: Vec<Vec<usize>> = adv_dims
                .iter()
                .map(|d| d.iter().map(|x| x.fixed().unwrap()).collect())
                .collect();
            let mut acc: Vec<usize> = Vec::new();
            for s in &shapes {
                match crate::types::broadcast_shapes(&acc, s) {
                    Some(b) => acc = b,
                    None => {
                        let text: Vec<String> = shapes
                            .iter()
                            .map(|s| match s.len() {
                                1 => format!("({},)", s[0]),
                                _ => format!(
                                    "({})",
                                    s.iter()
                                        .map(|x| x.to_string())
                                        .collect::<Vec<_>>()
                                        .join(",")
                                ),
                            })
                            .collect();
                        return err(
                            index.span,
                            SemaError::Py(PyExc::IndexError, format!(
                                "shape mismatch: indexing arrays could not be broadcast together with shapes {} ",
                                text.join(" ")
                            )),
                        );
                    }
                }
            }
        }
        // Where the broadcast shape B of the advanced indices goes.
        let adv: Vec<usize> = (0..kinds.len())
            .filter(|&i| !matches!(kinds[i], Item::Slice(..)))
            .collect();
        let adjacent = adv.windows(2).all(|w| w[1] == w[0] + 1);
        let brank = kinds
            .iter()
            .map(|k| match k {
                Item::Array(_, r) => *r,
                _ => 0,
            })
            .max()
            .unwrap_or(0);
        let slices = kinds.len() - adv.len();
        let rank = brank + slices;
        let b_at = if adjacent {
            adv.first().copied().unwrap_or(0) // the slices before the first advanced index
        } else {
            0
        };
        // The base is named only when a slice needs its run-time extent.
        let run_axis = kinds
            .iter()
            .any(|k| matches!(k, Item::Slice(_, ax) if bdims[*ax] == Dim::Run));
        if run_axis {
            let id = self.hidden_local(base.clone(), first);
            names.push(("ix·base".into(), id));
        }
        let trailing = |e: ast::Expr, lead: ast::Expr, n: usize| {
            if n == 0 {
                return e;
            }
            let mut idx = vec![lead];
            idx.extend((0..n).map(|_| b.e(A::None)));
            b.index(e, b.tuple(idx))
        };
        let mut out = Vec::new();
        let mut slice_pos = 0; // slices seen so far
        for k in &kinds {
            out.push(match k {
                Item::Slice(s, ax) => {
                    let q = if adjacent && slice_pos >= b_at {
                        slice_pos + brank
                    } else if adjacent {
                        slice_pos
                    } else {
                        brank + slice_pos
                    };
                    slice_pos += 1;
                    let n = match bdims[*ax] {
                        Dim::Fixed(n) => b.int(n as i64),
                        Dim::Run => b.index(b.attr(b.name("ix·base"), "shape"), b.int(*ax as i64)),
                    };
                    let range = b.index(b.call(b.np("arange"), vec![n], vec![]), s.clone());
                    trailing(range, b.all(), rank - q - 1)
                }
                Item::Array(name, _) => {
                    trailing(b.name(name), b.e(A::Ellipsis), rank - b_at - brank)
                }
                Item::Int(name) => b.name(name),
            });
        }
        Ok((names, b.tuple(out)))
    }

    /// `np.ix_(a, b, ...)` as an index: argument `i` (1-D) along result axis `i`.
    fn ix_as_arrays(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
        first: &mut Vec<hir::Stmt>,
        mut names: Vec<(String, hir::LocalId)>,
    ) -> Result<(Vec<(String, hir::LocalId)>, ast::Expr)> {
        let b = Build(span);
        if let Some(k) = kwargs.first() {
            return err(
                k.span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!("ix_() got an unexpected keyword argument '{}'", k.name),
                ),
            );
        }
        if args.is_empty() {
            return unsupported(span, "np.ix_ with no arguments");
        }
        let n = args.len();
        let mut out = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let v = self.array_like_arg(a)?;
            match dims_of(&v.ty) {
                Some((d, dims)) if d.is_int() && dims.len() == 1 => {}
                Some((crate::types::DType::Bool, dims)) if dims.len() == 1 => {
                    return unsupported(a.span, "np.ix_ of a boolean array")
                }
                Some((d, dims)) if d.is_int() || dims.len() != 1 => {
                    return err(
                        a.span,
                        SemaError::Py(
                            PyExc::ValueError,
                            "Cross index must be 1 dimensional".into(),
                        ),
                    )
                }
                Some(_) => {
                    return err(
                        a.span,
                        SemaError::Py(
                            PyExc::IndexError,
                            "arrays used as indices must be of integer (or boolean) type".into(),
                        ),
                    )
                }
                None => return unsupported(a.span, format!("np.ix_ of a {}", v.ty)),
            }
            let name = format!("ix·{}", names.len());
            names.push((name.clone(), self.hidden_local(v, first)));
            let mut idx: Vec<ast::Expr> = (0..i).map(|_| b.e(A::None)).collect();
            idx.push(b.all());
            idx.extend((i + 1..n).map(|_| b.e(A::None)));
            out.push(if n == 1 {
                b.name(&name)
            } else {
                b.index(b.name(&name), b.tuple(idx))
            });
        }
        Ok((names, b.tuple(out)))
    }

    /// `np.ix_(a, b, ...)` as a value: the tuple of its reshaped arguments.
    pub(super) fn ix_value(
        &mut self,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let mut first = Vec::new();
        let (names, tuple) = self.ix_as_arrays(args, kwargs, span, &mut first, Vec::new())?;
        let tuple = match (args.len(), tuple.kind) {
            // One argument: a 1-tuple of it.
            (1, A::Tuple(items)) => {
                let b = Build(span);
                let item = b.index(items[0].clone(), b.all());
                b.tuple(vec![item])
            }
            (_, kind) => Build(span).e(kind),
        };
        let refs: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let v = self.with_hidden_names(&refs, |s| s.expr(&tuple))?;
        Ok(seq(first, v))
    }

    fn is_newaxis_item(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            A::None => true,
            A::Attribute { value, attr, .. } => {
                attr == "newaxis" && self.module_of(value) == Some(ModuleKind::NumPy)
            }
            _ => false,
        }
    }
}

/// Whether `e` is the gather a mixed index reads (so `x[:, idx] += v` stores back through
/// the same index).
pub(super) fn is_take(e: &hir::Expr) -> bool {
    match &e.kind {
        H::TakeNd { .. } | H::Take { .. } => true,
        H::Seq { value, .. } => is_take(value),
        _ => false,
    }
}

/// Whether `e` is the copy a boolean-mask index reads (`x[x > 5] += 1` updates `x`).
pub(super) fn is_mask_take(e: &hir::Expr) -> bool {
    match &e.kind {
        H::MaskTake { .. } => true,
        H::Seq { value, .. } => is_mask_take(value),
        _ => false,
    }
}
