# A script long enough that codegen compiles arrc_main in pieces (codegen::split_main):
# arrays, scalars of each type, a generator and a compiled function cross the pieces;
# identical kernels on many lines share one function but warn at their own lines.
import numpy as np

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

rng = np.random.default_rng(7)
a = np.arange(6.0)
z = np.array([1.0, 0.0, 2.0, 0.0, 3.0, 4.0])
f = np.arange(6, dtype=np.float32)
m = np.arange(6)
s = 0
t = 0.5
g = np.float32(1.5)
k = np.int64(2**62)
flag = True
a = a * 0.5 + 0.0
q = a / z
s = (s * 3 + 0) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 0
flag = flag != (s % 2 == 0)
w = k + k
print(0, s, t, flag, q[0], f[0], m.sum())
for r in range(3):
    s = s + r * 0
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(0), g, rng.integers(0, 100))
a = a * 0.5 + 1.0
q = a / z
s = (s * 3 + 1) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 1
flag = flag != (s % 2 == 0)
a = a * 0.5 + 2.0
q = a / z
s = (s * 3 + 2) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 2
flag = flag != (s % 2 == 0)
a = a * 0.5 + 3.0
q = a / z
s = (s * 3 + 3) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 3
flag = flag != (s % 2 == 0)
a = a * 0.5 + 4.0
q = a / z
s = (s * 3 + 4) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 4
flag = flag != (s % 2 == 0)
a = a * 0.5 + 5.0
q = a / z
s = (s * 3 + 5) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 5
flag = flag != (s % 2 == 0)
a = a * 0.5 + 6.0
q = a / z
s = (s * 3 + 6) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 6
flag = flag != (s % 2 == 0)
a = a * 0.5 + 7.0
q = a / z
s = (s * 3 + 7) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 7
flag = flag != (s % 2 == 0)
a = a * 0.5 + 8.0
q = a / z
s = (s * 3 + 8) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 8
flag = flag != (s % 2 == 0)
a = a * 0.5 + 9.0
q = a / z
s = (s * 3 + 9) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 9
flag = flag != (s % 2 == 0)
a = a * 0.5 + 10.0
q = a / z
s = (s * 3 + 10) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 10
flag = flag != (s % 2 == 0)
w = k + k
print(10, s, t, flag, q[4], f[4], m.sum())
for r in range(3):
    s = s + r * 10
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(10), g, rng.integers(0, 100))
a = a * 0.5 + 11.0
q = a / z
s = (s * 3 + 11) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 11
flag = flag != (s % 2 == 0)
a = a * 0.5 + 12.0
q = a / z
s = (s * 3 + 12) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 12
flag = flag != (s % 2 == 0)
a = a * 0.5 + 13.0
q = a / z
s = (s * 3 + 13) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 13
flag = flag != (s % 2 == 0)
a = a * 0.5 + 14.0
q = a / z
s = (s * 3 + 14) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 14
flag = flag != (s % 2 == 0)
a = a * 0.5 + 15.0
q = a / z
s = (s * 3 + 15) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 15
flag = flag != (s % 2 == 0)
a = a * 0.5 + 16.0
q = a / z
s = (s * 3 + 16) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 16
flag = flag != (s % 2 == 0)
a = a * 0.5 + 17.0
q = a / z
s = (s * 3 + 17) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 17
flag = flag != (s % 2 == 0)
a = a * 0.5 + 18.0
q = a / z
s = (s * 3 + 18) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 18
flag = flag != (s % 2 == 0)
a = a * 0.5 + 19.0
q = a / z
s = (s * 3 + 19) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 19
flag = flag != (s % 2 == 0)
a = a * 0.5 + 20.0
q = a / z
s = (s * 3 + 20) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 20
flag = flag != (s % 2 == 0)
w = k + k
print(20, s, t, flag, q[2], f[2], m.sum())
for r in range(3):
    s = s + r * 20
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(5), g, rng.integers(0, 100))
a = a * 0.5 + 21.0
q = a / z
s = (s * 3 + 21) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 21
flag = flag != (s % 2 == 0)
a = a * 0.5 + 22.0
q = a / z
s = (s * 3 + 22) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 22
flag = flag != (s % 2 == 0)
a = a * 0.5 + 23.0
q = a / z
s = (s * 3 + 23) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 23
flag = flag != (s % 2 == 0)
a = a * 0.5 + 24.0
q = a / z
s = (s * 3 + 24) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 24
flag = flag != (s % 2 == 0)
a = a * 0.5 + 25.0
q = a / z
s = (s * 3 + 25) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 25
flag = flag != (s % 2 == 0)
a = a * 0.5 + 26.0
q = a / z
s = (s * 3 + 26) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 26
flag = flag != (s % 2 == 0)
a = a * 0.5 + 27.0
q = a / z
s = (s * 3 + 27) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 27
flag = flag != (s % 2 == 0)
a = a * 0.5 + 28.0
q = a / z
s = (s * 3 + 28) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 28
flag = flag != (s % 2 == 0)
a = a * 0.5 + 29.0
q = a / z
s = (s * 3 + 29) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 29
flag = flag != (s % 2 == 0)
a = a * 0.5 + 30.0
q = a / z
s = (s * 3 + 30) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 30
flag = flag != (s % 2 == 0)
w = k + k
print(30, s, t, flag, q[0], f[0], m.sum())
for r in range(3):
    s = s + r * 30
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(0), g, rng.integers(0, 100))
a = a * 0.5 + 31.0
q = a / z
s = (s * 3 + 31) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 31
flag = flag != (s % 2 == 0)
a = a * 0.5 + 32.0
q = a / z
s = (s * 3 + 32) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 32
flag = flag != (s % 2 == 0)
a = a * 0.5 + 33.0
q = a / z
s = (s * 3 + 33) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 33
flag = flag != (s % 2 == 0)
a = a * 0.5 + 34.0
q = a / z
s = (s * 3 + 34) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 34
flag = flag != (s % 2 == 0)
a = a * 0.5 + 35.0
q = a / z
s = (s * 3 + 35) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 35
flag = flag != (s % 2 == 0)
a = a * 0.5 + 36.0
q = a / z
s = (s * 3 + 36) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 36
flag = flag != (s % 2 == 0)
a = a * 0.5 + 37.0
q = a / z
s = (s * 3 + 37) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 37
flag = flag != (s % 2 == 0)
a = a * 0.5 + 38.0
q = a / z
s = (s * 3 + 38) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 38
flag = flag != (s % 2 == 0)
a = a * 0.5 + 39.0
q = a / z
s = (s * 3 + 39) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 39
flag = flag != (s % 2 == 0)
a = a * 0.5 + 40.0
q = a / z
s = (s * 3 + 40) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 40
flag = flag != (s % 2 == 0)
w = k + k
print(40, s, t, flag, q[4], f[4], m.sum())
for r in range(3):
    s = s + r * 40
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(10), g, rng.integers(0, 100))
a = a * 0.5 + 41.0
q = a / z
s = (s * 3 + 41) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 41
flag = flag != (s % 2 == 0)
a = a * 0.5 + 42.0
q = a / z
s = (s * 3 + 42) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 42
flag = flag != (s % 2 == 0)
a = a * 0.5 + 43.0
q = a / z
s = (s * 3 + 43) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 43
flag = flag != (s % 2 == 0)
a = a * 0.5 + 44.0
q = a / z
s = (s * 3 + 44) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 44
flag = flag != (s % 2 == 0)
a = a * 0.5 + 45.0
q = a / z
s = (s * 3 + 45) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 45
flag = flag != (s % 2 == 0)
a = a * 0.5 + 46.0
q = a / z
s = (s * 3 + 46) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 46
flag = flag != (s % 2 == 0)
a = a * 0.5 + 47.0
q = a / z
s = (s * 3 + 47) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 47
flag = flag != (s % 2 == 0)
a = a * 0.5 + 48.0
q = a / z
s = (s * 3 + 48) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 48
flag = flag != (s % 2 == 0)
a = a * 0.5 + 49.0
q = a / z
s = (s * 3 + 49) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 49
flag = flag != (s % 2 == 0)
a = a * 0.5 + 50.0
q = a / z
s = (s * 3 + 50) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 50
flag = flag != (s % 2 == 0)
w = k + k
print(50, s, t, flag, q[2], f[2], m.sum())
for r in range(3):
    s = s + r * 50
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(5), g, rng.integers(0, 100))
a = a * 0.5 + 51.0
q = a / z
s = (s * 3 + 51) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 51
flag = flag != (s % 2 == 0)
a = a * 0.5 + 52.0
q = a / z
s = (s * 3 + 52) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 52
flag = flag != (s % 2 == 0)
a = a * 0.5 + 53.0
q = a / z
s = (s * 3 + 53) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 53
flag = flag != (s % 2 == 0)
a = a * 0.5 + 54.0
q = a / z
s = (s * 3 + 54) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 54
flag = flag != (s % 2 == 0)
a = a * 0.5 + 55.0
q = a / z
s = (s * 3 + 55) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 55
flag = flag != (s % 2 == 0)
a = a * 0.5 + 56.0
q = a / z
s = (s * 3 + 56) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 56
flag = flag != (s % 2 == 0)
a = a * 0.5 + 57.0
q = a / z
s = (s * 3 + 57) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 57
flag = flag != (s % 2 == 0)
a = a * 0.5 + 58.0
q = a / z
s = (s * 3 + 58) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 58
flag = flag != (s % 2 == 0)
a = a * 0.5 + 59.0
q = a / z
s = (s * 3 + 59) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 59
flag = flag != (s % 2 == 0)
a = a * 0.5 + 60.0
q = a / z
s = (s * 3 + 60) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 60
flag = flag != (s % 2 == 0)
w = k + k
print(60, s, t, flag, q[0], f[0], m.sum())
for r in range(3):
    s = s + r * 60
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(0), g, rng.integers(0, 100))
a = a * 0.5 + 61.0
q = a / z
s = (s * 3 + 61) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 61
flag = flag != (s % 2 == 0)
a = a * 0.5 + 62.0
q = a / z
s = (s * 3 + 62) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 62
flag = flag != (s % 2 == 0)
a = a * 0.5 + 63.0
q = a / z
s = (s * 3 + 63) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 63
flag = flag != (s % 2 == 0)
a = a * 0.5 + 64.0
q = a / z
s = (s * 3 + 64) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 64
flag = flag != (s % 2 == 0)
a = a * 0.5 + 65.0
q = a / z
s = (s * 3 + 65) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 65
flag = flag != (s % 2 == 0)
a = a * 0.5 + 66.0
q = a / z
s = (s * 3 + 66) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 66
flag = flag != (s % 2 == 0)
a = a * 0.5 + 67.0
q = a / z
s = (s * 3 + 67) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 67
flag = flag != (s % 2 == 0)
a = a * 0.5 + 68.0
q = a / z
s = (s * 3 + 68) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 68
flag = flag != (s % 2 == 0)
a = a * 0.5 + 69.0
q = a / z
s = (s * 3 + 69) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 69
flag = flag != (s % 2 == 0)
a = a * 0.5 + 70.0
q = a / z
s = (s * 3 + 70) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 70
flag = flag != (s % 2 == 0)
w = k + k
print(70, s, t, flag, q[4], f[4], m.sum())
for r in range(3):
    s = s + r * 70
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(10), g, rng.integers(0, 100))
a = a * 0.5 + 71.0
q = a / z
s = (s * 3 + 71) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 71
flag = flag != (s % 2 == 0)
a = a * 0.5 + 72.0
q = a / z
s = (s * 3 + 72) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 72
flag = flag != (s % 2 == 0)
a = a * 0.5 + 73.0
q = a / z
s = (s * 3 + 73) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 73
flag = flag != (s % 2 == 0)
a = a * 0.5 + 74.0
q = a / z
s = (s * 3 + 74) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 74
flag = flag != (s % 2 == 0)
a = a * 0.5 + 75.0
q = a / z
s = (s * 3 + 75) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 75
flag = flag != (s % 2 == 0)
a = a * 0.5 + 76.0
q = a / z
s = (s * 3 + 76) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 76
flag = flag != (s % 2 == 0)
a = a * 0.5 + 77.0
q = a / z
s = (s * 3 + 77) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 77
flag = flag != (s % 2 == 0)
a = a * 0.5 + 78.0
q = a / z
s = (s * 3 + 78) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 78
flag = flag != (s % 2 == 0)
a = a * 0.5 + 79.0
q = a / z
s = (s * 3 + 79) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 79
flag = flag != (s % 2 == 0)
a = a * 0.5 + 80.0
q = a / z
s = (s * 3 + 80) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 80
flag = flag != (s % 2 == 0)
w = k + k
print(80, s, t, flag, q[2], f[2], m.sum())
for r in range(3):
    s = s + r * 80
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(5), g, rng.integers(0, 100))
a = a * 0.5 + 81.0
q = a / z
s = (s * 3 + 81) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 81
flag = flag != (s % 2 == 0)
a = a * 0.5 + 82.0
q = a / z
s = (s * 3 + 82) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 82
flag = flag != (s % 2 == 0)
a = a * 0.5 + 83.0
q = a / z
s = (s * 3 + 83) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 83
flag = flag != (s % 2 == 0)
a = a * 0.5 + 84.0
q = a / z
s = (s * 3 + 84) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 84
flag = flag != (s % 2 == 0)
a = a * 0.5 + 85.0
q = a / z
s = (s * 3 + 85) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 85
flag = flag != (s % 2 == 0)
a = a * 0.5 + 86.0
q = a / z
s = (s * 3 + 86) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 86
flag = flag != (s % 2 == 0)
a = a * 0.5 + 87.0
q = a / z
s = (s * 3 + 87) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 87
flag = flag != (s % 2 == 0)
a = a * 0.5 + 88.0
q = a / z
s = (s * 3 + 88) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 88
flag = flag != (s % 2 == 0)
a = a * 0.5 + 89.0
q = a / z
s = (s * 3 + 89) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 89
flag = flag != (s % 2 == 0)
a = a * 0.5 + 90.0
q = a / z
s = (s * 3 + 90) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 90
flag = flag != (s % 2 == 0)
w = k + k
print(90, s, t, flag, q[0], f[0], m.sum())
for r in range(3):
    s = s + r * 90
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(0), g, rng.integers(0, 100))
a = a * 0.5 + 91.0
q = a / z
s = (s * 3 + 91) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 91
flag = flag != (s % 2 == 0)
a = a * 0.5 + 92.0
q = a / z
s = (s * 3 + 92) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 92
flag = flag != (s % 2 == 0)
a = a * 0.5 + 93.0
q = a / z
s = (s * 3 + 93) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 93
flag = flag != (s % 2 == 0)
a = a * 0.5 + 94.0
q = a / z
s = (s * 3 + 94) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 94
flag = flag != (s % 2 == 0)
a = a * 0.5 + 95.0
q = a / z
s = (s * 3 + 95) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 95
flag = flag != (s % 2 == 0)
a = a * 0.5 + 96.0
q = a / z
s = (s * 3 + 96) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 96
flag = flag != (s % 2 == 0)
a = a * 0.5 + 97.0
q = a / z
s = (s * 3 + 97) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 97
flag = flag != (s % 2 == 0)
a = a * 0.5 + 98.0
q = a / z
s = (s * 3 + 98) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 98
flag = flag != (s % 2 == 0)
a = a * 0.5 + 99.0
q = a / z
s = (s * 3 + 99) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 99
flag = flag != (s % 2 == 0)
a = a * 0.5 + 100.0
q = a / z
s = (s * 3 + 100) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 100
flag = flag != (s % 2 == 0)
w = k + k
print(100, s, t, flag, q[4], f[4], m.sum())
for r in range(3):
    s = s + r * 100
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(10), g, rng.integers(0, 100))
a = a * 0.5 + 101.0
q = a / z
s = (s * 3 + 101) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 101
flag = flag != (s % 2 == 0)
a = a * 0.5 + 102.0
q = a / z
s = (s * 3 + 102) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 102
flag = flag != (s % 2 == 0)
a = a * 0.5 + 103.0
q = a / z
s = (s * 3 + 103) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 103
flag = flag != (s % 2 == 0)
a = a * 0.5 + 104.0
q = a / z
s = (s * 3 + 104) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 104
flag = flag != (s % 2 == 0)
a = a * 0.5 + 105.0
q = a / z
s = (s * 3 + 105) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 105
flag = flag != (s % 2 == 0)
a = a * 0.5 + 106.0
q = a / z
s = (s * 3 + 106) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 106
flag = flag != (s % 2 == 0)
a = a * 0.5 + 107.0
q = a / z
s = (s * 3 + 107) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 107
flag = flag != (s % 2 == 0)
a = a * 0.5 + 108.0
q = a / z
s = (s * 3 + 108) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 108
flag = flag != (s % 2 == 0)
a = a * 0.5 + 109.0
q = a / z
s = (s * 3 + 109) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 109
flag = flag != (s % 2 == 0)
a = a * 0.5 + 110.0
q = a / z
s = (s * 3 + 110) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 110
flag = flag != (s % 2 == 0)
w = k + k
print(110, s, t, flag, q[2], f[2], m.sum())
for r in range(3):
    s = s + r * 110
    t = t + rng.uniform()
