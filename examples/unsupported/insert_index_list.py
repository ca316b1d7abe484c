# expect-error: 5:20: unsupported: np.insert at an index that is a list of int (2,)
import numpy as np

a = np.arange(4)
print(np.insert(a, [1, 2], 9))
