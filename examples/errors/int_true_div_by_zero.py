# Python int / 0 raises too.
import numpy as np

total = 12
count = 0
print("total:", total)
print(total / count)
