//! Sema: AST → typed HIR. Resolves names and NumPy calls, infers dtypes and static shapes,
//! resolves broadcasting and `-1` reshapes, and rejects what is outside the language.
//!
//! Architecture invariant: every error a user can get from a well-formed parse comes from
//! here, worded as NumPy words it (see `errors`), at the span of the offending node.

mod api_index;
mod api_math;
mod complex;
mod comprehensions;
mod consts;
mod desugar;
mod einsum;
mod errors;
mod fancy_mixed;
mod fancy_update;
mod for_each;
mod functions;
mod histogram;
mod imports;
mod interp;
mod ints;
mod lambda;
mod linalg;
mod list_index;
mod lists;
pub use lists::str_list_repr;
mod mgrid;
mod numpy_all;
mod numpy_names;
mod partition;
mod random;
mod recover;
mod reduce;
mod scalars;
mod set_shape;
mod shape;
mod split;
mod str_methods;
mod stride_tricks;
mod svd;
mod torch;
mod ufunc;
mod ufunc_methods;
mod ufunc_out;
mod unpack_run;
mod unroll;
mod value_shapes;
mod zero_d;

pub use errors::SemaError;
pub use scalars::scalar_type_name;
pub use torch::torch_dtype_name;

use crate::hir::{self, EwOp, ExprKind as H, RandomKind, ReduceForm, ReduceOp, ViewOp};
use crate::source::{Diagnostic, PyExc, Span};
use crate::syntax::ast::{self, BinOp, CmpOp, ExprKind as A, StmtKind as S, UnaryOp};
use crate::types::{broadcast_shapes, ArrTy, DType, Dim, ModuleKind, RunArrTy, Shape, Ty};
use std::collections::HashMap;

type Result<T> = std::result::Result<T, Diagnostic>;

/// The most dimensions an array may have (the runtime's `MAX_DIMS`).
const ARRAY_DIM_LIMIT: usize = 8;

/// Type-checks a parsed program; its first diagnostic when it does not compile.
pub fn check_program(module: &ast::Module) -> Result<hir::Program> {
    check_program_all(module).map_err(|mut ds| ds.swap_remove(0))
}

/// Type-checks a parsed program; every diagnostic, in source order, when it does not
/// compile (`recover`).
pub fn check_program_all(
    module: &ast::Module,
) -> std::result::Result<hir::Program, Vec<Diagnostic>> {
    let mut module = module.clone();
    imports::resolve_from_imports(&mut module).map_err(|d| vec![d])?;
    let module = &module;
    let mut counts = HashMap::new();
    count_assignments(&module.body, &mut counts);
    consts::merge_same_constants(&module.body, &mut counts);
    let mut sema = Sema {
        locals: Vec::new(),
        env: HashMap::new(),
        consts: HashMap::new(),
        known_parts: HashMap::new(),
        counts,
        loop_depth: 0,
        branch_depth: 0,
        assignments: Vec::new(),
        frames: Vec::new(),
        functions: Vec::new(),
        compiled: HashMap::new(),
        promoted: Vec::new(),
        effects_of_static_args: Vec::new(),
    };
    let body = sema.top_level(&module.body)?;
    Ok(hir::Program {
        locals: sema.locals,
        body,
        assignments: sema.assignments,
        functions: sema.functions,
    })
}

#[derive(Clone, Debug)]
pub(super) enum Binding {
    Local(hir::LocalId),
    Module(ModuleKind),
    Function(std::rc::Rc<functions::FunctionDef>),
}

struct Sema {
    locals: Vec<hir::Local>,
    env: HashMap<String, Binding>,
    /// Locals bound once, at top level, to a constant int: usable where a shape is needed.
    consts: HashMap<hir::LocalId, i64>,
    /// Locals holding a tuple whose parts include compile-time ints (by position), or an int
    /// known at compile time that `consts` cannot hold: an inlined call's result (see
    /// `Frame::result_parts`), a tuple bound once at top level to one.
    known_parts: HashMap<hir::LocalId, Vec<Option<i64>>>,
    /// How many times each name is assigned anywhere in the program.
    counts: HashMap<String, usize>,
    loop_depth: usize,
    branch_depth: usize,
    assignments: Vec<(Span, String, Ty)>,
    /// The user functions being inlined, innermost last.
    frames: Vec<functions::Frame>,
    /// Recursive user functions, compiled as functions; and each one's id by name and
    /// argument types.
    functions: Vec<hir::Function>,
    compiled: HashMap<(String, Vec<Ty>), hir::FunctionId>,
    /// The locals that went from a Python scalar to its NumPy scalar (see `assign`), in order:
    /// a loop whose body did that to a local older than the body is checked again
    /// (`loop_body`).
    promoted: Vec<hir::LocalId>,
    /// The effects of the call's arguments that are used as compile-time values (a shape
    /// `draw().shape`): they run before the call that `expr` makes of them.
    effects_of_static_args: Vec<hir::Stmt>,
}

fn count_assignments(body: &[ast::Stmt], counts: &mut HashMap<String, usize>) {
    fn target(e: &ast::Expr, counts: &mut HashMap<String, usize>) {
        match &e.kind {
            A::Name(n) => *counts.entry(n.clone()).or_default() += 1,
            A::Tuple(items) => items.iter().for_each(|i| target(i, counts)),
            _ => {}
        }
    }
    for stmt in body {
        match &stmt.kind {
            S::Assign { targets, .. } => targets.iter().for_each(|t| target(t, counts)),
            S::AugAssign { target: t, .. } => {
                target(t, counts);
                target(t, counts)
            }
            S::For {
                target: t,
                body,
                orelse,
                ..
            } => {
                target(t, counts);
                target(t, counts);
                count_assignments(body, counts);
                count_assignments(orelse, counts);
            }
            S::If { body, orelse, .. } | S::While { body, orelse, .. } => {
                count_assignments(body, counts);
                count_assignments(orelse, counts);
            }
            S::Magic { stmt, .. } => count_assignments(std::slice::from_ref(stmt), counts),
            S::Block(stmts) => count_assignments(stmts, counts),
            _ => {}
        }
    }
}

impl Sema {
    /// Whether `e` is a scalar whose Python/NumPy kind is known only at run time: a local
    /// that tracks it, a call returning one, or arithmetic whose NumPy-typed operands are all
    /// such (`acc * 2.0` is a float while `acc` is one). Lowering computes the kind the same
    /// way (`Lower::kind_flag_of`).
    fn has_dynamic_kind(&self, e: &hir::Expr) -> bool {
        match &e.kind {
            H::Seq { value, .. } => self.has_dynamic_kind(value),
            H::Local(id)
            | H::Inline {
                result: Some(id), ..
            } => self.locals[*id].python_or_numpy,
            // A tuple display with such an item, and an item of a tuple that has them (a tuple
            // local tracks one flag per item).
            H::Tuple(items) => items.iter().any(|i| self.has_dynamic_kind(i)),
            H::TupleGet { tuple, .. } if matches!(e.ty, Ty::NpScalar(_) | Ty::Tuple(_)) => {
                self.has_dynamic_kind(tuple)
            }
            H::MinMax { args, .. } if matches!(e.ty, Ty::NpScalar(_)) => args
                .iter()
                .any(|a| !matches!(a.ty, Ty::NpScalar(_)) || self.has_dynamic_kind(a)),
            H::Elementwise { args, .. } if matches!(e.ty, Ty::NpScalar(_)) => {
                let mut dynamic = false;
                for a in args {
                    match a.ty {
                        Ty::NpScalar(_) if self.has_dynamic_kind(a) => dynamic = true,
                        Ty::NpScalar(_) => return false,
                        Ty::Int | Ty::Float | Ty::Bool => {}
                        _ => return false,
                    }
                }
                dynamic
            }
            _ => false,
        }
    }
}

/// For a Python scalar type and a NumPy scalar type of the same kind (float and float64, int
/// and int64, bool and numpy.bool), either way round: the NumPy one.
pub(super) fn python_or_numpy(a: &Ty, b: &Ty) -> Option<Ty> {
    let pair = |py: &Ty, np: &Ty| match (py, np) {
        (Ty::Float, Ty::NpScalar(DType::F64))
        | (Ty::Int, Ty::NpScalar(DType::I64))
        | (Ty::Bool, Ty::NpScalar(DType::Bool)) => Some(np.clone()),
        _ => None,
    };
    pair(a, b).or_else(|| pair(b, a))
}

/// `value` in place of `dropped`, an expression whose value sema resolved from its type
/// (`draw().shape`, `len(f())`): `dropped` still runs first when it has effects.
fn after_effects_of(dropped: hir::Expr, value: hir::Expr) -> hir::Expr {
    if !dropped.has_effects() {
        return value;
    }
    let span = dropped.span;
    let first = vec![hir::Stmt {
        kind: hir::StmtKind::Expr {
            value: dropped,
            show: false,
        },
        span,
    }];
    seq(first, value)
}

/// `value` after the statements `first` (itself when there are none).
pub(super) fn seq(first: Vec<hir::Stmt>, value: hir::Expr) -> hir::Expr {
    if first.is_empty() {
        return value;
    }
    let (ty, span) = (value.ty.clone(), value.span);
    mk(
        H::Seq {
            first,
            value: Box::new(value),
        },
        ty,
        span,
    )
}

/// Whether `e` reads no more than a local or a constant: evaluating it again costs nothing
/// and sees the same value.
pub(super) fn is_trivial(e: &hir::Expr) -> bool {
    matches!(
        e.kind,
        H::Int(_) | H::Float(_) | H::Bool(_) | H::Str(_) | H::None | H::DType(_) | H::Local(_)
    )
}

/// Whether `e` contains a call (of a user function, an RNG draw, …): the only expressions
/// whose evaluation can have an effect.
pub(super) fn makes_call(e: &ast::Expr) -> bool {
    let opt = |b: &Option<Box<ast::Expr>>| b.as_deref().is_some_and(makes_call);
    match &e.kind {
        A::Call { .. } => true,
        A::Name(_)
        | A::Int(_)
        | A::Float(_)
        | A::Imag(_)
        | A::Str(_)
        | A::Bool(_)
        | A::None
        | A::Ellipsis
        | A::Unsupported(_) => false,
        // Making a lambda runs only its defaults.
        A::Lambda { params, .. } => params
            .iter()
            .any(|p| p.default.as_ref().is_some_and(makes_call)),
        A::FString(parts) => parts.iter().any(|p| match p {
            ast::FStringPart::Literal(_) => false,
            ast::FStringPart::Field { value, .. } => makes_call(value),
        }),
        A::Tuple(items) | A::List(items) | A::BoolOp { values: items, .. } => {
            items.iter().any(makes_call)
        }
        A::BinOp { lhs, rhs, .. } => makes_call(lhs) || makes_call(rhs),
        A::UnaryOp { operand, .. } | A::Starred(operand) => makes_call(operand),
        A::Compare { left, rest } => makes_call(left) || rest.iter().any(|(_, r)| makes_call(r)),
        A::Attribute { value, .. } => makes_call(value),
        A::Subscript { value, index } => makes_call(value) || makes_call(index),
        A::Slice { lower, upper, step } => opt(lower) || opt(upper) || opt(step),
        A::IfExp { test, body, orelse } => {
            makes_call(test) || makes_call(body) || makes_call(orelse)
        }
        A::Comprehension {
            element, clauses, ..
        } => makes_call(element) || clauses.iter().any(comprehensions::clause_makes_call),
    }
}

/// The Python exception `exc` with `message` at `span`.
fn py_err<T>(exc: PyExc, span: Span, message: impl Into<String>) -> Result<T> {
    err(span, SemaError::Py(exc, message.into()))
}

fn err<T>(span: Span, e: SemaError) -> Result<T> {
    Err(Diagnostic {
        span,
        message: e.to_string(),
        exc: e.exc(),
    })
}

fn unsupported<T>(span: Span, what: impl Into<String>) -> Result<T> {
    err(span, SemaError::Unsupported(what.into()))
}

fn mk(kind: H, ty: Ty, span: Span) -> hir::Expr {
    hir::Expr { kind, ty, span }
}

fn promote(a: DType, b: DType) -> DType {
    crate::types::promote_types(a, b)
}

/// torch's `result_type` over elementwise operands: tensors with dimensions, 0-d tensors, and
/// scalars (Python or NumPy) each count differently.
fn torch_elementwise_dtype(args: &[hir::Expr]) -> DType {
    let (mut dims, mut zero, mut scalars) = (Vec::new(), Vec::new(), Vec::new());
    for a in args {
        match &a.ty {
            Ty::Array(t) if t.ndim() > 0 => dims.push(t.dtype),
            Ty::Array(t) => zero.push(t.dtype),
            t => scalars.push(t.scalar_dtype().expect("elementwise operand")),
        }
    }
    crate::types::torch_result_dtype(&dims, &zero, &scalars)
}

/// The dtype elementwise operands promote to: NEP 50, with arrays and NumPy scalars strong
/// and Python scalars weak.
pub fn elementwise_dtype<'t>(args: impl Iterator<Item = &'t Ty>) -> DType {
    let (mut strong, mut weak) = (Vec::new(), Vec::new());
    for t in args {
        match t {
            Ty::Array(a) => strong.push(a.dtype),
            Ty::RunArray(a) => strong.push(a.dtype),
            Ty::NpScalar(d) => strong.push(*d),
            t => weak.push(t.scalar_dtype().expect("elementwise operand")),
        }
    }
    crate::types::result_dtype(&strong, &weak)
}

/// NumPy's `dtype=` spellings.
fn dtype_from_name(name: &str) -> Option<DType> {
    match name {
        "int" | "int64" | "int_" => Some(DType::I64),
        "float" | "float64" | "double" | "float_" => Some(DType::F64),
        "float32" | "single" => Some(DType::F32),
        "int32" | "intc" => Some(DType::I32),
        "bool" | "bool_" => Some(DType::Bool),
        "complex" | "complex128" | "cdouble" => Some(DType::C128),
        "complex64" | "csingle" => Some(DType::C64),
        n => crate::int_dtypes::parse_name(n),
    }
}

impl Sema {
    /// NumPy's OverflowError for a Python int constant cast to int32 that does not fit (a
    /// run-time Python int is not checked: it wraps).
    fn check_fits_int32(&self, e: &hir::Expr, dtype: DType, span: Span) -> Result<()> {
        if e.ty != Ty::Int || !dtype.is_int() {
            return Ok(());
        }
        match const_int(e, &self.consts) {
            Some(v) => {
                if let Some(m) = crate::int_dtypes::python_int_overflow(v as i128, dtype) {
                    return err(span, SemaError::Py(PyExc::OverflowError, m));
                }
            }
            None if crate::int_dtypes::is_new(dtype) => {
                return unsupported(
                    e.span,
                    format!(
                        "a Python int not known at compile time as a {}",
                        dtype.name()
                    ),
                )
            }
            None => {}
        }
        Ok(())
    }

    /// The compile-time ints in `e`'s value: one per part of a tuple, or one for an int
    /// (`None` where a part is not known); `None` for other values.
    fn const_parts(&self, e: &hir::Expr) -> Option<Vec<Option<i64>>> {
        match &e.kind {
            H::Tuple(parts) => Some(
                parts
                    .iter()
                    .map(|p| match p.ty {
                        Ty::Int => self.const_parts(p).and_then(|v| v[0]),
                        _ => None,
                    })
                    .collect(),
            ),
            H::Seq { value, .. } => self.const_parts(value),
            H::Inline {
                result: Some(id), ..
            } => self.known_parts.get(id).cloned(),
            H::Local(id) if matches!(e.ty, Ty::Tuple(_)) => self.known_parts.get(id).cloned(),
            _ if e.ty == Ty::Int => Some(vec![const_int(e, &self.consts)]),
            _ => None,
        }
    }

    /// `e` as an expression that can be used twice, or not at all, without repeating or
    /// dropping its effects: `e` itself when it has none, else a temporary local that `first`
    /// binds to it.
    fn once(&mut self, e: hir::Expr, first: &mut Vec<hir::Stmt>) -> hir::Expr {
        if e.has_effects() {
            self.bind_temp(e, first)
        } else {
            e
        }
    }

    /// A new local, bound to `e` by a statement appended to `first`. A value wholly given by
    /// its type (None, a dtype) is not stored: `e` runs, then the value is rebuilt.
    fn bind_temp(&mut self, e: hir::Expr, first: &mut Vec<hir::Stmt>) -> hir::Expr {
        let (ty, span) = (e.ty.clone(), e.span);
        let rebuilt = match &ty {
            Ty::None => Some(H::None),
            Ty::DTypeObj(d) => Some(H::DType(*d)),
            Ty::TorchDType(_) | Ty::TorchSize(_) | Ty::ScalarType(_) => Some(H::TypeValue),
            _ => None,
        };
        if let Some(kind) = rebuilt {
            first.push(hir::Stmt {
                kind: hir::StmtKind::Expr {
                    value: e,
                    show: false,
                },
                span,
            });
            return mk(kind, ty, span);
        }
        let tmp = self.hidden_local(e, first);
        mk(H::Local(tmp), ty, span)
    }

