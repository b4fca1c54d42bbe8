# Arbitrary-precision integers: arithmetic, repr, comparisons with small ints.
a = 2 ** 100
print(a)
print(a + 1, a - 1)
print(a * a)
print(-a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(10 ** 30 // 10 ** 29)
b = 123456789012345678901234567890
print(b * 987654321098765432109876543210)
print(b == 123456789012345678901234567890, b > 2 ** 64, b < -1)
print(int("9" * 40) + 1)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1)
print(type(2 ** 200).__name__)
print((2 ** 70) >> 60, 1 << 70)
print(abs(-(10 ** 25)))
print(int(-3.99), int(3.99), int("  42  "), int("-0"), int("+17"))
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("1_000_000"), 1_000_000)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(int(True), int(False))
print(7 .__add__(3), (7).__neg__())
try:
    int("12a")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(2.5e308 * 10)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
