# None of these warn in NumPy: inf and nan propagate quietly, int arrays wrap silently,
# comparisons and maximum/minimum with nan, tanh/arctan, and Python float arithmetic.
import numpy as np

x = np.array([np.inf, np.nan, 1.0])
print(x + 1, x * 2, x / 3, -x, np.abs(x))
print(np.maximum(x, 0.0), np.minimum(x, 0.0), x < 2, x == x)
print(np.tanh(x), np.arctan(x), np.sqrt(x), np.exp(x), np.log(x))
i = np.array([9223372036854775807, 3])
print(i + 1, i * 2, -i - 2, i ** 3)
print(1e308 * 10.0, 2.0 ** 0.5)
print(np.isnan(x), np.isinf(x), np.where(x > 0, x, 0.0))
print(np.array([1.0, 2.0]) / np.array([2.0, 4.0]))
