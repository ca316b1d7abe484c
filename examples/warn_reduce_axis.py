# Reductions over axes (sum, prod, mean, keepdims) and np.cumsum/np.cumprod warn like the
# whole-array ones: at the script's line, each filed under the NumPy line that raised it
# (x.sum/x.prod/x.mean: _methods.py; np.sum and np.prod share fromnumeric.py's
# _wrapreduction, np.cumsum and np.cumprod its _wrapfunc; x.cumsum() is a C method).
import numpy as np

big = np.array([[1e308, 1e308], [1.0, 2.0]])
opposite = np.array([[np.inf, -np.inf], [1.0, 2.0]])
small = np.array([[3e38, 3e38], [1.0, 2.0]], dtype=np.float32)
empty = np.zeros((0, 3))

print(big.sum(axis=1))
print(np.sum(big, axis=0))
print(np.sum(big, axis=1))
print(opposite.sum(axis=1))
print(big.prod())
print(big.prod(axis=0))
print(np.prod(big, axis=0))
print(small.sum(axis=1))
print(small.prod(axis=0))
print(big.mean(axis=1))
print(np.mean(opposite, axis=1))
print(empty.mean(axis=0))
print(np.mean(empty, axis=0))
print(empty.mean(axis=1))
print(empty.mean(keepdims=True))
print(big.sum(keepdims=True))
print(np.cumsum(big))
print(np.cumprod(big, axis=0))
print(big.cumsum(axis=1))
for i in range(2):
    print(big.mean(axis=0), opposite.prod(axis=1), small.mean(axis=1))
