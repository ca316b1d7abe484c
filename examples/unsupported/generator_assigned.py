# expect-error: 5:9: unsupported: generator expressions outside a call of sum(), min(), max(), list(), tuple(), sorted() or np.fromiter()
import numpy as np

x = np.arange(3)
sizes = (k * 2 for k in x)
print(sum(sizes))
