# Reductions along axes, keepdims=, accumulations, arg-reductions, var/std/prod/any of arrays
# with run-time extents: the result is sized when it runs.
import numpy as np
M = np.arange(20.0).reshape(4, 5)
for i in range(1, 4):
    S = M[:i, : i + 1]
    print(S.sum(axis=0), S.sum(axis=1), np.mean(S, axis=0), S.max(axis=1, keepdims=True))
    print(np.cumsum(S), np.cumsum(S, axis=1), S.argmax(), S.argmax(axis=0), S.std(), S.prod(axis=1))
x = np.arange(5.0)
for i in range(3, -1, -1):
    print(x[:i].sum(), np.cumsum(x[:i]))
for i in range(1, 4):
    S = M[:i, : i + 1]
    print(np.any(S > 10, axis=1), np.cumprod(M[0, :i]))
