//! Source text → `ast::Module`: runs the tokenizer and the lalrpop grammar, and turns a failed
//! parse into the error CPython would give (its wording, a precise span).
//!
//! Also home to the grammar's helpers: node constructors and the checks CPython makes while
//! parsing (assignment targets, argument order, parameter lists), so that `grammar.lalrpop` only
//! says what the syntax is.
//!
//! Architecture invariant: parsing never panics and never recurses deeper than the input's
//! bracket nesting (the tokenizer bounds that and the depth of any expression), whatever bytes
//! come in.

use std::cell::Cell;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::ops::Range;

use lalrpop_util::ParseError;

use super::ast::{self, BinOp, BoolOp, Expr, ExprKind, FStringPart, Stmt, StmtKind, UnaryOp};
use super::grammar;
use super::lexer::{self, LexError, Mode, Spanned, StrLit, Tok, Wins};
use crate::source::{Diagnostic, PyExc, SourceFile, Span};

/// A `.py` script. IPython magics are not Python here (`%time x` is a syntax error).
pub fn parse_script(src: &SourceFile) -> Result<ast::Module, Diagnostic> {
    let body = parse_module(&src.text, 0..src.text.len(), Mode::Script)?;
    Ok(ast::Module { body })
}

/// A notebook's code cells (`src.cells`; the whole text is one cell when there is no table),
/// each parsed on its own, bodies concatenated. A cell's last statement is marked `shown` when
/// it is a bare expression (or `%time EXPR`) whose line does not end with `;`, as Jupyter shows
/// its value.
pub fn parse_notebook(src: &SourceFile) -> Result<ast::Module, Diagnostic> {
    parse_notebook_cells(src, usize::MAX)
}

/// The first `count` code cells of a notebook, parsed as [`parse_notebook`] does (what
/// Jupyter's "Run All" runs before a cell that fails).
pub fn parse_notebook_cells(src: &SourceFile, count: usize) -> Result<ast::Module, Diagnostic> {
    let mut body = Vec::new();
    for range in cell_ranges(src).into_iter().take(count) {
        let mut stmts = parse_module(&src.text, range.clone(), Mode::Notebook)?;
        mark_shown(&src.text, range.end, &mut stmts);
        body.extend(stmts);
    }
    Ok(ast::Module { body })
}

/// The index of the code cell holding byte `offset` of a notebook's joined text.
pub fn cell_index(src: &SourceFile, offset: usize) -> usize {
    cell_ranges(src)
        .iter()
        .rposition(|r| r.start <= offset)
        .unwrap_or(0)
}

/// One token per line, `start..end TOKEN`, for `ARRC_DUMP=tokens`.
pub fn dump_tokens(src: &SourceFile) -> Result<String, Diagnostic> {
    let mode = if src.cells.is_some() {
        Mode::Notebook
    } else {
        Mode::Script
    };
    let mut out = String::new();
    for range in cell_ranges(src) {
        let (toks, err) = lexer::tokenize(&src.text, range.clone(), range.start, mode);
        if let Some(err) = err {
            return Err(with_syntax_exc(err.diag));
        }
        for (start, tok, end) in toks {
            let _ = writeln!(out, "{start}..{end} {tok}");
        }
    }
    Ok(out)
}

/// The byte range of each code cell in the joined text: from its first line to the next cell's.
fn cell_ranges(src: &SourceFile) -> Vec<Range<usize>> {
    let len = src.text.len();
    match &src.cells {
        None => std::iter::once(0..len).collect(),
        Some(cells) => cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let start = src.line_start(cell.first_line);
                let end = cells
                    .get(i + 1)
                    .map(|next| src.line_start(next.first_line))
                    .unwrap_or(len);
                start..end.max(start)
            })
            .collect(),
    }
}

fn mark_shown(text: &str, cell_end: usize, stmts: &mut [Stmt]) {
    let Some(last) = stmts.last_mut() else { return };
    let last = match &mut last.kind {
        StmtKind::Magic { stmt, .. } => &mut **stmt,
        _ => last,
    };
    let end = (last.span.end as usize).min(cell_end);
    let after = text[end..cell_end].trim_start_matches([' ', '\t', '\x0C', '\r']);
    if let StmtKind::Expr { shown, .. } = &mut last.kind {
        *shown = !after.starts_with(';');
    }
}

fn parse_module(text: &str, range: Range<usize>, mode: Mode) -> Result<Vec<Stmt>, Diagnostic> {
    let parsed = match run(text, range, mode, Tok::StartModule) {
        Ok(top) => top,
        Err(d) => return Err(with_syntax_exc(d)),
    };
    match parsed {
        Top::Module(body) => Ok(body),
        Top::Expr(e) => Err(Diagnostic::syntax_error(e.span, "invalid syntax")),
    }
}

/// Every error of the tokenizer and parser is CPython's SyntaxError, or the subclass its
/// tokenizer raises for indentation (IndentationError; TabError for mixed tabs and spaces),
/// except arrc's own `unsupported: ...`.
fn with_syntax_exc(mut d: Diagnostic) -> Diagnostic {
    if d.exc.is_none() && !d.message.starts_with("unsupported: ") {
        d.exc = Some(
            if d.message == "inconsistent use of tabs and spaces in indentation" {
                PyExc::TabError
            } else if d.message == "unexpected indent"
                || d.message == "unexpected unindent"
                || d.message == "too many levels of indentation"
                || d.message.starts_with("unindent does not match")
                || d.message.starts_with("expected an indented block")
            {
                PyExc::IndentationError
            } else {
                PyExc::SyntaxError
            },
        );
    }
    d
}

/// Parses the expression of an f-string field, `text[range]`, for the tokenizer.
pub(crate) fn parse_fstring_field(
    text: &str,
    range: Range<usize>,
    line_origin: usize,
) -> Result<Expr, Diagnostic> {
    match run_at(text, range, line_origin, Mode::Nested, Tok::StartExpr)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => Err(Diagnostic::new(Span::default(), "f-string: invalid syntax")),
    }
}

