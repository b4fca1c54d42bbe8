# Sequence repetition by int subclasses and by counts too large to make, and OSError's errno subclasses.
class I(int):
    pass


print([1] * I(2), I(2) * [1], "ab" * I(3), (1,) * I(2), b"xy" * I(2))
x = [0]
x *= I(3)
print(x)
for make in (lambda: [1, 2] * (2 ** 62), lambda: "ab" * (2 ** 62), lambda: (1, 2) * (2 ** 62),
             lambda: [1, 2] * (2 ** 70), lambda: "ab" * I(2 ** 70), lambda: (1,) * -(2 ** 70), lambda: b"a" * (2 ** 70)):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print([1] * -3, "ab" * -1, (1,) * 0)

for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999):
    e = OSError(n, "message")
    print(n, type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
print(type(OSError("only one")).__name__, type(OSError(2, "x", "file")).__name__, str(OSError(2, "x", "file")))


class MyOSError(OSError):
    pass


print(type(MyOSError(2, "x")).__name__, type(FileExistsError(2, "x")).__name__)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e.filename, e)

# Sizes past an index-sized integer are OverflowError; sizes that fit but cannot be allocated are MemoryError.
for e in ["'ab' * 2**62", "'a' * 2**62", "'a' * 2**63", "bytes(2**63)", "bytes(10**30)", "bytes(10**12)",
          "bytearray(10**12)", "[1, 2] * 2**62", "(1,) * 2**62", "bytes(-1)", "len(bytes(3))"]:
    try:
        print(e, eval(e))
    except (OverflowError, MemoryError, ValueError) as x:
        print(e, type(x).__name__, x)
