# expect-error: 4:1: unsupported: global statements
import numpy as np

global total
total = 0
for i in range(3):
    total = total + i
print(total)