    /// For a target of an augmented assignment or of a store: the same target with each part
    /// that may have effects (`counts[np.random.randint(6)]`, `x[f():3]`) evaluated once, in
    /// CPython's order (object, then index items), into a hidden local it then names, so
    /// that reading and writing the target evaluate it once between them.
    fn target_evaluated_once(
        &mut self,
        target: &ast::Expr,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<ast::Expr> {
        let A::Subscript { value, index } = &target.kind else {
            return Ok(target.clone());
        };
        let value = self.part_evaluated_once(value, out)?;
        let index = match &index.kind {
            A::Tuple(items) => {
                let items = items
                    .iter()
                    .map(|i| self.part_evaluated_once(i, out))
                    .collect::<Result<Vec<_>>>()?;
                ast::Expr {
                    kind: A::Tuple(items),
                    span: index.span,
                }
            }
            _ => self.part_evaluated_once(index, out)?,
        };
        Ok(ast::Expr {
            kind: A::Subscript {
                value: Box::new(value),
                index: Box::new(index),
            },
            span: target.span,
        })
    }

    /// `e` unchanged when it makes no call (evaluating it again repeats nothing), else the
    /// name of a hidden local holding its value (the bounds of a slice each on its own).
    fn part_evaluated_once(
        &mut self,
        e: &ast::Expr,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<ast::Expr> {
        if !makes_call(e) {
            return Ok(e.clone());
        }
        if let A::Slice { lower, upper, step } = &e.kind {
            let mut bound = |b: &Option<Box<ast::Expr>>| -> Result<Option<Box<ast::Expr>>> {
                Ok(match b {
                    Some(b) => Some(Box::new(self.part_evaluated_once(b, out)?)),
                    None => None,
                })
            };
            let (lower, upper, step) = (bound(lower)?, bound(upper)?, bound(step)?);
            return Ok(ast::Expr {
                kind: A::Slice { lower, upper, step },
                span: e.span,
            });
        }
        // What sema cannot evaluate as a value here (a dtype argument) has no effects.
        let Ok(v) = self.expr(e) else {
            return Ok(e.clone());
        };
        if !v.has_effects() {
            return Ok(e.clone());
        }
        let id = match self.bind_temp(v, out).kind {
            H::Local(id) => id,
            H::None => {
                return Ok(ast::Expr {
                    kind: A::None,
                    span: e.span,
                })
            }
            _ => return unsupported(e.span, "an index of this type"),
        };
        let name = format!("<value {id}>");
        self.env.insert(name.clone(), Binding::Local(id));
        Ok(ast::Expr {
            kind: A::Name(name),
            span: e.span,
        })
    }

    fn new_local(&mut self, name: &str, ty: Ty) -> hir::LocalId {
        let may_be_unbound = self.loop_depth + self.branch_depth > 0;
        self.locals.push(hir::Local {
            name: name.to_string(),
            ty,
            may_be_unbound,
            python_or_numpy: false,
        });
        self.locals.len() - 1
    }

    fn block(&mut self, stmts: &[ast::Stmt]) -> Result<Vec<hir::Stmt>> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    fn nested<T>(&mut self, is_loop: bool, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        if is_loop {
            self.loop_depth += 1;
        } else {
            self.branch_depth += 1;
        }
        let r = f(self);
        if is_loop {
            self.loop_depth -= 1;
        } else {
            self.branch_depth -= 1;
        }
        r
    }

    /// Checks a loop (its test and body, `check`) again while doing so turns names from Python
    /// scalars into NumPy ones (`total = total - x[i]`): a read earlier in the body, or in the
    /// test, must see the new type (the value is the NumPy scalar from the second iteration
    /// on). A local made inside the pass (an inlined call's) cannot have been read before it,
    /// and each pass turns at least one older local for good, so this ends.
    fn loop_body<T>(&mut self, mut check: impl FnMut(&mut Self) -> Result<T>) -> Result<T> {
        loop {
            let (older, promoted, assignments) = (
                self.locals.len(),
                self.promoted.len(),
                self.assignments.len(),
            );
            let r = check(self)?;
            if self.promoted[promoted..].iter().all(|&id| id >= older) {
                return Ok(r);
            }
            self.assignments.truncate(assignments);
        }
    }

    fn stmt(&mut self, stmt: &ast::Stmt, out: &mut Vec<hir::Stmt>) -> Result<()> {
        let span = stmt.span;
        let push = |out: &mut Vec<hir::Stmt>, kind| out.push(hir::Stmt { kind, span });
        match &stmt.kind {
            S::Expr { value, shown } => self.expr_stmt(value, *shown, span, out)?,
            S::Assign { targets, value } => {
                if let (
                    [ast::Expr {
                        kind: A::Name(name),
                        ..
                    }],
                    A::Lambda { params, body },
                ) = (&targets[..], &value.kind)
                {
                    // `f = lambda x: ...` bound once at top level: a function named `f`.
                    let nested = self.loop_depth + self.branch_depth > 0;
                    if self.frames.is_empty() && !nested && self.counts.get(name) == Some(&1) {
                        let ret = ast::Stmt {
                            kind: S::Return {
                                value: Some((**body).clone()),
                            },
                            span: body.span,
                        };
                        return self.define_function(name, params, &[ret], true, span, out);
                    }
                }
                if let [t @ ast::Expr {
                    kind: A::Tuple(_), ..
                }] = &targets[..]
                {
                    if let Some(v) = self.split_unpacked(value, out)? {
                        return self.assign(t, v, span, out);
                    }
                }
                let v = self.expr(value)?;
                if targets.len() == 1 {
                    self.assign(&targets[0], v, span, out)?;
                } else {
                    // `a = b = v`: bind the first, then the rest to it.
                    if !matches!(targets[0].kind, A::Name(_)) {
                        // `x[a] = y[b] = v`: `v` evaluated once, then stored left to right.
                        let (ty, vspan) = (v.ty.clone(), v.span);
                        let c = const_int(&v, &self.consts);
                        let tmp = self.hidden_local(v, out);
                        if let Some(c) = c {
                            // Bound once: still a constant (`x.shape = y.shape = n`).
                            self.consts.insert(tmp, c);
                        }
                        for t in targets {
                            self.assign(t, mk(H::Local(tmp), ty.clone(), vspan), span, out)?;
                        }
                        return Ok(());
                    }
                    self.assign(&targets[0], v, span, out)?;
                    for t in &targets[1..] {
                        let again = self.expr(&targets[0])?;
                        self.assign(t, again, span, out)?;
                    }
                }
            }
            S::AugAssign { target, op, value } => self.aug_assign(target, *op, value, span, out)?,
            S::If { test, body, orelse } => {
                let test = self.condition(test)?;
                let then = self.nested(false, |s| s.block(body))?;
                let orelse = self.nested(false, |s| s.block(orelse))?;
                push(out, hir::StmtKind::If { test, then, orelse });
            }
            S::While { test, body, orelse } => {
                if !orelse.is_empty() {
                    return unsupported(orelse[0].span, "else clauses on loops");
                }
                let (test, body) = self.loop_body(|s| {
                    let test = s.condition(test)?;
                    Ok((test, s.nested(true, |s| s.block(body))?))
                })?;
                push(out, hir::StmtKind::While { test, body });
            }
            S::For {
                target,
                iter,
                body,
                orelse,
            } => {
                if !orelse.is_empty() {
                    return unsupported(orelse[0].span, "else clauses on loops");
                }
                let is_range = matches!(&iter.kind, A::Call { func, .. }
                    if matches!(&func.kind, A::Name(n) if n == "range"));
                if is_range {
                    self.for_range(target, iter, body, span, out)?;
                } else if self.for_over_dtypes(target, iter, body, span, out)? {
                    // Unrolled (`sema/unroll.rs`).
                } else {
                    self.for_each(target, iter, body, span, out)?;
                }
            }
            S::Break | S::Continue if self.loop_depth == 0 => {
                let kw = if matches!(stmt.kind, S::Break) {
                    "break"
                } else {
                    "continue"
                };
                return err(span, SemaError::OutsideLoop(kw));
            }
            S::Break => push(out, hir::StmtKind::Break),
            S::Continue => push(out, hir::StmtKind::Continue),
            S::Pass => {}
            S::Import { names } => {
                for alias in names {
                    let kind = match alias.name.as_str() {
                        "numpy" => ModuleKind::NumPy,
                        "math" => ModuleKind::Math,
                        "numpy.random" if alias.asname.is_some() => ModuleKind::NumPyRandom,
                        "numpy.linalg" if alias.asname.is_some() => ModuleKind::NumPyLinalg,
                        "numpy.lib" if alias.asname.is_some() => ModuleKind::NumPyLib,
                        "numpy.lib.stride_tricks" if alias.asname.is_some() => {
                            ModuleKind::NumPyStrideTricks
                        }
                        "torch" => ModuleKind::Torch,
                        other => return err(span, SemaError::UnsupportedModule(other.to_string())),
                    };
                    let bound = alias.asname.clone().unwrap_or_else(|| alias.name.clone());
                    if alias.asname.is_none() && alias.name.contains('.') {
                        return unsupported(alias.span, "dotted imports without `as`");
                    }
                    self.env.insert(bound, Binding::Module(kind));
                }
            }
            // `imports::resolve_from_imports` replaced every `from` import before sema.
            S::ImportFrom { module, .. } => {
                return err(span, SemaError::UnsupportedModule(module.clone()));
            }
            S::FunctionDef { name, params, body } => {
                self.function_def(name, params, body, span, out)?
            }
            S::Return { value } => self.return_stmt(value.as_ref(), span, out)?,
            S::Magic { name, stmt } => {
                if name != "time" {
                    return unsupported(
                        span,
                        format!("the magic %{name} (only %time is supported)"),
                    );
                }
                let mut body = Vec::new();
                self.stmt(stmt, &mut body)?;
                push(out, hir::StmtKind::Time(body));
            }
            S::Block(stmts) => {
                for s in stmts {
                    self.stmt(s, out)?;
                }
            }
            S::Unsupported { what } => return unsupported(span, what.clone()),
        }
        Ok(())
    }

    fn expr_stmt(
        &mut self,
        value: &ast::Expr,
        shown: bool,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        if let A::Call { func, args, kwargs } = &value.kind {
            if let A::Name(n) = &func.kind {
                if n == "print" && !self.env.contains_key("print") {
                    let mut args = args
                        .iter()
                        .map(|a| self.expr(a))
                        .collect::<Result<Vec<_>>>()?;
                    for a in &args {
                        self.printable(a)?;
                    }
                    let (mut sep, mut end) = (None, None);
                    let mut written = Vec::new();
                    for kw in kwargs {
                        match kw.name.as_str() {
                            "sep" | "end" => {}
                            "flush" | "file" => {
                                return unsupported(
                                    kw.span,
                                    format!("print's {} argument", kw.name),
                                );
                            }
                            other => {
                                return err(
                                    kw.span,
                                    SemaError::Py(
                                        PyExc::TypeError,
                                        format!(
                                            "'{other}' is an invalid keyword argument for print()"
                                        ),
                                    ),
                                )
                            }
                        }
                        let v = self.expr(&kw.value)?;
                        if !matches!(v.ty, Ty::Str | Ty::None) {
                            return err(
                                kw.value.span,
                                SemaError::Py(
                                    PyExc::TypeError,
                                    format!(
                                        "{} must be None or a string, not {}",
                                        kw.name,
                                        py_type_name(&v.ty)
                                    ),
                                ),
                            );
                        }
                        written.push((kw.name == "sep", v));
                    }
                    // Print evaluates the arguments, then `sep`, then `end`: when the keywords
                    // are written the other way round, or one is None from a call, their
                    // effects run here, in CPython's order.
                    let end_first = written.first().is_some_and(|(is_sep, _)| !is_sep);
                    let effects = written.iter().any(|(_, v)| v.has_effects());
                    let none_call = written
                        .iter()
                        .any(|(_, v)| v.ty == Ty::None && v.has_effects());
                    if effects && ((end_first && written.len() == 2) || none_call) {
                        for v in args.iter_mut().chain(written.iter_mut().map(|(_, v)| v)) {
                            if !is_trivial(v) {
                                *v = self.bind_temp(v.clone(), out);
                            }
                        }
                    }
                    for (is_sep, v) in written {
                        let v = if v.ty == Ty::None { None } else { Some(v) };
                        if is_sep {
                            sep = v;
                        } else {
                            end = v;
                        }
                    }
                    out.push(hir::Stmt {
                        kind: hir::StmtKind::Print { args, sep, end },
                        span,
                    });
                    return Ok(());
                }
            }
            if self.is_np_call(func, ModuleKind::NumPy, "set_printoptions") {
                let kind = self.set_printoptions(args, kwargs)?;
                out.push(hir::Stmt { kind, span });
                return Ok(());
            }
            if self.is_np_call(func, ModuleKind::NumPyRandom, "shuffle") {
                return self.shuffle_stmt(None, args, kwargs, span, out);
            }
            if let A::Attribute {
                value: recv, attr, ..
            } = &func.kind
            {
                if attr == "shuffle" {
                    let recv = self.expr(recv)?;
                    if recv.ty == Ty::Generator {
                        return self.shuffle_stmt(Some(recv), args, kwargs, span, out);
                    }
                }
            }
            if self.is_np_call(func, ModuleKind::NumPyRandom, "seed") {
                if args.len() != 1 || !kwargs.is_empty() {
                    return err(
                        value.span,
                        SemaError::Py(PyExc::TypeError, "seed() takes exactly one argument".into()),
                    );
                }
                let s = self.expr(&args[0])?;
                if !matches!(s.ty, Ty::Int | Ty::NpScalar(DType::I64)) {
                    return unsupported(args[0].span, format!("np.random.seed of a {}", s.ty));
                }
                out.push(hir::Stmt {
                    kind: hir::StmtKind::RandomSeed(s),
                    span,
                });
                return Ok(());
            }
        }
        let value = self.expr(value)?;
        if shown {
            self.printable(&value)?;
        }
        out.push(hir::Stmt {
            kind: hir::StmtKind::Expr { value, show: shown },
            span,
        });
        Ok(())
    }

    fn printable(&self, e: &hir::Expr) -> Result<()> {
        fn ok(t: &Ty) -> bool {
            match t {
                Ty::Module(_) | Ty::Generator => false,
                Ty::Tuple(items) => items.iter().all(ok),
                _ => true,
            }
        }
        if ok(&e.ty) {
            Ok(())
        } else {
            let what = if e.ty == Ty::Generator {
                "Generator"
            } else {
                "module"
            };
            unsupported(e.span, format!("printing a {what}"))
        }
    }

    fn is_np_call(&self, func: &ast::Expr, module: ModuleKind, name: &str) -> bool {
        matches!(self.resolve_function(func), Some((m, n)) if m == module && n == name)
    }

    /// `np.foo` / `np.random.foo` / `alias.foo` as (module, function name).
    fn resolve_function(&self, func: &ast::Expr) -> Option<(ModuleKind, String)> {
        if let A::Attribute { value, attr, .. } = &func.kind {
            match self.module_of(value) {
                Some(m) => return Some((m, attr.clone())),
                None => return None,
            }
        }
        None
    }

    fn module_of(&self, e: &ast::Expr) -> Option<ModuleKind> {
        match &e.kind {
            A::Name(n) => match self.env.get(n) {
                Some(Binding::Module(m)) => Some(*m),
                _ => None,
            },
            A::Attribute { value, attr, .. } if attr == "random" => match self.module_of(value) {
                Some(ModuleKind::NumPy) => Some(ModuleKind::NumPyRandom),
                _ => None,
            },
            A::Attribute { value, attr, .. } if attr == "linalg" => match self.module_of(value) {
                Some(ModuleKind::NumPy) => Some(ModuleKind::NumPyLinalg),
                _ => None,
            },
            A::Attribute { value, attr, .. } if attr == "lib" => match self.module_of(value) {
                Some(ModuleKind::NumPy) => Some(ModuleKind::NumPyLib),
                _ => None,
            },
            A::Attribute { value, attr, .. } if attr == "stride_tricks" => {
                match self.module_of(value) {
                    Some(ModuleKind::NumPyLib) => Some(ModuleKind::NumPyStrideTricks),
                    _ => None,
                }
            }
            A::Attribute { value, attr, .. } if attr == "cuda" => match self.module_of(value) {
                Some(ModuleKind::Torch) => Some(ModuleKind::TorchCuda),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- assignment ----

    fn bind(
        &mut self,
        name: &str,
        name_span: Span,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        if matches!(value.ty, Ty::Module(_)) {
            return unsupported(value.span, "assigning a module to a variable");
        }
        if value.ty == Ty::None {
            return unsupported(value.span, "assigning None to a variable");
        }
        let nested = self.loop_depth + self.branch_depth > 0;
        let local = match self.env.get(name) {
            Some(Binding::Local(id)) if self.locals[*id].ty == value.ty => *id,
            Some(Binding::Local(id))
                if nested && python_or_numpy(&self.locals[*id].ty, &value.ty).is_some() =>
            {
                // CPython's `total = 0.0; total += x[i]`: a float, then a numpy.float64.
                if !matches!(self.locals[*id].ty, Ty::NpScalar(_)) {
                    self.promoted.push(*id);
                }
                let local = &mut self.locals[*id];
                local.ty = python_or_numpy(&local.ty, &value.ty).unwrap();
                local.python_or_numpy = true;
                *id
            }
            Some(Binding::Local(id))
                if nested && merged_run_type(&self.locals[*id].ty, &value.ty).is_some() =>
            {
                // An array whose shape changes between iterations or branches (`x = x[keep]`,
                // `r = r[1:]`), same dtype and rank: from here on (and in the loop, checked
                // again by `loop_body`) the name has run-time extents where the shapes differ.
                // Reads before this binding keep the static type, which is still what they read.
                let merged = merged_run_type(&self.locals[*id].ty, &value.ty).unwrap();
                if self.locals[*id].ty != merged {
                    self.locals[*id].ty = merged;
                    self.promoted.push(*id);
                }
                *id
            }
            Some(Binding::Local(id)) if nested => {
                let old = &self.locals[*id].ty;
                return err(
                    name_span,
                    SemaError::TypeChangeInLoop {
                        name: name.to_string(),
                        old: old.clone(),
                        new: value.ty.clone(),
                    },
                );
            }
            _ => {
                let id = self.new_local(name, value.ty.clone());
                self.env.insert(name.to_string(), Binding::Local(id));
                id
            }
        };
        if !nested && self.counts.get(name) == Some(&1) {
            match (&value.ty, self.const_parts(&value)) {
                (Ty::Int, Some(p)) if p.len() == 1 && p[0].is_some() => {
                    self.consts.insert(local, p[0].unwrap());
                }
                (Ty::Tuple(_), Some(p)) if p.iter().any(Option::is_some) => {
                    self.known_parts.insert(local, p);
                }
                _ => {}
            }
        }
        // `b = a` (also a parameter bound to an argument, a call's result) where `a` holds a
        // Python or a NumPy scalar: `b` follows which one at run time too.
        if self.has_dynamic_kind(&value) && value.ty == self.locals[local].ty {
            self.locals[local].python_or_numpy = true;
        }
        self.assignments
            .push((span, name.to_string(), value.ty.clone()));
        out.push(hir::Stmt {
            kind: hir::StmtKind::Assign { local, value },
            span,
        });
        Ok(())
    }

    fn assign(
        &mut self,
        target: &ast::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        match &target.kind {
            A::Name(n) => self.bind(n, target.span, value, span, out),
            A::Tuple(items) | A::List(items) => {
                if self.unpack_run_rows(items, &value, span, out)? {
                    return Ok(());
                }
                let rows = matches!(&value.ty, Ty::Array(a) if a.ndim() > 1);
                let value = match value.ty.clone() {
                    Ty::Array(a) if a.ndim() > 0 => self.unpack_array(value, &a, span, out),
                    _ => value,
                };
                if let (true, H::Tuple(parts)) = (rows, &value.kind) {
                    // `a, b = arr` of 2 or more axes: row views of the evaluated array, each
                    // bound as it is made (no tuple holds them, so each view has one owner,
                    // as NumPy's `x.shape = ...` of one needs); a view reads no memory.
                    if parts.len() == items.len() {
                        for (item, part) in items.iter().zip(parts.clone()) {
                            self.assign(item, part, span, out)?;
                        }
                        return Ok(());
                    }
                }
                let Ty::Tuple(tys) = value.ty.clone() else {
                    return unsupported(value.span, format!("unpacking a {}", value.ty));
                };
                if tys.len() != items.len() {
                    let msg = if tys.len() > items.len() {
                        format!("too many values to unpack (expected {})", items.len())
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            items.len(),
                            tys.len()
                        )
                    };
                    return err(value.span, SemaError::value(msg));
                }
                // Constant parts (`rows, cols = x.shape`) bind directly and stay constants.
                if let H::Tuple(parts) = &value.kind {
                    if parts.iter().all(|p| const_num(p, &self.consts).is_some()) {
                        for (item, part) in items.iter().zip(parts.clone()) {
                            self.assign(item, part, span, out)?;
                        }
                        return Ok(());
                    }
                }
                let known = self.const_parts(&value).unwrap_or_default();
                // Evaluate the whole right side first (Python semantics for `a, b = b, a`).
                let tmp = self.new_local("<tuple>", value.ty.clone());
                self.locals[tmp].python_or_numpy = self.has_dynamic_kind(&value);
                out.push(hir::Stmt {
                    kind: hir::StmtKind::Assign {
                        local: tmp,
                        value: value.clone(),
                    },
                    span,
                });
                for (i, (item, ty)) in items.iter().zip(tys).enumerate() {
                    // A part known at compile time (`x, n = f()`, `f` returning a constant
                    // `n`) is assigned as that constant, so `n` stays one.
                    if let (Ty::Int, Some(Some(c))) = (&ty, known.get(i)) {
                        let part = mk(H::Int(*c), Ty::Int, value.span);
                        self.assign(item, part, span, out)?;
                        continue;
                    }
                    let tuple = mk(H::Local(tmp), value.ty.clone(), value.span);
                    let part = mk(
                        H::TupleGet {
                            tuple: Box::new(tuple),
                            index: i,
                        },
                        ty,
                        value.span,
                    );
                    self.assign(item, part, span, out)?;
                }
                Ok(())
            }
            A::Subscript { .. } => {
                // CPython evaluates the value, then the target's object and index.
                let rewritten;
                let (target, value) = if makes_call(target) {
                    let value = self.once(value, out);
                    rewritten = self.target_evaluated_once(target, out)?;
                    (&rewritten, value)
                } else {
                    (target, value)
                };
                let A::Subscript { value: base, index } = &target.kind else {
                    unreachable!("a subscript target")
                };
                let base = self.expr(base)?;
                if let Ty::List(_) = base.ty {
                    return self.list_store(base, index, value, span, out);
                }
                if base.ty.as_array().is_some_and(|a| a.tensor.is_none())
                    && self.is_list_expr(index)
                    && !matches!(index.kind, A::List(_))
                {
                    return self.store_with_list_index(base, index, value, span, out);
                }
                let run = matches!(base.ty, Ty::RunArray(_));
                if base.ty.as_array().is_none() && !run {
                    return unsupported(target.span, format!("item assignment on a {}", base.ty));
                }
                // A list value is an array-like (`x[[0, 0]] = [4, 6]`).
                let value = lists::as_array(value);
                let value = match crate::types::dims_of(&base.ty) {
                    Some((d, _)) => self.python_int_fitting(value, d, span)?,
                    None => value,
                };
                if self.is_mixed_index(&base.ty, index) {
                    return self.mixed_put(base, index, value, span, out);
                }
                if self.is_multi_array_index(index) {
                    return self.put_nd(base, index, value, span, out);
                }
                // List and mask writes take static shapes (a run-time-shaped base takes basic
                // indices only).
                if !run {
                    if let Some(l) = self.list_index(&base, index, target.span)? {
                        return self.list_scatter(l, value, span, out);
                    }
                }
                // One array as the index: a mask (static shapes) or integer positions.
                let lone = list_index::leading_index_only(index).unwrap_or(index);
                if let Some(iv) = self.index_array_value(&base, lone)? {
                    return match crate::types::dims_of(&iv.ty) {
                        Some((DType::Bool, _)) if !run && matches!(iv.ty, Ty::Array(_)) => {
                            self.mask_assign(base, iv, value, span, out)
                        }
                        Some((DType::Bool, _)) => unsupported(
                            index.span,
                            "a boolean mask store into an array of run-time shape",
                        ),
                        _ => self.put_take(base, iv, value, span, out),
                    };
                }
                match self.index(base, index, target.span)? {
                    Indexed::Element { base, indices } => {
                        let (dtype, _) = crate::types::dims_of(&base.ty).unwrap();
                        let value = self.scalar_for_store(value, dtype)?;
                        out.push(hir::Stmt {
                            kind: hir::StmtKind::WriteElement {
                                base,
                                indices,
                                value,
                            },
                            span,
                        });
                        Ok(())
                    }
                    Indexed::View(view) => self.write_into(view, value, span, out),
                }
            }
            A::Attribute {
                value: obj, attr, ..
            } if attr == "shape" => self.set_shape(obj, value, span, out),
            A::Attribute { .. } => unsupported(target.span, "assignment to an attribute"),
            _ => err(
                target.span,
                SemaError::Py(PyExc::SyntaxError, "cannot assign to expression".into()),
            ),
        }
    }

    /// `a, b = arr`: the array's items along axis 0, as a tuple (elements or row views).
    fn unpack_array(
        &mut self,
        value: hir::Expr,
        a: &ArrTy,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> hir::Expr {
        let vspan = value.span;
        let tmp = self.new_local("<array>", value.ty.clone());
        out.push(hir::Stmt {
            kind: hir::StmtKind::Assign { local: tmp, value },
            span,
        });
        let base = mk(H::Local(tmp), Ty::Array(a.clone()), vspan);
        let items: Vec<hir::Expr> = (0..a.shape[0])
            .map(|i| {
                let index = mk(H::Int(i as i64), Ty::Int, vspan);
                if a.ndim() == 1 {
                    mk(
                        H::Element {
                            base: Box::new(base.clone()),
                            indices: vec![index],
                        },
                        Ty::NpScalar(a.dtype),
                        vspan,
                    )
                } else {
                    let op = ViewOp::Index {
                        axis: 0,
                        index: Box::new(index),
                        size: a.shape[0],
                        source_axis: 0,
                    };
                    mk(
                        H::View {
                            base: Box::new(base.clone()),
                            ops: vec![op],
                        },
                        Ty::Array(a.with(a.dtype, a.shape[1..].to_vec())),
                        vspan,
                    )
                }
            })
            .collect();
        let ty = Ty::Tuple(items.iter().map(|i| i.ty.clone()).collect());
        mk(H::Tuple(items), ty, vspan)
    }

    fn scalar_for_store(&self, value: hir::Expr, dtype: DType) -> Result<hir::Expr> {
        // A bool element takes the truth value of a one-element array (NumPy 2.4 does
        // `bool(a)` there; other dtypes reject it).
        if dtype == DType::Bool
            && value
                .ty
                .as_array()
                .is_some_and(|a| a.size() == 1 && a.tensor.is_none())
        {
            return self.truth(value);
        }
        if !value.ty.is_scalar() {
            if value.ty.as_array().is_some() {
                return err(
                    value.span,
                    SemaError::Py(
                        PyExc::ValueError,
                        "setting an array element with a sequence.".into(),
                    ),
                );
            }
            return unsupported(value.span, format!("storing a {} in an array", value.ty));
        }
        Ok(value)
    }

    /// `target[...] = value` or `target[:] = value`: broadcast value into the target's shape.
    fn write_into(
        &mut self,
        target: hir::Expr,
        value: hir::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        if matches!(target.ty, Ty::RunArray(_)) || matches!(value.ty, Ty::RunArray(_)) {
            // Checked when it runs (`arrc_bshape_write`).
            if !(value.ty.is_scalar() || crate::types::dims_of(&value.ty).is_some()) {
                return unsupported(value.span, format!("storing a {} in an array", value.ty));
            }
            out.push(hir::Stmt {
                kind: hir::StmtKind::Write { target, value },
                span,
            });
            return Ok(());
        }
        let tshape = target.ty.as_array().unwrap().shape.clone();
        // NumPy drops leading length-1 axes of a value with more axes than the target.
        let value = match value.ty.as_array() {
            Some(v)
                if v.ndim() > tshape.len()
                    && v.shape[..v.ndim() - tshape.len()].iter().all(|&d| d == 1) =>
            {
                let shape = v.shape[v.ndim() - tshape.len()..].to_vec();
                let ty = Ty::Array(v.with(v.dtype, shape));
                let span = value.span;
                mk(H::Reshape(Box::new(value)), ty, span)
            }
            _ => value,
        };
        match &value.ty {
            t if t.is_scalar() => {}
            Ty::Array(v) => {
                if broadcast_shapes(&tshape, &v.shape).as_ref() != Some(&tshape) {
                    return err(
                        value.span,
                        SemaError::BroadcastInto {
                            from: v.shape.clone(),
                            into: tshape,
                        },
                    );
                }
            }
            other => return unsupported(value.span, format!("storing a {other} in an array")),
        }
        out.push(hir::Stmt {
            kind: hir::StmtKind::Write { target, value },
            span,
        });
        Ok(())
    }

    fn aug_assign(
        &mut self,
        target: &ast::Expr,
        op: BinOp,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        // CPython evaluates the target's object and index once, reads, then evaluates the
        // right side, and writes back to the place it read.
        let target = &self.target_evaluated_once(target, out)?;
        let current = self.expr(target)?;
        let rhs = self.expr(value)?;
        if fancy_mixed::is_mask_take(&current) {
            // `x[x > 5] += 100`: the read was a copy; update `x` where the mask holds.
            return self.mask_aug_assign(target, op, rhs, span, out);
        }
        if fancy_mixed::is_take(&current) {
            // `A[rows, cols] += v`: the gathered values, updated, stored back (NumPy's
            // buffered semantics: a repeated position is updated once).
            let (tdtype, _) = crate::types::dims_of(&current.ty).unwrap();
            let result = self.binop(op, current, rhs, span)?;
            let (r, _) = crate::types::dims_of(&result.ty).unwrap();
            same_kind_output(op, r, tdtype, span)?;
            return self.assign(target, result, span, out);
        }
        let run = |t: &Ty| matches!(t, Ty::RunArray(_));
        if zero_d::is_zero_d(&current.ty) {
            return self.zero_d_aug_assign(current, op, rhs, span, out);
        }
        match current.ty.clone() {
            Ty::Array(_) | Ty::RunArray(_) if run(&current.ty) || run(&rhs.ty) => {
                // Run-time extents: NumPy's in-place broadcast rule is checked when it runs
                // (`arrc_bshape_out_node`); dtypes are static.
                let (tdtype, _) = crate::types::dims_of(&current.ty).unwrap();
                let rdtype = crate::types::dims_of(&rhs.ty)
                    .map(|(d, _)| d)
                    .or(rhs.ty.scalar_dtype());
                if op == BinOp::Sub && tdtype == DType::Bool && rdtype == Some(DType::Bool) {
                    return err(span, SemaError::BoolSubtract);
                }
                let result = self.binop(op, current.clone(), rhs, span)?;
                let (r, _) = crate::types::dims_of(&result.ty).unwrap();
                same_kind_output(op, r, tdtype, span)?;
                let value = self.cast_array(result, tdtype);
                match &target.kind {
                    A::Name(_) | A::Subscript { .. } => {
                        out.push(hir::Stmt {
                            kind: hir::StmtKind::Write {
                                target: current,
                                value,
                            },
                            span,
                        });
                        Ok(())
                    }
                    _ => unsupported(target.span, "augmented assignment to this target"),
                }
            }
            Ty::Array(t) => {
                if op == BinOp::Sub
                    && t.dtype == DType::Bool
                    && rhs.ty.scalar_dtype().or(rhs.ty.as_array().map(|a| a.dtype))
                        == Some(DType::Bool)
                {
                    return err(span, SemaError::BoolSubtract);
                }
                if let Some(r) = rhs.ty.as_array() {
                    if broadcast_shapes(&t.shape, &r.shape).is_none() {
                        return err(
                            span,
                            SemaError::Broadcast(vec![
                                t.shape.clone(),
                                r.shape.clone(),
                                t.shape.clone(),
                            ]),
                        );
                    }
                }
                let result = self.binop(op, current.clone(), rhs, span)?;
                let r = result.ty.as_array().unwrap();
                if r.shape != t.shape {
                    let shapes = match &result.kind {
                        H::Elementwise { args, .. } => args
                            .iter()
                            .map(|a| a.ty.as_array().map(|a| a.shape.clone()).unwrap_or_default())
                            .collect(),
                        _ => vec![],
                    };
                    if broadcast_shapes(&r.shape, &t.shape).is_some() {
                        return err(
                            span,
                            SemaError::NonBroadcastableOutput {
                                out: t.shape.clone(),
                                broadcast: r.shape.clone(),
                            },
                        );
                    }
                    let mut shapes: Vec<Shape> = shapes;
                    shapes.push(t.shape.clone());
                    return err(span, SemaError::Broadcast(shapes));
                }
                same_kind_output(op, r.dtype, t.dtype, span)?;
                let value = self.cast_array(result, t.dtype);
                if let A::Subscript { index, .. } = &target.kind {
                    if self.has_list(index) {
                        // `x[[2, 1]] += 5`: the gathered values, updated, written back.
                        return self.assign(target, value, span, out);
                    }
                }
                match &target.kind {
                    A::Name(_) | A::Subscript { .. }
                        if !matches!(current.kind, H::Element { .. }) =>
                    {
                        out.push(hir::Stmt {
                            kind: hir::StmtKind::Write {
                                target: current,
                                value,
                            },
                            span,
                        });
                        Ok(())
                    }
                    _ => unsupported(target.span, "augmented assignment to this target"),
                }
            }
            _ => {
                let result = self.binop(op, current, rhs, span)?;
                self.assign(target, result, span, out)
            }
        }
    }

    fn cast_array(&self, e: hir::Expr, dtype: DType) -> hir::Expr {
        match &e.ty {
            Ty::RunArray(a) if a.dtype != dtype => {
                let ty = Ty::RunArray(RunArrTy {
                    dtype,
                    dims: a.dims.clone(),
                });
                let span = e.span;
                mk(
                    H::Elementwise {
                        op: EwOp::Cast,
                        args: vec![e],
                    },
                    ty,
                    span,
                )
            }
            Ty::Array(a) if a.dtype != dtype => {
                let ty = Ty::Array(a.with(dtype, a.shape.clone()));
                let span = e.span;
                mk(
                    H::Elementwise {
                        op: EwOp::Cast,
                        args: vec![e],
                    },
                    ty,
                    span,
                )
            }
            _ => e,
        }
    }

    pub(super) fn for_range(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<hir::Stmt>,
    ) -> Result<()> {
        let A::Name(var) = &target.kind else {
            return unsupported(target.span, "for-loop targets other than a name");
        };
        let A::Call { func, args, kwargs } = &iter.kind else {
            return unsupported(iter.span, "for loops over anything but range(...)");
        };
        if !matches!(&func.kind, A::Name(n) if n == "range") || !kwargs.is_empty() {
            return unsupported(iter.span, "for loops over anything but range(...)");
        }
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            if !v.ty.is_index() {
                return err(
                    a.span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!(
                            "'{}' object cannot be interpreted as an integer",
                            py_type_name(&v.ty)
                        ),
                    ),
                );
            }
            vals.push(self.to_py(v, Ty::Int));
        }
        let int = |v: i64| mk(H::Int(v), Ty::Int, iter.span);
        let (start, stop, step) = match vals.len() {
            1 => (int(0), vals.pop().unwrap(), int(1)),
            2 => {
                let stop = vals.pop().unwrap();
                (vals.pop().unwrap(), stop, int(1))
            }
            3 => {
                let step = vals.pop().unwrap();
                let stop = vals.pop().unwrap();
                (vals.pop().unwrap(), stop, step)
            }
            n => {
                return err(
                    iter.span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!("range expected at most 3 arguments, got {n}"),
                    ),
                )
            }
        };
        if const_int(&step, &self.consts) == Some(0) {
            return err(
                step.span,
                SemaError::Py(PyExc::ValueError, "range() arg 3 must not be zero".into()),
            );
        }
        let nested = self.loop_depth + self.branch_depth > 0;
        let var_id = match self.env.get(var) {
            Some(Binding::Local(id)) if self.locals[*id].ty == Ty::Int => *id,
            Some(Binding::Local(id)) if nested => {
                return err(
                    target.span,
                    SemaError::TypeChangeInLoop {
                        name: var.clone(),
                        old: self.locals[*id].ty.clone(),
                        new: Ty::Int,
                    },
                );
            }
            _ => {
                let id = self.new_local(var, Ty::Int);
                // Unbound after a loop that runs zero times.
                self.locals[id].may_be_unbound = true;
                self.env.insert(var.clone(), Binding::Local(id));
                id
            }
        };
        let body = self.loop_body(|s| s.nested(true, |s| s.block(body)))?;
        out.push(hir::Stmt {
            kind: hir::StmtKind::ForRange {
                var: var_id,
                start,
                stop,
                step,
                body,
            },
            span,
        });
        Ok(())
    }

    /// A test of `if`/`while`: a Python bool. Only truth matters here, so `and`/`or`/`not`
    /// combine the truths of operands of any scalar types.
    fn condition(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        match &e.kind {
            A::BoolOp { op, values } => {
                let mut acc = self.condition(&values[0])?;
                for v in &values[1..] {
                    let rhs = self.nested(false, |s| s.condition(v))?;
                    acc = mk(
                        H::BoolOp {
                            and: *op == ast::BoolOp::And,
                            lhs: Box::new(acc),
                            rhs: Box::new(rhs),
                        },
                        Ty::Bool,
                        e.span,
                    );
                }
                Ok(acc)
            }
            A::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                let t = self.condition(operand)?;
                Ok(mk(
                    H::Elementwise {
                        op: EwOp::Not,
                        args: vec![t],
                    },
                    Ty::Bool,
                    e.span,
                ))
            }
            _ => {
                let v = self.expr(e)?;
                self.truth(v)
            }
        }
    }

    fn truth(&self, v: hir::Expr) -> Result<hir::Expr> {
        let span = v.span;
        match &v.ty {
            Ty::Bool => Ok(v),
            t if t.is_scalar() => Ok(mk(H::Truth(Box::new(v)), Ty::Bool, span)),
            Ty::Array(a) if a.size() != 1 => {
                if a.size() == 0 {
                    return err(span, SemaError::Py(PyExc::ValueError, "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.".into()));
                }
                err(span, SemaError::AmbiguousTruth)
            }
            Ty::Array(a) => {
                let dtype = a.dtype;
                let indices = vec![mk(H::Int(0), Ty::Int, span); a.ndim()];
                let elem = mk(
                    H::Element {
                        base: Box::new(v),
                        indices,
                    },
                    Ty::NpScalar(dtype),
                    span,
                );
                Ok(mk(H::Truth(Box::new(elem)), Ty::Bool, span))
            }
            other => unsupported(span, format!("the truth value of a {other}")),
        }
    }

    /// Converts a scalar to a Python scalar type (`int(x)`, `float(x)`, `range` bounds).
    fn to_py(&self, v: hir::Expr, ty: Ty) -> hir::Expr {
        if v.ty == ty {
            return v;
        }
        let span = v.span;
        mk(H::Convert(Box::new(v)), ty, span)
    }

    // ---- expressions ----

    fn expr(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let span = e.span;
        Ok(match &e.kind {
            A::Int(i64::MIN) => return unsupported(span, "integer literals beyond 64 bits"),
            A::Int(v) => mk(H::Int(*v), Ty::Int, span),
            A::UnaryOp {
                op: UnaryOp::Neg,
                operand,
            } if operand.kind == A::Int(i64::MIN) => mk(H::Int(i64::MIN), Ty::Int, span),
            A::Float(v) => mk(H::Float(*v), Ty::Float, span),
            A::Imag(v) => mk(H::Complex(0.0, *v), Ty::Complex, span),
            A::Bool(b) => mk(H::Bool(*b), Ty::Bool, span),
            A::Str(s) => mk(H::Str(s.clone()), Ty::Str, span),
            A::None => mk(H::None, Ty::None, span),
            A::Name(n) => match self.env.get(n) {
                Some(Binding::Local(id)) => mk(H::Local(*id), self.locals[*id].ty.clone(), span),
                Some(Binding::Module(m)) => mk(H::None, Ty::Module(*m), span),
                Some(Binding::Function(_)) => {
                    return unsupported(span, "using a function as a value (call it instead)")
                }
                None => match n.as_str() {
                    "print" | "len" | "str" | "repr" | "int" | "float" | "abs" | "id" | "range"
                    | "bool" | "bin" | "oct" | "hex" => {
                        return unsupported(span, format!("using the builtin {n} as a value"))
                    }
                    _ => return err(span, SemaError::NameNotDefined(n.clone())),
                },
            },
            A::Tuple(items) => {
                let items = items
                    .iter()
                    .map(|i| self.expr(i))
                    .collect::<Result<Vec<_>>>()?;
                let ty = Ty::Tuple(items.iter().map(|i| i.ty.clone()).collect());
                mk(H::Tuple(items), ty, span)
            }
            A::List(_) => self.list_display(e)?,
            A::BinOp { op, lhs, rhs } => {
                let l = self.expr(lhs)?;
                let r = self.expr(rhs)?;
                if *op == BinOp::Add && l.ty == Ty::Str && r.ty == Ty::Str {
                    return Ok(mk(H::StrConcat(Box::new(l), Box::new(r)), Ty::Str, span));
                }
                if *op == BinOp::Add && l.ty == Ty::Str {
                    return err(
                        span,
                        SemaError::Py(PyExc::TypeError, format!(
                            "can only concatenate str (not \"{}\") to str",
                            py_type_name(&r.ty)
                        )),
                    );
                }
                if matches!(l.ty, Ty::List(_)) || matches!(r.ty, Ty::List(_)) {
                    return self.list_binop(*op, l, r, span);
                }
                if *op == BinOp::Mod && l.ty == Ty::Str {
                    return match &l.kind {
                        H::Str(format) => self.percent_format(&format.clone(), r, span),
                        _ => unsupported(span, "%-formatting of a string not known at compile time"),
                    };
                }
                self.binop(*op, l, r, span)?
            }
            // `not x` only needs x's truth, whatever its scalar type.
            A::UnaryOp {
                op: UnaryOp::Not, ..
            } => self.condition(e)?,
            A::UnaryOp { op, operand } => {
                let v = self.expr(operand)?;
                match op {
                    UnaryOp::Pos => {
                        if !(v.ty.is_scalar() || v.ty.as_array().is_some()) {
                            return err(
                                span,
                                SemaError::BadOperand("unary +".into(), v.ty.clone()),
                            );
                        }
                        v
                    }
                    UnaryOp::Neg => self.elementwise(EwOp::Neg, vec![v], span)?,
                    UnaryOp::Invert => self.elementwise(EwOp::Not, vec![v], span)?,
                    UnaryOp::Not => unreachable!("handled above"),
                }
            }
            A::BoolOp { op, values } => {
                let mut acc = self.expr(&values[0])?;
                for v in &values[1..] {
                    let rhs = self.nested(false, |s| s.expr(v))?;
                    // One-element arrays (not tensors) have a truth value: `a or b` is one of them.
                    let one_element = |t: &Ty| {
                        t.as_array()
                            .is_some_and(|a| a.size() == 1 && a.tensor.is_none())
                    };
                    let arrays_ok = acc.ty == rhs.ty && one_element(&acc.ty);
                    if !arrays_ok && (acc.ty != rhs.ty || !acc.ty.is_scalar()) {
                        if acc.ty.as_array().is_some_and(|a| a.size() == 0) {
                            return err(span, SemaError::Py(PyExc::ValueError, "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.".into()));
                        }
                        if acc.ty.as_array().is_some() || rhs.ty.as_array().is_some() {
                            return err(span, SemaError::AmbiguousTruth);
                        }
                        return unsupported(
                            span,
                            format!("`and`/`or` between a {} and a {}", acc.ty, rhs.ty),
                        );
                    }
                    let ty = acc.ty.clone();
                    acc = mk(
                        H::BoolOp {
                            and: *op == ast::BoolOp::And,
                            lhs: Box::new(acc),
                            rhs: Box::new(rhs),
                        },
                        ty,
                        span,
                    );
                }
                acc
            }
            A::Compare { left, rest } => {
                let lhs = self.expr(left)?;
                self.compare_chain(lhs, rest, span)?
            }
            A::IfExp { test, body, orelse } => {
                let test = self.condition(test)?;
                let body = self.nested(false, |s| s.expr(body))?;
                let orelse = self.nested(false, |s| s.expr(orelse))?;
                if body.ty != orelse.ty {
                    return unsupported(
                        span,
                        format!(
                            "a conditional expression whose branches differ in type ({} and {})",
                            body.ty, orelse.ty
                        ),
                    );
                }
                let ty = body.ty.clone();
                mk(
                    H::IfExp {
                        test: Box::new(test),
                        body: Box::new(body),
                        orelse: Box::new(orelse),
                    },
                    ty,
                    span,
                )
            }
            A::Call { func, args, kwargs }
                if args
                    .iter()
                    .chain(kwargs.iter().map(|k| &k.value))
                    .any(|a| matches!(a.kind, A::Comprehension { .. }))
                    && !matches!(&func.kind, A::Attribute { attr, .. } if attr == "join") =>
            {
                self.call_with_comprehensions(func, args, kwargs, span)?
                    .expect("a comprehension argument")
            }
            A::Call { func, args, kwargs } => {
                let outer = std::mem::take(&mut self.effects_of_static_args);
                let called = self.call(func, args, kwargs, span);
                let first = std::mem::replace(&mut self.effects_of_static_args, outer);
                seq(first, called?)
            }
            A::Attribute {
                value,
                attr,
                attr_span,
            } => match self.info_attribute(value, attr, *attr_span, span)? {
                Some(v) => v,
                None => self.attribute(value, attr, *attr_span, span)?,
            },
            A::Subscript { value, index } => {
                if let Some(sparse) = self.grid_object(value) {
                    return self.nd_grid(sparse, index, span);
                }
                let base = self.expr(value)?;
                if let Ty::List(_) = base.ty {
                    return self.list_subscript(base, index, span);
                }
                if base.ty.as_array().is_some_and(|a| a.tensor.is_none())
                    && self.is_list_expr(index)
                    && !matches!(index.kind, A::List(_))
                {
                    return self.index_with_list(base, index, span);
                }
                match &base.ty {
                    Ty::Array(_) | Ty::RunArray(_)
                        if self.is_mixed_index(&base.ty, index)
                            && leading_then_full(index)
                                .is_none_or(|i| matches!(i.kind, A::List(_))) =>
                    {
                        self.mixed_take(base, index, span)?
                    }
                    Ty::Array(_) | Ty::RunArray(_) if self.is_multi_array_index(index) => {
                        self.take_nd(base, index, span)?
                    }
                    Ty::Array(_) if self.has_list(index) => {
                        let l = self.list_index(&base, index, span)?.unwrap();
                        self.list_gather(l, span)
                    }
                    Ty::Array(a) if a.tensor.is_none() && may_be_array_index(index) => {
                        self.array_index(base, index, span)?
                    }
                    Ty::RunArray(_) if may_be_array_index(index) => {
                        self.array_index(base, index, span)?
                    }
                    Ty::Array(_) | Ty::RunArray(_)
                        if base.ty.as_array().map_or(true, |a| a.tensor.is_none())
                            && leading_then_full(index).is_some() =>
                    {
                        // `x[mask, :]`: trailing full slices select nothing more.
                        self.array_index(base, leading_then_full(index).unwrap(), span)?
                    }
                    Ty::Array(_) | Ty::RunArray(_) => self.indexed_read(base, index, span)?,
                    Ty::Tuple(items) => {
                        let items = items.clone();
                        let idx = self.expr(index)?;
                        let Some(i) = const_int(&idx, &self.consts) else {
                            return unsupported(
                                index.span,
                                "tuple indices not known at compile time",
                            );
                        };
                        let n = items.len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if !(0..n).contains(&j) {
                            return err(
                                index.span,
                                SemaError::Py(PyExc::IndexError, "tuple index out of range".into()),
                            );
                        }
                        // An item of a tuple display, unless the others have effects.
                        if let (H::Tuple(parts), false) = (&base.kind, base.has_effects()) {
                            return Ok(parts[j as usize].clone());
                        }
                        mk(
                            H::TupleGet {
                                tuple: Box::new(base),
                                index: j as usize,
                            },
                            items[j as usize].clone(),
                            span,
                        )
                    }
                    Ty::NpScalar(_) => {
                        return err(
                            span,
                            SemaError::Py(PyExc::IndexError, "invalid index to scalar variable.".into()),
                        )
                    }
                    other => return unsupported(span, format!("indexing a {other}")),
                }
            }
            A::Slice { .. } => {
                return err(
                    span,
                    SemaError::Py(PyExc::SyntaxError, "invalid syntax: a slice outside brackets".into()),
                )
            }
            A::Ellipsis => return unsupported(span, "`...` outside an index"),
            A::FString(parts) => self.fstring(parts, span)?,
            A::Starred(_) => return unsupported(span, "starred expressions"),
            A::Unsupported(what) => return unsupported(span, what.clone()),
            A::Comprehension { .. } => self.comprehension_value(e)?,
            A::Lambda { .. } => {
                return unsupported(
                    span,
                    "lambda expressions here (a lambda may be np.fromfunction's function, or be assigned once to a name at top level)",
                )
            }
        })
    }

    /// `lhs op1 b op2 c …` with `lhs` evaluated: `(lhs op1 b) and (b op2 c …)`, where `b` is
    /// evaluated once (into a temporary local, and `lhs` before it to keep CPython's order)
    /// and the rest only when the first comparison holds.
    fn compare_chain(
        &mut self,
        lhs: hir::Expr,
        rest: &[(CmpOp, ast::Expr)],
        span: Span,
    ) -> Result<hir::Expr> {
        let (op, r) = &rest[0];
        if matches!(op, CmpOp::In | CmpOp::NotIn) && rest.len() == 1 && self.is_list_expr(r) {
            let list = self.expr(r)?;
            return self.list_contains(lhs, list, *op == CmpOp::NotIn, span);
        }
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && rest.len() == 1 {
            let rhs = self.expr(r)?;
            return self.identity_compare(lhs, rhs, *op == CmpOp::IsNot, span);
        }
        if matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
            return unsupported(span, format!("the `{}` operator", op.symbol()));
        }
        let rhs = self.expr(r)?;
        if rest.len() == 1 {
            return self.elementwise(EwOp::Cmp(*op), vec![lhs, rhs], span);
        }
        let mut first = Vec::new();
        let (lhs, rhs) = if is_trivial(&rhs) {
            (lhs, rhs)
        } else {
            let lhs = if is_trivial(&lhs) {
                lhs
            } else {
                self.bind_temp(lhs, &mut first)
            };
            (lhs, self.bind_temp(rhs, &mut first))
        };
        let c = self.elementwise(EwOp::Cmp(*op), vec![lhs, rhs.clone()], span)?;
        let more = self.nested(false, |s| s.compare_chain(rhs, &rest[1..], span))?;
        if c.ty.as_array().is_some() || more.ty.as_array().is_some() {
            return err(span, SemaError::AmbiguousTruth);
        }
        // The value is one of the two comparisons, so it keeps their type when they agree.
        let (c, more) = if c.ty == more.ty {
            (c, more)
        } else {
            (self.truth(c)?, self.truth(more)?)
        };
        let ty = c.ty.clone();
        let both = mk(
            H::BoolOp {
                and: true,
                lhs: Box::new(c),
                rhs: Box::new(more),
            },
            ty,
            span,
        );
        Ok(seq(first, both))
    }

