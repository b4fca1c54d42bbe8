# Integer methods and conversions.
n = 42
print(n.bit_length(), n.bit_count(), (-n).bit_count(), n.to_bytes(2, "big"), n.to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x01\x02", "little"))
print(n.as_integer_ratio(), n.conjugate(), n.is_integer(), (7).__index__(), int.__name__)
print(int(), int(3.9), int(-3.9), int("0x1f", 16), int("  -12  "), int(b"42"), int("٤٢"), int("1_2_3"))
print(int("z", 36), int("Z", 36), int("10", 0), int("0o10", 0), int("0b10", 0), int("0x10", 0))
for bad in ("1__0", "_1", "1_", "0x", "", " ", "1.0", "١.٠"):
    try:
        int(bad)
    except ValueError as e:
        print(repr(bad), "->", e)
try:
    int("010", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(str(10 ** 20), repr(-5), f"{12345678:,}", (12).__str__(), int.__add__(2, 3))
print(max(2 ** 63, 2 ** 63 - 1), min(-(2 ** 63), -(2 ** 63) + 1), sorted([2 ** 64, -1, 0, 2 ** 32]))
