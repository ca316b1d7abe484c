//! CPython 3.11's format-spec mini-language (`format(value, spec)`, the `:spec` of an f-string
//! field) for `int`, `bool`, `float` and `str`: a port of `Python/formatter_unicode.c` and of
//! the float-to-text part of `Python/pystrtod.c` (`format_float_short`).
//!
//! NumPy scalars format through these: `np.float64`/`np.float32` as a Python float, `np.int64`
//! as an int, `np.bool` as a bool (NumPy's `gentype_format` converts them first). Errors are
//! CPython's `ValueError`/`OverflowError` messages, byte for byte. Checked against CPython by
//! `runtime/tests/pyfmt.rs` on the cases `tools/gen_pyfmt_cases.py` records.

/// CPython's error for `format(n, "c")` of a code point past Unicode: an OverflowError; every
/// other error of the mini-language is a ValueError ([`error_exc`]).
pub const CHAR_RANGE: &str = "%c arg not in range(0x110000)";

/// The exception CPython raises with a message [`format`] returned.
pub fn error_exc(message: &str) -> crate::pyexc::PyExc {
    if message == CHAR_RANGE {
        crate::pyexc::PyExc::OverflowError
    } else {
        crate::pyexc::PyExc::ValueError
    }
}

/// A value `format()` is applied to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    Int(i64),
    Bool(bool),
    Float(f64),
    Str(&'a str),
}

impl Value<'_> {
    /// `type(value).__name__`, as CPython's messages name it.
    fn type_name(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Bool(_) => "bool",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Separator {
    None,
    Comma,
    Underscore,
}

/// A parsed spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alternate: bool,
    width: Option<usize>,
    separator: Separator,
    /// Digits per group: 3, or 4 for `_` with `b`/`o`/`x`/`X`.
    group: usize,
    precision: Option<usize>,
    /// The presentation type, `None` when the spec has none.
    ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads decimal digits at `pos`; `None` when there are none.
fn integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut v: usize = 0;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(chars[*pos] as usize - '0' as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(v))
}

/// `parse_internal_render_format_spec`: the checks that do not depend on the value's kind.
fn parse(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        separator: Separator::None,
        group: 3,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(chars[1]) {
        s.align = chars[1];
        s.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    s.width = integer(&chars, &mut pos)?;
    let both = || Err("Cannot specify both ',' and '_'.".to_string());
    if pos < end && chars[pos] == ',' {
        s.separator = Separator::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.separator != Separator::None {
            return both();
        }
        s.separator = Separator::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.separator == Separator::Underscore {
        return both();
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        s.precision = integer(&chars, &mut pos)?;
        if s.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        s.ty = Some(chars[pos]);
    }
    if s.separator != Separator::None {
        let sep = if s.separator == Separator::Comma {
            ','
        } else {
            '_'
        };
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if s.separator == Separator::Underscore => s.group = 4,
            Some(t) => return Err(format!("Cannot specify '{sep}' with {}.", code_text(t))),
        }
    }
    Ok(s)
}

/// A presentation type as CPython quotes it in messages.
fn code_text(t: char) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        format!("'{t}'")
    } else {
        format!("'\\x{:x}'", t as u32)
    }
}

fn unknown_code(t: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        code_text(t)
    )
}

/// `format(value, spec)` as CPython computes it, or CPython's error message.
pub fn format(value: Value, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(match value {
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => (if b { "True" } else { "False" }).to_string(),
            Value::Float(x) => float_repr(x),
            Value::Str(s) => s.to_string(),
        });
    }
    let type_name = value.type_name();
    match value {
        Value::Int(_) | Value::Bool(_) => {
            let i = match value {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                _ => unreachable!(),
            };
            let s = parse(spec, type_name, Some('d'), '>')?;
            match s.ty.unwrap_or('d') {
                'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int(i, &s),
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => Ok(format_float(i as f64, &s)),
                t => Err(unknown_code(t, type_name)),
            }
        }
        Value::Float(x) => {
            let s = parse(spec, type_name, None, '>')?;
            match s.ty {
                None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
                    Ok(format_float(x, &s))
                }
                Some(t) => Err(unknown_code(t, type_name)),
            }
        }
        Value::Str(text) => {
            let s = parse(spec, type_name, Some('s'), '<')?;
            match s.ty.unwrap_or('s') {
                's' => format_str(text, &s),
                t => Err(unknown_code(t, type_name)),
            }
        }
    }
}

