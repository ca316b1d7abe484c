//! `.ipynb` → `SourceFile`: the code cells joined, with the table that maps each line back to
//! its cell. Markdown and raw cells are dropped but still count in the cell numbering, as
//! Jupyter numbers cells.

use serde_json::Value;

use crate::source::{CellStart, SourceFile};

/// Reads a notebook's JSON. Each code cell's text is made to end with a newline, and cells are
/// separated by one more newline, so every cell starts on a line of its own. `name` names the
/// `SourceFile`; error messages leave it out (the caller puts it in front).
pub fn load_notebook(name: &str, json_text: &str) -> Result<SourceFile, String> {
    let nb: Value =
        serde_json::from_str(json_text).map_err(|e| format!("not a valid notebook: {e}"))?;
    let cells = nb
        .get("cells")
        .and_then(Value::as_array)
        .ok_or_else(|| "not a valid notebook: no \"cells\" list".to_string())?;
    let mut text = String::new();
    let mut table = Vec::new();
    let mut line = 0;
    for (i, cell) in cells.iter().enumerate() {
        if cell.get("cell_type").and_then(Value::as_str) != Some("code") {
            continue;
        }
        let source = match cell.get("source") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(parts)) => {
                let mut s = String::new();
                for part in parts {
                    match part.as_str() {
                        Some(p) => s.push_str(p),
                        None => {
                            return Err(format!("cell {}: \"source\" holds a non-string", i + 1))
                        }
                    }
                }
                s
            }
            None => String::new(),
            Some(_) => {
                return Err(format!(
                    "cell {}: \"source\" is neither a string nor a list",
                    i + 1
                ))
            }
        };
        if !table.is_empty() {
            text.push('\n');
            line += 1;
        }
        table.push(CellStart {
            cell: i + 1,
            first_line: line,
        });
        text.push_str(&source);
        if !source.ends_with('\n') {
            text.push('\n');
        }
        line += source.matches('\n').count() + usize::from(!source.ends_with('\n'));
    }
    let mut file = SourceFile::new(name, text);
    file.cells = Some(table);
    Ok(file)
}
