# expect-error: 3:14: unsupported: a list mixing int and float
# A list of ints and floats would need each element's own type.
values = [1, 2.5, 3]
print(values)
