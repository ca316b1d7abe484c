# expect-error: 2:19: unsupported: rebinding 'zeros', a name imported with `from ... import`
from numpy import zeros


def f(n):
    zeros = n + 1
    return zeros


print(f(2), zeros(2))
