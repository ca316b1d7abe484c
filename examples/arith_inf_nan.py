# Floating-point specials produced by array arithmetic.
import numpy as np

x = np.array([1.0, -1.0, 0.0])
print(x / 0)
print(x / 0.0 * 0)
print(np.zeros(2) / np.zeros(2))
print(np.inf - np.inf, np.inf * 0, np.inf + 1)
print(-np.inf, np.nan + 1)

y = np.array([np.inf, -np.inf, np.nan, 2.0])
print(y + 1)
print(y * -1)
print(y - y)
print(1 / y)
print(y * 0)
print(np.arange(3) / 0)
