# A name bound only inside a loop that runs zero times is unbound after it (NameError at run time).
import numpy as np

x = np.arange(6)
start = int(x[4])
print("scanning from", start)
for i in range(start, 2):
    last = x[i]
print(last)
