# round() takes `number` and `ndigits` only.
import numpy as np

print(round(2.5, digits=1))