if s % 3 == 0:
    g = g * np.float32(1.25)
else:
    g = g - np.float32(0.5)
print(fact(5), g, rng.integers(0, 100))
a = a * 0.5 + 111.0
q = a / z
s = (s * 3 + 111) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 111
flag = flag != (s % 2 == 0)
a = a * 0.5 + 112.0
q = a / z
s = (s * 3 + 112) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 112
flag = flag != (s % 2 == 0)
a = a * 0.5 + 113.0
q = a / z
s = (s * 3 + 113) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 113
flag = flag != (s % 2 == 0)
a = a * 0.5 + 114.0
q = a / z
s = (s * 3 + 114) % 1000003
t = t * 1.01 + a[0]
f = f + g
m = m * 3 % 101 + 114
flag = flag != (s % 2 == 0)
a = a * 0.5 + 115.0
q = a / z
s = (s * 3 + 115) % 1000003
t = t * 1.01 + a[1]
f = f + g
m = m * 3 % 101 + 115
flag = flag != (s % 2 == 0)
a = a * 0.5 + 116.0
q = a / z
s = (s * 3 + 116) % 1000003
t = t * 1.01 + a[2]
f = f + g
m = m * 3 % 101 + 116
flag = flag != (s % 2 == 0)
a = a * 0.5 + 117.0
q = a / z
s = (s * 3 + 117) % 1000003
t = t * 1.01 + a[3]
f = f + g
m = m * 3 % 101 + 117
flag = flag != (s % 2 == 0)
a = a * 0.5 + 118.0
q = a / z
s = (s * 3 + 118) % 1000003
t = t * 1.01 + a[4]
f = f + g
m = m * 3 % 101 + 118
flag = flag != (s % 2 == 0)
a = a * 0.5 + 119.0
q = a / z
s = (s * 3 + 119) % 1000003
t = t * 1.01 + a[5]
f = f + g
m = m * 3 % 101 + 119
flag = flag != (s % 2 == 0)
print(a)
print(f)
print(m)
print(s, t, g, flag)
