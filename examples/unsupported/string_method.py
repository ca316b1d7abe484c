# expect-error: 5:7: unsupported: the string method str.center()
import numpy as np

name = "weights"
print(name.center(11), np.ones(2))
