# expect-error: 7:5: IndentationError: unindent does not match any outer indentation level
import numpy as np

x = np.arange(4)
for i in range(4):
        x[i] = i * i
    print(x)