fn run(text: &str, range: Range<usize>, mode: Mode, start: Tok) -> Result<Top, Diagnostic> {
    let origin = range.start;
    run_at(text, range, origin, mode, start)
}

fn run_at(
    text: &str,
    range: Range<usize>,
    line_origin: usize,
    mode: Mode,
    start: Tok,
) -> Result<Top, Diagnostic> {
    let (toks, lex_err) = lexer::tokenize(text, range.clone(), line_origin, mode);
    let mut all: Vec<Spanned> = Vec::with_capacity(toks.len() + 1);
    all.push((range.start, start, range.start));
    all.extend(toks);
    let pulled = Cell::new(0usize);
    let tokens = all
        .iter()
        .cloned()
        .map(Ok)
        .chain(lex_err.as_ref().map(|e| Err(e.diag.clone())))
        .inspect(|_| pulled.set(pulled.get() + 1));
    let err = match grammar::TopParser::new().parse(tokens) {
        Ok(top) => return Ok(top),
        Err(err) => err,
    };
    let in_fstring = |d: Diagnostic, from_tokenizer: bool| {
        // CPython names the f-string in parser errors inside a field, not in tokenizer ones
        // (bar its bracket checks).
        let bracket = ["unmatched", "closing parenthesis", "' was never closed"]
            .iter()
            .any(|m| d.message.contains(m));
        if mode == Mode::Nested
            && !d.message.starts_with("f-string")
            && (!from_tokenizer || bracket)
        {
            Diagnostic::new(d.span, format!("f-string: {}", d.message))
        } else {
            d
        }
    };
    if pulled.get() > all.len() {
        // The parser got as far as the tokenizer's error.
        if let Some(LexError { diag, .. }) = lex_err {
            return Err(in_fstring(diag, true));
        }
    }
    let idx = pulled.get().saturating_sub(1);
    let ctx = ErrorContext {
        text,
        line_origin,
        all: &all,
        idx,
        furthest: Cell::new(idx),
    };
    let diag = ctx.convert(err);
    let misplaced_indent =
        diag.message == "unexpected indent" || diag.message == "unexpected unindent";
    let furthest_line = ctx.line_of(
        all.get(ctx.furthest.get())
            .map(|t| t.0)
            .unwrap_or(range.end),
    );
    // After a string CPython looks at the next token for another string to join: when that
    // is the tokenizer's error, the error comes first.
    let string_then_error =
        idx + 1 == all.len() && matches!(all.get(idx), Some((_, Tok::Str(_), _)));
    match lex_err {
        Some(LexError {
            diag: lex_diag,
            wins,
        }) if !misplaced_indent => match wins {
            _ if string_then_error => Err(in_fstring(lex_diag, true)),
            Wins::Always => Err(in_fstring(lex_diag, true)),
            Wins::IfAfterLine(line) if furthest_line > line => Err(in_fstring(lex_diag, true)),
            _ => Err(in_fstring(diag, false)),
        },
        _ => Err(in_fstring(diag, false)),
    }
}

/// What the parser knows when it fails: the tokens and which one it stopped at.
struct ErrorContext<'a> {
    text: &'a str,
    line_origin: usize,
    all: &'a [Spanned],
    /// Index in `all` of the token the parser failed on (`all.len()` at EOF).
    idx: usize,
    /// The furthest token CPython would have read to find its message: an unclosed bracket on
    /// an earlier line than this wins over the message.
    furthest: Cell<usize>,
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == terminal)
}

fn diag(start: usize, end: usize, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(Span::new(start, end), message)
}

