//! Source text, spans and diagnostics: the one place where byte offsets become
//! `file:line:col` and where an error is rendered with its source line and caret.
//!
//! Positions stay byte ranges (`Span`) through the whole pipeline; only `SourceFile::render`
//! turns them into lines and columns. A notebook is its code cells joined by newlines plus a
//! table mapping each line back to (cell, line within cell), so errors can name the cell.

pub use arrc_runtime::pyexc::PyExc;
use std::fmt;

/// A byte range `[start, end)` into `SourceFile::text`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A user-facing error: what went wrong and where. Rendered only by `SourceFile::render`.
/// `exc` is the Python exception CPython raises for the same program (rendered before the
/// message, as a traceback's last line shows it); None for arrc's own limits.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
    pub exc: Option<PyExc>,
}

impl Diagnostic {
    /// One of arrc's own errors (`unsupported: ...`): no Python exception type.
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            exc: None,
        }
    }

    /// The error CPython raises as `exc`.
    pub fn py(exc: PyExc, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            exc: Some(exc),
        }
    }

    pub fn syntax_error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::py(PyExc::SyntaxError, span, message)
    }

    pub fn value_error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::py(PyExc::ValueError, span, message)
    }

    pub fn type_error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::py(PyExc::TypeError, span, message)
    }

    /// The text after `error: `: `TYPE: message`, or the message alone.
    pub fn text(&self) -> String {
        arrc_runtime::pyexc::error_line(self.exc, &self.message)
    }
}

/// Where a notebook cell starts in the joined text.
#[derive(Clone, Debug)]
pub struct CellStart {
    /// 1-based index among all cells of the notebook (markdown cells count, as Jupyter numbers them).
    pub cell: usize,
    /// 0-based line in the joined text where the cell's first line is.
    pub first_line: usize,
}

/// One program's text: a script, or a notebook's code cells joined.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// For notebooks: where each code cell starts, in order.
    pub cells: Option<Vec<CellStart>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
            cells: None,
        }
    }

    /// Byte offset where a 0-based line starts (the text's length past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// 0-based (line, byte column) of an offset in the joined text.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        (line, offset - self.line_starts[line])
    }

    /// The text of a 0-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line];
        let end = self
            .line_starts
            .get(line + 1)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        &self.text[start..end.max(start)]
    }

    /// `file:line:col` (1-based; for notebooks `file:cell N:line:col` with the line inside the cell).
    pub fn location(&self, offset: usize) -> String {
        let (line, col) = self.line_col(offset);
        let col_chars = self.line_text(line)[..col.min(self.line_text(line).len())]
            .chars()
            .count();
        match &self.cells {
            Some(cells) => {
                let idx = cells
                    .partition_point(|c| c.first_line <= line)
                    .saturating_sub(1);
                let cell = &cells[idx];
                format!(
                    "{}:cell {}:{}:{}",
                    self.name,
                    cell.cell,
                    line - cell.first_line + 1,
                    col_chars + 1
                )
            }
            None => format!("{}:{}:{}", self.name, line + 1, col_chars + 1),
        }
    }

    /// A diagnostic's location and its source line with a caret under the span:
    /// `("file:3:5", "y = x + z\n    ^^^^^\n")`. Run-time errors embed these at compile time.
    pub fn site_parts(&self, span: Span) -> (String, String) {
        let start = span.start as usize;
        let (line, col) = self.line_col(start);
        let text = self.line_text(line);
        let col = col.min(text.len());
        let prefix_width: usize = text[..col]
            .chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let line_end = self.line_starts[line] + text.len();
        let end = (span.end as usize).clamp(start, line_end);
        let width = text[col..col + (end - start).min(text.len() - col)]
            .chars()
            .count()
            .max(1);
        let shown = text.replace('\t', "    ");
        (
            self.location(start),
            format!(
                "{}\n{}{}\n",
                shown,
                " ".repeat(prefix_width),
                "^".repeat(width)
            ),
        )
    }

    /// `file:line:col: error: message`, the source line, and a caret under the span.
    pub fn render(&self, diag: &Diagnostic) -> String {
        let (loc, snippet) = self.site_parts(diag.span);
        format!("{}: error: {}\n{}", loc, diag.text(), snippet)
    }
}
