//! NumPy's floating-point and division warnings: which elementwise operations are checked, and
//! the table of messages each check's bits print (`runtime/src/warn.rs`).
//!
//! An array operation warns under its ufunc's name (`divide by zero encountered in divide`);
//! an operator on NumPy scalars under `scalar NAME` (`overflow encountered in scalar add`),
//! while a ufunc called on a scalar (`np.log(np.float64(0))`) keeps the plain name. Python
//! scalars never warn (they raise), and torch tensors never do.

use super::Lower;
use crate::hir::{self, AxisOp, EwOp, MathFn, ReduceForm};
use crate::lir::{Check, DataId, Expr};
use crate::source::Span;
use crate::types::DType;
use crate::types::Ty;
use arrc_runtime::warn::op;

/// The warning kinds of one operation's three bits, in NumPy's order.
const KINDS: [&str; 3] = ["divide by zero", "overflow", "invalid value"];

/// Bits of one kernel's flags word: 3 per checked operation.
const MAX_CHECKS: usize = 21;

/// The messages of one kernel's (or one host operation's) checks, bit by bit, in a data blob
/// reserved before the checks are built and filled in when they are all known.
#[derive(Debug)]
pub(super) struct WarnTable {
    id: DataId,
    texts: Vec<Vec<u8>>,
}

/// How `op` computing in `dt` is checked, and its ufunc name; `None` if it never warns.
/// `scalar`: an operator on NumPy scalars (integer overflow is checked only there).
fn check_of(op: EwOp, dt: DType, scalar: bool) -> Option<(Check, &'static str)> {
    let f32 = if dt == DType::F32 { op::F32 } else { 0 };
    if dt.is_float() {
        let (code, name) = match op {
            EwOp::Add => (op::ADD, "add"),
            EwOp::Sub => (op::SUB, "subtract"),
            EwOp::Mul => (op::MUL, "multiply"),
            EwOp::Div => (op::DIV, "divide"),
            EwOp::FloorDiv => (op::FLOOR_DIV, "floor_divide"),
            EwOp::Mod => (op::MOD, "remainder"),
            EwOp::Pow => (op::POW, "power"),
            EwOp::Exp => (op::EXP, "exp"),
            EwOp::Sqrt => (op::SQRT, "sqrt"),
            EwOp::Math(m) => match m {
                MathFn::Log => (op::LOG, "log"),
                MathFn::Log2 => (op::LOG2, "log2"),
                MathFn::Log10 => (op::LOG10, "log10"),
                MathFn::Log1p => (op::LOG1P, "log1p"),
                MathFn::Expm1 => (op::EXPM1, "expm1"),
                MathFn::Sin => (op::SIN, "sin"),
                MathFn::Cos => (op::COS, "cos"),
                MathFn::Tan => (op::TAN, "tan"),
                MathFn::Arcsin => (op::ARCSIN, "arcsin"),
                MathFn::Arccos => (op::ARCCOS, "arccos"),
                MathFn::Exp2 => (op::EXP2, "exp2"),
                MathFn::Sinh => (op::SINH, "sinh"),
                MathFn::Cosh => (op::COSH, "cosh"),
                MathFn::Arccosh => (op::ARCCOSH, "arccosh"),
                MathFn::Arctanh => (op::ARCTANH, "arctanh"),
                MathFn::Rad2deg => (op::RAD2DEG, "rad2deg"),
                MathFn::Degrees => (op::RAD2DEG, "degrees"),
                MathFn::Logaddexp => (op::LOGADDEXP, "logaddexp"),
                MathFn::Logaddexp2 => (op::LOGADDEXP2, "logaddexp2"),
                MathFn::Tanh
                | MathFn::Arctan
                | MathFn::Arcsinh
                | MathFn::Cbrt
                | MathFn::Deg2rad
                | MathFn::Radians
                | MathFn::Copysign
                // NumPy's hypot loop raises no warning for an overflowing result.
                | MathFn::Hypot => return None,
            },
            _ => return None,
        };
        return Some((Check::Float(code | f32), name));
    }
    if !dt.is_int() {
        return None;
    }
    match op {
        EwOp::FloorDiv => Some((Check::IntDiv(true, dt), "floor_divide")),
        EwOp::Mod => Some((Check::IntDiv(false, dt), "remainder")),
        EwOp::Add if scalar => Some((Check::IntOverflow(dt), "add")),
        EwOp::Sub if scalar => Some((Check::IntOverflow(dt), "subtract")),
        EwOp::Mul if scalar => Some((Check::IntOverflow(dt), "multiply")),
        EwOp::Neg if scalar => Some((Check::IntOverflow(dt), "negative")),
        // An unsigned absolute value is the value itself (no operation to check).
        EwOp::Abs if scalar && !crate::int_dtypes::is_unsigned(dt) => {
            Some((Check::IntOverflow(dt), "absolute"))
        }
        _ => None,
    }
}

