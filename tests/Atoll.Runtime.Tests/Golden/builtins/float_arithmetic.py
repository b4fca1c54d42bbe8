# Float arithmetic, mixed int/float, special values.
print(1 / 2, 7 / 7, 2 ** 0.5, 10 / 4, -7 / 2)
print(0.1 * 3, 0.1 + 0.7, 1 - 0.9)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2, -0.0 % 5)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1e308 * 10, -1e308 * 10)
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, inf + 1, -inf < 0, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], nan in [nan])
print(1.0 == 1, 0.1 + 0.2 == 0.3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(inf), hash(-inf))
print(3 * 1.5, 3 + 0.0, type(3 + 0.0).__name__)
print(-0.0, 0.0 == -0.0, abs(-0.0))
print(float(-0.0).__repr__(), round(-0.4))
for op in ("1/0", "1.0/0", "1.0//0.0", "1.0%0.0", "0.0**-1"):
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
print(2.0 ** 1000)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
print(type((-8) ** 0.5).__name__)
print(pow(-8.0, 2), (-2.0) ** 3)
