# Bitwise &, |, ^ and ~ on ints (two's complement semantics for negatives) and bools.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 0 & 5, -1 & 255, -1 | 0, -1 ^ -1, -12 & 10, -12 | 10, -12 ^ 10)
print(-(2 ** 70) & (2 ** 70 + 5), -(2 ** 70) | 3, (2 ** 70 - 1) ^ -1)
print(True & True, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__, True & 3)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3 & 4, 1 | (2 ^ 3) & 4, 6 & 3 | 8, 6 & (3 | 8))
print(0b1100 & 0b1010 == 0b1000, bin(0b1100 | 0b0011), bin(~0b1010 & 0xF))
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3}, {"a": 1} | {"b": 2})
for expr in ("1.0 & 1", "1 | 1.5", "'a' ^ 'b'", "~1.5", "[1] & [1]"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
