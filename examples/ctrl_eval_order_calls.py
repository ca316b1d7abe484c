# Values are computed in CPython's order: a store's value before its target's index,
# arguments in the order written, print's keywords after its arguments, and a parameter's
# default once, when the `def` runs.
import numpy as np


def say(what, v):
    print("eval", what)
    return v


x = np.zeros(4)
x[say("index", 1)] = say("value", 5.0)
y = np.zeros((2, 3))
y[say("row", 1), say("col", 2)] = say("value", 7.0)
y[say("row", 0), :] = say("fill", 1.5)
print(x)
print(y)


def diff(a, b):
    return a - b


print(diff(b=say("b", 1), a=say("a", 10)))
print(diff(say("first", 3), b=say("second", 1)))

np.random.seed(4)
print(np.random.normal(scale=np.random.rand(), loc=np.random.rand()))
print(np.random.rand())

base = 10


def shifted(v, by=base):
    return v + by


base = 20
print(shifted(1), base)

np.random.seed(5)


def jitter(v, noise=np.random.rand()):
    return v + noise


print(np.random.rand())
print(jitter(0.0), jitter(1.0))
print(say("arg", 1), say("arg", 2), sep=say("sep", ", "), end=say("end", "!\n"))
