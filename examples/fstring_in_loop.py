# f-strings built in a loop, with run-time values, stored and printed later.
import numpy as np

x = np.arange(5) * 0.25
line = ""
for i in range(5):
    v = x[i] ** 2
    line = line + f"{i}:{v:.4f} "
print(line)
label = "row"
for i in range(3):
    print(f"{label}{i:02d} | {x[i]:>6.2f} | {x[i] * 100:>5.1f}% | {'*' if i % 2 == 0 else '-'}")
