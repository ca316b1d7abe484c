//! NumPy's complex dtypes in the type system: promotion with the real dtypes.

use super::DType;

/// NumPy's `promote_types` where one side is complex: complex64 holds float32 and the
/// small integers' values exactly; float64, int64 and int32 need complex128.
pub fn promote(a: DType, b: DType) -> DType {
    use DType::*;
    let fits_c64 = |d: DType| matches!(d, Bool | F32 | C64);
    if fits_c64(a) && fits_c64(b) {
        C64
    } else {
        C128
    }
}

/// The complex dtype holding a real dtype's values (`x + 0j` of a float32 array is complex64).
pub fn complex_of(d: DType) -> DType {
    match d {
        DType::F32 | DType::C64 => DType::C64,
        _ => DType::C128,
    }
}

/// The real dtype of a complex dtype's parts (`.real`, `abs`); a real dtype is its own.
pub fn part_dtype(d: DType) -> DType {
    match d {
        DType::C64 => DType::F32,
        DType::C128 => DType::F64,
        _ => d,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{promote_types, result_dtype, DType::*};

    #[test]
    fn complex_promotes_as_numpy_2() {
        // np.promote_types(x, complex64) and (x, complex128).
        let table = [
            (Bool, C64, C128),
            (I32, C128, C128),
            (I64, C128, C128),
            (F32, C64, C128),
            (F64, C128, C128),
            (C64, C64, C128),
        ];
        for (other, with64, with128) in table {
            assert_eq!(
                promote_types(other, C64),
                with64,
                "{other:?} with complex64"
            );
            assert_eq!(
                promote_types(C64, other),
                with64,
                "complex64 with {other:?}"
            );
            assert_eq!(
                promote_types(other, C128),
                with128,
                "{other:?} with complex128"
            );
        }
        // NEP 50: a Python complex with a float32 array is complex64, with ints complex128.
        assert_eq!(result_dtype(&[F32], &[C128]), C64);
        assert_eq!(result_dtype(&[I32], &[C128]), C128);
        assert_eq!(result_dtype(&[C64], &[F64]), C64);
        assert_eq!(result_dtype(&[], &[F64, C128]), C128);
    }
}
