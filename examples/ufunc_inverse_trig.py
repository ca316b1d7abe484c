# np.arcsin / np.arccos / np.arctan; outside [-1, 1] arcsin and arccos give nan.
import numpy as np

x = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
print(np.arcsin(x))
print(np.arccos(x))
print(np.arctan(x))
print(np.arcsin(np.array([1.5, -2.0])))
print(np.arccos(np.array([1.0000001])))
print(np.arctan(np.array([1, 10, 100])))
print(np.arcsin(np.sin(np.array([0.1, 0.2, 0.3]))))
