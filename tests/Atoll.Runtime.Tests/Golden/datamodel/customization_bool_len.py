# __bool__ and the __len__ fallback for truth testing.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
print(bool(B(True)), bool(B(False)))
if B(True):
    print("truthy")
print(not B(False))
print(B(False) or "fallback")
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
print(bool(L(0)), bool(L(3)))
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -5
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
print([x for x in [L(0), L(1), Both()] if x].__len__())
