# The g and n types and the no-type float spec switch to exponents as CPython does.
import numpy as np

vals = np.array([1e-5, 1e-4, 0.001, 1.0, 12345.678, 1e15, 1e16, 1e17, 123456789.0])
for i in range(9):
    v = float(vals[i])
    print(f"{v:g} | {v:.3g} | {v:#.3g} | {v:.3} | {v:n} | {v:G} | {v:.10}")
