# for uses iter() once, then next() until StopIteration; exceptions inside next propagate.
class Tracing:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__")
        self.i = 0
        return self
    def __next__(self):
        print("__next__", self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
for v in Tracing(2):
    print("body", v)
class Failing:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("next failed")
try:
    for v in Failing():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    for v in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for k in s:
        s.add(99)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3, 4])
for a in it:
    b = next(it)
    print("pair", a, b)
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
for v in GetItemOnly():
    print("getitem iteration", v)
