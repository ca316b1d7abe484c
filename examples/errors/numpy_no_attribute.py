# A misspelt NumPy function: AttributeError, reported before anything runs.
import numpy as np

x = np.arrange(10)
print(x)
