# expect-error: 4:5: SyntaxError: '(' was never closed
import numpy as np

x = (1,
