import numpy as np

rng = np.random.default_rng(0)
L = rng.random(100)
print(repr(sum(L)), repr(np.sum(L)))
x = rng.integers(10, size=(3, 4))
print(repr(sum(x)), repr(sum(x < 5)), repr(sum(np.arange(4, dtype=np.int32))))
print(repr(sum(np.array([-0.0, -0.0]))), repr(sum((1, 2.5, 3))), repr(sum(np.zeros(0))))
f = np.float32(0.1) * np.arange(7, dtype=np.float32)
print(repr(sum(f)), sum(np.arange(6).reshape(3, 2)))
