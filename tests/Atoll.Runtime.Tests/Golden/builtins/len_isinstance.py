# len() and isinstance()/issubclass() with tuples and subclasses.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(frozenset()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class NotInt:
    def __len__(self):
        return "3"
try:
    len(NotInt())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, int), isinstance(3, (str, int)), isinstance(3, float), isinstance("s", (list, (tuple, str))))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, A), issubclass(A, (int, B)))
print(issubclass(bool, (str, int)), issubclass(object, object))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, int | str), isinstance("a", int | None), isinstance(None, int | None))
