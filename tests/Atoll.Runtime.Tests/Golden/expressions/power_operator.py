# The power operator: associativity, binding with unary minus, negative exponents, 0**0, big results.
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print(0 ** 0, 0.0 ** 0, 0 ** 0.0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000, 2 ** 0, 2.0 ** 0)
print(2 ** 100, 3 ** 50, (-3) ** 3, 7 ** 2 ** 2)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5, 10 ** 2.0, (-8) ** 2.0)
print(1.5 ** 2, 2.5 ** -1, (-2.0) ** 3, 0.0 ** 5, 0.5 ** 1000)
print(type((-8) ** 0.5).__name__, (-1) ** 0.5 == 1j or abs((-1) ** 0.5 - 1j) < 1e-15)
print(2 ** -1074, 2 ** -1075 == 0.0)
print(pow(2, 3), pow(2, -3), pow(2, 3, 3), pow(-2, 3, 5), pow(2.0, -1))
print(1j ** 2, (1 + 1j) ** 2, 2 ** 1j == 2 ** 1j)
for expr in ("0 ** -1", "0.0 ** -1", "0 ** -1.5"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, type(e.args).__name__)
print(2 ** 1000 % 1000, len(str(2 ** 10000)))
x = 3
x **= 2
print(x)
