# Arithmetic conversions: int -> float -> complex widening for binary operators.
values = [2, 2.0, 2j, True]
for a in values:
    row = []
    for b in values:
        r = a + b
        row.append(f"{type(r).__name__}:{r!r}")
    print(repr(a), row)
print(1 + 1.5, 2 * 0.5, 3 - 1j, 7 / 2, 6 / 3, type(6 / 3).__name__, 2 ** 0.5 == 2 ** 0.5)
print(True * 3.0, False + 0j, 10 // 3.0, 10 % 3.0, divmod(10, 3.0))
print(1 == 1.0 == (1 + 0j), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 1000 > 1e300, 2 ** 1100 > 1e308)
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 == float("inf"))
try:
    10 ** 400 + 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // (10 ** 399), (10 ** 400) / (10 ** 399))
