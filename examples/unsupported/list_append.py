# expect-error: 5:5: unsupported: list.append() (a list's length is fixed at compile time in arrc)
# Growing a list: arrc's lists have a length known at compile time.
squares = [0]
for i in range(1, 4):
    squares.append(i * i)
print(squares)
