import numpy as np

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def power(x, k):
    if k == 0:
        return 1.0
    half = power(x, k // 2)
    if k % 2 == 0:
        return half * half
    return half * half * x

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

print(fact(10), fact(20))
print(fib(20))
print(power(1.5, 10), power(2.0, 0))
print(gcd(1071, 462))
x = np.array([12, 18, 27])
total = 0
for i in range(3):
    total = total + gcd(int(x[i]), 36)
print(total, repr(total))
