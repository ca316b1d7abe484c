# Concatenating a string and an int without str().
import numpy as np

n = len(np.arange(7))
label = "n = " + n
print(label)
