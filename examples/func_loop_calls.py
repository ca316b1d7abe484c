import numpy as np

def step(state, rate):
    return state + rate * (1.0 - state)

def early(n):
    i = 0
    while True:
        if i * i > n:
            return i
        i += 1

s = np.zeros(4)
for k in range(50):
    s = step(s, 0.1)
print(s)
acc = 0
for n in range(20):
    acc += early(n)
print(acc)
print(step(0.5, 0.5), step(np.ones(2, dtype=np.float32) / 2, 0.25))

def no_return(x):
    print("got", x)

print(no_return(3))
