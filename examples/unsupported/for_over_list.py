# expect-error: 4:10: unsupported: lists outside np.array(...)
# Iterating over a Python list of numbers: lists are not values in arrc yet.
total = 0
for v in [1, 2, 3]:
    total += v
print(total)
