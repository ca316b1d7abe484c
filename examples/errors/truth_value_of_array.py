# `if` needs one truth value, not an array of them.
import numpy as np

x = np.arange(3)
if x > 1:
    print("bigger")
