# Shift operators on ints: arithmetic right shift, big left shifts, errors.
print(1 << 0, 1 << 1, 1 << 10, 5 << 3, -5 << 3, 1 << 64, 1 << 200 >> 199)
print(1024 >> 3, 7 >> 1, -7 >> 1, -1 >> 10, -8 >> 2, 5 >> 100, -5 >> 100, 0 >> 5, 0 << 1000)
print(True << 3, 8 >> True, 1 << 2 + 1, (1 << 2) + 1, 2 ** 3 << 1, 1 << 2 * 3)
for expr in ("1 << -1", "1 >> -1"):
    try:
        eval(expr)
    except ValueError as e:
        print(expr, "->", type(e).__name__, e)
for expr in ("1.0 << 1", "1 << 1.0", "'a' >> 1"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
x = 3
x <<= 4
y = -100
y >>= 3
print(x, y)
