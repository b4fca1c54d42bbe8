# Operator precedence from lambda (lowest) up to await/power and primaries.
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, 2 ** -1, 10 - 2 - 3, 2 ** 2 ** 3)
print(1 + 2 << 1, 1 + (2 << 1), 1 << 2 + 1, 6 & 3 + 1, 6 | 1 & 2, 6 ^ 3 | 8, 1 | 2 ^ 3 & 4)
print(5 & 1 == 1, (5 & 1) == 1, 3 < 4 == True, (3 < 4) == True)
print(not 1 == 2, not 1 + 1, -2 * -2, ~2 + 1, -1 ** 2, (-1) ** 2)
print(1 if 0 else 2 or 3, (1 if 0 else 2) or 3, 0 or 1 and 2, (0 or 1) and 2, not 0 and 0)
print(1 + 2 == 3 and 4 > 3 or 0, "a" + "b" * 2, ("a" + "b") * 2, -2 % 5, -(2 % 5), 2 * 3 // 4 % 5)
print(7 // 2 * 2, 7 // (2 * 2), 2 ** 3 % 3, 3 * 2 ** 2, [1, 2][1] ** 2, "abc"[1:] * 2)
f = lambda x: x + 1 if x else 0
print(f(1), f(0))
print(1 in [1] == True, (1 in [1]) == True)
TRUE = True
print(1 < 2 == TRUE, (1 < 2) == TRUE, (1 < 2) is TRUE)
x = 3
print(x := 4 if False else 5) if False else print((x := 4 if False else 5), x)
print(-x ** 2, (-x) ** 2, not x ** 0, 2 * -x, 2 - -x, +-x, 10 / 2 * 5, 10 / (2 * 5))
