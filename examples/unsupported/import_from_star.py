# expect-error: 2:19: unsupported: `from numpy import *`
from numpy import *

print(zeros(3))