/// `repr(float)`: shortest round-trip digits, `.0` on integers, exponent from 1e16.
pub fn float_repr(x: f64) -> String {
    float_to_string(x, 'r', 0, false, true, false, false)
}

fn format_str(text: &str, s: &Spec) -> Result<String, String> {
    match s.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if s.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if s.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if s.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let mut chars: Vec<char> = text.chars().collect();
    if let Some(p) = s.precision {
        chars.truncate(p);
    }
    let n = chars.len();
    let total = s.width.map_or(n, |w| w.max(n));
    let lpad = match s.align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let mut out = String::new();
    out.extend(std::iter::repeat_n(s.fill, lpad));
    out.extend(chars);
    out.extend(std::iter::repeat_n(s.fill, rpad));
    Ok(out)
}

fn format_int(i: i64, s: &Spec) -> Result<String, String> {
    if s.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if s.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let ty = s.ty.unwrap_or('d');
    let neg = i < 0;
    let mag = i.unsigned_abs();
    let (digits, prefix) = match ty {
        'c' => {
            if s.sign.is_some() {
                return Err("Sign not allowed with integer format specifier 'c'".into());
            }
            if s.alternate {
                return Err(
                    "Alternate form (#) not allowed with integer format specifier 'c'".into(),
                );
            }
            let c = u32::try_from(i)
                .ok()
                .filter(|&c| c <= 0x10ffff)
                .ok_or_else(|| CHAR_RANGE.to_string())?;
            // A lone surrogate cannot be a Rust char; CPython would print it as is.
            let c = char::from_u32(c).unwrap_or('\u{fffd}');
            // 'c' output counts as "remainder": never grouped or zero-filled.
            return Ok(fill_number(s, None, "", "", &c.to_string(), ""));
        }
        'b' => (format!("{mag:b}"), "0b"),
        'o' => (format!("{mag:o}"), "0o"),
        'x' => (format!("{mag:x}"), "0x"),
        'X' => (format!("{mag:X}"), "0X"),
        _ => (mag.to_string(), ""),
    };
    let prefix = if s.alternate { prefix } else { "" };
    Ok(fill_number(
        s,
        neg.then_some('-'),
        prefix,
        &digits,
        "",
        if ty == 'n' { "n" } else { "" },
    ))
}

/// Lays out `<lpad><sign><prefix><spad><grouped digits><remainder><rpad>` as CPython's
/// `calc_number_widths` + `fill_number`. `remainder` is what follows the integer digits (the
/// decimal point, fraction, exponent, `%`); `locale` is "n" for the `n` type (C locale: no
/// grouping).
fn fill_number(
    s: &Spec,
    sign_char: Option<char>,
    prefix: &str,
    digits: &str,
    remainder: &str,
    locale: &str,
) -> String {
    let sign = match s.sign {
        Some('+') => Some(if sign_char == Some('-') { '-' } else { '+' }),
        Some(' ') => Some(if sign_char == Some('-') { '-' } else { ' ' }),
        _ => sign_char,
    };
    let n_sign = sign.is_some() as usize;
    let n_prefix = prefix.chars().count();
    let n_remainder = remainder.chars().count();
    let non_digit = n_sign + n_prefix + n_remainder;
    let width = s.width.map_or(-1, |w| w as i64);
    let min_width = if s.fill == '0' && s.align == '=' {
        width - non_digit as i64
    } else {
        0
    };
    let sep = match (s.separator, locale) {
        (_, "n") | (Separator::None, _) => None,
        (Separator::Comma, _) => Some(','),
        (Separator::Underscore, _) => Some('_'),
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, sep, s.group)
    };
    let n_padding = width - (non_digit + grouped.chars().count()) as i64;
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        let n = n_padding as usize;
        match s.align {
            '<' => rpad = n,
            '^' => {
                lpad = n / 2;
                rpad = n - lpad;
            }
            '=' => spad = n,
            _ => lpad = n,
        }
    }
    let mut out = String::new();
    out.extend(std::iter::repeat_n(s.fill, lpad));
    out.extend(sign);
    out.push_str(prefix);
    out.extend(std::iter::repeat_n(s.fill, spad));
    out.push_str(&grouped);
    out.push_str(remainder);
    out.extend(std::iter::repeat_n(s.fill, rpad));
    out
}

