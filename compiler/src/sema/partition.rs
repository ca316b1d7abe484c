//! `np.partition(a, kth, axis=-1)`, `np.argpartition`, and the methods `a.partition(kth)`
//! (in place) and `a.argpartition(kth)`.
//!
//! Each becomes one `hir::ExprKind::Partition`, run by `arrc_partition`
//! (`runtime/src/abi/partition.rs`), which follows NumPy's own selection algorithm on this
//! CPU so that the order of the elements other than the kth ones, which scripts print, is
//! NumPy's. `kth` (an int, a list or tuple of ints, or an int array) goes to the runtime as a
//! 1-D int64 array; a kth out of bounds is NumPy's ValueError when the line runs, after what
//! the program printed before, as in NumPy.

use super::desugar::Build;
use super::shape::{bind_args, normalize_axis};
use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::PyExc;
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{dims_of, DType, RunArrTy, Ty};

impl Sema {
    /// `np.partition(a, kth, axis=-1, kind='introselect', order=None)` and `np.argpartition`.
    pub(super) fn partition_function(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            name,
            &["a", "kth", "axis", "kind", "order"],
            2,
            args,
            kwargs,
            span,
        )?;
        let x = self.array_like_arg(b[0].unwrap())?;
        self.partition_value(x, name == "argpartition", &b[1..], span)
    }

    /// `x.argpartition(kth, axis=-1, ...)` (a new array) and `x.partition(kth, axis=-1, ...)`,
    /// which partitions `x` in place (through a view too) and returns None.
    pub(super) fn partition_method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let b = bind_args(
            name,
            &["kth", "axis", "kind", "order"],
            1,
            args,
            kwargs,
            span,
        )?;
        if name == "argpartition" {
            return self.partition_value(recv, true, &b, span);
        }
        if dims_of(&recv.ty).is_none() {
            return unsupported(
                recv.span,
                format!("the method .partition() of a {}", recv.ty),
            );
        }
        if b[1].is_some_and(|e| e.kind == A::None) {
            // ndarray.partition has no flattening form.
            return err(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    "an integer is required for the axis".into(),
                ),
            );
        }
        // `x[:] = np.partition(x, kth, axis)`: NumPy's in-place partition makes the same swaps
        // on x's lanes as on a copy's.
        let mut first = Vec::new();
        let id = self.hidden_local(recv, &mut first);
        let bd = Build(span);
        let x = "partition·self";
        let mut kw = vec![];
        for (arg, val) in ["axis", "kind", "order"].iter().zip(&b[1..]) {
            if let Some(v) = val {
                kw.push(bd.kw(arg, (*v).clone()));
            }
        }
        let value = bd.call(
            bd.np("partition"),
            vec![bd.name(x), b[0].unwrap().clone()],
            kw,
        );
        let store = ast::Stmt {
            kind: ast::StmtKind::Assign {
                targets: vec![bd.index(bd.name(x), bd.all())],
                value,
            },
            span,
        };
        self.with_hidden_names(&[(x, id)], |s| s.stmt(&store, &mut first))?;
        Ok(super::seq(first, mk(H::None, Ty::None, span)))
    }

    /// `x` partitioned (or its partitioning indices) with the arguments `[kth, axis, kind,
    /// order]` as bound.
    fn partition_value(
        &mut self,
        x: hir::Expr,
        indices: bool,
        bound: &[Option<&ast::Expr>],
        span: Span,
    ) -> Result<hir::Expr> {
        let name = if indices { "argpartition" } else { "partition" };
        let Some((dtype, _)) = dims_of(&x.ty) else {
            return unsupported(x.span, format!("np.{name} of a {}", x.ty));
        };
        if x.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
            return unsupported(x.span, format!("np.{name} of a tensor"));
        }
        if let Some(k) = bound[2] {
            match &k.kind {
                A::None => {}
                A::Str(s) if s == "introselect" => {}
                A::Str(s) => {
                    return err(
                        k.span,
                        SemaError::Py(PyExc::ValueError, format!("Unknown selectkind '{s}'")),
                    )
                }
                _ => return unsupported(k.span, format!("this {name} kind (a string constant)")),
            }
        }
        if let Some(o) = bound[3].filter(|o| o.kind != A::None) {
            return unsupported(o.span, format!("the order= argument of {name}"));
        }
        let axis = match bound[1] {
            None => Some(-1),
            Some(e) if e.kind == A::None => None,
            Some(e) => {
                let v = self.expr(e)?;
                match super::const_int(&v, &self.consts) {
                    Some(a) => Some(a),
                    None => {
                        return unsupported(
                            e.span,
                            format!("a {name} axis not known at compile time"),
                        )
                    }
                }
            }
        };
        let mut first = Vec::new();
        let x = match axis {
            Some(_) => x,
            None => {
                // `axis=None`: the flattened array.
                let id = self.hidden_local(x, &mut first);
                let b = Build(span);
                let flat = b.method(b.name("partition·array"), "reshape", vec![b.int(-1)]);
                self.with_hidden_names(&[("partition·array", id)], |s| s.expr(&flat))?
            }
        };
        let (_, dims) = dims_of(&x.ty).unwrap();
        let axis = match axis {
            None => 0,
            Some(ax) => {
                if dims.is_empty() {
                    return err(span, SemaError::AxisOutOfBounds { axis: ax, ndim: 0 });
                }
                normalize_axis(ax, dims.len(), span)?
            }
        };
        let kth = self.kth_array(bound[0].unwrap(), &mut first)?;
        let out = if indices { DType::I64 } else { dtype };
        let ty = match &x.ty {
            Ty::Array(a) => Ty::Array(a.with(out, a.shape.clone())),
            _ => RunArrTy { dtype: out, dims }.into_ty(),
        };
        let value = mk(
            H::Partition {
                arg: Box::new(x),
                kth: Box::new(kth),
                axis,
                indices,
            },
            ty,
            span,
        );
        Ok(super::seq(first, value))
    }

    /// `kth` as a 1-D int64 array (an int is a 1-element one), with NumPy's errors for a kth
    /// that is not integer.
    fn kth_array(&mut self, e: &ast::Expr, first: &mut Vec<hir::Stmt>) -> Result<hir::Expr> {
        let b = Build(e.span);
        let int64 = || b.kw("dtype", b.np("int64"));
        if let A::List(items) | A::Tuple(items) = &e.kind {
            let list = b.e(A::List(items.clone()));
            let kw = if items.is_empty() {
                vec![int64()]
            } else {
                vec![]
            };
            let arr =
                self.with_hidden_names(&[], |s| s.expr(&b.call(b.np("array"), vec![list], kw)))?;
            return self.kth_checked(arr);
        }
        let v = self.expr(e)?;
        if !v.ty.is_index() || matches!(v.ty, Ty::Bool | Ty::NpScalar(DType::Bool)) {
            return self.kth_checked(v);
        }
        let id = self.hidden_local(v, first);
        let name = "partition·kth";
        let list = b.e(A::List(vec![b.name(name)]));
        self.with_hidden_names(&[(name, id)], |s| {
            s.expr(&b.call(b.np("array"), vec![list], vec![int64()]))
        })
    }

    /// An array kth: NumPy's errors for a bool, non-integer or 2-d one.
    fn kth_checked(&mut self, v: hir::Expr) -> Result<hir::Expr> {
        let Some((dtype, dims)) = dims_of(&v.ty) else {
            if matches!(v.ty, Ty::Bool | Ty::NpScalar(DType::Bool)) {
                return err(
                    v.span,
                    SemaError::Py(
                        PyExc::TypeError,
                        "Booleans unacceptable as partition index".into(),
                    ),
                );
            }
            if matches!(v.ty, Ty::Float | Ty::NpScalar(_)) {
                return err(
                    v.span,
                    SemaError::Py(PyExc::TypeError, "Partition index must be integer".into()),
                );
            }
            return unsupported(v.span, format!("a kth that is a {}", v.ty));
        };
        if dtype == DType::Bool {
            return err(
                v.span,
                SemaError::Py(
                    PyExc::TypeError,
                    "Booleans unacceptable as partition index".into(),
                ),
            );
        }
        if !dtype.is_int() {
            return err(
                v.span,
                SemaError::Py(PyExc::TypeError, "Partition index must be integer".into()),
            );
        }
        if dims.len() > 1 {
            return err(
                v.span,
                SemaError::Py(
                    PyExc::ValueError,
                    "kth array must have dimension <= 1".into(),
                ),
            );
        }
        if v.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
            return unsupported(v.span, "a kth that is a tensor");
        }
        let v = if dtype == DType::I64 {
            v
        } else {
            let span = v.span;
            let to = match &v.ty {
                Ty::Array(a) => Ty::Array(a.with(DType::I64, a.shape.clone())),
                _ => RunArrTy {
                    dtype: DType::I64,
                    dims,
                }
                .into_ty(),
            };
            mk(
                H::Elementwise {
                    op: hir::EwOp::Cast,
                    args: vec![v],
                },
                to,
                span,
            )
        };
        Ok(v)
    }
}
