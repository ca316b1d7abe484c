//! IPython's `%time` report: `_format_time` and the two `CPU times` / `Wall time` lines, exactly
//! as the reference runner (`tools/nbrun.py`) prints them.

/// Python's `divmod(x, y)` for floats (`float_divmod` in CPython): `(floordiv, mod)`.
fn py_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y; // C fmod
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Python's `"%.*g" % (precision, x)` (correctly rounded, ties to even on the exact binary
/// value, trailing zeros removed, exponent as `e+XX` with at least two digits).
pub fn format_g(x: f64, precision: usize) -> String {
    let p = precision.max(1);
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    // Round to p significant digits: "d.ddde±X".
    let sci = format!("{:.*e}", p - 1, x.abs());
    let (mant, exp) = sci.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if x < 0.0 { "-" } else { "" };
    if exp < -4 || exp >= p as i32 {
        let (lead, rest) = digits.split_at(1);
        let rest = rest.trim_end_matches('0');
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{lead}{dot}{rest}e{esign}{:02}", exp.unsigned_abs())
    } else {
        let (int_part, frac) = if exp >= 0 {
            let k = exp as usize + 1;
            (digits[..k].to_string(), digits[k..].to_string())
        } else {
            ("0".to_string(), "0".repeat((-exp - 1) as usize) + &digits)
        };
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() {
            format!("{sign}{int_part}")
        } else {
            format!("{sign}{int_part}.{frac}")
        }
    }
}

/// IPython's `_format_time(seconds)`: three significant digits in s / ms / µs / ns; from 60 s
/// on, whole `h` / `min` / `s` parts (`"1min 5s"`, zero parts left out).
///
/// Negative and NaN inputs go to the `ns` branch as in the reference (which only takes the
/// logarithm of a positive time). An infinite time, where Python would raise, prints `inf s`.
pub fn format_time(seconds: f64) -> String {
    format_time_prec(seconds, 3)
}

/// `_format_time(seconds, precision)`.
pub fn format_time_prec(seconds: f64, precision: usize) -> String {
    if seconds >= 60.0 {
        if seconds.is_infinite() {
            return "inf s".to_string();
        }
        let (minutes, sec) = py_divmod(seconds, 60.0);
        let (hours, minutes) = py_divmod(minutes, 60.0);
        let parts = [(hours, "h"), (minutes, "min"), (sec, "s")];
        return parts
            .iter()
            .filter(|(v, _)| *v != 0.0)
            .map(|(v, u)| format!("{}{u}", v.trunc() as i64))
            .collect::<Vec<_>>()
            .join(" ");
    }
    const UNITS: [&str; 4] = ["s", "ms", "\u{b5}s", "ns"];
    const SCALING: [f64; 4] = [1.0, 1e3, 1e6, 1e9];
    let order = if seconds > 0.0 {
        // -(floor(log10(s)) // 3), capped at 3; s < 60 makes it >= 0.
        let e = seconds.log10().floor() as i64;
        (-e.div_euclid(3)).clamp(0, 3) as usize
    } else {
        3
    };
    format!(
        "{} {}",
        format_g(seconds * SCALING[order], precision),
        UNITS[order]
    )
}

/// The two lines `%time` prints:
/// `CPU times: user X, sys: Y, total: Z\nWall time: W\n` with `Z = user + sys`.
pub fn time_report(user: f64, sys: f64, wall: f64) -> String {
    format!(
        "CPU times: user {}, sys: {}, total: {}\nWall time: {}\n",
        format_time(user),
        format_time(sys),
        format_time(user + sys),
        format_time(wall)
    )
}
