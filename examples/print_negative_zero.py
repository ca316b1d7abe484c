# -0.0 keeps its sign when printed, in arrays and as scalars.
import numpy as np

z = np.zeros(3)
print(-z)
print(np.array([0.0, -0.0, 1.5]))
print(np.array([-0.0, 2.0]))
print(repr(np.array([-0.0])))
print(-0.0, repr(-0.0), str(-0.0))
n = -z
print(n[0], repr(n[0]))
print(n.sum(), n.max(), n.min())
print(np.array([1.0, 2.0]) * -0.0)
print(np.array([-0.0, -1e-10]))
print(0.0 * -1, -0.0 + 0.0)
print(np.arange(3) * -0.0)
