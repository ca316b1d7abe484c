import numpy as np

def add(a, b):
    return a + b

print(add(np.ones(3), np.ones(4)))
