# Complex scalars: literals, arithmetic, NumPy's complex types, printing.
import numpy as np

z = 1 + 2j
w = 3.5 - 0.5j
print(z, w, 1j, -1j, 2.5j)
print(z + w, z - w, z * w)
print(z / 2, z / (1 + 1j))
print(-z, z ** 2, abs(3 + 4j))
print(z.real, z.imag, z.conjugate())
print(z == 1 + 2j, z != w)
c = complex(1.5, -2)
print(c, complex(3), repr(c))
a = np.complex128(2 + 3j)
print(a, repr(a), a * 2, repr(a * 2))
b = np.complex64(1.5 - 0.25j)
print(b, repr(b), repr(b + 1), repr(b * 1j))
print(f"{z.real:.3f} {z.imag:+.2f} {float(abs(w)):.6e}")
print(np.abs(a), np.sqrt(a), np.exp(1j))
print(np.real(a), np.imag(b), np.conj(a), np.angle(1j))
print(complex(0.0, -0.0), complex(-0.0, 1), 1e20j, complex(1e16, 1))