fn ends_atom(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

fn starts_atom(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

fn opens(tok: &Tok) -> bool {
    matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace)
}

fn closes(tok: &Tok) -> bool {
    matches!(tok, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

impl ErrorContext<'_> {
    fn line_of(&self, offset: usize) -> usize {
        let offset = offset.clamp(self.line_origin, self.text.len());
        self.text.as_bytes()[self.line_origin..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.all.get(i).map(|t| &t.1)
    }

    /// Index of the first token of the logical line that token `i` is on.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i.min(self.all.len());
        while j > 0
            && !matches!(
                self.all[j - 1].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr
            )
        {
            j -= 1;
        }
        j
    }

    /// Open brackets before token `i` (an f-string field counts as one: it is parsed as if
    /// in parentheses).
    fn bracket_depth(&self, i: usize) -> i32 {
        let outer = i32::from(self.tok(0) == Some(&Tok::StartExpr));
        self.all[..i.min(self.all.len())]
            .iter()
            .fold(outer, |d, t| {
                if opens(&t.1) {
                    d + 1
                } else if closes(&t.1) {
                    d - 1
                } else {
                    d
                }
            })
    }

    /// Whether token `i` is inside the parentheses of a call.
    fn in_call(&self, i: usize) -> bool {
        let mut depth = 0;
        for j in (0..i.min(self.all.len())).rev() {
            let t = &self.all[j].1;
            if closes(t) {
                depth += 1;
            } else if opens(t) {
                if depth == 0 {
                    let def = j >= 2 && self.all[j - 2].1 == Tok::Def;
                    return *t == Tok::LPar && j > 0 && ends_atom(&self.all[j - 1].1) && !def;
                }
                depth -= 1;
            }
        }
        false
    }

    /// Whether another `=` or `:=` follows token `i` in the same expression.
    fn another_assignment_follows(&self, i: usize) -> bool {
        let mut depth = 0;
        for t in self.all.iter().skip(i + 1).map(|t| &t.1) {
            match t {
                _ if opens(t) => depth += 1,
                _ if closes(t) => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                Tok::Eq | Tok::ColonEq if depth == 0 => return true,
                Tok::Newline | Tok::Comma | Tok::Colon if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// Where parsing an expression from token `i` on stops: the token it fails on
    /// (`all.len()` when it runs to the end). CPython reads that far looking for its message.
    fn expression_stop(&self, i: usize) -> usize {
        if i >= self.all.len() {
            return self.all.len();
        }
        let pulled = Cell::new(0usize);
        let tokens = std::iter::once((self.all[i].0, Tok::StartTest, self.all[i].0))
            .chain(self.all[i..].iter().cloned())
            .map(Ok)
            .inspect(|_| pulled.set(pulled.get() + 1));
        match grammar::TopParser::new().parse(tokens) {
            Ok(_) => self.all.len(),
            Err(_) => (i + pulled.get()).saturating_sub(2).min(self.all.len()),
        }
    }

    /// Whether an expression could start at token `i` and not before it: the token before is
    /// an opening bracket, a comma, a keyword, `=` or the start of the line.
    fn starts_after_boundary(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1).and_then(|j| self.tok(j)) else {
            return true;
        };
        opens(before)
            || matches!(
                before,
                Tok::Comma
                    | Tok::Colon
                    | Tok::Semi
                    | Tok::Star
                    | Tok::DoubleStar
                    | Tok::Eq
                    | Tok::AugAssign(_)
                    | Tok::ColonEq
                    | Tok::Arrow
                    | Tok::Newline
                    | Tok::Indent
                    | Tok::Dedent
                    | Tok::StartModule
                    | Tok::StartExpr
            )
            || (before
                .symbol()
                .is_some_and(|s| s.chars().all(|c| c.is_ascii_lowercase()))
                && !matches!(before, Tok::And | Tok::Or | Tok::Not | Tok::In | Tok::Is))
    }

    /// Whether token `i` starts an expression.
    fn starts_expression(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            starts_atom(t)
                || matches!(
                    t,
                    Tok::Minus
                        | Tok::Plus
                        | Tok::Tilde
                        | Tok::Not
                        | Tok::Lambda
                        | Tok::Await
                        | Tok::Star
                )
        })
    }

    /// CPython's checks of an assignment or annotation target when the statement fails later:
    /// `f() = $` is "cannot assign to function call". Looks at the statement's depth-0 `=`
    /// and `:` before token `i`.
    fn statement_target_error(&self, line: usize, i: usize) -> Option<Diagnostic> {
        let keyword = |t: &Tok| {
            t.symbol()
                .is_some_and(|s| s.chars().all(|c| c.is_ascii_lowercase()))
        };
        if self.tok(line).is_some_and(keyword) {
            return None;
        }
        let mut depth = 0;
        let mut segment = line;
        for j in line..i {
            let t = &self.all[j].1;
            if opens(t) {
                depth += 1;
            } else if closes(t) {
                depth -= 1;
            } else if depth == 0 && matches!(t, Tok::Eq | Tok::Colon) {
                if *t == Tok::Colon && !(self.starts_expression(j + 1) && i > j + 1) {
                    return None;
                }
                let target = self.reparse_expression(segment, j)?;
                if *t == Tok::Colon {
                    return match &target.kind {
                        ExprKind::Name(_)
                        | ExprKind::Attribute { .. }
                        | ExprKind::Subscript { .. } => None,
                        ExprKind::Tuple(_) => Some(Diagnostic::new(
                            target.span,
                            "only single target (not tuple) can be annotated",
                        )),
                        ExprKind::List(_) => Some(Diagnostic::new(
                            target.span,
                            "only single target (not list) can be annotated",
                        )),
                        _ => Some(Diagnostic::new(
                            target.span,
                            "illegal target for annotation",
                        )),
                    };
                }
                if let Err(ParseError::User { error }) = check_target(&target, false) {
                    return Some(error);
                }
                segment = j + 1;
            }
        }
        None
    }

    /// The conditional expression `a if b` (no `else` yet) that token `i` ends, if any: the
    /// index of its `if`.
    /// Indices of the tokens in `from..to` outside any bracket opened in that range.
    fn depth0(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let mut depth = 0i32;
        (from..to.min(self.all.len())).filter(move |&j| {
            let t = &self.all[j].1;
            if opens(t) {
                depth += 1;
                depth == 1
            } else if closes(t) {
                depth -= 1;
                depth == 0
            } else {
                depth == 0
            }
        })
    }

    /// The `for` (statement or comprehension) whose target token `i` is in: no `in` yet.
    fn open_for(&self, i: usize, line: usize) -> Option<usize> {
        let mut depth = 0;
        for j in (line..i).rev() {
            let t = &self.all[j].1;
            if closes(t) {
                depth += 1;
            } else if opens(t) {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            } else if depth == 0 {
                match t {
                    Tok::For => return (j + 1 < i).then_some(j),
                    Tok::In | Tok::Colon | Tok::Eq | Tok::Semi | Tok::If | Tok::Lambda => {
                        return None
                    }
                    _ => {}
                }
            }
        }
        None
    }

    /// `crossed`: the `if` is outside the bracket that token `i` is in.
    fn open_conditional(&self, i: usize, line: usize) -> Option<(usize, bool)> {
        let mut depth = 0;
        let mut crossed = false;
        for j in (line..i).rev() {
            let t = &self.all[j].1;
            if closes(t) {
                depth += 1;
            } else if opens(t) {
                if depth == 0 {
                    crossed = true;
                } else {
                    depth -= 1;
                }
            } else if depth == 0 {
                match t {
                    Tok::If if self.is_comprehension_if(j, line) => return None,
                    Tok::If => return (j > line && j + 1 < i).then_some((j, crossed)),
                    Tok::Else
                    | Tok::For
                    | Tok::Lambda
                    | Tok::Eq
                    | Tok::AugAssign(_)
                    | Tok::Semi => return None,
                    _ => {}
                }
            }
        }
        None
    }

    /// Whether the `if` at token `i` filters a comprehension (a `for` precedes it in its
    /// bracket).
    fn is_comprehension_if(&self, i: usize, line: usize) -> bool {
        let mut depth = 0;
        for j in (line..i).rev() {
            let t = &self.all[j].1;
            if closes(t) {
                depth += 1;
            } else if opens(t) {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            } else if depth == 0 && *t == Tok::For {
                return true;
            }
        }
        false
    }

    /// Where the expression that ends just before token `i` starts (a rough walk back to the
    /// nearest `=`, `,`, bracket or keyword).
    fn expression_start(&self, i: usize, line: usize) -> usize {
        let mut depth = 0;
        let mut start = i;
        for j in (line..i).rev() {
            let t = &self.all[j].1;
            if closes(t) {
                depth += 1;
            } else if opens(t) {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0
                && matches!(
                    t,
                    Tok::Eq
                        | Tok::AugAssign(_)
                        | Tok::Comma
                        | Tok::Colon
                        | Tok::Semi
                        | Tok::ColonEq
                        | Tok::Arrow
                        | Tok::Return
                        | Tok::Yield
                        | Tok::Assert
                        | Tok::Del
                        | Tok::Raise
                        | Tok::Else
                        | Tok::Elif
                        | Tok::While
                        | Tok::In
                        | Tok::Lambda
                )
            {
                break;
            }
            start = j;
        }
        start
    }

    /// Parses `all[from..to]` alone as an expression (CPython re-reads a failed `for` target).
    fn reparse_expression(&self, from: usize, to: usize) -> Option<Expr> {
        if from >= to || to > self.all.len() {
            return None;
        }
        let mut tokens = vec![(self.all[from].0, Tok::StartExpr, self.all[from].0)];
        tokens.extend(self.all[from..to].iter().cloned());
        match grammar::TopParser::new().parse(tokens.into_iter().map(Ok)) {
            Ok(Top::Expr(e)) => Some(e),
            _ => None,
        }
    }

    fn convert(&self, err: ParseError<usize, Tok, Diagnostic>) -> Diagnostic {
        match err {
            ParseError::User { error } => error,
            ParseError::InvalidToken { location } => diag(location, location, "invalid syntax"),
            ParseError::ExtraToken { token: (l, _, r) } => diag(l, r, "invalid syntax"),
            ParseError::UnrecognizedEof { location, expected } => {
                let at = self.all.last().map(|t| t.0).unwrap_or(location);
                if self.tok(0) == Some(&Tok::StartExpr) {
                    return diag(
                        location,
                        location,
                        "f-string: expecting '=', or '!', or ':', or '}'",
                    );
                }
                if expects(&expected, "indent") {
                    return self.indented_block(self.all.len(), at, at);
                }
                diag(at, at, "invalid syntax")
            }
            ParseError::UnrecognizedToken {
                token: (l, tok, r),
                expected,
            } => self.unexpected(l, &tok, r, &expected),
        }
    }

    fn unexpected(&self, l: usize, tok: &Tok, r: usize, expected: &[String]) -> Diagnostic {
        match tok {
            Tok::Error(error) => return (**error).clone(),
            // CPython's tokenizer rejects a lone `!` itself.
            Tok::Unknown('!') => return diag(l, r, "invalid syntax"),
            _ => {}
        }
        let idx = self.idx;
        let prev = idx.checked_sub(1).and_then(|i| self.all.get(i));
        let line = self.line_start(idx);
        let header = match (self.tok(line), self.tok(line + 1)) {
            (Some(Tok::Async), Some(next)) => Some(next),
            (h, _) => h,
        };
        if *tok == Tok::Indent {
            return diag(l, r, "unexpected indent");
        }
        if expects(expected, "indent") {
            return self.indented_block(idx, l, r);
        }
        if *tok == Tok::Dedent {
            return diag(l, r, "unexpected unindent");
        }
        if let Some(for_at) = self.open_for(idx, line) {
            // CPython checks a `for` target even when no `in` follows.
            if let Some(target) = self.reparse_expression(for_at + 1, idx) {
                if let Err(ParseError::User { error }) = check_target(&target, false) {
                    return error;
                }
            }
        }
        if let Some(error) = self.statement_target_error(line, idx) {
            return error;
        }
        let after_atom = prev.is_some_and(|p| ends_atom(&p.1));
        let conditional = match tok {
            Tok::Colon | Tok::Else if after_atom => None,
            _ => self.open_conditional(idx, line),
        };
        let expected_else = |if_at: usize| {
            let start = self.expression_start(if_at, line);
            let end = prev.map(|p| p.2).unwrap_or(r);
            diag(
                self.all[start].0,
                end,
                "expected 'else' after 'if' expression",
            )
        };
        if let Some((if_at, false)) = conditional {
            return expected_else(if_at);
        }
        if expects(expected, "except") && expects(expected, "finally") {
            return diag(l, r, "expected 'except' or 'finally' block");
        }
        let header_colon_seen = self.depth0(line, idx).any(|j| self.all[j].1 == Tok::Colon);
        if expects(expected, ":") && self.bracket_depth(idx) == 0 && !header_colon_seen {
            let forced = match header {
                Some(Tok::Else | Tok::Try | Tok::Finally) => idx == line + 1,
                Some(Tok::Def) => true,
                Some(
                    Tok::If
                    | Tok::Elif
                    | Tok::While
                    | Tok::For
                    | Tok::With
                    | Tok::Except
                    | Tok::Class,
                ) => *tok == Tok::Newline,
                _ => false,
            };
            if forced {
                return diag(l, r, "expected ':'");
            }
        }
        if header == Some(&Tok::Def) && idx == line + 2 && expects(expected, "(") {
            return diag(l, r, "expected '('");
        }
        if let Some(p) = prev {
            if *tok == Tok::Eq
                && matches!(p.1, Tok::Name(_))
                && idx >= 2
                && matches!(self.all[idx - 2].1, Tok::Star | Tok::DoubleStar)
                && self
                    .innermost_open(idx)
                    .is_some_and(|j| j >= 2 && self.all[j - 2].1 == Tok::Def)
            {
                let what = if self.all[idx - 2].1 == Tok::Star {
                    "var-positional"
                } else {
                    "var-keyword"
                };
                return diag(l, r, format!("{what} argument cannot have default value"));
            }
            if *tok == Tok::Eq
                && ends_atom(&p.1)
                && self.starts_expression(idx + 1)
                && !self.in_unpacking_argument(idx)
            {
                self.furthest.set(self.expression_stop(idx + 1));
                if self.in_call(idx) {
                    return diag(
                        l,
                        r,
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                    );
                }
                let in_test = self.bracket_depth(idx) > 0
                    || matches!(header, Some(Tok::If | Tok::Elif | Tok::While));
                let simple_name =
                    matches!(p.1, Tok::Name(_)) && self.starts_after_boundary(idx - 1);
                if in_test
                    && simple_name
                    && !self.in_slice(idx)
                    && !self.another_assignment_follows(idx)
                {
                    return diag(
                        p.0,
                        r,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    );
                }
            }
            if *tok == Tok::Newline && p.1 == Tok::Comma && header == Some(&Tok::From) {
                return diag(
                    l,
                    r,
                    "trailing comma not allowed without surrounding parentheses",
                );
            }
            if p.1 == Tok::Name("print".to_string()) && idx == line + 1 && starts_atom(tok) {
                return diag(
                    p.0,
                    r,
                    "Missing parentheses in call to 'print'. Did you mean print(...)?",
                );
            }
            // `a not b`: CPython reads `not b` as the second expression.
            if p.1 == Tok::Not
                && idx >= 2
                && ends_atom(&self.all[idx - 2].1)
                && self.starts_expression(idx)
                && self.bracket_depth(idx) > 0
            {
                self.furthest.set(self.expression_stop(idx));
                return diag(
                    self.all[idx - 2].0,
                    r,
                    "invalid syntax. Perhaps you forgot a comma?",
                );
            }
            let name_then_string = matches!(p.1, Tok::Name(_))
                && matches!(tok, Tok::Str(_))
                && self.starts_after_boundary(idx - 1);
            let second =
                starts_atom(tok) || (*tok == Tok::Tilde && self.starts_expression(idx + 1));
            let import = matches!(header, Some(Tok::Import | Tok::From));
            // Not in a comprehension's iterable (CPython reads a plain disjunction there).
            let comprehension = self.innermost_open(idx).is_some_and(|open| {
                let mut inside = self.depth0(open + 1, idx).map(|j| &self.all[j].1);
                inside.any(|t| *t == Tok::For) && inside.any(|t| *t == Tok::In)
            });
            if ends_atom(&p.1)
                && second
                && !name_then_string
                && !import
                && !comprehension
                && !self.at_parameter_name(idx)
            {
                // CPython reads the whole second expression to see whether a comma is missing,
                // and says so inside brackets.
                self.furthest.set(self.expression_stop(idx));
                if self.bracket_depth(idx) > 0 {
                    return diag(p.0, r, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        if let Some((if_at, true)) = conditional {
            return expected_else(if_at);
        }
        diag(l, r, "invalid syntax")
    }

    /// Whether token `i` is in a `*args` or `**kwargs` argument of a call.
    fn in_unpacking_argument(&self, i: usize) -> bool {
        let Some(open) = self.innermost_open(i) else {
            return false;
        };
        let start = self
            .depth0(open + 1, i)
            .filter(|&j| self.all[j].1 == Tok::Comma)
            .last()
            .map(|j| j + 1)
            .unwrap_or(open + 1);
        matches!(self.tok(start), Some(Tok::Star | Tok::DoubleStar))
    }

    /// Whether token `i` is in a `def`'s parameter list where a name is expected (not in a
    /// default value).
    fn at_parameter_name(&self, i: usize) -> bool {
        let Some(open) = self.innermost_open(i) else {
            return false;
        };
        if open < 2 || self.all[open - 2].1 != Tok::Def {
            return false;
        }
        let mut depth = 0;
        for t in self.all[open + 1..i].iter().rev().map(|t| &t.1) {
            match t {
                _ if closes(t) => depth += 1,
                _ if opens(t) => depth -= 1,
                Tok::Comma if depth == 0 => return true,
                Tok::Eq | Tok::Colon if depth == 0 => return false,
                _ => {}
            }
        }
        true
    }

    /// Whether token `i` is in a slice part (after a `:` inside the innermost `[`).
    fn in_slice(&self, i: usize) -> bool {
        let Some(open) = self.innermost_open(i) else {
            return false;
        };
        if self.all[open].1 != Tok::LSqb {
            return false;
        }
        let mut depth = 0;
        for t in self.all[open + 1..i].iter().map(|t| &t.1) {
            if opens(t) {
                depth += 1;
            } else if closes(t) {
                depth -= 1;
            } else if depth == 0 && *t == Tok::Colon {
                return true;
            }
        }
        false
    }

    /// Index of the innermost bracket open at token `i`.
    fn innermost_open(&self, i: usize) -> Option<usize> {
        let mut depth = 0;
        for j in (0..i.min(self.all.len())).rev() {
            let t = &self.all[j].1;
            if closes(t) {
                depth += 1;
            } else if opens(t) {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
        }
        None
    }

    /// "expected an indented block after 'if' statement on line 3", for a failure at token
    /// `idx` where only INDENT could come.
    fn indented_block(&self, idx: usize, l: usize, r: usize) -> Diagnostic {
        // Back over DEDENTs and the header's NEWLINE to the header line.
        let mut j = idx.min(self.all.len());
        while j > 0 && self.all[j - 1].1 == Tok::Dedent {
            j -= 1;
        }
        if j > 0 && self.all[j - 1].1 == Tok::Newline {
            j -= 1;
        }
        let start = self.line_start(j.saturating_sub(1));
        let what = match (self.tok(start), self.tok(start + 1)) {
            (Some(Tok::Def), _) | (Some(Tok::Async), Some(Tok::Def)) => {
                "function definition".to_string()
            }
            (Some(Tok::Class), _) => "class definition".to_string(),
            (Some(Tok::Async), Some(t)) | (Some(t), _) => match t.symbol() {
                Some(kw) if kw.chars().all(|c| c.is_ascii_lowercase()) => {
                    format!("'{kw}' statement")
                }
                _ => return diag(l, r, "expected an indented block"),
            },
            _ => return diag(l, r, "expected an indented block"),
        };
        let line = self.line_of(self.all.get(start).map(|t| t.0).unwrap_or(l));
        diag(
            l,
            r,
            format!("expected an indented block after {what} on line {line}"),
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Grammar helpers

pub(crate) type PError = ParseError<usize, Tok, Diagnostic>;

/// What the grammar's start symbol produced.
pub(crate) enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// One call argument before the order checks.
pub(crate) enum Arg {
    Positional(Expr),
    Keyword(ast::Keyword),
    /// `**mapping`
    DoubleStar(Span),
    /// `f(x for x in y)`: only valid as the sole argument.
    Generator(Expr),
}

/// What follows the first expression of an expression statement.
pub(crate) enum AssignTail {
    None,
    /// `= b = c`: every right-hand side, the value last.
    Assign(Vec<Expr>),
    Aug(BinOp, Expr),
    /// `: annotation = value`
    Annotated(Expr, Option<Expr>),
}

/// One function parameter as written, before the checks (annotations are dropped: they do
/// not change what the program computes).
pub(crate) enum Param {
    Plain {
        name: String,
        default: Option<Expr>,
        span: Span,
    },
    /// `*args` (named) or a bare `*`.
    Star {
        named: bool,
        span: Span,
    },
    DoubleStar {
        span: Span,
    },
    Slash {
        span: Span,
    },
}

pub(crate) fn user_error(span: Span, message: impl Into<String>) -> PError {
    ParseError::User {
        error: Diagnostic::new(span, message),
    }
}

pub(crate) fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r.max(l)),
    }
}

pub(crate) fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r.max(l)),
    }
}

pub(crate) fn unsupported(what: &str, l: usize, r: usize) -> Expr {
    expr(ExprKind::Unsupported(what.to_string()), l, r)
}

pub(crate) fn unsupported_stmt(what: &str, l: usize, r: usize) -> Stmt {
    stmt(
        StmtKind::Unsupported {
            what: what.to_string(),
        },
        l,
        r,
    )
}

/// An unsupported compound statement, spanning from its keyword to the end of its blocks.
pub(crate) fn unsupported_block(what: &str, l: usize, body: &[Stmt]) -> Stmt {
    unsupported_stmt(what, l, block_end(body, &[]).max(l))
}

/// Where a compound statement ends: at the end of its last block.
pub(crate) fn block_end(body: &[Stmt], orelse: &[Stmt]) -> usize {
    orelse
        .last()
        .or(body.last())
        .map(|s| s.span.end as usize)
        .unwrap_or(0)
}

pub(crate) fn bin_op(op: BinOp, lhs: Expr, rhs: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            op,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        },
        l,
        r,
    )
}

pub(crate) fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

pub(crate) fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

pub(crate) fn magic(name: String, body: Option<Vec<Stmt>>, l: usize, r: usize) -> Stmt {
    let inner = match body {
        None => stmt(StmtKind::Pass, r, r),
        Some(mut v) if v.len() == 1 => v.remove(0),
        Some(v) => {
            let start = v.first().map(|s| s.span.start as usize).unwrap_or(r);
            let end = v.last().map(|s| s.span.end as usize).unwrap_or(r);
            stmt(StmtKind::Block(v), start, end)
        }
    };
    let end = (inner.span.end as usize).max(r);
    stmt(
        StmtKind::Magic {
            name,
            stmt: Box::new(inner),
        },
        l,
        end,
    )
}

pub(crate) fn if_statement(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (el, test, body) in elifs.into_iter().rev() {
        let end = block_end(&body, &tail);
        tail = vec![stmt(
            StmtKind::If {
                test,
                body,
                orelse: tail,
            },
            el,
            end,
        )];
    }
    let end = block_end(&body, &tail);
    stmt(
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
        end,
    )
}

pub(crate) fn for_statement(
    l: usize,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Vec<Stmt>,
) -> Stmt {
    let end = block_end(&body, &orelse);
    stmt(
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        },
        l,
        end,
    )
}

/// A `def`'s parameters, checked as soon as the `)` is read (as CPython does, before the
/// body): the plain ones, or the first one arrc does not support.
pub(crate) type Parameters = Result<Vec<ast::Param>, (&'static str, Span)>;

pub(crate) fn check_parameters(params: Vec<Param>) -> Result<Parameters, PError> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut seen_default = false;
    let mut seen_star = false;
    let mut seen_double_star = false;
    let mut unsupported_param: Option<(&'static str, Span)> = None;
    for param in params {
        let span = match &param {
            Param::Plain { span, .. }
            | Param::Star { span, .. }
            | Param::DoubleStar { span }
            | Param::Slash { span } => *span,
        };
        if seen_double_star {
            return Err(user_error(
                span,
                "arguments cannot follow var-keyword argument",
            ));
        }
        match param {
            Param::Plain {
                name,
                default,
                span,
            } => {
                if !seen.insert(name.clone()) {
                    return Err(user_error(
                        span,
                        format!("duplicate argument '{name}' in function definition"),
                    ));
                }
                if seen_star {
                    unsupported_param.get_or_insert(("keyword-only parameters", span));
                } else if default.is_some() {
                    seen_default = true;
                } else if seen_default {
                    return Err(user_error(
                        span,
                        "parameter without a default follows parameter with a default",
                    ));
                }
                out.push(ast::Param {
                    name,
                    default,
                    span,
                });
            }
            Param::Star { named, span } => {
                if seen_star {
                    return Err(user_error(span, "* argument may appear only once"));
                }
                seen_star = true;
                let what = if named {
                    "*args parameters"
                } else {
                    "keyword-only parameters"
                };
                unsupported_param.get_or_insert((what, span));
            }
            Param::DoubleStar { span } => {
                seen_double_star = true;
                unsupported_param.get_or_insert(("**kwargs parameters", span));
            }
            Param::Slash { span } => {
                if seen_star {
                    return Err(user_error(span, "/ must be ahead of *"));
                }
                unsupported_param.get_or_insert(("positional-only parameters", span));
            }
        }
    }
    Ok(match unsupported_param {
        Some(what) => Err(what),
        None => Ok(out),
    })
}

/// `lambda PARAMS: BODY`; a parameter form arrc lacks makes the whole lambda unsupported.
pub(crate) fn lambda(params: Parameters, body: Expr, l: usize, r: usize) -> Expr {
    match params {
        Ok(params) => expr(
            ExprKind::Lambda {
                params,
                body: Box::new(body),
            },
            l,
            r,
        ),
        Err((what, span)) => unsupported(what, span.start as usize, span.end as usize),
    }
}

pub(crate) fn function_def(l: usize, name: String, params: Parameters, body: Vec<Stmt>) -> Stmt {
    match params {
        Ok(params) => {
            let end = block_end(&body, &[]).max(l);
            stmt(StmtKind::FunctionDef { name, params, body }, l, end)
        }
        Err((what, span)) => unsupported_stmt(what, span.start as usize, span.end as usize),
    }
}

/// A class's bases and keywords: checked like a call's arguments, then dropped.
pub(crate) fn check_class_arguments(args: Vec<Arg>, l: usize, r: usize) -> Result<(), PError> {
    call(expr(ExprKind::None, l, l), args, l, r).map(|_| ())
}

pub(crate) fn call(func: Expr, args: Vec<Arg>, l: usize, r: usize) -> Result<Expr, PError> {
    let n = args.len();
    let mut positional = Vec::new();
    let mut kwargs: Vec<ast::Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for arg in args {
        match arg {
            Arg::Generator(e) => {
                if n > 1 {
                    return Err(user_error(
                        e.span,
                        "Generator expression must be parenthesized",
                    ));
                }
                positional.push(e);
            }
            Arg::Positional(e) => {
                let starred = matches!(e.kind, ExprKind::Starred(_));
                if seen_double_star {
                    let message = if starred {
                        "iterable argument unpacking follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument unpacking"
                    };
                    return Err(user_error(e.span, message));
                }
                if seen_keyword && !starred {
                    return Err(user_error(
                        e.span,
                        "positional argument follows keyword argument",
                    ));
                }
                positional.push(e);
            }
            Arg::Keyword(k) => {
                if kwargs.iter().any(|other| other.name == k.name) {
                    return Err(user_error(
                        k.span,
                        format!("keyword argument repeated: {}", k.name),
                    ));
                }
                seen_keyword = true;
                kwargs.push(k);
            }
            Arg::DoubleStar(span) => {
                seen_double_star = true;
                positional.push(Expr {
                    kind: ExprKind::Unsupported("dictionary unpacking in calls".to_string()),
                    span,
                });
            }
        }
    }
    Ok(expr(
        ExprKind::Call {
            func: Box::new(func),
            args: positional,
            kwargs,
        },
        l,
        r,
    ))
}

/// Adjacent string literals, joined.
pub(crate) fn strings(parts: Vec<StrLit>, l: usize, r: usize) -> Result<Expr, PError> {
    let bytes = parts.iter().filter(|p| matches!(p, StrLit::Bytes)).count();
    if bytes > 0 && bytes < parts.len() {
        return Err(user_error(
            Span::new(l, r),
            "cannot mix bytes and nonbytes literals",
        ));
    }
    if bytes > 0 {
        return Ok(unsupported("bytes literals", l, r));
    }
    if !parts.iter().any(|p| matches!(p, StrLit::FString(_))) {
        let mut s = String::new();
        for part in parts {
            if let StrLit::Str(v) = part {
                s.push_str(&v);
            }
        }
        return Ok(expr(ExprKind::Str(s), l, r));
    }
    let mut out: Vec<FStringPart> = Vec::new();
    let push_literal = |out: &mut Vec<FStringPart>, text: String| {
        if text.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = out.last_mut() {
            prev.push_str(&text);
        } else {
            out.push(FStringPart::Literal(text));
        }
    };
    for part in parts {
        match part {
            StrLit::Str(v) => push_literal(&mut out, v),
            StrLit::FString(fparts) => {
                for fp in fparts {
                    match fp {
                        FStringPart::Literal(v) => push_literal(&mut out, v),
                        field => out.push(field),
                    }
                }
            }
            StrLit::Bytes => {}
        }
    }
    Ok(expr(ExprKind::FString(out), l, r))
}

pub(crate) fn expression_statement(
    first: Expr,
    tail: AssignTail,
    l: usize,
    r: usize,
) -> Result<Stmt, PError> {
    match tail {
        AssignTail::None => {
            check_not_starred(&first)?;
            Ok(stmt(
                StmtKind::Expr {
                    value: first,
                    shown: false,
                },
                l,
                r,
            ))
        }
        AssignTail::Assign(values) => {
            let mut targets = vec![first];
            targets.extend(values);
            let value = match targets.pop() {
                Some(v) => v,
                None => return Err(user_error(Span::new(l, r), "invalid syntax")),
            };
            check_not_starred(&value)?;
            let single = targets.len() == 1;
            for t in &targets {
                check_target(t, single)?;
            }
            Ok(stmt(StmtKind::Assign { targets, value }, l, r))
        }
        AssignTail::Aug(op, value) => {
            match first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                _ => {
                    let message = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&first)
                    );
                    return Err(user_error(first.span, message));
                }
            }
            check_not_starred(&value)?;
            Ok(stmt(
                StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                },
                l,
                r,
            ))
        }
        AssignTail::Annotated(_annotation, value) => {
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                ExprKind::Tuple(_) => {
                    return Err(user_error(
                        first.span,
                        "only single target (not tuple) can be annotated",
                    ))
                }
                ExprKind::List(_) => {
                    return Err(user_error(
                        first.span,
                        "only single target (not list) can be annotated",
                    ))
                }
                _ => return Err(user_error(first.span, "illegal target for annotation")),
            }
            // The annotation has no effect on what the program computes.
            match value {
                Some(value) => {
                    check_not_starred(&value)?;
                    Ok(stmt(
                        StmtKind::Assign {
                            targets: vec![first],
                            value,
                        },
                        l,
                        r,
                    ))
                }
                None => Ok(stmt(StmtKind::Pass, l, r)),
            }
        }
    }
}

