x = 1if True else 2
y = [0x1for _ in range(1)]
print(x, y)