/// The callee of `text` when the whole of it is one call `NAME(...)`.
fn callee(text: &str) -> Option<&str> {
    let open = text.find('(')?;
    let name = &text[..open];
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        || !text.ends_with(')')
    {
        return None;
    }
    let mut depth = 0i32;
    for (i, c) in text[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return (open + i == text.len() - 1).then_some(name);
                }
            }
            _ => {}
        }
    }
    None
}

impl Lower<'_> {
    /// Whether warnings are printed for this program: scripts only (a notebook's frames are
    /// not the file's lines).
    fn warns(&self) -> bool {
        self.src.cells.is_none()
    }

    /// The path Python names the script by: as given when absolute, else the working directory
    /// joined to it without normalisation (`python ./x.py` says `/dir/./x.py`).
    fn warn_path(&self) -> String {
        let name = &self.src.name;
        if name.starts_with('/') {
            return name.clone();
        }
        match std::env::current_dir() {
            Ok(cwd) => format!("{}/{name}", cwd.display()),
            Err(_) => name.clone(),
        }
    }

    /// The three messages (divide, overflow, invalid) of an operation named `name` at `span`.
    fn warn_texts(&self, span: Span, name: &str) -> Vec<Vec<u8>> {
        KINDS
            .iter()
            .map(|kind| self.warning_text(span, &format!("{kind} encountered in {name}")))
            .collect()
    }

    /// `message` as Python prints a RuntimeWarning raised at the line of `span`.
    fn warning_text(&self, span: Span, message: &str) -> Vec<u8> {
        let (line, _) = self.src.line_col(span.start as usize);
        let source = self.src.line_text(line).trim();
        let mut t = format!(
            "{}:{}: RuntimeWarning: {message}\n",
            self.warn_path(),
            line + 1
        );
        if !source.is_empty() {
            t.push_str(&format!("  {source}\n"));
        }
        t.into_bytes()
    }

    /// `value` (the `ew_expr` of `op` in `dt`) checked in a kernel whose table is `table`
    /// (created on first use); unchanged when it cannot warn, when `table` is disabled
    /// (`None` for torch kernels), or past the flags word's capacity. `name` overrides the
    /// ufunc's name (`square`, `sqrt` for the `**` fast paths).
    pub(super) fn check_in_kernel(
        &mut self,
        table: &mut Option<Option<WarnTable>>,
        op: EwOp,
        dt: DType,
        name: Option<&'static str>,
        span: Span,
        value: Expr,
    ) -> Expr {
        if table.is_none() {
            return value;
        }
        let Some((check, ufunc)) = check_of(op, dt, false) else {
            return value;
        };
        self.add_check(table, check, name.unwrap_or(ufunc), span, value)
    }

    fn add_check(
        &mut self,
        table: &mut Option<Option<WarnTable>>,
        check: Check,
        name: &str,
        span: Span,
        value: Expr,
    ) -> Expr {
        let Some(slot) = table.as_mut() else {
            return value;
        };
        if !self.warns() || !matches!(value, Expr::Op(..) | Expr::Call(..)) {
            return value;
        }
        let t = slot.get_or_insert_with(|| WarnTable {
            id: self.reserve_data(),
            texts: Vec::new(),
        });
        if t.texts.len() / 3 >= MAX_CHECKS {
            return value;
        }
        let bit = t.texts.len() as u32;
        let texts = self.warn_texts(span, name);
        let t = table.as_mut().unwrap().as_mut().unwrap();
        t.texts.extend(texts);
        Expr::Checked {
            check,
            bit,
            table: t.id,
            value: Box::new(value),
        }
    }

    /// `value`, the conversion of a kernel value from `from` to `to`, checked as NumPy's
    /// `cast`: float → int of NaN, infinities and out-of-range values is invalid, float64 →
    /// float32 can overflow.
    pub(super) fn check_cast_in_kernel(
        &mut self,
        table: &mut Option<Option<WarnTable>>,
        from: DType,
        to: DType,
        span: Span,
        value: Expr,
    ) -> Expr {
        let check = match (from, to) {
            (DType::F64 | DType::F32, DType::I64 | DType::I32) => Check::FloatToInt(to),
            (DType::F64, DType::F32) => Check::Float(op::CAST_F32),
            _ => return value,
        };
        self.add_check(table, check, "cast", span, value)
    }

    /// The name NumPy's `**` fast path warns under (`square`, `sqrt`) for `e`, or `power` when
    /// `e` is the call `np.power(x, 2)`, which takes no fast path.
    pub(super) fn power_fast_path_name(&self, e: &hir::Expr, fast: &'static str) -> &'static str {
        let text = &self.src.text[e.span.start as usize..e.span.end as usize];
        if callee(text).is_some() {
            "power"
        } else {
            fast
        }
    }

    /// The warning table of a reduction or accumulation (`arrc_reduce_axes`,
    /// `arrc_accumulate`, `arrc_reduce_f64`) whose result has type `ty`, at `span`; null where it never warns.
    /// A float sum, prod or mean has NumPy's three `reduce` warnings (a mean's also of an
    /// integer array's sum: none), a mean then `Mean of empty slice` and the 0 / 0 of its
    /// `divide` (`scalar divide` for a NumPy scalar result); cumsum and cumprod have the three
    /// of `accumulate`. Python files each under NumPy's line that raised it (`registry_key` in
    /// `runtime/src/warn.rs`), except where that is the script's: the C methods `x.cumsum()`,
    /// `x.cumprod()`, and `Mean of empty slice` of `x.mean()` (`stacklevel=2` from
    /// `_methods._mean`, whose caller is the script).
    pub(super) fn reduction_warn_table(
        &mut self,
        op: AxisOp,
        form: ReduceForm,
        ty: &Ty,
        span: Span,
    ) -> Expr {
        if !self.warns() || form == ReduceForm::Silent {
            return Expr::I64(0);
        }
        let method = form == ReduceForm::Method;
        if matches!(op, AxisOp::Var | AxisOp::Std) {
            return self.var_warn_table(op, method, ty, span);
        }
        // The functions of NumPy's (2.4) files whose lines raise; `None`: the script's line.
        let raised_in = match (op, method) {
            (AxisOp::CumSum | AxisOp::CumProd, true) => None,
            (AxisOp::CumSum | AxisOp::CumProd, false) => Some("fromnumeric.py:_wrapfunc"),
            (AxisOp::Mean, _) => Some("_methods.py:_mean"),
            (AxisOp::Sum, true) => Some("_methods.py:_sum"),
            (AxisOp::Prod, true) => Some("_methods.py:_prod"),
            (AxisOp::Sum | AxisOp::Prod, false) => Some("fromnumeric.py:_wrapreduction"),
            _ => return Expr::I64(0),
        };
        let name = if op.is_accumulation() {
            "accumulate"
        } else {
            "reduce"
        };
        let mut texts: Vec<Vec<u8>> = self
            .warn_texts(span, name)
            .into_iter()
            .zip(KINDS)
            .map(|(t, kind)| filed_under(t, raised_in.map(|at| format!("{at}:{kind}"))))
            .collect();
        texts[0].clear(); // a sum or product never divides
        if op == AxisOp::Mean {
            let empty = self.warning_text(span, "Mean of empty slice");
            let caller = (!method).then(|| "fromnumeric.py:mean:empty".to_string());
            texts.push(filed_under(empty, caller));
            let divide = match ty {
                Ty::NpScalar(_) => "scalar divide",
                _ => "divide",
            };
            let text = format!("invalid value encountered in {divide}");
            let divide = self.warning_text(span, &text);
            texts.push(filed_under(
                divide,
                Some(format!("_methods.py:_mean:{text}")),
            ));
        }
        Expr::Data(self.data(encode(&texts)))
    }

    /// Writes a kernel's finished table into its reserved blob.
    pub(super) fn finish_table(&mut self, table: Option<Option<WarnTable>>) {
        if let Some(Some(t)) = table {
            self.out.data[t.id.0 as usize] = encode(&t.texts);
        }
    }

    /// `value` (the `ew_expr` of a NumPy-scalar operation `e`) checked on its own: host code
    /// prints its warnings at once.
    pub(super) fn check_scalar(&mut self, e: &hir::Expr, op: EwOp, dt: DType, value: Expr) -> Expr {
        if !self.warns() || !matches!(value, Expr::Op(..) | Expr::Call(..)) {
            return value;
        }
        let text = &self.src.text[e.span.start as usize..e.span.end as usize];
        // An operator (or the builtin `abs`) on NumPy scalars is scalar math; `np.f(x)` is the
        // ufunc, which for integers never warns.
        let operator = match callee(text) {
            Some(name) => name == "abs",
            None => true,
        };
        if !operator && !dt.is_float() {
            return value;
        }
        let Some((check, ufunc)) = check_of(op, dt, operator) else {
            return value;
        };
        let name = if operator {
            format!("scalar {ufunc}")
        } else {
            ufunc.to_string()
        };
        let texts = self.warn_texts(e.span, &name);
        let id = self.reserve_data();
        self.out.data[id.0 as usize] = encode(&texts);
        Expr::Checked {
            check,
            bit: 0,
            table: id,
            value: Box::new(value),
        }
    }

    fn reserve_data(&mut self) -> DataId {
        let id = DataId(self.out.data.len() as u32);
        self.out.data.push(Vec::new());
        id
    }
}

