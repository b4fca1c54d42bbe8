# Floor division and modulo sign rules: the result of % has the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f"{a:3} // {b:3} = {a // b:3}   {a:3} % {b:3} = {a % b:3}   divmod = {divmod(a, b)}   check {(a // b) * b + a % b == a}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1.0, -3), (-1e-20, 1.0), (5.0, 0.1)]
for a, b in fpairs:
    print(a, "//", b, "=", a // b, "  ", a, "%", b, "=", a % b, "  divmod", divmod(a, b))
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3, divmod(-big, 10 ** 15))
print(2 ** 100 // -(2 ** 50), -(2 ** 100) % 7, (2 ** 100 + 1) % -(2 ** 65))
print(7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5, 1 % float("inf"), -1 % float("inf"), 1 // float("inf"))
print(-5 % 3, 5 % -3, -5 // 3, 5 // -3, -1 // 2, 1 // -2, -2 // 2)