/// A comprehension or generator expression (unsupported), after CPython's check of its element.
/// A comprehension's clauses, and whether one of its `for`s is `async for`.
pub(crate) type Clauses = (Vec<ast::CompClause>, bool);

pub(crate) fn comp_for(is_async: bool, target: Expr, iter: Expr, rest: Option<Clauses>) -> Clauses {
    let (mut rest, any_async) = rest.unwrap_or_default();
    rest.insert(0, ast::CompClause::For { target, iter });
    (rest, any_async || is_async)
}

pub(crate) fn comp_if(test: Expr, rest: Option<Clauses>) -> Clauses {
    let (mut rest, any_async) = rest.unwrap_or_default();
    rest.insert(0, ast::CompClause::If(test));
    (rest, any_async)
}

/// A list comprehension or a generator expression (`generator`).
pub(crate) fn comprehension(
    element: &Expr,
    (clauses, is_async): Clauses,
    generator: bool,
    l: usize,
    r: usize,
) -> Result<Expr, PError> {
    check_comprehension_element(element)?;
    if is_async {
        return Ok(unsupported("asynchronous comprehensions", l, r));
    }
    Ok(expr(
        ExprKind::Comprehension {
            element: Box::new(element.clone()),
            clauses,
            generator,
        },
        l,
        r,
    ))
}

