# max() of one argument iterates over it; an int is not iterable.
import numpy as np

n = 3
print(max(n))