    fn attribute(
        &mut self,
        value: &ast::Expr,
        attr: &str,
        attr_span: Span,
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(m) = self.module_of(value) {
            return match (m, attr) {
                (ModuleKind::Torch, a) if torch::torch_dtype(a).is_some() => {
                    let d = torch::torch_dtype(a).unwrap();
                    Ok(mk(H::TypeValue, Ty::TorchDType(d), span))
                }
                (ModuleKind::Torch, "cuda") => {
                    Ok(mk(H::None, Ty::Module(ModuleKind::TorchCuda), span))
                }
                (ModuleKind::Torch | ModuleKind::TorchCuda, a) => unsupported(
                    span,
                    format!("the torch attribute '{}.{a}' as a value", module_name(m)),
                ),
                (ModuleKind::Math, a) => self.math_attribute(a, attr_span, span),
                (ModuleKind::NumPy, "pi") => {
                    Ok(mk(H::Float(std::f64::consts::PI), Ty::Float, span))
                }
                (ModuleKind::NumPy, "e") => Ok(mk(H::Float(std::f64::consts::E), Ty::Float, span)),
                (ModuleKind::NumPy, "nan") => Ok(mk(H::Float(f64::NAN), Ty::Float, span)),
                (ModuleKind::NumPy, "inf") => Ok(mk(H::Float(f64::INFINITY), Ty::Float, span)),
                (ModuleKind::NumPy, "newaxis") => Ok(mk(H::None, Ty::None, span)),
                (ModuleKind::NumPy, "random") => {
                    Ok(mk(H::None, Ty::Module(ModuleKind::NumPyRandom), span))
                }
                (ModuleKind::NumPy, a) if scalars::numpy_scalar_type(a).is_some() => {
                    let d = scalars::numpy_scalar_type(a).unwrap();
                    Ok(mk(H::TypeValue, Ty::ScalarType(d), span))
                }
                (ModuleKind::NumPy, a) if NUMPY_FUNCTIONS.contains(&a) => {
                    unsupported(span, format!("np.{a} as a value"))
                }
                (ModuleKind::NumPyRandom, a) if RANDOM_FUNCTIONS.contains(&a) => {
                    unsupported(span, format!("np.random.{a} as a value"))
                }
                (ModuleKind::NumPyLinalg, a)
                    if a == "norm" || linalg::LINALG_FUNCTIONS.contains(&a) =>
                {
                    unsupported(span, format!("np.linalg.{a} as a value"))
                }
                (ModuleKind::NumPy, a) if dtype_from_name(a).is_some() => {
                    unsupported(span, format!("np.{a} as a value"))
                }
                (ModuleKind::NumPy, "__version__") => {
                    // arrc implements NumPy 2.4.6's behaviour (the oracle's version).
                    Ok(mk(H::Str("2.4.6".into()), Ty::Str, span))
                }
                (m, a) if lacks_numpy_name(m, a) => {
                    let what = if numpy_names::NUMPY_ATTRIBUTES.contains(&a) {
                        "numpy attribute"
                    } else {
                        "numpy function"
                    };
                    unsupported(span, format!("{what} '{}.{a}'", short_module_name(m)))
                }
                (m, a) => err(
                    attr_span,
                    SemaError::NoAttribute(module_name(m).into(), a.into()),
                ),
            };
        }
        // The object runs once, whether the attribute uses its value (`.T`) or only its type
        // (`.shape`).
        let mut first = Vec::new();
        let v = self.expr(value)?;
        let v = self.once(v, &mut first);
        let a = self.attribute_of(v, attr, attr_span, span)?;
        Ok(seq(first, a))
    }

