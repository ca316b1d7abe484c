# expect-error: 5:12: unsupported: lambda expressions here (a lambda may be np.fromfunction's function, or be assigned once to a name at top level)
import numpy as np

def relu_all(x):
    relu = lambda v: v * (v > 0)
    return relu(x)

print(relu_all(np.arange(-3, 3)))
