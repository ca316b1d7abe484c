# .astype(): float -> int truncates toward zero, non-zero -> True, bool -> 0/1; always a copy.
import numpy as np

prices = np.array([[19.99, 5.25, 0.5], [-3.75, 100.0, 7.0]])
whole = prices.astype(int)
print(whole, whole.dtype)
nonzero = whole.astype(bool)
print(nonzero, nonzero.sum())
back = nonzero.astype(np.float64) * prices
print(back)
same = prices.astype(float)
same[0, 0] = 0.0
print(prices[0, 0], same[0, 0], id(same) == id(prices))
idx = np.arange(6).reshape(2, 3)
ratio = idx.astype("float64") / idx.max()
print(ratio)
print(repr(idx.T.astype(bool)), repr(idx[:, ::2].astype("int64")))
print(idx.astype(np.bool_).astype(int).sum(), (prices > 1).astype(int))