    /// Attribute `attr` of the evaluated object `v`.
    fn attribute_of(
        &mut self,
        v: hir::Expr,
        attr: &str,
        attr_span: Span,
        span: Span,
    ) -> Result<hir::Expr> {
        if v.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
            return self.tensor_attribute(v, attr, attr_span, span);
        }
        match (&v.ty, attr) {
            (t, "real" | "imag")
                if t.scalar_dtype().is_some() || crate::types::dims_of(t).is_some() =>
            {
                let f = complex_function(attr).unwrap();
                self.complex_part(f, v, span)
            }
            (Ty::Array(a), "shape") => {
                let items: Vec<_> = a
                    .shape
                    .iter()
                    .map(|&d| mk(H::Int(d as i64), Ty::Int, span))
                    .collect();
                Ok(mk(
                    H::Tuple(items),
                    Ty::Tuple(vec![Ty::Int; a.ndim()]),
                    span,
                ))
            }
            (Ty::RunArray(r), "shape") => {
                let items: Vec<_> = r
                    .dims
                    .iter()
                    .enumerate()
                    .map(|(k, d)| match d {
                        Dim::Fixed(n) => mk(H::Int(*n as i64), Ty::Int, span),
                        Dim::Run => extent(&v, Some(k), span),
                    })
                    .collect();
                Ok(mk(
                    H::Tuple(items),
                    Ty::Tuple(vec![Ty::Int; r.ndim()]),
                    span,
                ))
            }
            (Ty::Array(_) | Ty::RunArray(_), "strides") => Ok(self.strides_attribute(v, span)),
            (Ty::RunArray(_), "size") => Ok(extent(&v, None, span)),
            (Ty::RunArray(r), "ndim") => Ok(mk(H::Int(r.ndim() as i64), Ty::Int, span)),
            (Ty::RunArray(r), "dtype") => Ok(mk(H::DType(r.dtype), Ty::DTypeObj(r.dtype), span)),
            (Ty::RunArray(r), "T") => {
                let ty = Ty::RunArray(RunArrTy {
                    dtype: r.dtype,
                    dims: r.dims.iter().rev().copied().collect(),
                });
                Ok(mk(
                    H::View {
                        base: Box::new(v),
                        ops: vec![ViewOp::Transpose],
                    },
                    ty,
                    span,
                ))
            }
            (Ty::RunArray(_), a) => unsupported(
                attr_span,
                format!("the attribute .{a} of an array whose shape is known only at run time"),
            ),
            (Ty::Array(a), "size") => Ok(mk(H::Int(a.size() as i64), Ty::Int, span)),
            (Ty::Array(a), "ndim") => Ok(mk(H::Int(a.ndim() as i64), Ty::Int, span)),
            (Ty::Array(a), "itemsize") => Ok(mk(H::Int(a.dtype.itemsize() as i64), Ty::Int, span)),
            (Ty::Array(a), "nbytes") => {
                let n = a.size() * a.dtype.itemsize();
                Ok(mk(H::Int(n as i64), Ty::Int, span))
            }
            (Ty::NpScalar(d) | Ty::DTypeObj(d), "itemsize") | (Ty::NpScalar(d), "nbytes") => {
                Ok(mk(H::Int(d.itemsize() as i64), Ty::Int, span))
            }
            (Ty::DTypeObj(d), "name" | "kind") if !v.has_effects() => {
                Ok(api_math::dtype_attr(*d, attr, span))
            }
            (Ty::Generator, a) if random::GENERATOR_METHODS.contains(&a) => {
                unsupported(span, format!("the method .{a} as a value"))
            }
            (Ty::Array(a), "dtype") => Ok(mk(H::DType(a.dtype), Ty::DTypeObj(a.dtype), span)),
            (Ty::Array(_), "T") => Ok(transposed(v, span)),
            (Ty::NpScalar(d), "dtype") => Ok(mk(H::DType(*d), Ty::DTypeObj(*d), span)),
            (Ty::NpScalar(_), "ndim") => Ok(mk(H::Int(0), Ty::Int, span)),
            (Ty::NpScalar(_), "size") => Ok(mk(H::Int(1), Ty::Int, span)),
            (Ty::NpScalar(_), "shape") => Ok(mk(H::Tuple(vec![]), Ty::Tuple(vec![]), span)),
            (Ty::Array(_), "reshape" | "copy") => {
                unsupported(span, format!("the method .{attr} as a value"))
            }
            (Ty::Array(_), a) if reduce::REDUCTIONS.contains(&a) && !a.starts_with("am") => {
                unsupported(span, format!("the method .{attr} as a value"))
            }
            (Ty::Array(_), a) => err(
                attr_span,
                SemaError::NoAttribute("numpy.ndarray".into(), a.into()),
            ),
            (
                t @ (Ty::Int
                | Ty::Float
                | Ty::Bool
                | Ty::NpScalar(_)
                | Ty::Str
                | Ty::Tuple(_)
                | Ty::DTypeObj(_)
                | Ty::ScalarType(_)),
                a,
            ) => unsupported(
                attr_span,
                format!("the attribute .{a} of {}", py_type_name(t)),
            ),
            (t, a) => err(
                attr_span,
                SemaError::NoAttribute(py_type_name(t).into(), a.into()),
            ),
        }
    }

    fn binop(&mut self, op: BinOp, l: hir::Expr, r: hir::Expr, span: Span) -> Result<hir::Expr> {
        if let (BinOp::Add, Ty::Tuple(_), Ty::Tuple(_)) = (op, &l.ty, &r.ty) {
            return self.tuple_concat(l, r, span);
        }
        let ew = match op {
            BinOp::Add => EwOp::Add,
            BinOp::Sub => EwOp::Sub,
            BinOp::Mul => EwOp::Mul,
            BinOp::Div => EwOp::Div,
            BinOp::FloorDiv => EwOp::FloorDiv,
            BinOp::Mod => EwOp::Mod,
            BinOp::Pow => EwOp::Pow,
            BinOp::BitAnd => EwOp::And,
            BinOp::BitOr => EwOp::Or,
            BinOp::BitXor => EwOp::Xor,
            BinOp::MatMul => return self.matmul(l, r, true, span),
            BinOp::LShift => EwOp::Shl,
            BinOp::RShift => EwOp::Shr,
        };
        self.elementwise(ew, vec![l, r], span)
    }

    /// Types an elementwise operation: broadcasting, NumPy's promotion, Python's for Python scalars.
    fn elementwise(&mut self, op: EwOp, args: Vec<hir::Expr>, span: Span) -> Result<hir::Expr> {
        if args.iter().any(|a| complex::is_complex(&a.ty)) {
            return self.complex_elementwise(op, args, span);
        }
        for a in &args {
            if !(a.ty.is_scalar() || a.ty.as_array().is_some() || matches!(a.ty, Ty::RunArray(_))) {
                let what = ew_symbol(op);
                if matches!(
                    a.ty,
                    Ty::Str | Ty::Tuple(_) | Ty::DTypeObj(_) | Ty::ScalarType(_)
                ) {
                    // Python gives some of these a meaning (`"-" * 3`, tuple `+`, `==`).
                    let types: Vec<&str> = args.iter().map(|a| py_type_name(&a.ty)).collect();
                    return unsupported(
                        span,
                        format!("the `{what}` operator on {}", types.join(" and ")),
                    );
                }
                if args.len() == 2 {
                    return err(
                        span,
                        SemaError::BadOperands(what.into(), args[0].ty.clone(), args[1].ty.clone()),
                    );
                }
                return err(span, SemaError::BadOperand(what.into(), a.ty.clone()));
            }
        }
        let arrays: Vec<&ArrTy> = args.iter().filter_map(|a| a.ty.as_array()).collect();
        let run = args.iter().any(|a| matches!(a.ty, Ty::RunArray(_)));
        let numpy = !arrays.is_empty()
            || run
            || op == EwOp::Exp
            || args.iter().any(|a| matches!(a.ty, Ty::NpScalar(_)));
        let dtypes: Vec<DType> = args
            .iter()
            .map(|a| match &a.ty {
                Ty::Array(t) => t.dtype,
                Ty::RunArray(t) => t.dtype,
                t => t.scalar_dtype().unwrap(),
            })
            .collect();
        let device = self.tensor_device(&args, span)?;
        if run && device.is_some() {
            return unsupported(
                span,
                "tensors with arrays whose shape is known only at run time",
            );
        }
        // `np.where`'s condition is not promoted with its values.
        let promoted = if op == EwOp::Where {
            &args[1..]
        } else {
            &args[..]
        };
        let mut dtype = if device.is_some() {
            torch_elementwise_dtype(promoted)
        } else {
            elementwise_dtype(promoted.iter().map(|a| &a.ty))
        };
        if dtype == DType::I32 && !matches!(op, EwOp::Cmp(_) | EwOp::Where | EwOp::Clip) {
            // NEP 50: a weak Python int must fit the int32 it is cast to (comparisons are
            // exact whatever the int: they compute in int64, see `lower::compute_dtype`;
            // `np.where` casts its values unchecked; `np.clip` limits its bounds, below).
            // Known only for constants; a run-time Python int wraps.
            for a in &args {
                self.check_fits_int32(a, DType::I32, span)?;
            }
        }
        let all_bool = dtypes.iter().all(|&d| d == DType::Bool);
        if !numpy
            && all_bool
            && matches!(
                op,
                EwOp::Add
                    | EwOp::Sub
                    | EwOp::Mul
                    | EwOp::FloorDiv
                    | EwOp::Mod
                    | EwOp::Pow
                    | EwOp::Neg
                    | EwOp::Abs
                    | EwOp::Not
                    | EwOp::Shl
                    | EwOp::Shr
            )
        {
            // Python's bools are ints in arithmetic.
            dtype = DType::I64;
        }
        if numpy && all_bool {
            match op {
                EwOp::Exp | EwOp::Sqrt | EwOp::Math(_) | EwOp::Arctan2 => {
                    return unsupported(
                        span,
                        format!("np.{} of booleans (NumPy gives float16)", ew_symbol(op)),
                    )
                }
                EwOp::Sub => return err(span, SemaError::BoolSubtract),
                EwOp::Neg => return err(span, SemaError::BoolNegative),
                EwOp::FloorDiv | EwOp::Mod | EwOp::Pow | EwOp::Shl | EwOp::Shr => {
                    return unsupported(
                        span,
                        format!("`{}` between booleans (NumPy gives int8)", ew_symbol(op)),
                    )
                }
                _ => {}
            }
        }
        let forced = match ints::float_result(op, dtype) {
            Some(Ok(d)) => Some(d),
            Some(Err(m)) => return unsupported(span, m),
            None => None,
        };
        let result = match op {
            _ if forced.is_some() => forced.unwrap(),
            EwOp::Div | EwOp::Exp | EwOp::Sqrt if device.is_some() && !dtype.is_float() => {
                DType::F32
            }
            EwOp::Div | EwOp::Exp | EwOp::Sqrt => dtype.float_result(),
            EwOp::Cmp(_) => DType::Bool,
            _ if ufunc::result_dtype(op, dtype).is_some() => {
                match ufunc::result_dtype(op, dtype).unwrap() {
                    Ok(d) => d,
                    Err(m) => return err(span, SemaError::Py(PyExc::UFuncNoLoopError, m)),
                }
            }
            EwOp::Not | EwOp::And | EwOp::Or | EwOp::Xor | EwOp::Shl | EwOp::Shr
                if dtype.is_float() && !numpy =>
            {
                // Python's own operators on Python floats.
                let types: Vec<String> = args
                    .iter()
                    .map(|a| format!("'{}'", py_type_name(&a.ty)))
                    .collect();
                let m = if op == EwOp::Not {
                    format!("bad operand type for unary ~: {}", types[0])
                } else {
                    format!(
                        "unsupported operand type(s) for {}: {}",
                        ew_symbol(op),
                        types.join(" and ")
                    )
                };
                return err(span, SemaError::type_error(m));
            }
            EwOp::Not if dtype.is_float() => {
                return err(span, SemaError::Py(PyExc::TypeError, "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''".into()));
            }
            EwOp::And | EwOp::Or | EwOp::Xor | EwOp::Shl | EwOp::Shr if dtype.is_float() => {
                let name = match op {
                    EwOp::And => "bitwise_and",
                    EwOp::Or => "bitwise_or",
                    EwOp::Shl => "left_shift",
                    EwOp::Shr => "right_shift",
                    _ => "bitwise_xor",
                };
                return err(span, SemaError::Py(PyExc::TypeError, format!("ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")));
            }
            _ => dtype,
        };
        if op == EwOp::Pow && !numpy && dtype == DType::I64 {
            // Python: int ** negative int is a float; known only for constant exponents.
            if let Some(e) = const_int(&args[1], &self.consts) {
                if e < 0 {
                    let args = args.into_iter().map(|a| self.to_py(a, Ty::Float)).collect();
                    return Ok(mk(H::Elementwise { op, args }, Ty::Float, span));
                }
            }
        }
        let ty = if run {
            // Extents known only at run time: the shapes are checked when the kernel runs
            // (`lower::run_kernel`), where NumPy raises. Two fixed extents that cannot
            // broadcast make that axis's extent a run-time one, so the error comes then too.
            let mut dims = Vec::new();
            for a in &args {
                if let Some((_, d)) = crate::types::dims_of(&a.ty) {
                    dims = crate::types::broadcast_dims(&dims, &d).unwrap_or_else(|| {
                        let n = dims.len().max(d.len());
                        vec![Dim::Run; n]
                    });
                }
            }
            Ty::RunArray(RunArrTy {
                dtype: result,
                dims,
            })
        } else if arrays.is_empty() {
            Ty::scalar_of(result, numpy)
        } else {
            let mut shape: Shape = Vec::new();
            for a in &arrays {
                match broadcast_shapes(&shape, &a.shape) {
                    Some(s) => shape = s,
                    None => {
                        let shapes = args
                            .iter()
                            .filter_map(|a| a.ty.as_array().map(|t| t.shape.clone()))
                            .collect();
                        return err(span, SemaError::Broadcast(shapes));
                    }
                }
            }
            Ty::Array(ArrTy {
                dtype: result,
                shape,
                tensor: device,
            })
        };
        ints::check_uint64_compare(op, &args, span)?;
        let mut args = self.int_dtype_operands(op, dtype, numpy, args, span)?;
        if dtype == DType::I32 && op == EwOp::Clip {
            // NumPy's clip takes Python int bounds out of int32's range as its limits.
            for a in &mut args[1..] {
                if let (Ty::Int, Some(v)) = (&a.ty, const_int(a, &self.consts)) {
                    a.kind = H::Int(v.clamp(i32::MIN as i64, i32::MAX as i64));
                }
            }
        }
        let e = mk(H::Elementwise { op, args }, ty, span);
        if zero_d::is_zero_d(&e.ty) {
            return Ok(zero_d::item(e));
        }
        // Python int arithmetic on constants is exact: an intermediate beyond int64 is no
        // error when the result fits (`2**63 - 1`); one that does not fit raises at run time.
        if e.ty == Ty::Int {
            if let Some(v) = exact_const_int(&e, &self.consts).and_then(|v| i64::try_from(v).ok()) {
                return Ok(mk(H::Int(v), Ty::Int, span));
            }
        }
        Ok(e)
    }

    /// The device of the tensors among elementwise operands, `None` when there are none; NumPy
    /// arrays and tensors do not mix, and tensors must share a device.
    fn tensor_device(
        &self,
        args: &[hir::Expr],
        span: Span,
    ) -> Result<Option<crate::types::Device>> {
        let mut device = None;
        let mut numpy = false;
        for a in args {
            if let Ty::Array(t) = &a.ty {
                match (t.tensor, device) {
                    (None, _) => numpy = true,
                    (Some(d), None) => device = Some(d),
                    (Some(d), Some(e)) if d != e => {
                        return err(span, SemaError::Py(PyExc::RuntimeError, "Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!".into()));
                    }
                    _ => {}
                }
            }
        }
        if numpy && device.is_some() {
            return unsupported(span, "operations between NumPy arrays and torch tensors");
        }
        Ok(device)
    }

    /// Exactly two positional arguments; otherwise `{what} but N were given`.
    fn two_args(
        &mut self,
        args: &[ast::Expr],
        what: &str,
        span: Span,
    ) -> Result<(hir::Expr, hir::Expr)> {
        let mut vals = self.args(args)?;
        if vals.len() != 2 {
            return err(
                span,
                SemaError::Py(
                    PyExc::TypeError,
                    format!("{what} but {} were given", vals.len()),
                ),
            );
        }
        let b = vals.pop().unwrap();
        Ok((vals.pop().unwrap(), b))
    }

    // ---- indexing ----

    /// The value of `base[index]` with basic indices: an element or a view.
    fn indexed_read(
        &mut self,
        base: hir::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Result<hir::Expr> {
        Ok(match self.index(base, index, span)? {
            Indexed::Element { base, indices } => {
                let (dtype, _) = crate::types::dims_of(&base.ty).unwrap();
                mk(
                    H::Element {
                        base: Box::new(base),
                        indices,
                    },
                    Ty::NpScalar(dtype),
                    span,
                )
            }
            Indexed::View(v) => v,
        })
    }

    fn index(&mut self, base: hir::Expr, index: &ast::Expr, span: Span) -> Result<Indexed> {
        // A run-time-shaped base is typed as a static one whose run-time axes are marked
        // (`run`); their extents are never read here (each such axis takes the run-time ops).
        let (arr, base_run): (ArrTy, Vec<bool>) = match &base.ty {
            Ty::RunArray(r) => (
                ArrTy::new(
                    r.dtype,
                    r.dims.iter().map(|d| d.fixed().unwrap_or(0)).collect(),
                ),
                r.dims.iter().map(|d| *d == Dim::Run).collect(),
            ),
            t => {
                let a = t.as_array().unwrap().clone();
                let n = a.ndim();
                (a, vec![false; n])
            }
        };
        let mut items: Vec<&ast::Expr> = match &index.kind {
            A::Tuple(items) => items.iter().collect(),
            _ => vec![index],
        };
        let is_newaxis = |s: &Sema, e: &ast::Expr| match &e.kind {
            A::None => true,
            A::Attribute { value, attr, .. } => {
                attr == "newaxis" && s.module_of(value) == Some(ModuleKind::NumPy)
            }
            _ => false,
        };
        // `...` stands for as many full slices as the other indices leave axes.
        let ellipsis = items.iter().position(|i| matches!(i.kind, A::Ellipsis));
        let full_slices: Vec<ast::Expr>;
        if let Some(pos) = ellipsis {
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
            let others = items
                .iter()
                .filter(|i| !is_newaxis(self, i) && !matches!(i.kind, A::Ellipsis))
                .count();
            let slice = ast::Expr {
                kind: A::Slice {
                    lower: None,
                    upper: None,
                    step: None,
                },
                span: items[pos].span,
            };
            full_slices = vec![slice; arr.ndim().saturating_sub(others)];
            items.splice(pos..pos + 1, full_slices.iter());
        }
        let real = items.iter().filter(|i| !is_newaxis(self, i)).count();
        if real > arr.ndim() {
            return err(
                index.span,
                SemaError::TooManyIndices {
                    ndim: arr.ndim(),
                    given: real,
                },
            );
        }
        // All plain integers, one per axis: an element.
        // Indexing a tensor down to one element still gives a (0-d) tensor.
        let mut all_ints =
            ellipsis.is_none() && real == arr.ndim() && items.len() == real && arr.tensor.is_none();
        let mut values = Vec::new();
        for item in &items {
            if matches!(item.kind, A::Slice { .. }) || is_newaxis(self, item) {
                all_ints = false;
                values.push(None);
            } else {
                let v = self.expr(item)?;
                if !matches!(
                    v.ty,
                    Ty::Int
                        | Ty::NpScalar(
                            DType::I64
                                | DType::I32
                                | DType::U8
                                | DType::U16
                                | DType::U32
                                | DType::I8
                                | DType::I16
                                | DType::Bool
                        )
                        | Ty::Bool
                ) {
                    if v.ty.as_array().is_some() {
                        return unsupported(item.span, "indexing with arrays");
                    }
                    return err(item.span, SemaError::Py(PyExc::IndexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices".into()));
                }
                if matches!(v.ty, Ty::Bool | Ty::NpScalar(DType::Bool)) {
                    return unsupported(item.span, "boolean scalar indices");
                }
                values.push(Some(v));
            }
        }
        let mut ops = Vec::new();
        let mut indices = Vec::new();
        let mut axis = 0; // axis of the base
        let mut out_axis = 0; // axis of the view being built
        let mut shape = Vec::new();
        // Per axis of the result: whether its extent is known only at run time.
        let mut run = Vec::new();
        for (item, value) in items.iter().zip(values) {
            if is_newaxis(self, item) {
                ops.push(ViewOp::NewAxis { axis: out_axis });
                out_axis += 1;
                shape.push(1);
                run.push(false);
                continue;
            }
            let n = arr.shape[axis];
            if let (A::Slice { lower, upper, step }, true) = (&item.kind, base_run[axis]) {
                // A slice of a run-time axis: normalised at run time (a full `:` is the axis).
                if lower.is_some() || upper.is_some() || step.is_some() {
                    ops.push(self.slice_run(lower, upper, step, out_axis, item.span)?);
                }
                shape.push(0);
                run.push(true);
                out_axis += 1;
                axis += 1;
                continue;
            }
            if value.is_some() && base_run[axis] {
                let v = self.to_py(value.unwrap(), Ty::Int);
                if all_ints {
                    indices.push(v);
                } else {
                    ops.push(ViewOp::IndexRun {
                        axis: out_axis,
                        index: Box::new(v),
                        source_axis: axis,
                    });
                }
                axis += 1;
                continue;
            }
            if let A::Slice { lower, upper, step } = &item.kind {
                if let Some((op, len)) = self.slice_at(
                    lower.as_deref(),
                    upper.as_deref(),
                    step.as_deref(),
                    n,
                    out_axis,
                )? {
                    ops.push(op);
                    shape.push(len);
                    run.push(false);
                    out_axis += 1;
                    axis += 1;
                    continue;
                }
                let mut bound = |e: &Option<Box<ast::Expr>>| -> Result<Option<Option<i64>>> {
                    match e {
                        None => Ok(Some(None)),
                        Some(e) => {
                            let v = self.expr(e)?;
                            if v.ty == Ty::None {
                                return Ok(Some(None));
                            }
                            Ok(const_int(&v, &self.consts).map(Some))
                        }
                    }
                };
                let (Some(lo), Some(hi), Some(st)) = (bound(lower)?, bound(upper)?, bound(step)?)
                else {
                    // Bounds known only at run time: the extent is too.
                    if arr.tensor.is_some() {
                        return unsupported(
                            item.span,
                            "tensor slices with bounds known only at run time",
                        );
                    }
                    ops.push(self.slice_run(lower, upper, step, out_axis, item.span)?);
                    shape.push(0);
                    run.push(true);
                    out_axis += 1;
                    axis += 1;
                    continue;
                };
                let st = st.unwrap_or(1);
                if st == 0 {
                    return err(
                        item.span,
                        SemaError::Py(PyExc::ValueError, "slice step cannot be zero".into()),
                    );
                }
                let (start, len) = slice_indices(lo, hi, st, n as i64);
                ops.push(ViewOp::Slice {
                    axis: out_axis,
                    start,
                    len: len as usize,
                    step: st,
                });
                shape.push(len as usize);
                run.push(false);
                out_axis += 1;
            } else {
                let v = value.unwrap();
                let v = match const_int(&v, &self.consts) {
                    // Out of range in code that may not run (a loop or branch): NumPy would only
                    // raise if it ran, so the check moves to run time.
                    Some(c)
                        if (c < -(n as i64) || c >= n as i64)
                            && self.loop_depth + self.branch_depth > 0 =>
                    {
                        self.to_py(v, Ty::Int)
                    }
                    Some(c) => {
                        if c < -(n as i64) || c >= n as i64 {
                            return err(
                                item.span,
                                SemaError::IndexOutOfBounds {
                                    index: c,
                                    axis,
                                    size: n,
                                },
                            );
                        }
                        mk(
                            H::Int(if c < 0 { c + n as i64 } else { c }),
                            Ty::Int,
                            v.span,
                        )
                    }
                    None => self.to_py(v, Ty::Int),
                };
                if all_ints {
                    indices.push(v);
                } else {
                    ops.push(ViewOp::Index {
                        axis: out_axis,
                        index: Box::new(v),
                        size: n,
                        source_axis: axis,
                    });
                }
            }
            axis += 1;
        }
        if all_ints {
            return Ok(Indexed::Element { base, indices });
        }
        shape.extend_from_slice(&arr.shape[axis..]);
        run.extend_from_slice(&base_run[axis..]);
        let ty = if run.iter().any(|&r| r) {
            let dims = shape
                .iter()
                .zip(&run)
                .map(|(&n, &r)| if r { Dim::Run } else { Dim::Fixed(n) })
                .collect();
            Ty::RunArray(RunArrTy {
                dtype: arr.dtype,
                dims,
            })
        } else {
            Ty::Array(arr.with(arr.dtype, shape))
        };
        Ok(Indexed::View(mk(
            H::View {
                base: Box::new(base),
                ops,
            },
            ty,
            span,
        )))
    }

    // ---- calls ----

    fn call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        for a in args {
            if let A::Starred(_) = a.kind {
                return unsupported(a.span, "`*args` in calls");
            }
        }
        if let Some(f) = functions::user_function(&self.env, func) {
            return self.call_function(f, args, kwargs, span);
        }
        if !kwargs.is_empty()
            && args
                .iter()
                .chain(kwargs.iter().map(|k| &k.value))
                .filter(|a| makes_call(a))
                .count()
                >= 2
        {
            // The arguments run in the order written, whatever order the callee reads them
            // in: those with effects are evaluated first, each into a hidden local.
            let mut first = Vec::new();
            let args = args
                .iter()
                .map(|a| self.part_evaluated_once(a, &mut first))
                .collect::<Result<Vec<_>>>()?;
            let kwargs = kwargs
                .iter()
                .map(|k| {
                    let value = self.part_evaluated_once(&k.value, &mut first)?;
                    Ok(ast::Keyword { value, ..k.clone() })
                })
                .collect::<Result<Vec<_>>>()?;
            if !first.is_empty() {
                let called = self.call(func, &args, &kwargs, span)?;
                return Ok(seq(first, called));
            }
        }
        if let A::Name(name) = &func.kind {
            if !self.env.contains_key(name) {
                return self.builtin(name, args, kwargs, span);
            }
            if let Some(Binding::Local(id)) = self.env.get(name) {
                if let Ty::ScalarType(d) = self.locals[*id].ty {
                    // `datatype(1.5)` with `datatype` bound to `np.float64`.
                    let type_name = scalars::scalar_type_name(d);
                    return self.numpy_scalar(d, type_name, args, kwargs, span);
                }
            }
        }
        if let Some((module, name)) = self.resolve_function(func) {
            if matches!(module, ModuleKind::Torch | ModuleKind::TorchCuda) {
                return self.torch_call(module, &name, args, kwargs, span);
            }
            if module == ModuleKind::Math {
                return self.math_call(&name, func, args, kwargs, span);
            }
            if let Some(d) =
                scalars::numpy_scalar_type(&name).filter(|_| module == ModuleKind::NumPy)
            {
                return self.numpy_scalar(d, &name, args, kwargs, span);
            }
            if let Some(r) = self.numpy_call_with_lists(module, &name, func, args, kwargs, span)? {
                return Ok(r);
            }
            return self.numpy_call(module, &name, func, args, kwargs, span);
        }
        if let A::Attribute {
            value,
            attr,
            attr_span,
        } = &func.kind
        {
            if let A::Attribute {
                value: inner,
                attr: sub,
                ..
            } = &value.kind
            {
                if self.module_of(inner) == Some(ModuleKind::NumPy)
                    && NUMPY_SUBMODULES.contains(&sub.as_str())
                {
                    return unsupported(span, format!("numpy function 'np.{sub}.{attr}'"));
                }
            }
            if let Some(called) = self.numpy_ufunc_method(value, attr, args, kwargs, span)? {
                return Ok(called);
            }
            // The object runs once, before the arguments, whether the method uses its value
            // or only its type.
            let recv = self.expr(value)?;
            if matches!(recv.ty, Ty::List(_))
                || (attr == "tolist" && recv.ty.as_array().is_some_and(|a| a.tensor.is_none()))
            {
                let mut first = Vec::new();
                let recv = self.once(recv, &mut first);
                let called = self.list_method(recv, attr, *attr_span, args, kwargs, span)?;
                return Ok(seq(first, called));
            }
            if let Ty::RunArray(_) = recv.ty {
                if !reduce::REDUCTIONS.contains(&attr.as_str()) || attr.starts_with("am") {
                    return unsupported(
                        span,
                        format!("the method .{attr}() of an array whose shape is known only at run time"),
                    );
                }
                let mut first = Vec::new();
                let recv = self.once(recv, &mut first);
                let called = self.reduction_call(attr, true, recv, args, kwargs, span)?;
                return Ok(seq(first, called));
            }
            if recv.ty.as_array().is_some() || recv.ty == Ty::Generator {
                let mut first = Vec::new();
                let recv = self.once(recv, &mut first);
                let called = if recv.ty.as_array().is_some_and(|a| a.tensor.is_some()) {
                    self.tensor_method(recv, attr, *attr_span, args, kwargs, span)
                } else if recv.ty.as_array().is_some() {
                    self.method(recv, attr, *attr_span, args, kwargs, span)
                } else {
                    self.generator_method(recv, attr, *attr_span, args, kwargs, span)
                }?;
                return Ok(seq(first, called));
            }
            if recv.ty == Ty::Str {
                return self.str_method(recv, attr, args, kwargs, span);
            }
            if matches!(attr.as_str(), "conj" | "conjugate") && recv.ty.scalar_dtype().is_some() {
                // `z.conjugate()` of a Python or NumPy scalar (`conj` is NumPy's only).
                if attr == "conjugate" || matches!(recv.ty, Ty::NpScalar(_)) {
                    return self.method(recv, attr, *attr_span, args, kwargs, span);
                }
            }
            return err(
                *attr_span,
                SemaError::NoAttribute(py_type_name(&recv.ty).into(), attr.clone()),
            );
        }
        let f = self.expr(func)?;
        err(
            func.span,
            SemaError::Py(
                PyExc::TypeError,
                format!("'{}' object is not callable", py_type_name(&f.ty)),
            ),
        )
    }

    fn args(&mut self, args: &[ast::Expr]) -> Result<Vec<hir::Expr>> {
        args.iter().map(|a| self.expr(a)).collect()
    }

    fn builtin(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(r) = self.list_builtin(name, args, kwargs, span)? {
            return Ok(r);
        }
        if name == "tuple" {
            return self.tuple_builtin(args, kwargs, span);
        }
        if !kwargs.is_empty() && !matches!(name, "print" | "round" | "min" | "max") {
            return err(
                kwargs[0].span,
                SemaError::UnexpectedKeyword(name.into(), kwargs[0].name.clone()),
            );
        }
        if name == "complex" {
            let vals = self.args(args)?;
            return self.complex_call(None, vals, span);
        }
        let one = |s: &mut Sema| -> Result<hir::Expr> {
            if args.len() != 1 {
                return err(
                    span,
                    SemaError::Py(
                        PyExc::TypeError,
                        format!("{name}() takes exactly one argument ({} given)", args.len()),
                    ),
                );
            }
            s.expr(&args[0])
        };
        match name {
            "print" => unsupported(span, "print(...) as a value"),
            "len" => {
                let v = one(self)?;
                match &v.ty {
                    Ty::Array(a) if a.ndim() > 0 => {
                        let n = mk(H::Int(a.shape[0] as i64), Ty::Int, span);
                        Ok(after_effects_of(v, n))
                    }
                    Ty::Array(_) => err(
                        span,
                        SemaError::Py(PyExc::TypeError, "len() of unsized object".into()),
                    ),
                    Ty::RunArray(r) => Ok(match r.dims[0] {
                        Dim::Fixed(n) => after_effects_of(v, mk(H::Int(n as i64), Ty::Int, span)),
                        Dim::Run => extent(&v, Some(0), span),
                    }),
                    Ty::Tuple(t) => {
                        let n = mk(H::Int(t.len() as i64), Ty::Int, span);
                        Ok(after_effects_of(v, n))
                    }
                    Ty::Str => Ok(self.str_len(v, span)),
                    t if t.is_scalar() || *t == Ty::None => err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!("object of type '{}' has no len()", py_type_name(t)),
                        ),
                    ),
                    t => unsupported(span, format!("len() of a {t}")),
                }
            }
            "str" | "repr" => {
                let v = one(self)?;
                self.printable(&v)?;
                if name == "str" && v.ty == Ty::Str {
                    return Ok(v);
                }
                Ok(mk(
                    H::Text {
                        repr: name == "repr",
                        value: Box::new(v),
                    },
                    Ty::Str,
                    span,
                ))
            }
            "int" | "float" | "bool" => {
                if args.is_empty() {
                    return Ok(match name {
                        "int" => mk(H::Int(0), Ty::Int, span),
                        "float" => mk(H::Float(0.0), Ty::Float, span),
                        _ => mk(H::Bool(false), Ty::Bool, span),
                    });
                }
                let v = one(self)?;
                let target = match name {
                    "int" => Ty::Int,
                    "float" => Ty::Float,
                    _ => Ty::Bool,
                };
                match &v.ty {
                    Ty::Complex if name != "bool" => {
                        let m = if name == "int" {
                            "int() argument must be a string, a bytes-like object or a real number, not 'complex'"
                        } else {
                            "float() argument must be a string or a real number, not 'complex'"
                        };
                        err(span, SemaError::Py(PyExc::TypeError, m.into()))
                    }
                    t if t.is_scalar() => Ok(if name == "bool" {
                        self.truth(v)?
                    } else {
                        self.to_py(v, target)
                    }),
                    Ty::Array(a)
                        if a.size() == 1
                            && (name == "bool" || a.tensor.is_some() || a.ndim() == 0) =>
                    {
                        let indices = vec![mk(H::Int(0), Ty::Int, span); a.ndim()];
                        let dtype = a.dtype;
                        let e = mk(
                            H::Element {
                                base: Box::new(v),
                                indices,
                            },
                            Ty::NpScalar(dtype),
                            span,
                        );
                        Ok(self.to_py(e, target))
                    }
                    Ty::Array(a) if name == "bool" => {
                        let _ = a;
                        let v = v.clone();
                        self.truth(v)
                    }
                    Ty::Array(_) => err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            "only 0-dimensional arrays can be converted to Python scalars".into(),
                        ),
                    ),
                    t => unsupported(span, format!("{name}() of a {t}")),
                }
            }
            "abs" => {
                let v = one(self)?;
                self.elementwise(EwOp::Abs, vec![v], span)
            }
            "id" => {
                let v = one(self)?;
                if !v.ty.is_object() {
                    return unsupported(
                        span,
                        format!(
                            "id() of a {} (only arrays and strings have a stable identity)",
                            v.ty
                        ),
                    );
                }
                Ok(mk(H::Id(Box::new(v)), Ty::Int, span))
            }
            // `bin(x)` is `format(x, '#b')` for every int (`-0b101` too), as `oct`/`hex` are
            // `#o`/`#x`; NumPy ints convert through `__index__`, NumPy bools and floats do not.
            "bin" | "oct" | "hex" => {
                let v = one(self)?;
                let spec = match name {
                    "bin" => "#b",
                    "oct" => "#o",
                    _ => "#x",
                };
                let value = match &v.ty {
                    Ty::Int
                    | Ty::Bool
                    | Ty::NpScalar(
                        DType::I64
                        | DType::I32
                        | DType::U8
                        | DType::U16
                        | DType::U32
                        | DType::I8
                        | DType::I16,
                    ) => self.to_py(v, Ty::Int),
                    Ty::Array(a) if a.tensor.is_none() => {
                        let m = "only integer scalar arrays can be converted to a scalar index";
                        return err(span, SemaError::type_error(m));
                    }
                    t => {
                        let m = format!(
                            "'{}' object cannot be interpreted as an integer",
                            py_type_name(t)
                        );
                        return err(span, SemaError::Py(PyExc::TypeError, m));
                    }
                };
                let part = hir::FStringPart::Format {
                    value,
                    spec: spec.into(),
                };
                Ok(mk(H::FString(vec![part]), Ty::Str, span))
            }
            "range" => unsupported(span, "range(...) outside a for loop"),
            "round" => self.round(args, kwargs, span),
            "min" | "max" => self.min_max(name, args, kwargs, span),
            "sum" => self.builtin_sum(args, span),
            "list" | "tuple" | "sorted" | "enumerate" | "zip" | "isinstance" | "type" | "input"
            | "open" | "slice" => unsupported(span, format!("the builtin {name}()")),
            other => err(span, SemaError::NameNotDefined(other.into())),
        }
    }

    fn kwarg<'a>(
        &self,
        kwargs: &'a [ast::Keyword],
        func: &str,
        allowed: &[&str],
    ) -> Result<HashMap<&'a str, &'a ast::Expr>> {
        let mut map = HashMap::new();
        for kw in kwargs {
            if !allowed.contains(&kw.name.as_str()) {
                return unsupported(
                    kw.span,
                    format!("keyword argument '{}' of {func}()", kw.name),
                );
            }
            map.insert(kw.name.as_str(), &kw.value);
        }
        Ok(map)
    }

    /// A `dtype=` argument: `int`, `float`, `bool`, `np.float64`, `"int64"`, …
    fn dtype_arg(&mut self, e: &ast::Expr) -> Result<DType> {
        let named_value = match &e.kind {
            A::Attribute { attr, .. } => attr == "dtype",
            A::Name(n) => matches!(self.env.get(n), Some(Binding::Local(_))),
            _ => false,
        };
        if named_value {
            // `x.dtype`, or a local holding a dtype or a scalar type (`dtype=datatype`).
            if let Ty::DTypeObj(d) | Ty::ScalarType(d) = self.expr(e)?.ty {
                return Ok(d);
            }
        }
        let name = match &e.kind {
            A::Name(n) if !self.env.contains_key(n) => Some(n.clone()),
            A::Str(s) => Some(s.clone()),
            A::Attribute { value, attr, .. }
                if self.module_of(value) == Some(ModuleKind::NumPy) =>
            {
                Some(attr.clone())
            }
            _ => None,
        };
        match name.as_deref().and_then(dtype_from_name) {
            Some(d) => Ok(d),
            None => unsupported(
                e.span,
                "this dtype (supported: bool, int32, int64, float32, float64)",
            ),
        }
    }

    fn shape_arg(&mut self, e: &ast::Expr) -> Result<Shape> {
        match self.dims_arg(e)? {
            Ok(shape) => Ok(shape),
            Err(items) => {
                let i = items
                    .iter()
                    .find(|i| const_int(i, &self.consts).is_none())
                    .unwrap();
                unsupported(i.span, "shapes not known at compile time")
            }
        }
    }

    /// A shape argument (`n`, `(n, 3)`, `[n, 3]`): `Ok` with the static shape when every
    /// extent is a constant, else `Err` with the extents as Python ints, for a result with
    /// run-time extents (`hir::ExprKind::FullRun`).
    fn dims_arg(&mut self, e: &ast::Expr) -> Result<std::result::Result<Shape, Vec<hir::Expr>>> {
        let items: Vec<hir::Expr> = match &e.kind {
            A::List(items) => self.args(items)?,
            _ => match self.expr(e)? {
                hir::Expr {
                    kind: H::Seq { first, value },
                    ..
                } if matches!(value.kind, H::Tuple(_) | H::Int(_)) => {
                    self.effects_of_static_args.extend(first);
                    match value.kind {
                        H::Tuple(items) => items,
                        _ => vec![*value],
                    }
                }
                hir::Expr {
                    kind: H::Tuple(items),
                    ..
                } => items,
                v => self.tuple_items(v),
            },
        };
        let mut shape = Vec::new();
        for i in &items {
            match const_int(i, &self.consts) {
                Some(d) if d >= 0 => shape.push(d as usize),
                Some(_) => {
                    return err(
                        i.span,
                        SemaError::Py(
                            PyExc::ValueError,
                            "negative dimensions are not allowed".into(),
                        ),
                    )
                }
                None => {
                    if !i.ty.is_index() {
                        return unsupported(i.span, format!("a {} as an array extent", i.ty));
                    }
                    if items.len() > ARRAY_DIM_LIMIT {
                        return unsupported(e.span, "arrays of more than 8 dimensions");
                    }
                    let items = items.into_iter().map(|i| self.to_py(i, Ty::Int)).collect();
                    return Ok(Err(items));
                }
            }
        }
        Ok(Ok(shape))
    }

    fn scalar_const(&mut self, e: &ast::Expr) -> Result<hir::Expr> {
        let v = self.expr(e)?;
        if !v.ty.is_scalar() {
            return unsupported(e.span, format!("a {} here (a number is expected)", v.ty));
        }
        Ok(v)
    }

    fn numpy_call(
        &mut self,
        module: ModuleKind,
        name: &str,
        func: &ast::Expr,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let (ModuleKind::NumPy, Some(f)) = (module, complex_function(name)) {
            self.kwarg(kwargs, name, &[])?;
            if args.len() != 1 {
                return unsupported(span, format!("np.{name} of {} arguments", args.len()));
            }
            let v = self.array_like_arg(&args[0])?;
            return self.complex_part(f, v, span);
        }
        if module == ModuleKind::NumPy && api_index::is_api_function(name) {
            return self.api_function(name, args, kwargs, span);
        }
        match (module, name) {
            // `np.ndarray(shape, dtype)` is the constructor `np.empty` calls: uninitialised
            // memory, which a program can only have meant to fill before reading (arrc's
            // zeros are as good as any bytes).
            (ModuleKind::NumPy, "zeros" | "ones" | "empty" | "ndarray") => {
                let kw = self.kwarg(kwargs, name, &["shape", "dtype"])?;
                if name == "ndarray" && args.len() > 2 {
                    return unsupported(args[2].span, "the buffer argument of np.ndarray()");
                }
                let shape_e = args.first().or(kw.get("shape").copied());
                let Some(shape_e) = shape_e else {
                    // ndarray.__new__ counts the class as argument 0.
                    let pos = if name == "ndarray" { 1 } else { 0 };
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!("{name}() missing required argument 'shape' (pos {pos})"),
                        ),
                    );
                };
                let shape = self.dims_arg(shape_e)?;
                let dtype = match args.get(1).or(kw.get("dtype").copied()) {
                    Some(d) => self.dtype_arg(d)?,
                    None => DType::F64,
                };
                let fill = if name == "ones" { 1 } else { 0 };
                Ok(match shape {
                    Ok(shape) => self.full(dtype, shape, fill, span),
                    Err(dims) => self.full_run(dtype, dims, fill, span),
                })
            }
            (ModuleKind::NumPy, "fromfunction") => self.fromfunction(args, kwargs, span),
            (ModuleKind::NumPy, "count_nonzero") => self.count_nonzero(args, kwargs, span),
            (ModuleKind::NumPy, "nonzero" | "flatnonzero" | "argwhere") => {
                self.nonzero_indices(name, args, kwargs, span)
            }
            (ModuleKind::NumPy, "where") if args.len() == 1 && kwargs.is_empty() => {
                self.nonzero_indices("where", args, kwargs, span)
            }
            (ModuleKind::NumPy, "bincount") => self.bincount(args, kwargs, span),
            (ModuleKind::NumPy, "interp") => self.interp(args, kwargs, span),
            (ModuleKind::NumPy, "asarray") => self.asarray(args, kwargs, span),
            (ModuleKind::NumPy, "unique") => self.unique(args, kwargs, span),
            (ModuleKind::NumPy, "diff") => self.diff(args, kwargs, span),
            (ModuleKind::NumPy, "repeat") => self.repeat(args, kwargs, span),
            (ModuleKind::NumPy, "intersect1d" | "union1d" | "setdiff1d" | "isin") => {
                self.set_op(name, args, kwargs, span)
            }
            (ModuleKind::NumPy, "sort" | "argsort") => self.sort_function(name, args, kwargs, span),
            (ModuleKind::NumPyStrideTricks, "as_strided" | "sliding_window_view") => {
                self.stride_tricks_call(name, args, kwargs, span)
            }
            (ModuleKind::NumPy, "partition" | "argpartition") => {
                self.partition_function(name, args, kwargs, span)
            }
            (ModuleKind::NumPy, "meshgrid") => self.meshgrid(args, kwargs, span),
            (ModuleKind::NumPy, "ix_") => self.ix_value(args, kwargs, span),
            (ModuleKind::NumPy, "einsum") => self.einsum(args, kwargs, span),
            (ModuleKind::NumPy, "histogram") => self.histogram(args, kwargs, span),
            (ModuleKind::NumPy, "median") => self.median(args, kwargs, span),
            (ModuleKind::NumPy, "pad") => self.pad(args, kwargs, span),
            (ModuleKind::NumPy, "unravel_index") => self.unravel_index(args, kwargs, span),
            (ModuleKind::NumPy, "percentile" | "quantile") => {
                self.quantile(name, args, kwargs, span)
            }
            (ModuleKind::NumPy, "diag") => self.diag(args, kwargs, span),
            (ModuleKind::NumPy, "tensordot") => self.tensordot(args, kwargs, span),
            (ModuleKind::NumPy, "diagonal") => {
                let b = shape::bind_args("diagonal", &["a", "offset"], 1, args, kwargs, span)?;
                let x = self.expr(b[0].unwrap())?;
                let k = self.offset_arg(b[1])?;
                self.diagonal(x, k, span)
            }
            (ModuleKind::NumPy, "atleast_2d") => self.atleast_2d(args, kwargs, span),
            (ModuleKind::NumPy, "isclose" | "allclose") => self.isclose(name, args, kwargs, span),
            (ModuleKind::NumPy, "array_equal") => self.array_equal(args, kwargs, span),
            (ModuleKind::NumPy, "zeros_like" | "ones_like") => {
                let kw = self.kwarg(kwargs, name, &["dtype"])?;
                if args.len() != 1 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!(
                                "{name}() takes 1 positional argument but {} were given",
                                args.len()
                            ),
                        ),
                    );
                }
                let like = self.expr(&args[0])?;
                let fill = if name == "ones_like" { 1 } else { 0 };
                if let Ty::RunArray(r) = like.ty.clone() {
                    // A 1-D run-time-shaped `like` has one layout; more axes could be in any
                    // memory order (order='K'), which a `FullRun` does not take.
                    if r.ndim() != 1 {
                        return unsupported(
                            args[0].span,
                            format!("{name} of a {} (more than one axis)", like.ty),
                        );
                    }
                    let dtype = match kw.get("dtype") {
                        Some(d) => self.dtype_arg(d)?,
                        None => r.dtype,
                    };
                    let mut first = Vec::new();
                    let like = self.once(like, &mut first);
                    let n = match r.dims[0] {
                        Dim::Fixed(n) => mk(H::Int(n as i64), Ty::Int, span),
                        Dim::Run => extent(&like, Some(0), span),
                    };
                    return Ok(seq(first, self.full_run(dtype, vec![n], fill, span)));
                }
                let Ty::Array(a) = like.ty.clone() else {
                    return unsupported(args[0].span, format!("{name} of a {}", like.ty));
                };
                let dtype = match kw.get("dtype") {
                    Some(d) => self.dtype_arg(d)?,
                    None => a.dtype,
                };
                Ok(filled_like(self.full(dtype, a.shape, fill, span), like))
            }
            (ModuleKind::NumPy, "arange") => {
                let kw = self.kwarg(kwargs, name, &["dtype"])?;
                let vals = self.args(args)?;
                if vals.is_empty() || vals.len() > 3 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!(
                                "arange() takes from 1 to 3 positional arguments but {} were given",
                                vals.len()
                            ),
                        ),
                    );
                }
                let mut nums = Vec::new();
                for v in &vals {
                    match const_num(v, &self.consts) {
                        Some(n) => nums.push(n),
                        None => return self.arange_run(vals, kw.get("dtype").copied(), span),
                    }
                }
                let is_float = nums.iter().any(|n| matches!(n, Num::F(_)));
                let f = |n: &Num| match n {
                    Num::I(i) => *i as f64,
                    Num::F(f) => *f,
                };
                let (start, stop, step) = match nums.len() {
                    1 => (Num::I(0), nums[0], Num::I(1)),
                    2 => (nums[0], nums[1], Num::I(1)),
                    _ => (nums[0], nums[1], nums[2]),
                };
                if f(&step) == 0.0 {
                    let m = if is_float {
                        "float division by zero"
                    } else {
                        "division by zero"
                    };
                    return err(span, SemaError::Py(PyExc::ZeroDivisionError, m.into()));
                }
                let len = ((f(&stop) - f(&start)) / f(&step)).ceil().max(0.0) as usize;
                let mut dtype = if is_float { DType::F64 } else { DType::I64 };
                if let Some(d) = kw.get("dtype") {
                    dtype = self.dtype_arg(d)?;
                }
                if let Num::I(v) = &start {
                    // NumPy casts the first value (stop and step are not checked).
                    if let Some(m) = crate::int_dtypes::python_int_overflow(*v as i128, dtype) {
                        return err(span, SemaError::Py(PyExc::OverflowError, m));
                    }
                    if crate::int_dtypes::is_new(dtype) {
                        return unsupported(span, format!("np.arange with dtype {}", dtype.name()));
                    }
                }
                let ty = Ty::Array(ArrTy::new(dtype, vec![len]));
                let (start, step) = match dtype {
                    DType::F64 | DType::F32 => (
                        mk(H::Float(f(&start)), Ty::Float, span),
                        mk(H::Float(f(&step)), Ty::Float, span),
                    ),
                    DType::I64 | DType::I32 if !is_float => {
                        let i = |n: &Num| if let Num::I(i) = n { *i } else { 0 };
                        (
                            mk(H::Int(i(&start)), Ty::Int, span),
                            mk(H::Int(i(&step)), Ty::Int, span),
                        )
                    }
                    _ => return unsupported(span, "arange with this dtype"),
                };
                Ok(mk(
                    H::Arange {
                        start: Box::new(start),
                        step: Box::new(step),
                    },
                    ty,
                    span,
                ))
            }
            (ModuleKind::NumPy, "array") => {
                if let Some(v) = self.array_of_arrays(args, kwargs, span)? {
                    return Ok(v);
                }
                let kw = self.kwarg(kwargs, name, &["dtype"])?;
                if args.len() != 1 {
                    return unsupported(span, "np.array with other than one positional argument");
                }
                let mut shape = Vec::new();
                let mut elems = Vec::new();
                self.nested_list(&args[0], 0, &mut shape, &mut elems)?;
                let mut dtype = DType::Bool;
                for e in &elems {
                    dtype = promote(dtype, e.ty.scalar_dtype().unwrap());
                }
                if elems.is_empty() {
                    dtype = DType::F64;
                }
                if let Some(d) = kw.get("dtype") {
                    dtype = self.dtype_arg(d)?;
                }
                if !dtype.is_complex() && elems.iter().any(|e| complex::is_complex(&e.ty)) {
                    return unsupported(
                        span,
                        format!("complex elements in a {} np.array", dtype.name()),
                    );
                }
                for e in &elems {
                    self.check_fits_int32(e, dtype, span)?;
                }
                Ok(mk(
                    H::ArrayLit(elems),
                    Ty::Array(ArrTy::new(dtype, shape)),
                    span,
                ))
            }
            (ModuleKind::NumPy, "exp" | "sqrt" | "abs" | "absolute" | "negative")
                if args.len() <= 2 && ufunc_out::has_out(1, args, kwargs) =>
            {
                let uname = match name {
                    "exp" => "exp",
                    "sqrt" => "sqrt",
                    "negative" => "negative",
                    _ => "absolute",
                };
                self.ufunc_with_out(uname, 1, args, kwargs, span, |s, a, k| {
                    s.numpy_call(module, name, func, a, k, span)
                })
            }
            (ModuleKind::NumPy, "exp" | "sqrt" | "abs" | "absolute" | "negative") => {
                self.kwarg(kwargs, name, &[])?;
                let vals = args
                    .iter()
                    .map(|a| self.array_like_arg(a))
                    .collect::<Result<Vec<_>>>()?;
                if vals.len() != 1 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!(
                                "{name}() takes from 1 to 2 positional arguments but {} were given",
                                vals.len()
                            ),
                        ),
                    );
                }
                let op = match name {
                    "exp" => EwOp::Exp,
                    "sqrt" => EwOp::Sqrt,
                    "negative" => EwOp::Neg,
                    _ => EwOp::Abs,
                };
                // A ufunc of a Python scalar gives a NumPy scalar.
                let vals = vals
                    .into_iter()
                    .map(|v| match v.ty.scalar_dtype() {
                        Some(d) if !matches!(v.ty, Ty::NpScalar(_)) => {
                            self.to_py(v, Ty::NpScalar(d))
                        }
                        _ => v,
                    })
                    .collect();
                self.elementwise(op, vals, span)
            }
            (ModuleKind::NumPy, n) if linalg::FUNCTIONS.contains(&n) => {
                self.linalg_function(n, args, kwargs, span)
            }
            (ModuleKind::NumPyLinalg, "norm") => self.linalg_norm(args, kwargs, span),
            (ModuleKind::NumPy, "concatenate") => {
                let kw = self.kwarg(kwargs, name, &["axis"])?;
                if args.is_empty() || args.len() > 2 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            "concatenate() takes from 1 to 2 positional arguments".into(),
                        ),
                    );
                }
                let seq = self.expr_list(&args[0])?;
                let axis_e = args.get(1).or(kw.get("axis").copied());
                let axis = match axis_e {
                    None => 0,
                    Some(a) => {
                        let v = self.expr(a)?;
                        match const_int(&v, &self.consts) {
                            Some(c) => c,
                            None if v.ty == Ty::None => return self.concatenate_flat(seq, span),
                            None => return unsupported(a.span, "axes not known at compile time"),
                        }
                    }
                };
                self.concatenate(seq, axis, span)
            }
            (ModuleKind::NumPy, _) if reduce::REDUCTIONS.contains(&name) => {
                let Some(first) = args.first() else {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!("{name}() missing 1 required positional argument: 'a'"),
                        ),
                    );
                };
                let v = self.array_like_arg(first)?;
                if v.ty.as_array().is_none() && !matches!(v.ty, Ty::RunArray(_)) {
                    return unsupported(span, format!("np.{name} of a {}", v.ty));
                }
                self.reduction_call(name, false, v, &args[1..], kwargs, span)
            }
            (ModuleKind::NumPy, "reshape") => {
                if args.len() != 2 {
                    return unsupported(span, "np.reshape with other than two arguments");
                }
                let base = self.expr(&args[0])?;
                if base.ty.as_array().is_none() {
                    return unsupported(args[0].span, format!("reshaping a {}", base.ty));
                }
                self.reshape(base, &args[1..], span)
            }
            (ModuleKind::NumPyRandom, "normal") => {
                let kw = self.kwarg(kwargs, name, &["loc", "scale", "size"])?;
                let get =
                    |s: &mut Sema, pos: usize, key: &str, default: f64| -> Result<hir::Expr> {
                        match args.get(pos).or(kw.get(key).copied()) {
                            Some(e) => {
                                let v = s.scalar_const(e)?;
                                Ok(s.to_py(v, Ty::Float))
                            }
                            None => Ok(mk(H::Float(default), Ty::Float, span)),
                        }
                    };
                let loc = get(self, 0, "loc", 0.0)?;
                let scale = get(self, 1, "scale", 1.0)?;
                if matches!(const_num(&scale, &self.consts), Some(Num::F(f)) if f < 0.0) {
                    return err(span, SemaError::Py(PyExc::ValueError, "scale < 0".into()));
                }
                let size = args.get(2).or(kw.get("size").copied());
                self.random(RandomKind::Normal, loc, scale, size, span)
            }
            (ModuleKind::NumPyRandom, "randn" | "rand") => {
                self.kwarg(kwargs, name, &[])?;
                let mut shape = Vec::new();
                for a in args {
                    let v = self.expr(a)?;
                    match const_int(&v, &self.consts) {
                        Some(d) if d >= 0 => shape.push(d as usize),
                        Some(_) => {
                            return err(
                                a.span,
                                SemaError::Py(
                                    PyExc::ValueError,
                                    "negative dimensions are not allowed".into(),
                                ),
                            )
                        }
                        None => return unsupported(a.span, "shapes not known at compile time"),
                    }
                }
                let kind = if name == "randn" {
                    RandomKind::Gauss
                } else {
                    RandomKind::Sample
                };
                let zero = mk(H::Float(0.0), Ty::Float, span);
                let ty = if args.is_empty() {
                    Ty::Float
                } else {
                    Ty::Array(ArrTy::new(DType::F64, shape))
                };
                Ok(mk(
                    H::Random {
                        kind,
                        a: Box::new(zero.clone()),
                        b: Box::new(zero),
                    },
                    ty,
                    span,
                ))
            }
            (ModuleKind::NumPyRandom, "random" | "random_sample" | "sample" | "ranf") => {
                let kw = self.kwarg(kwargs, name, &["size"])?;
                let zero = mk(H::Float(0.0), Ty::Float, span);
                let size = args.first().or(kw.get("size").copied());
                self.random(RandomKind::Sample, zero.clone(), zero, size, span)
            }
            (ModuleKind::NumPyRandom, "seed") => {
                unsupported(span, "np.random.seed(...) as a value")
            }
            (ModuleKind::NumPy, n) if api_math::FUNCTIONS.contains(&n) => {
                self.api_math_call(n, args, kwargs, span)
            }
            (ModuleKind::NumPy, n) if ufunc::is_ufunc_function(n) => {
                self.ufunc_call(n, args, kwargs, span)
            }
            (ModuleKind::NumPy, n) if shape::FUNCTIONS.contains(&n) => {
                self.shape_function(n, args, kwargs, span)
            }
            (ModuleKind::NumPy, n) if NUMPY_FUNCTIONS.contains(&n) => {
                unsupported(span, format!("numpy function 'np.{n}'"))
            }
            (ModuleKind::NumPyRandom, n) if random::LEGACY_FUNCTIONS.contains(&n) => {
                self.legacy_random_call(n, args, kwargs, span)
            }
            (ModuleKind::NumPyRandom, n) if RANDOM_FUNCTIONS.contains(&n) => {
                unsupported(span, format!("numpy function 'np.random.{n}'"))
            }
            (ModuleKind::NumPyLinalg, "matrix_rank") => self.matrix_rank(args, kwargs, span),
            (ModuleKind::NumPyLinalg, n) if linalg::LINALG_FUNCTIONS.contains(&n) => {
                unsupported(span, format!("numpy function 'np.linalg.{n}'"))
            }
            (m, n) if lacks_numpy_name(m, n) => unsupported(
                span,
                format!("numpy function '{}.{n}'", short_module_name(m)),
            ),
            (m, n) => {
                let attr_span = match &func.kind {
                    A::Attribute { attr_span, .. } => *attr_span,
                    _ => func.span,
                };
                err(
                    attr_span,
                    SemaError::NoAttribute(module_name(m).into(), n.into()),
                )
            }
        }
    }

    fn random(
        &mut self,
        kind: RandomKind,
        a: hir::Expr,
        b: hir::Expr,
        size: Option<&ast::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let ty = match size {
            None => Ty::Float,
            Some(s) => {
                let v = self.expr(s)?;
                if v.ty == Ty::None {
                    Ty::Float
                } else {
                    Ty::Array(ArrTy::new(DType::F64, self.shape_arg(s)?))
                }
            }
        };
        Ok(mk(
            H::Random {
                kind,
                a: Box::new(a),
                b: Box::new(b),
            },
            ty,
            span,
        ))
    }

    pub(super) fn full(&self, dtype: DType, shape: Shape, fill: i64, span: Span) -> hir::Expr {
        let value = match dtype {
            DType::F64 | DType::F32 => mk(H::Float(fill as f64), Ty::Float, span),
            DType::Bool => mk(H::Bool(fill != 0), Ty::Bool, span),
            DType::C64 | DType::C128 => mk(H::Complex(fill as f64, 0.0), Ty::Complex, span),
            _ => mk(H::Int(fill), Ty::Int, span),
        };
        mk(
            H::Full(Box::new(value)),
            Ty::Array(ArrTy::new(dtype, shape)),
            span,
        )
    }

    /// `np.arange` with a bound or step known only at run time: its length is computed then
    /// (`hir::ExprKind::ArangeRun`), as NumPy computes it.
    fn arange_run(
        &mut self,
        vals: Vec<hir::Expr>,
        dtype: Option<&ast::Expr>,
        span: Span,
    ) -> Result<hir::Expr> {
        let is_float = |t: &Ty| matches!(t, Ty::Float | Ty::NpScalar(DType::F64 | DType::F32));
        for v in &vals {
            if !v.ty.is_index() && !is_float(&v.ty) {
                return unsupported(v.span, format!("np.arange of a {}", v.ty));
            }
        }
        let float = vals.iter().any(|v| is_float(&v.ty));
        let dtype = match dtype {
            Some(d) => self.dtype_arg(d)?,
            None if float => DType::F64,
            None => DType::I64,
        };
        if dtype == DType::Bool || (float && !dtype.is_float()) {
            return unsupported(span, "np.arange with run-time bounds and this dtype");
        }
        let to = if dtype.is_float() { Ty::Float } else { Ty::Int };
        let mut vals: Vec<hir::Expr> = vals
            .into_iter()
            .map(|v| self.to_py(v, to.clone()))
            .collect();
        let (zero, one) = if dtype.is_float() {
            (
                mk(H::Float(0.0), Ty::Float, span),
                mk(H::Float(1.0), Ty::Float, span),
            )
        } else {
            (mk(H::Int(0), Ty::Int, span), mk(H::Int(1), Ty::Int, span))
        };
        if vals.len() == 1 {
            vals.insert(0, zero);
        }
        if vals.len() == 2 {
            vals.push(one);
        }
        let step = vals.pop().unwrap();
        let stop = vals.pop().unwrap();
        let start = vals.pop().unwrap();
        Ok(mk(
            H::ArangeRun {
                start: Box::new(start),
                stop: Box::new(stop),
                step: Box::new(step),
            },
            Ty::RunArray(RunArrTy {
                dtype,
                dims: vec![Dim::Run],
            }),
            span,
        ))
    }

    /// The items of a tuple-valued local as expressions: the compile-time ints `known_parts`
    /// holds for it (`shape = (2, 3)` bound once at top level), `TupleGet`s of it otherwise;
    /// anything else as itself.
    fn tuple_items(&mut self, v: hir::Expr) -> Vec<hir::Expr> {
        let (Ty::Tuple(tys), H::Local(id)) = (v.ty.clone(), &v.kind) else {
            return vec![v];
        };
        let known = self.known_parts.get(id).cloned().unwrap_or_default();
        (0..tys.len())
            .map(|index| match known.get(index).copied().flatten() {
                Some(i) => mk(H::Int(i), Ty::Int, v.span),
                None => mk(
                    H::TupleGet {
                        tuple: Box::new(v.clone()),
                        index,
                    },
                    tys[index].clone(),
                    v.span,
                ),
            })
            .collect()
    }

    /// `np.zeros(dims)` and friends where some extent is a run-time int.
    pub(super) fn full_run(
        &self,
        dtype: DType,
        dims: Vec<hir::Expr>,
        fill: i64,
        span: Span,
    ) -> hir::Expr {
        let value = self.full(dtype, vec![], fill, span);
        let H::Full(value) = value.kind else {
            unreachable!()
        };
        let ty = Ty::RunArray(RunArrTy {
            dtype,
            dims: dims
                .iter()
                .map(|d| match const_int(d, &self.consts) {
                    Some(n) if n >= 0 => Dim::Fixed(n as usize),
                    _ => Dim::Run,
                })
                .collect(),
        });
        mk(H::FullRun { value, dims }, ty, span)
    }

    /// Flattens a nested list literal of scalars into C-order elements and its shape.
    fn nested_list(
        &mut self,
        e: &ast::Expr,
        depth: usize,
        shape: &mut Shape,
        elems: &mut Vec<hir::Expr>,
    ) -> Result<()> {
        match &e.kind {
            A::List(items) | A::Tuple(items) => {
                if shape.len() == depth {
                    if !elems.is_empty() {
                        return err(
                            e.span,
                            SemaError::Inhomogeneous {
                                depth,
                                shape: shape.clone(),
                            },
                        );
                    }
                    shape.push(items.len());
                } else if shape.len() < depth || shape[depth] != items.len() {
                    return err(
                        e.span,
                        SemaError::Inhomogeneous {
                            depth,
                            shape: shape[..depth.min(shape.len())].to_vec(),
                        },
                    );
                }
                for i in items {
                    self.nested_list(i, depth + 1, shape, elems)?;
                }
                Ok(())
            }
            _ => {
                if shape.len() != depth {
                    return err(
                        e.span,
                        SemaError::Inhomogeneous {
                            depth,
                            shape: shape[..depth.min(shape.len())].to_vec(),
                        },
                    );
                }
                let v = self.expr(e)?;
                if !v.ty.is_scalar() && !(v.ty.is_object() && complex::is_complex(&v.ty)) {
                    if v.ty.as_array().is_some() {
                        return unsupported(e.span, "np.array of a list containing arrays");
                    }
                    return unsupported(e.span, format!("a {} inside np.array", v.ty));
                }
                elems.push(v);
                Ok(())
            }
        }
    }

    fn expr_list(&mut self, e: &ast::Expr) -> Result<Vec<hir::Expr>> {
        match &e.kind {
            A::Tuple(items) | A::List(items) => self.args(items),
            _ => {
                let v = self.expr(e)?;
                match (&v.kind, &v.ty) {
                    (H::Tuple(items), _) => Ok(items.clone()),
                    // A tuple variable: its items, read one by one.
                    (H::Local(_), Ty::Tuple(tys)) => Ok(tys
                        .iter()
                        .enumerate()
                        .map(|(index, ty)| {
                            let tuple = Box::new(v.clone());
                            mk(H::TupleGet { tuple, index }, ty.clone(), e.span)
                        })
                        .collect()),
                    _ => unsupported(e.span, "a sequence that is not a tuple or list display"),
                }
            }
        }
    }

    fn concatenate(&mut self, parts: Vec<hir::Expr>, axis: i64, span: Span) -> Result<hir::Expr> {
        if parts.is_empty() {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    "need at least one array to concatenate".into(),
                ),
            );
        }
        let mut tys = Vec::new();
        for p in &parts {
            match p.ty.as_array() {
                Some(a) => tys.push(a.clone()),
                None => return unsupported(p.span, format!("concatenating a {}", p.ty)),
            }
        }
        let nd = tys[0].ndim();
        if nd == 0 {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    "zero-dimensional arrays cannot be concatenated".into(),
                ),
            );
        }
        if axis < -(nd as i64) || axis >= nd as i64 {
            return err(span, SemaError::AxisOutOfBounds { axis, ndim: nd });
        }
        let ax = if axis < 0 { axis + nd as i64 } else { axis } as usize;
        let mut shape = tys[0].shape.clone();
        let mut dtype = tys[0].dtype;
        for (i, t) in tys.iter().enumerate().skip(1) {
            if t.ndim() != nd {
                return err(
                    span,
                    SemaError::ConcatNdim {
                        first: nd,
                        index: i,
                        ndim: t.ndim(),
                    },
                );
            }
            for d in 0..nd {
                if d != ax && t.shape[d] != tys[0].shape[d] {
                    return err(
                        span,
                        SemaError::ConcatDim {
                            dim: d,
                            first: tys[0].shape[d],
                            index: i,
                            size: t.shape[d],
                        },
                    );
                }
            }
            shape[ax] += t.shape[ax];
            dtype = promote(dtype, t.dtype);
        }
        Ok(mk(
            H::Concatenate {
                parts,
                axis: ax,
                list_index: false,
            },
            Ty::Array(ArrTy::new(dtype, shape)),
            span,
        ))
    }

    fn reduce(&self, op: ReduceOp, v: hir::Expr, form: ReduceForm, span: Span) -> hir::Expr {
        let (dtype, _) = crate::types::dims_of(&v.ty).unwrap();
        let out = match op {
            // NumPy sums small ints (and bools) in the platform int.
            ReduceOp::Sum if matches!(dtype, DType::Bool | DType::I32) => DType::I64,
            ReduceOp::Sum if crate::int_dtypes::is_new(dtype) => {
                crate::int_dtypes::sum_dtype(dtype)
            }
            ReduceOp::Mean => dtype.float_result(),
            _ => dtype,
        };
        mk(
            H::Reduce {
                op,
                arg: Box::new(v),
                form,
            },
            Ty::NpScalar(out),
            span,
        )
    }

    /// `x[i:i+3]`, `x[i-1:i+2:2]`: slice bounds known only at run time that differ by a
    /// constant, giving a static length. `None` when the bounds are constants (the usual path)
    /// or not of that form (which that path reports).
    fn slice_at(
        &mut self,
        lower: Option<&ast::Expr>,
        upper: Option<&ast::Expr>,
        step: Option<&ast::Expr>,
        n: usize,
        axis: usize,
    ) -> Result<Option<(ViewOp, usize)>> {
        let (Some(lo), Some(hi)) = (lower, upper) else {
            return Ok(None);
        };
        let (Some((b1, t1)), Some((b2, t2))) = (base_offset(lo), base_offset(hi)) else {
            return Ok(None);
        };
        if !same_expr(b1, b2) {
            return Ok(None);
        }
        let mut offset = |t: Option<(&ast::Expr, bool)>| -> Result<Option<i64>> {
            let Some((t, neg)) = t else {
                return Ok(Some(0));
            };
            let v = self.expr(t)?;
            Ok(const_int(&v, &self.consts)
                .and_then(|c| if neg { c.checked_neg() } else { Some(c) }))
        };
        let (Some(o1), Some(o2)) = (offset(t1)?, offset(t2)?) else {
            return Ok(None);
        };
        let lo_v = self.expr(lo)?;
        let hi_v = self.expr(hi)?;
        if const_int(&lo_v, &self.consts).is_some() && const_int(&hi_v, &self.consts).is_some() {
            return Ok(None);
        }
        let int_like = |t: &Ty| {
            matches!(
                t,
                Ty::Int
                    | Ty::NpScalar(
                        DType::I64
                            | DType::I32
                            | DType::U8
                            | DType::U16
                            | DType::U32
                            | DType::I8
                            | DType::I16
                    )
            )
        };
        if !int_like(&lo_v.ty) || !int_like(&hi_v.ty) {
            return Ok(None);
        }
        let step = match step {
            None => 1,
            Some(s) => {
                let v = self.expr(s)?;
                match const_int(&v, &self.consts) {
                    Some(c) if c > 0 => c,
                    _ => return Ok(None),
                }
            }
        };
        let span_len = o2.saturating_sub(o1);
        let len = if span_len > 0 {
            ((span_len + step - 1) / step).min(n as i64) as usize
        } else {
            0
        };
        let (lo_v, hi_v) = (self.to_py(lo_v, Ty::Int), self.to_py(hi_v, Ty::Int));
        Ok(Some((
            ViewOp::SliceAt {
                axis,
                lower: Box::new(lo_v),
                upper: Box::new(hi_v),
                len,
                step,
                size: n,
            },
            len,
        )))
    }

    /// `lower:upper:step` on an axis whose extent, bounds or step are known only at run
    /// time: Python's slice normalisation happens then (`ViewOp::SliceRun`).
    fn slice_run(
        &mut self,
        lower: &Option<Box<ast::Expr>>,
        upper: &Option<Box<ast::Expr>>,
        step: &Option<Box<ast::Expr>>,
        axis: usize,
        span: Span,
    ) -> Result<ViewOp> {
        let must_be_int = || {
            SemaError::Py(
                PyExc::TypeError,
                "slice indices must be integers or None or have an __index__ method".into(),
            )
        };
        let st = match step {
            None => mk(H::Int(1), Ty::Int, span),
            Some(e) => {
                let v = self.expr(e)?;
                match const_int(&v, &self.consts) {
                    _ if v.ty == Ty::None => mk(H::Int(1), Ty::Int, span),
                    Some(0) => {
                        return err(
                            span,
                            SemaError::Py(PyExc::ValueError, "slice step cannot be zero".into()),
                        )
                    }
                    Some(c) => mk(H::Int(c), Ty::Int, v.span),
                    None if v.ty.is_index() => self.to_py(v, Ty::Int),
                    None => return err(e.span, must_be_int()),
                }
            }
        };
        let mut bound = |e: &Option<Box<ast::Expr>>| -> Result<Option<Box<hir::Expr>>> {
            let Some(e) = e else { return Ok(None) };
            let v = self.expr(e)?;
            if v.ty == Ty::None {
                return Ok(None);
            }
            if !v.ty.is_index() {
                return err(e.span, must_be_int());
            }
            Ok(Some(Box::new(self.to_py(v, Ty::Int))))
        };
        let (lower, upper) = (bound(lower)?, bound(upper)?);
        Ok(ViewOp::SliceRun {
            axis,
            lower,
            upper,
            step: Box::new(st),
        })
    }

    fn reshape(&mut self, base: hir::Expr, args: &[ast::Expr], span: Span) -> Result<hir::Expr> {
        let a = base.ty.as_array().unwrap().clone();
        let mut dims: Vec<i64> = Vec::new();
        let items: Vec<hir::Expr> = if let [ast::Expr {
            kind: A::List(items),
            ..
        }] = args
        {
            self.args(items)?
        } else if args.len() == 1 {
            let v = self.expr(&args[0])?;
            match v.kind {
                H::Tuple(items) => items,
                _ => self.tuple_items(v),
            }
        } else {
            self.args(args)?
        };
        for i in &items {
            match const_int(i, &self.consts) {
                Some(d) => dims.push(d),
                None => return unsupported(i.span, "shapes not known at compile time"),
            }
        }
        let unknown = dims.iter().filter(|&&d| d == -1).count();
        if unknown > 1 {
            return err(
                span,
                SemaError::Py(
                    PyExc::ValueError,
                    "can only specify one unknown dimension".into(),
                ),
            );
        }
        if dims.iter().any(|&d| d < -1) {
            return err(span, SemaError::value("negative dimensions not allowed"));
        }
        // NumPy's `_fix_unknown_dimension`: the known dimensions multiplied in order, an
        // overflow a mismatch (even when a later dimension is 0).
        let known = dims
            .iter()
            .filter(|&&d| d != -1)
            .try_fold(1i64, |n, &d| n.checked_mul(d));
        let size = a.size() as i64;
        let fits = match known {
            None => false,
            Some(known) if unknown == 1 => known != 0 && size % known == 0,
            Some(known) => known == size,
        };
        let known = known.unwrap_or(1);
        if !fits {
            return err(
                span,
                SemaError::Reshape {
                    size: a.size(),
                    dims,
                },
            );
        }
        let shape: Shape = dims
            .iter()
            .map(|&d| {
                if d == -1 {
                    (size / known) as usize
                } else {
                    d as usize
                }
            })
            .collect();
        if shape.len() > 8 {
            return unsupported(span, "arrays of more than 8 dimensions");
        }
        Ok(mk(
            H::Reshape(Box::new(base)),
            Ty::Array(a.with(a.dtype, shape)),
            span,
        ))
    }

    fn method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        name_span: Span,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        if let Some(f) = complex_function(name).filter(|_| matches!(name, "conj" | "conjugate")) {
            self.kwarg(kwargs, name, &[])?;
            if !args.is_empty() {
                return unsupported(span, format!("arguments of .{name}()"));
            }
            return self.complex_part(f, recv, span);
        }
        match name {
            "reshape" => {
                self.kwarg(kwargs, name, &[])?;
                if args.is_empty() {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            "reshape() takes exactly 1 argument (0 given)".into(),
                        ),
                    );
                }
                self.reshape(recv, args, span)
            }
            _ if reduce::REDUCTIONS.contains(&name) && !name.starts_with("am") => {
                self.reduction_call(name, true, recv, args, kwargs, span)
            }
            "copy" => {
                self.kwarg(kwargs, name, &[])?;
                let ty = recv.ty.clone();
                Ok(mk(H::Copy(Box::new(recv)), ty, span))
            }
            "item" if args.is_empty() => self.item_method(recv, kwargs, span),
            "astype" => {
                self.kwarg(kwargs, name, &[])?;
                if args.len() != 1 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            "astype() takes exactly 1 positional argument".into(),
                        ),
                    );
                }
                let d = self.dtype_arg(&args[0])?;
                let a = recv.ty.as_array().unwrap().clone();
                let copy = mk(H::CopyK(Box::new(recv)), Ty::Array(a.clone()), span);
                if a.dtype == d {
                    return Ok(copy);
                }
                Ok(mk(
                    H::Elementwise {
                        op: EwOp::Cast,
                        args: vec![copy],
                    },
                    Ty::Array(a.with(d, a.shape.clone())),
                    span,
                ))
            }
            "dot" | "trace" => self.linalg_method(recv, name, args, kwargs, span),
            "sort" | "argsort" => self.sort_method(recv, name, args, kwargs, span),
            "partition" | "argpartition" => self.partition_method(recv, name, args, kwargs, span),
            "diagonal" => {
                let b = shape::bind_args("diagonal", &["offset"], 0, args, kwargs, span)?;
                let k = self.offset_arg(b[0])?;
                self.diagonal(recv, k, span)
            }
            "transpose" if args.is_empty() && kwargs.is_empty() => Ok(transposed(recv, span)),
            "clip" | "round" if recv.ty.as_array().is_some_and(|a| a.tensor.is_none()) => {
                self.ufunc_method(recv, name, args, kwargs, span)
            }
            _ if shape::METHODS.contains(&name) => {
                self.shape_method(recv, name, args, kwargs, span)
            }
            _ if ARRAY_METHODS.contains(&name) => {
                unsupported(span, format!("the method .{name}() (not yet supported)"))
            }
            _ => err(
                name_span,
                SemaError::NoAttribute("numpy.ndarray".into(), name.into()),
            ),
        }
    }
}

