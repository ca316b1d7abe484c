# ',' grouping is only for decimal and float types.
import numpy as np

n = 255
print(f"{n:,x}")
