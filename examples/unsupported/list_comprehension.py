# expect-error: 6:24: unsupported: a comprehension's `if` whose value is known only at run time (the list's length would be too)
# A filter on run-time values would give the list a length known only at run time.
import numpy as np

L = [3, 1, 4, 1, 5]
big = [x for x in L if x > 2]
print(big)
