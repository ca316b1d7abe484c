# sum's overflow and invalid-value warnings, printed at the script's line; Python files each
# under the line of NumPy's file that raised it, so a repeat through the same NumPy line is
# not printed again (x.sum() runs _methods.py, np.sum(x) runs fromnumeric.py).
import numpy as np

big = np.array([1e308, 1e308, 1.0])
opposite = np.array([np.inf, -np.inf])
with_nan = np.array([np.nan, np.inf, -np.inf])
finite = np.array([1.0, 2.5, -3.0])
small = np.array([3e38, 3e38], dtype=np.float32)

print(finite.sum())
print(np.sum(finite))
print(big.sum())
print(np.sum(big))
print(big.sum())
print(opposite.sum())
print(np.sum(opposite))
print(with_nan.sum())
print(np.array([np.inf, 1.0]).sum())
print(small.sum())
print(np.sum(small.astype(np.float64)))
for i in range(3):
    print(i, np.sum(big * i))
total = 0.0
for row in range(2):
    total += opposite.sum()
print(total)