enum Indexed {
    Element {
        base: hir::Expr,
        indices: Vec<hir::Expr>,
    },
    View(hir::Expr),
}

/// Python's `slice.indices` + length for a static axis length.
/// `e` as `base + offset` (`i`, `i + 2`, `i - 1`, `2 + i`, `i + K`): the base, and the offset
/// term with its sign (`None` for `i` alone); `None` when it is not of that form. The term is
/// an int literal or a name, attribute or subscript, whose value must be a compile-time
/// constant for the window to have a static length (`slice_at` checks).
fn base_offset(e: &ast::Expr) -> Option<(&ast::Expr, Option<(&ast::Expr, bool)>)> {
    let term = |t: &ast::Expr| {
        matches!(
            t.kind,
            A::Int(_) | A::Name(_) | A::Attribute { .. } | A::Subscript { .. }
        )
    };
    match &e.kind {
        A::BinOp { op, lhs, rhs } => match (op, &lhs.kind) {
            (BinOp::Add, A::Int(_)) => Some((rhs, Some((lhs, false)))),
            (BinOp::Add, _) if term(rhs) => Some((lhs, Some((rhs, false)))),
            (BinOp::Sub, _) if term(rhs) => Some((lhs, Some((rhs, true)))),
            _ => Some((e, None)),
        },
        A::Name(_) | A::Attribute { .. } | A::Subscript { .. } => Some((e, None)),
        _ => None,
    }
}

