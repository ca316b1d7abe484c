# expect-error: 7:5: SyntaxError: 'break' outside loop
# break outside any loop (Python rejects the file).
import numpy as np

x = np.arange(3)
if x.sum() > 2:
    break
print(x)
