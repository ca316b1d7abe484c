# Python int % 0 raises with its own message.
import numpy as np

n = 10
d = 4
print(n % d)
d = d - 4
print(n % d)
