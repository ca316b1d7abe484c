import numpy as np

x = np.arange(6.0).reshape(2, 3)
print(x.sum(axis=None))
print(x.sum(axis=None, keepdims=True), x.sum(keepdims=True).shape)
print(np.mean(x, keepdims=True))
print(x.max(keepdims=True), np.amin(x, None, None, True))
print(x.argmax(keepdims=True).shape)
print(x.sum(axis=()))
print(x.max(axis=()))
print(np.var(x, axis=None, keepdims=True))
print(np.cumsum(x, axis=None))
