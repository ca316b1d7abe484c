import numpy as np

rng = np.random.default_rng(0)
big = rng.random(1000)
print(repr((min(big), max(big))), repr((np.min(big), np.max(big))))
z = np.array([0.0, -0.0, 3.0, -0.0])
print(min(z), max(-z), min(np.array([np.nan, 1.0])), min(np.array([2.0, np.nan, 1.0])), max(np.array([1.0, np.nan])))
i = np.array([5, 3, 9, 3], dtype=np.int32)
print(repr(min(i)), repr(max(i)), repr(max(np.array([True, False]))))
print(min(np.arange(6).reshape(1, 6)), repr(max(np.array([np.inf, 1.0]))), repr(min(np.array([2.5, 1.5], dtype=np.float32))))
