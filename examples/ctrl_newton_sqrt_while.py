# Newton's method for the square root of each element, stopping on a tolerance or an
# iteration cap (a while loop with `and`).
import numpy as np

targets = np.array([2.0, 9.0, 0.25, 1e6])
roots = np.zeros_like(targets)
iters = np.zeros(targets.size, dtype=int)
for k in range(targets.size):
    a = float(targets[k])
    x = a if a > 1.0 else 1.0
    it = 0
    while abs(x * x - a) > 1e-12 * a and it < 50:
        x = 0.5 * (x + a / x)
        it += 1
    roots[k] = x
    iters[k] = it
print(roots)
print(iters, iters.max())
print(abs(roots * roots - targets).max() < 1e-9)
