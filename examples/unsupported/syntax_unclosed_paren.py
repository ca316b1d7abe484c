# expect-error: 5:9: SyntaxError: '(' was never closed
import numpy as np

x = np.arange(6)
shape = (2, 3
y = x.reshape(shape)
print(y)
