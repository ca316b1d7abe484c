# Unpacking an enumerate pair into three names in a comprehension.
L = [1.5, 2.5]
print([k for k, x, y in enumerate(L)])
