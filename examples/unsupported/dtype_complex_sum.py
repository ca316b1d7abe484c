# expect-error: 5:7: unsupported: sum() of complex numbers
import numpy as np

z = np.array([1 + 2j, 3j])
print(z.sum())
