# ',' and '_' cannot be combined.
import numpy as np

x = 1234.5
print(f"{x:,_}")
