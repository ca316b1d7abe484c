# expect-error: 3:9: unsupported: an empty list (its element type is not known)
# An empty list has no element type to hold.
items = []
print(len(items))
