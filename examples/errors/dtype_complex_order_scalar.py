# Python complex numbers have no order.
z = 1 + 2j
w = 3j
print(z < w)
