//! `np.linalg.matrix_rank(A)` of a matrix: the number of singular values above NumPy's
//! tolerance `S.max() * max(m, n) * eps` (`numpy/linalg/_linalg.py`).
//!
//! NumPy takes the singular values from LAPACK's `dgesdd`; arrc computes them with one-sided
//! Jacobi rotations, which agree with LAPACK's to a few units in the last place of the
//! largest, not bit for bit. The rank is an integer and decided the same way unless a
//! singular value lies near the tolerance; there the two could disagree, so arrc stops with
//! an error instead of guessing.

use super::{raise, raise_py, Arr};
use crate::array::{ArrObj, DType};
use crate::pyexc::PyExc;

/// The singular values of the `m`-by-`n` matrix `a` (row-major), largest first.
fn singular_values(mut a: Vec<f64>, mut m: usize, mut n: usize) -> Vec<f64> {
    // Rotate the columns of a matrix with at least as many rows as columns.
    if m < n {
        let mut t = vec![0.0; m * n];
        for i in 0..m {
            for j in 0..n {
                t[j * m + i] = a[i * n + j];
            }
        }
        a = t;
        std::mem::swap(&mut m, &mut n);
    }
    let col = |a: &[f64], j: usize| -> Vec<f64> { (0..m).map(|i| a[i * n + j]).collect() };
    for _sweep in 0..60 {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                let (x, y) = (col(&a, p), col(&a, q));
                let alpha: f64 = x.iter().map(|v| v * v).sum();
                let beta: f64 = y.iter().map(|v| v * v).sum();
                let gamma: f64 = x.iter().zip(&y).map(|(u, v)| u * v).sum();
                if gamma == 0.0 || gamma.abs() <= f64::EPSILON * (alpha * beta).sqrt() {
                    continue;
                }
                rotated = true;
                let zeta = (beta - alpha) / (2.0 * gamma);
                let t = zeta.signum() / (zeta.abs() + (1.0 + zeta * zeta).sqrt());
                let c = 1.0 / (1.0 + t * t).sqrt();
                let s = c * t;
                for i in 0..m {
                    let (u, v) = (a[i * n + p], a[i * n + q]);
                    a[i * n + p] = c * u - s * v;
                    a[i * n + q] = s * u + c * v;
                }
            }
        }
        if !rotated {
            break;
        }
    }
    let mut s: Vec<f64> = (0..n)
        .map(|j| col(&a, j).iter().map(|v| v * v).sum::<f64>().sqrt())
        .collect();
    s.sort_by(|x, y| y.partial_cmp(x).unwrap_or(std::cmp::Ordering::Equal));
    s
}

/// `np.linalg.matrix_rank(a)` of a 2-D float64 or int64 array.
///
/// # Safety
/// `a` is a live 2-D float64 or int64 array; `site` a run-time error site.
#[no_mangle]
pub unsafe extern "C" fn arrc_matrix_rank(site: *const u8, a: Arr) -> i64 {
    crate::gpu::host_read(a);
    let a = &*a;
    let (m, n) = (a.shape[0] as usize, a.shape[1] as usize);
    let mut v = Vec::with_capacity(m * n);
    let mut finite = true;
    ArrObj::for_each_index(a.shape(), |i| {
        let p = a.data.offset(a.offset(i));
        let x = match a.dtype {
            DType::F64 => *(p as *const f64),
            _ => *(p as *const i64) as f64,
        };
        finite &= x.is_finite();
        v.push(x);
    });
    if !finite {
        raise_py(site, PyExc::LinAlgError, "SVD did not converge");
    }
    if m == 0 || n == 0 {
        return 0;
    }
    let s = singular_values(v, m, n);
    let tol = s[0] * m.max(n) as f64 * f64::EPSILON;
    // Where LAPACK's last digits could fall on the other side of the tolerance.
    if s.iter().any(|&x| x > tol / 8.0 && x <= tol * 8.0) {
        raise(
            site,
            "arrc cannot decide this matrix rank: a singular value is too close to the tolerance for arrc's singular values to agree with LAPACK's",
        );
    }
    s.iter().filter(|&&x| x > tol).count() as i64
}
