import numpy as np

# Found by tools/difftest.py: between -0.0 and 0.0, max/min keep the element NumPy's
# iterator visits later, and a reversed transposed view is visited in its own order.
y = np.array([[[1.5, 10.0], [1.5, 3.75], [0.0, 10.0]], [[0.1, 0.5], [-0.0, -0.0], [0.001, 100000.0]]])
print(y.T[::-1].min())
print(y.min(), y[::-1].min(), y.T.min())
print(y.T[::-1].min(axis=0))
print(np.max(-y[:, ::-1], axis=(0, 1)))
