# 100,000 iterations of Python scalar arithmetic and control flow (issue 2's benchmark).
import numpy as np

total = 0
acc = 0.0
k = 7
for i in range(100000):
    if i % 3 == 0:
        total = total + i * k
    elif i % 3 == 1:
        total = total - i // 2
    else:
        acc = acc + i / 7.0
print(total, acc)