pub(crate) fn set_comprehension(element: &Expr, l: usize, r: usize) -> Result<Expr, PError> {
    check_comprehension_element(element)?;
    Ok(unsupported("set comprehensions", l, r))
}

fn check_comprehension_element(element: &Expr) -> Result<(), PError> {
    if let ExprKind::Starred(_) = element.kind {
        return Err(user_error(
            element.span,
            "iterable unpacking cannot be used in comprehension",
        ));
    }
    Ok(())
}

/// CPython's check of `del` targets (the statement itself is unsupported).
pub(crate) fn check_delete(target: &Expr) -> Result<(), PError> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(check_delete),
        _ => Err(user_error(
            target.span,
            format!("cannot delete {}", expr_name(target)),
        )),
    }
}

fn check_not_starred(e: &Expr) -> Result<(), PError> {
    match e.kind {
        ExprKind::Starred(_) => Err(user_error(e.span, "can't use starred expression here")),
        _ => Ok(()),
    }
}

/// CPython's checks on an assignment or for-loop target. `single`: the only target of a plain
/// `=`, where CPython suggests `==`.
pub(crate) fn check_target(target: &Expr, single: bool) -> Result<(), PError> {
    if let ExprKind::Starred(_) = target.kind {
        return Err(user_error(
            target.span,
            "starred assignment target must be in a list or tuple",
        ));
    }
    let Some(bad) = invalid_target(target)? else {
        return Ok(());
    };
    let suggest = single && is_bitwise_or_level(bad) && {
        match &target.kind {
            ExprKind::Tuple(elts) => {
                let parenthesized = elts
                    .first()
                    .is_some_and(|e| e.span.start > target.span.start);
                !parenthesized && elts.last().is_some_and(|last| std::ptr::eq(last, bad))
            }
            _ => std::ptr::eq(target, bad),
        }
    };
    let name = expr_name(bad);
    let message = if suggest {
        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {name}")
    };
    Err(user_error(bad.span, message))
}

