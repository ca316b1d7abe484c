# x.T.sum() of a C-contiguous float array sums in memory order in NumPy (= x.sum()).
import numpy as np
x = np.arange(9).reshape(3, 3) / 10
x[:, 1] = 123.456
print(repr(x.T.sum()), repr(x.sum()))
y = np.array([[0.25, 0.1, 0.5, -2.5], [-0.0, 0.0, 123.456, 4.0], [9, 16, 1.5, -2.5]])
print(repr(y.T.mean()), repr(y.mean()))
f = np.arange(8).reshape(2, 2, -1) / 10
print(repr(f.transpose().sum()))
x[:, 1] = 123.456
print(repr(x[::-1].sum()), repr(x[:, ::-1].T.sum()), repr(x[::2].sum()), repr(x.sum()))
