# bool is a subclass of int with two instances.
print(True, False, repr(True))
print(True + True, True * 10, False - 1, -True)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(True == 1, False == 0, True is bool(1), bool(0) is False)
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()), bool(None), bool(range(0)))
print(bool(1), bool(-1), bool(0.1), bool("a"), bool([0]), bool({0: 0}), bool((None,)), bool(range(1)))
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & False).__name__, type(True + False).__name__, type(True & 1).__name__)
print(str(True), f"{True}", f"{True:d}", f"{False:>6}")
print(hash(True), hash(False))
d = {1: "int one", True: "bool one"}
print(d)
print(True // 2, True / 2, 3 ** False)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(int.__bool__(5), int.__bool__(0))