/// `_PyUnicode_InsertThousandsGrouping`: digits in groups of `group` from the right, left-padded
/// with zeros (grouped too) up to `min_width` characters.
fn group_digits(digits: &str, min_width: i64, sep: Option<char>, group: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    // Pieces from the right: (zeros, chars), each preceded by a separator after the first.
    let mut pieces: Vec<String> = Vec::new();
    let mut end = digits.len();
    let take = |n_zeros: i64, n_chars: i64, end: &mut usize| {
        let start = *end - n_chars as usize;
        let mut p: String = "0".repeat(n_zeros as usize);
        p.extend(&digits[start..*end]);
        *end = start;
        p
    };
    if let Some(sep) = sep {
        // Groups repeat forever, so the loop ends only when digits and width are used up.
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            pieces.push(take(n_zeros, n_chars, &mut end));
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                pieces.reverse();
                return pieces.join(&sep.to_string());
            }
            min_width -= sep.len_utf8() as i64;
        }
    }
    let len = remaining.max(min_width).max(1);
    let n_zeros = (len - remaining).max(0);
    let n_chars = remaining.min(len).max(0);
    take(n_zeros, n_chars, &mut end)
}

fn format_float(x: f64, s: &Spec) -> String {
    let mut ty = s.ty.unwrap_or('\0');
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match s.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let upper = ty.is_ascii_uppercase();
    let mut buf = float_to_string(
        val,
        ty.to_ascii_lowercase(),
        precision,
        upper,
        add_dot_0,
        s.alternate,
        s.no_neg_0,
    );
    if add_pct {
        buf.push('%');
    }
    let (sign_char, body) = match buf.strip_prefix('-') {
        Some(rest) => (Some('-'), rest),
        None => (None, buf.as_str()),
    };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, remainder) = body.split_at(n_int);
    let locale = if s.ty == Some('n') { "n" } else { "" };
    fill_number(s, sign_char, "", digits, remainder, locale)
}

/// Decimal digits of a finite `x >= 0` as `_Py_dg_dtoa` gives them: no trailing zeros, and the
/// decimal point's position `decpt` (value = 0.DIGITS × 10^decpt). Mode 0: shortest round
/// trip; 2: `n` significant digits; 3: `n` digits after the point. Rust's exact formatting
/// rounds half to even on exact ties, as dtoa does.
fn dtoa(x: f64, mode: u8, n: usize) -> (String, i64) {
    if x == 0.0 {
        return ("0".into(), 1);
    }
    let from_exp = |s: String| {
        let (mant, exp) = s.split_once('e').unwrap();
        let digits: String = mant.chars().filter(|c| *c != '.').collect();
        let digits = digits.trim_end_matches('0').to_string();
        (digits, exp.parse::<i64>().unwrap() + 1)
    };
    match mode {
        0 => from_exp(format!("{x:e}")),
        2 => from_exp(format!("{:.*e}", n.max(1) - 1, x)),
        _ => {
            let s = format!("{x:.n$}");
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{int}{frac}");
            let lead = all.len() - all.trim_start_matches('0').len();
            let digits = all
                .trim_start_matches('0')
                .trim_end_matches('0')
                .to_string();
            if digits.is_empty() {
                return (digits, -(n as i64));
            }
            (digits, int.len() as i64 - lead as i64)
        }
    }
}

