# Build report lines by concatenating str() and repr() of scalars, tuples and arrays.
import numpy as np

sales = np.array([[120, 95, 143], [80, 110, 99]])
print("region" + " | " + "total" + " | " + "mean" + " | " + "best")
for r in range(2):
    row = sales[r]
    line = "r" + str(r) + " | " + str(row.sum()) + " | " + str(row.mean()) + " | " + str(row.max())
    print(line)
print("all: " + repr(sales.sum()) + ", shape " + str(sales.shape) + ", dtype " + str(sales.dtype))
print("matrix:\n" + str(sales))
print("repr:\n" + repr(sales.T))
ratio = sales[0] / sales[1]
print("ratio " + str(ratio) + " max " + repr(ratio.max()) + " " + str(ratio.max() > 1.0))
