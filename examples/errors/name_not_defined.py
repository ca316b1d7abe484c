# A misspelt variable name.
import numpy as np

total = np.arange(5).sum()
mean = totl / 5
print(mean)
