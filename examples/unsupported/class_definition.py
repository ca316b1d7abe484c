# expect-error: 4:1: unsupported: class definitions
import numpy as np

class Layer:
    def __init__(self, n):
        self.w = np.ones(n)

layer = Layer(3)
print(layer.w)