impl Lower<'_> {
    /// The warning table of `var` or `std` (`method`: `x.var()`) at `span`, as
    /// `arrc_reduce_axes` reads it: bit 0 `Degrees of freedom <= 0 for slice` (raised with
    /// `stacklevel=2` from `_methods._var`: filed under its caller's line, the script's for
    /// `x.var()`), then the three warnings of each step of `_var` (`VAR_GROUPS` in
    /// `runtime/src/reduce.rs`), each filed under its line of `_methods.py`.
    fn var_warn_table(&mut self, op: AxisOp, method: bool, ty: &Ty, span: Span) -> Expr {
        let caller = match (op, method) {
            (AxisOp::Std, _) => Some("_methods.py:_std"),
            (_, true) => None,
            (_, false) => Some("fromnumeric.py:var"),
        };
        let degrees = self.warning_text(span, "Degrees of freedom <= 0 for slice");
        let mut texts = vec![
            filed_under(degrees, caller.map(|at| format!("{at}:degrees"))),
            Vec::new(),
            Vec::new(),
        ];
        let last_divide = match ty {
            Ty::NpScalar(_) => "scalar divide",
            _ => "divide",
        };
        let steps = [
            ("mean", "reduce"),
            ("mean", "divide"),
            ("deviation", "subtract"),
            ("square", "square"),
            ("squares", "reduce"),
            ("dof", last_divide),
        ];
        for (step, name) in steps {
            for (t, kind) in self.warn_texts(span, name).into_iter().zip(KINDS) {
                // The scalar and the array divide are different lines of `_var`.
                let at = format!("_methods.py:_var:{step}:{kind} encountered in {name}");
                texts.push(filed_under(t, Some(at)));
            }
        }
        Expr::Data(self.data(encode(&texts)))
    }
}

/// A table entry printing `text`, filed in Python's warnings registry under `numpy_line` (a
/// line of NumPy's files, with the message) or, when `None`, under the text itself.
fn filed_under(text: Vec<u8>, numpy_line: Option<String>) -> Vec<u8> {
    match numpy_line {
        Some(at) => [b"\0", at.as_bytes(), b"\0", &text[..]].concat(),
        None => text,
    }
}

/// A table as `arrc_fp_warn` reads it: a u32 count, then per bit a u32 length and the text.
fn encode(texts: &[Vec<u8>]) -> Vec<u8> {
    let mut bytes = (texts.len() as u32).to_le_bytes().to_vec();
    for t in texts {
        bytes.extend_from_slice(&(t.len() as u32).to_le_bytes());
        bytes.extend_from_slice(t);
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::callee;

    #[test]
    fn callee_is_the_whole_call_only() {
        assert_eq!(callee("np.log(x)"), Some("np.log"));
        assert_eq!(callee("abs(a)"), Some("abs"));
        assert_eq!(callee("f(x) + g(y)"), None);
        assert_eq!(callee("a / b"), None);
        assert_eq!(callee("np.power(f(x), 2)"), Some("np.power"));
    }
}
