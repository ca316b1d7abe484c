# min() needs at least one argument.
import numpy as np

print(min())
