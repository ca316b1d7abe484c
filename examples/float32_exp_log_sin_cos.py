# float32 exp, log, sin and cos print every bit of the result: NumPy computes them with its own
# algorithms (on AVX2/FMA3 and AVX-512 machines), which can differ from the C library in the
# last bit; arrc follows NumPy's.
import numpy as np

x = np.linspace(-6.0, 6.0, 25, dtype=np.float32)
print(np.exp(x))
print(np.sin(x))
print(np.cos(x))
print(np.log(np.abs(x) + np.float32(0.5)))
print(np.exp(np.float32(3 / 7)), np.log(np.float32(3 / 7)))
print(np.sin(np.float32(1.0)), np.cos(np.float32(1.0)))
big = np.array([56662.555, -72064.21, 95948.17, 71476.06, 71477.0, 117435.99, 2.5e5, 1e30], dtype=np.float32)
print(np.sin(big))
print(np.cos(big))
edges = np.array([88.72283, 88.7, -87.5, -103.9, -95.0, 1e-3, -1e-3, 0.0, -0.0], dtype=np.float32)
print(np.exp(edges))
tiny = np.array([1e-45, 3e-42, 1.1754942e-38, 1e-20, 0.9999999, 1.0, 1.4142135, 3.4e38], dtype=np.float32)
print(np.log(tiny))
steps = np.arange(0.0, 20.0, 0.75, dtype=np.float32)
print((np.exp(steps * np.float32(-0.5)) * np.cos(steps)).sum())
print(np.exp(np.float32(1e-7)) - np.float32(1), np.log(np.float32(2)))
