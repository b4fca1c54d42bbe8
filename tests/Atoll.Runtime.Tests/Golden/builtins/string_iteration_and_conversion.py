# Conversions between the builtin types.
print(list("abc"), tuple("ab"), set("aa") == {"a"}, dict([("a", 1), ["b", 2]]), str(123), int("0012"))
print(list(map(int, "1 2 3".split())), float("1e3"), complex(1, 2), complex("3+4j"), bool("False"))
print(str(1.0), str(10 ** 21), str(1e21), str(0.1 + 0.2), repr(1e-10), str(-1e-10))
print(int(1e21), int(-1e-10), int("١٢٣"), float("١.٥"))
print(list(zip(*["ab", "cd"])), "".join(reversed("abc")), sorted(set("mississippi")))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("3.5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(int(" 0b11 ", 0) if False else int("11", 2), int("-0x10", 16), int("Z", 36), int("10", base=8))
