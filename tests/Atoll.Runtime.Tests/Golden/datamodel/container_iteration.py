# __iter__, __reversed__, __contains__ and the __getitem__ iteration fallback.
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("__iter__")
        return iter(self.items)
    def __reversed__(self):
        print("__reversed__")
        return iter(self.items[::-1])
    def __contains__(self, x):
        print("__contains__", x)
        return x in self.items
b = Box([1, 2, 3])
print(list(b), list(reversed(b)), 2 in b, 5 not in b)
class OnlyIter:
    def __iter__(self):
        return iter([10, 20])
print(20 in OnlyIter(), 30 in OnlyIter())
class OldStyle:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldStyle()))
print(4 in OldStyle())
it = iter(OldStyle())
print(type(it).__name__, next(it))
class StopsOnStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsOnStopIteration()))
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class ContainsTruthy:
    def __contains__(self, x):
        return "yes"
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
