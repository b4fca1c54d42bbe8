# Shortest round-tripping repr of floats.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 100.0, 1e16, 1e15, 123456789.0, 1e22, 1e-5, 0.0001, 1e-4,
          2.5e-7, 1/3, 2/3, 10/3, -0.0, 0.0, 1e308, 5e-324, 1.7976931348623157e308, 3.141592653589793,
          12345678901234567890.0, 0.000123, 1e100, 9007199254740993.0, 2.0 ** 53, 1.1, 2.675]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("-1e500"))
print(float("  3.25  "), float("1_000.5"), float("-.5"), float("5."), float("Infinity"), float("-iNF"))
print(float(10), float(2 ** 80), float(True))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print(float.hex(1.0), float.fromhex("0x1.8p1"))
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