/// `PyOS_double_to_string` + `format_float_short` for the codes `e`, `f`, `g` and `r`.
fn float_to_string(
    d: f64,
    code: char,
    precision: usize,
    upper: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    if d.is_nan() {
        return (if upper { "NAN" } else { "nan" }).into();
    }
    let mut negative = d.is_sign_negative();
    if d.is_infinite() {
        let inf = if upper { "INF" } else { "inf" };
        return if negative {
            format!("-{inf}")
        } else {
            inf.into()
        };
    }
    let (mode, precision) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let (digits, mut decpt) = dtoa(d.abs(), mode, precision);
    let digits_len = digits.len() as i64;
    if no_neg_0 && negative && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let precision = precision as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    let mut p = String::new();
    if negative {
        p.push('-');
    }
    if decpt <= 0 {
        p += &zeros(decpt - vdigits_start);
        p.push('.');
        p += &zeros(-decpt);
    } else {
        p += &zeros(-vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        p += &digits[..decpt as usize];
        p.push('.');
        p += &digits[decpt as usize..];
    } else {
        p += &digits;
    }
    if digits_len < decpt {
        p += &zeros(decpt - digits_len);
        p.push('.');
        p += &zeros(vdigits_end - decpt);
    } else {
        p += &zeros(vdigits_end - digits_len);
    }
    if p.ends_with('.') && !alt {
        p.pop();
    }
    if use_exp {
        p.push(if upper { 'E' } else { 'e' });
        p += &format!("{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    p
}

/// CPython's `round(x, ndigits)` of a float (`float.__round__`): the correctly rounded
/// decimal (half to even on exact ties) read back as a float; `None` when that overflows
/// ("rounded value too large to represent").
pub fn round_float(x: f64, ndigits: i64) -> Option<f64> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN for IEEE doubles.
    if !x.is_finite() || ndigits > 323 {
        return Some(x);
    }
    if ndigits < -308 {
        return Some(0.0 * x);
    }
    let (digits, decpt) = if ndigits >= 0 {
        dtoa(x.abs(), 3, ndigits as usize)
    } else {
        round_integer_part(x.abs(), (-ndigits) as usize)
    };
    let text = format!(
        "{}0{}e{}",
        if x.is_sign_negative() { "-" } else { "" },
        digits,
        decpt - digits.len() as i64
    );
    let r: f64 = text.parse().unwrap();
    r.is_finite().then_some(r)
}

/// Digits and `decpt` of `x >= 0` rounded half-even to a multiple of 10^k (dtoa's mode 3 with
/// a negative digit count), from its exact decimal expansion.
fn round_integer_part(x: f64, k: usize) -> (String, i64) {
    let exact = format!("{x:.1100}");
    let (int, frac) = exact.split_once('.').unwrap();
    let int = int.trim_start_matches('0');
    if int.len() < k {
        // Below half of 10^k unless it has exactly k digits (handled below): rounds to zero.
        return (String::new(), 0);
    }
    let (keep, rest) = int.split_at(int.len() - k);
    let first = rest.bytes().next().map_or(b'0', |b| b);
    let beyond_nonzero =
        rest.len() > 1 && rest[1..].bytes().any(|b| b != b'0') || frac.bytes().any(|b| b != b'0');
    let last_odd = keep.bytes().last().is_some_and(|b| (b - b'0') % 2 == 1);
    let up = first > b'5' || (first == b'5' && (beyond_nonzero || last_odd));
    let mut digits: Vec<u8> = keep.bytes().collect();
    if up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let s = String::from_utf8(digits).unwrap();
    let decpt = (s.len() + k) as i64;
    let trimmed = s.trim_end_matches('0').to_string();
    if trimmed.is_empty() {
        return (trimmed, 0);
    }
    (trimmed, decpt)
}

/// CPython's `round(i, ndigits)` of an int: a multiple of 10^-ndigits, ties to even; exact
/// (`round(2**63 - 1, -1)` is beyond int64).
pub fn round_int(i: i64, ndigits: i64) -> i128 {
    if ndigits >= 0 {
        return i as i128;
    }
    if ndigits < -19 {
        return 0;
    }
    let p = 10i128.pow((-ndigits) as u32);
    let a = i as i128;
    let (mut q, r) = (a.div_euclid(p), a.rem_euclid(p));
    if 2 * r > p || (2 * r == p && q % 2 != 0) {
        q += 1;
    }
    q * p
}