/// Structural equality of simple expressions, ignoring where they are written.
fn same_expr(a: &ast::Expr, b: &ast::Expr) -> bool {
    match (&a.kind, &b.kind) {
        (A::Name(x), A::Name(y)) => x == y,
        (A::Int(x), A::Int(y)) => x == y,
        (
            A::Attribute {
                value: v1,
                attr: a1,
                ..
            },
            A::Attribute {
                value: v2,
                attr: a2,
                ..
            },
        ) => a1 == a2 && same_expr(v1, v2),
        (
            A::BinOp {
                op: o1,
                lhs: l1,
                rhs: r1,
            },
            A::BinOp {
                op: o2,
                lhs: l2,
                rhs: r2,
            },
        ) => o1 == o2 && same_expr(l1, l2) && same_expr(r1, r2),
        _ => false,
    }
}

fn slice_indices(lo: Option<i64>, hi: Option<i64>, step: i64, n: i64) -> (i64, i64) {
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += n;
                    if v < 0 {
                        v = if step < 0 { -1 } else { 0 };
                    }
                } else if v >= n {
                    v = if step < 0 { n - 1 } else { n };
                }
                v
            }
        }
    };
    let (start, stop) = if step > 0 {
        (adjust(lo, 0), adjust(hi, n))
    } else {
        (adjust(lo, n - 1), adjust(hi, -1))
    };
    let len = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, len)
}

