# expect-error: 6:14: unsupported: max() of a int and a float: the result's type would depend on the values
# max of an int and a float returns one of them unchanged, so its type depends on the values.
import numpy as np

x = 2.5
print(max(0, x))
