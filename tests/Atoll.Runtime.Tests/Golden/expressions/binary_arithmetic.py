# Binary arithmetic operators on ints and floats.
print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 // 3, 7 % 3, 7 @ 1 if False else "no @ for int")
print(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 17 // 5 * 5 + 17 % 5)
print(0.1 + 0.2, 1.1 * 3, 10 / 4, 10 // 4, 10 % 4, 10.0 // 4, 10.0 % 4, 1e16 + 1, 3.0 * 1e308)
print(1 / 3, 2 / 3, 5 / 2, -5 / 2, 1 / 7, 22 / 7, 1e-300 * 1e-300)
print(6 / 2, type(6 / 2).__name__, 2 ** 62 / 2, 2 ** 64 / 3, (2 ** 64 + 1) / 2)
print(3 * "ab", "ab" * 3, [0] * 4, 3 * (1,), "x" * 0, [1] * -2, True * "t")
print(1 + True, True + True, 3 - False, 2.5 * True)
for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 / 0.0", "5 % 0.0", "0 / 0", "divmod(0, 0)"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
for expr in ("1 + '1'", "'1' + 1", "[1] + (1,)", "{} + {}", "None * 2", "'a' * 'b'", "[1] * 2.0", "1 - 'x'"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