#[derive(Clone, Copy, Debug)]
enum Num {
    I(i64),
    F(f64),
}

/// The exact value of a Python int expression of constants, as CPython computes it (in i128:
/// `None` beyond that, or when not constant).
fn exact_const_int(e: &hir::Expr, consts: &HashMap<hir::LocalId, i64>) -> Option<i128> {
    match &e.kind {
        H::Int(i) => Some(*i as i128),
        H::Bool(b) if e.ty == Ty::Bool => Some(*b as i128),
        H::Local(id) if e.ty == Ty::Int => consts.get(id).map(|&i| i as i128),
        H::Elementwise { op, args } if e.ty == Ty::Int => {
            let vals = args
                .iter()
                .map(|a| exact_const_int(a, consts))
                .collect::<Option<Vec<_>>>()?;
            match (op, vals.as_slice()) {
                (EwOp::Neg, [a]) => a.checked_neg(),
                (EwOp::Abs, [a]) => a.checked_abs(),
                (EwOp::Add, [a, b]) => a.checked_add(*b),
                (EwOp::Sub, [a, b]) => a.checked_sub(*b),
                (EwOp::Mul, [a, b]) => a.checked_mul(*b),
                (EwOp::Pow, [a, b]) if (0..128).contains(b) => a.checked_pow(*b as u32),
                (EwOp::FloorDiv, [a, b]) if *b != 0 => {
                    let q = a.checked_div(*b)?;
                    Some(if a % b != 0 && ((*a < 0) != (*b < 0)) {
                        q - 1
                    } else {
                        q
                    })
                }
                (EwOp::Mod, [a, b]) if *b != 0 => {
                    let r = a.checked_rem(*b)?;
                    Some(if r != 0 && ((r < 0) != (*b < 0)) {
                        r + b
                    } else {
                        r
                    })
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The value of an int expression when it is known at compile time.
pub fn const_int(e: &hir::Expr, consts: &HashMap<hir::LocalId, i64>) -> Option<i64> {
    match const_num(e, consts)? {
        Num::I(i) => Some(i),
        Num::F(_) => None,
    }
}

fn const_num(e: &hir::Expr, consts: &HashMap<hir::LocalId, i64>) -> Option<Num> {
    match &e.kind {
        H::Int(i) => Some(Num::I(*i)),
        H::Bool(b) if matches!(e.ty, Ty::Bool) => Some(Num::I(*b as i64)),
        H::Float(f) => Some(Num::F(*f)),
        H::Local(id) => consts.get(id).map(|&i| Num::I(i)),
        H::Convert(inner) if matches!(e.ty, Ty::Int) => match const_num(inner, consts)? {
            Num::I(i) => Some(Num::I(i)),
            Num::F(f) if f.is_finite() => Some(Num::I(f as i64)),
            _ => None,
        },
        H::Elementwise { op, args } if matches!(e.ty, Ty::Int | Ty::Float) => {
            let mut vals = args
                .iter()
                .map(|a| const_num(a, consts))
                .collect::<Option<Vec<_>>>()?;
            // Python converts an int operand of a float operation exactly (below 2**53).
            if e.ty == Ty::Float && vals.iter().any(|v| matches!(v, Num::F(_))) {
                for v in &mut vals {
                    if let Num::I(i) = *v {
                        if i.unsigned_abs() >= 1 << 53 {
                            return None;
                        }
                        *v = Num::F(i as f64);
                    }
                }
            }
            match (op, vals.as_slice()) {
                (EwOp::Neg, [Num::I(a)]) => a.checked_neg().map(Num::I),
                (EwOp::Neg, [Num::F(a)]) => Some(Num::F(-a)),
                (EwOp::Add, [Num::I(a), Num::I(b)]) => a.checked_add(*b).map(Num::I),
                (EwOp::Sub, [Num::I(a), Num::I(b)]) => a.checked_sub(*b).map(Num::I),
                (EwOp::Mul, [Num::I(a), Num::I(b)]) => a.checked_mul(*b).map(Num::I),
                (EwOp::FloorDiv, [Num::I(a), Num::I(b)]) if *b != 0 => Some(Num::I(
                    a.div_euclid(*b)
                        - if (a.rem_euclid(*b) != 0) && *b < 0 {
                            1
                        } else {
                            0
                        },
                )),
                (EwOp::Mod, [Num::I(a), Num::I(b)]) if *b != 0 => Some(Num::I(((a % b) + b) % b)),
                (EwOp::Abs, [Num::I(a)]) => a.checked_abs().map(Num::I),
                (EwOp::Pow, [Num::I(a), Num::I(b)]) if *b >= 0 && *b < 64 => {
                    a.checked_pow(*b as u32).map(Num::I)
                }
                // Python's shifts: a result beyond int64 is left to run time.
                (EwOp::Shl, [Num::I(a), Num::I(b)]) if (0..64).contains(b) => {
                    let r = a.checked_shl(*b as u32)?;
                    (r >> b == *a).then_some(Num::I(r))
                }
                (EwOp::Shr, [Num::I(a), Num::I(b)]) if *b >= 0 => Some(Num::I(a >> (*b).min(63))),
                (EwOp::Add, [Num::F(a), Num::F(b)]) => Some(Num::F(a + b)),
                (EwOp::Mul, [Num::F(a), Num::F(b)]) => Some(Num::F(a * b)),
                (EwOp::Sub, [Num::F(a), Num::F(b)]) => Some(Num::F(a - b)),
                (EwOp::Div, [Num::F(a), Num::F(b)]) if *b != 0.0 => Some(Num::F(a / b)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn ufunc_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "subtract",
        BinOp::Mul => "multiply",
        BinOp::Div => "divide",
        BinOp::FloorDiv => "floor_divide",
        BinOp::Mod => "remainder",
        BinOp::Pow => "power",
        BinOp::BitAnd => "bitwise_and",
        BinOp::BitOr => "bitwise_or",
        BinOp::BitXor => "bitwise_xor",
        BinOp::MatMul => "matmul",
        BinOp::LShift => "left_shift",
        BinOp::RShift => "right_shift",
    }
}

fn ew_symbol(op: EwOp) -> &'static str {
    use hir::ComplexFn;
    match op {
        EwOp::Complex(ComplexFn::Real) => "real",
        EwOp::Complex(ComplexFn::Imag) => "imag",
        EwOp::Complex(ComplexFn::Conj) => "conjugate",
        EwOp::Complex(ComplexFn::Angle) => "angle",
        EwOp::Complex(ComplexFn::Make) => "complex",
        EwOp::Add => "+",
        EwOp::Sub => "-",
        EwOp::Mul => "*",
        EwOp::Div => "/",
        EwOp::FloorDiv => "//",
        EwOp::Mod => "%",
        EwOp::Pow => "** or pow()",
        EwOp::Cmp(c) => c.symbol(),
        EwOp::And => "&",
        EwOp::Or => "|",
        EwOp::Xor => "^",
        EwOp::Neg => "unary -",
        EwOp::Not => "unary ~",
        EwOp::Exp => "exp",
        EwOp::Sqrt => "sqrt",
        EwOp::Abs => "abs()",
        EwOp::Cast => "cast",
        EwOp::Math(m) => m.name(),
        EwOp::Arctan2 => "arctan2",
        EwOp::Sign => "sign",
        EwOp::Floor => "floor",
        EwOp::Trunc => "trunc",
        EwOp::Ceil => "ceil",
        EwOp::Round(_) => "round",
        EwOp::Maximum => "maximum",
        EwOp::Minimum => "minimum",
        EwOp::Clip => "clip",
        EwOp::Where => "where",
        EwOp::IsNan => "isnan",
        EwOp::IsInf => "isinf",
        EwOp::IsFinite => "isfinite",
        EwOp::Shl => "<<",
        EwOp::Shr => ">>",
        EwOp::CheckFits(_) => "cast",
    }
}

/// NumPy's 'same_kind' casting of an in-place result of dtype `from` into `to`: within a kind
/// (int64 into int32, float64 into float32) is allowed, to a lower kind is not.
/// NumPy's public submodules (`dir(np)` in NumPy 2.4.6): a call of one of their functions
/// that arrc does not route elsewhere is `unsupported`, not a missing attribute.
const NUMPY_SUBMODULES: &[&str] = &[
    "char",
    "ctypeslib",
    "dtypes",
    "emath",
    "exceptions",
    "fft",
    "lib",
    "linalg",
    "ma",
    "polynomial",
    "rec",
    "strings",
    "testing",
];

fn same_kind_output(op: BinOp, from: DType, to: DType, span: Span) -> Result<()> {
    if from.kind() > to.kind() {
        return err(
            span,
            SemaError::CastOutput {
                ufunc: ufunc_name(op),
                from,
                to,
            },
        );
    }
    Ok(())
}

/// The type of a name bound to arrays of types `old` and `new` (NumPy arrays of one dtype and
/// rank whose shapes differ): extents that differ become run-time ones. `None` otherwise.
fn merged_run_type(old: &Ty, new: &Ty) -> Option<Ty> {
    let tensor = |t: &Ty| t.as_array().is_some_and(|a| a.tensor.is_some());
    if tensor(old) || tensor(new) {
        return None;
    }
    let ((da, a), (db, b)) = (crate::types::dims_of(old)?, crate::types::dims_of(new)?);
    if da != db || a.len() != b.len() {
        return None;
    }
    let dims = a
        .iter()
        .zip(&b)
        .map(|(x, y)| if x == y { *x } else { Dim::Run })
        .collect();
    Some(Ty::RunArray(RunArrTy { dtype: da, dims }))
}

/// The run-time extent of axis `axis` of array `arr` (its size for `None`), a Python int.
fn extent(arr: &hir::Expr, axis: Option<usize>, span: Span) -> hir::Expr {
    mk(
        H::Extent {
            arr: Box::new(arr.clone()),
            axis,
        },
        Ty::Int,
        span,
    )
}

fn py_type_name(t: &Ty) -> &'static str {
    match t {
        Ty::Int => "int",
        Ty::Float => "float",
        Ty::Bool => "bool",
        Ty::Complex => "complex",
        Ty::NpScalar(DType::C128) => "numpy.complex128",
        Ty::NpScalar(DType::C64) => "numpy.complex64",
        Ty::NpScalar(DType::F64) => "numpy.float64",
        Ty::NpScalar(DType::F32) => "numpy.float32",
        Ty::NpScalar(DType::I64) => "numpy.int64",
        Ty::NpScalar(DType::I32) => "numpy.int32",
        Ty::NpScalar(DType::Bool) => "numpy.bool",
        Ty::NpScalar(d) => crate::int_dtypes::class_name(*d),
        Ty::Str => "str",
        Ty::None => "NoneType",
        Ty::Array(a) if a.tensor.is_some() => "Tensor",
        Ty::Array(_) | Ty::RunArray(_) => "numpy.ndarray",
        Ty::Tuple(_) => "tuple",
        Ty::List(_) | Ty::StrList(_) => "list",
        Ty::DTypeObj(_) => "numpy.dtype",
        Ty::ScalarType(_) => "type",
        Ty::TorchDType(_) => "torch.dtype",
        Ty::TorchSize(_) => "torch.Size",
        Ty::Device(_) => "torch.device",
        Ty::Module(_) => "module",
        Ty::Generator => "numpy.random._generator.Generator",
    }
}

/// The complex functions by NumPy name (`np.real`, `x.conj()`).
fn complex_function(name: &str) -> Option<hir::ComplexFn> {
    match name {
        "real" => Some(hir::ComplexFn::Real),
        "imag" => Some(hir::ComplexFn::Imag),
        "conj" | "conjugate" => Some(hir::ComplexFn::Conj),
        "angle" => Some(hir::ComplexFn::Angle),
        _ => None,
    }
}

fn module_name(m: ModuleKind) -> &'static str {
    match m {
        ModuleKind::NumPy => "numpy",
        ModuleKind::NumPyRandom => "numpy.random",
        ModuleKind::NumPyLinalg => "numpy.linalg",
        ModuleKind::NumPyLib => "numpy.lib",
        ModuleKind::NumPyStrideTricks => "numpy.lib.stride_tricks",
        ModuleKind::Torch => "torch",
        ModuleKind::TorchCuda => "torch.cuda",
        ModuleKind::Math => "math",
    }
}

/// NumPy functions that exist but arrc does not compile yet: "unsupported", not "no attribute".
const NUMPY_FUNCTIONS: &[&str] = &[
    "count_nonzero",
    "fromfunction",
    "full",
    "eye",
    "identity",
    "linspace",
    "full_like",
    "empty_like",
    "transpose",
    "swapaxes",
    "expand_dims",
    "squeeze",
    "ravel",
    "stack",
    "vstack",
    "hstack",
    "matmul",
    "outer",
    "inner",
    "trace",
    "linalg",
    "set_printoptions",
    "add",
    "subtract",
    "multiply",
    "divide",
    "true_divide",
    "square",
    "copy",
    "asarray",
    "sort",
    "argsort",
    "unique",
    "diag",
    "tile",
    "repeat",
    "float64",
    "int64",
    "float32",
    "int32",
    "bool_",
    "mean",
    "median",
    "allclose",
    "array_equal",
    "einsum",
    "split",
    "flip",
    "log",
    "log2",
    "log10",
    "log1p",
    "expm1",
    "sin",
    "cos",
    "tan",
    "tanh",
    "arcsin",
    "arccos",
    "arctan",
    "arctan2",
    "sign",
    "floor",
    "trunc",
    "ceil",
    "round",
    "around",
    "maximum",
    "minimum",
    "where",
    "clip",
    "power",
    "mod",
    "floor_divide",
    "logical_and",
    "logical_or",
    "logical_not",
    "logical_xor",
    "isnan",
    "isinf",
    "isfinite",
    "prod",
    "std",
    "var",
    "argmax",
    "argmin",
    "any",
    "all",
    "cumsum",
    "cumprod",
];

const RANDOM_FUNCTIONS: &[&str] = &[
    "randint",
    "uniform",
    "choice",
    "shuffle",
    "permutation",
    "default_rng",
    "standard_normal",
    "RandomState",
    "binomial",
    "poisson",
    "exponential",
];

const ARRAY_METHODS: &[&str] = &[
    "swapaxes",
    "squeeze",
    "ravel",
    "flatten",
    "transpose",
    "fill",
    "item",
    "tolist",
    "sort",
    "argsort",
    "clip",
    "round",
    "nonzero",
    "repeat",
    "trace",
    "diagonal",
];

/// `x.T` / `x.transpose()`: a view with the axes reversed (the value itself below 2-D).
fn transposed(v: hir::Expr, span: Span) -> hir::Expr {
    let a = v.ty.as_array().expect("transpose of an array").clone();
    if a.ndim() < 2 {
        return v;
    }
    let ty = Ty::Array(a.with(a.dtype, a.shape.iter().rev().cloned().collect()));
    mk(
        H::View {
            base: Box::new(v),
            ops: vec![ViewOp::Transpose],
        },
        ty,
        span,
    )
}

/// `full` (a `Full` array) made like `like`: for 2 or more axes, laid out in `like`'s memory
/// order as NumPy's `*_like` (order='K') lays it out; below that the order cannot show.
pub(super) fn filled_like(full: hir::Expr, like: hir::Expr) -> hir::Expr {
    let keep = like
        .ty
        .as_array()
        .is_some_and(|a| a.tensor.is_none() && a.ndim() >= 2);
    match full.kind {
        H::Full(value) if keep => mk(
            H::FullLike {
                value,
                like: Box::new(like),
            },
            full.ty,
            full.span,
        ),
        kind => after_effects_of(like, hir::Expr { kind, ..full }),
    }
}

/// Whether `name` is a public name of NumPy's module `m` that arrc does not implement.
fn lacks_numpy_name(m: ModuleKind, name: &str) -> bool {
    use numpy_names::*;
    let lists: &[&[&str]] = match m {
        ModuleKind::NumPy => &[NUMPY_CALLABLES, NUMPY_ATTRIBUTES],
        ModuleKind::NumPyRandom => &[RANDOM_CALLABLES, RANDOM_ATTRIBUTES],
        ModuleKind::NumPyLinalg => &[LINALG_CALLABLES, LINALG_ATTRIBUTES],
        _ => &[],
    };
    lists.iter().any(|l| l.contains(&name))
}

/// `np`, `np.random`, `np.linalg` as NumPy's documentation spells them.
fn short_module_name(m: ModuleKind) -> &'static str {
    match m {
        ModuleKind::NumPyRandom => "np.random",
        ModuleKind::NumPyLinalg => "np.linalg",
        _ => "np",
    }
}

/// Whether the index `e` is one expression that could be an array (`x[idx]`), not a slice,
/// tuple, literal or `None`.
/// `first, :, :` (an index that may be an array, then only full slices): `first`.
fn leading_then_full(e: &ast::Expr) -> Option<&ast::Expr> {
    let A::Tuple(items) = &e.kind else {
        return None;
    };
    let (first, rest) = items.split_first()?;
    let full = |i: &ast::Expr| {
        matches!(
            i.kind,
            A::Slice {
                lower: None,
                upper: None,
                step: None
            }
        )
    };
    (may_be_array_index(first) && !rest.is_empty() && rest.iter().all(full)).then_some(first)
}

fn may_be_array_index(e: &ast::Expr) -> bool {
    !matches!(
        e.kind,
        A::Tuple(_) | A::Slice { .. } | A::None | A::Ellipsis | A::Int(_) | A::List(_)
    )
}
