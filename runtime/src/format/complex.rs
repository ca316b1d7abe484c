//! NumPy's printing of complex arrays and scalars: a port of `arrayprint.ComplexFloatingFormat`
//! (the real parts and the imaginary parts each get their own `FloatingFormat`, so each
//! column aligns separately; the imaginary one always shows its sign) and of the complex
//! scalar `str` of `scalartypes.c.src` (`1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`).

use super::{float_scalar_str, FloatingFormat, PrintOptions};

/// `ComplexFloatingFormat`: one formatter for the real parts, one (sign `'+'`) for the
/// imaginary parts.
pub(super) struct ComplexFormat {
    real: FloatingFormat,
    imag: FloatingFormat,
}

impl ComplexFormat {
    pub(super) fn new(data: &[(f64, f64)], is_c64: bool, opts: &PrintOptions) -> ComplexFormat {
        let re: Vec<f64> = data.iter().map(|v| v.0).collect();
        let im: Vec<f64> = data.iter().map(|v| v.1).collect();
        let imag_opts = PrintOptions {
            sign: '+',
            ..opts.clone()
        };
        ComplexFormat {
            real: FloatingFormat::new(&re, is_c64, opts),
            imag: FloatingFormat::new(&im, is_c64, &imag_opts),
        }
    }

    pub(super) fn format(&self, v: (f64, f64)) -> String {
        let r = self.real.format(v.0);
        let i = self.imag.format(v.1);
        // The 'j' goes before the imaginary part's right padding.
        let sp = i.trim_end().len();
        format!("{r}{}j{}", &i[..sp], &i[sp..])
    }
}

/// One part of a complex scalar's `str`: the float's `str` with a trailing `.0` dropped
/// (NumPy formats complex parts with `TrimMode_DptZeros`), `nan`/`inf` as they are.
fn part_str(x: f64, is_c64: bool) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "nan".into()
        } else if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let s = float_scalar_str(x, is_c64);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `str()` of a complex scalar, NumPy's or Python's (the same text): `1j` when the real
/// part is +0, else `(re+imj)`.
pub fn complex_scalar_str(re: f64, im: f64, is_c64: bool) -> String {
    let i = part_str(im, is_c64);
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{i}j");
    }
    let sign = if i.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{i}j)", part_str(re, is_c64))
}

#[cfg(test)]
mod tests {
    use super::complex_scalar_str;

    #[test]
    fn scalar_text_as_numpy() {
        // str(np.complex128(v)) from NumPy 2.4.
        assert_eq!(complex_scalar_str(0.0, 1.0, false), "1j");
        assert_eq!(complex_scalar_str(1.0, 2.0, false), "(1+2j)");
        assert_eq!(complex_scalar_str(-0.0, -1.0, false), "(-0-1j)");
        assert_eq!(complex_scalar_str(0.1, 1e20, false), "(0.1+1e+20j)");
        assert_eq!(
            complex_scalar_str(f64::NAN, f64::INFINITY, false),
            "(nan+infj)"
        );
        assert_eq!(complex_scalar_str(-0.0, 0.0, false), "(-0+0j)");
        assert_eq!(complex_scalar_str(1e16, -2.5, false), "(1e+16-2.5j)");
    }
}
