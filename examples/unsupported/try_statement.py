# expect-error: 6:1: unsupported: try statements
import numpy as np

a = np.ones((3, 4))
b = np.ones(2)
try:
    c = a + b
except ValueError:
    print("shapes do not match")
