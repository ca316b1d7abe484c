//! Helpers shared by the runtime's data-driven tests.

/// Undoes the escaping the data generators apply to a TSV field (`\n`, `\t`, `\\`).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('\\') => out.push('\\'),
                other => panic!("bad escape {other:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}
