import numpy as np

# One function, specialised per argument shape and dtype at each call.
def normalise(v):
    total = v.sum()
    return v / total

def describe(name, v):
    print(name, v.shape, v.dtype)
    return v.mean()

a = np.arange(1, 4)
b = np.arange(20.0).reshape(4, 5) + 1
c = np.ones(3, dtype=np.float32)
print(normalise(a))
print(normalise(b))
print(normalise(c))
print(describe("a", a), describe("b", b), describe("c", c))
print(normalise(np.arange(1, 3)), normalise(np.arange(1, 5)))
print(normalise(np.array([[1, 2], [3, 4]], dtype=np.float32)))
