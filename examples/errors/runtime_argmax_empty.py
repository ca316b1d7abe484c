# argmax of a slice that is empty at run time.
import numpy as np

x = np.arange(5.0)
for i in range(3, -1, -1):
    print(np.argmax(x[:i]))
