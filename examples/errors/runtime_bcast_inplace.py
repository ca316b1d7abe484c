# x[:i] += y where y is longer than the run-time slice: NumPy's output-operand error.
import numpy as np

y = np.zeros(3)
for i in range(3, 0, -1):
    y[:i] += np.ones(3)
    print(y)
