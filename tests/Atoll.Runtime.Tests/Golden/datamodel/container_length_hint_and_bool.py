# Containers: len() rules, truthiness from __len__, __length_hint__ is only a hint.
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
class IndexLen:
    class N:
        def __index__(self):
            return 4
    def __len__(self):
        return self.N()
print(len(IndexLen()))
class FloatLen:
    def __len__(self):
        return 3.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
print(bool(Empty()), list(Empty()), "empty" if not Empty() else "full")
class Hinted:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 100
print(list(Hinted()), len(list(Hinted())))
try:
    len(Hinted())
except TypeError as e:
    print(type(e).__name__, e)