/// The innermost part of `e` that cannot be assigned to.
fn invalid_target(e: &Expr) -> Result<Option<&Expr>, PError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(None),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            let stars: Vec<&Expr> = elts
                .iter()
                .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                .collect();
            if stars.len() > 1 {
                return Err(user_error(
                    stars[1].span,
                    "multiple starred expressions in assignment",
                ));
            }
            for x in elts {
                let inner = match &x.kind {
                    ExprKind::Starred(inner) => &**inner,
                    _ => x,
                };
                if let Some(bad) = invalid_target(inner)? {
                    return Ok(Some(bad));
                }
            }
            Ok(None)
        }
        _ => Ok(Some(e)),
    }
}

/// Whether CPython's `bitwise_or` rule covers `e` (so that `e = 1` might have meant `e == 1`).
fn is_bitwise_or_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Compare { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Tuple(_)
        | ExprKind::List(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Starred(_) => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::Lambda { .. } => false,
        ExprKind::Unsupported(what) => what != "lambda expressions",
        _ => true,
    }
}

/// How CPython names an expression in "cannot assign to …" messages.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Imag(_) | ExprKind::Str(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Comprehension {
            generator: false, ..
        } => "list comprehension",
        ExprKind::Comprehension {
            generator: true, ..
        } => "generator expression",
        ExprKind::Unsupported(what) => match what.as_str() {
            "lambda expressions" => "lambda",
            "dict displays" => "dict literal",
            "set displays" => "set display",
            "list comprehensions" => "list comprehension",
            "set comprehensions" => "set comprehension",
            "dict comprehensions" => "dict comprehension",
            "generator expressions" => "generator expression",
            "yield expressions" => "yield expression",
            "await expressions" => "await expression",
            "assignment expressions" => "named expression",
            "complex numbers" | "integer literals beyond 64 bits" | "bytes literals" => "literal",
            _ => "expression",
        },
    }
}
