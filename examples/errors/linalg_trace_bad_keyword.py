# .trace() has no keyword `k` (the diagonal is chosen with `offset`).
import numpy as np

m = np.eye(3)
print(m.trace(k=1))
