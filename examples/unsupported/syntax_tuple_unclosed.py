# expect-error: 4:5: '(' was never closed
import numpy as np

x = (1,
