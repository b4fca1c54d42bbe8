# del calls __delitem__ (with slices) and __delattr__; del of a target list deletes left to right.
class Tracker:
    def __delitem__(self, key):
        print("__delitem__", repr(key))
    def __delattr__(self, name):
        print("__delattr__", name)
t = Tracker()
del t[0]
del t[1:2]
del t[::3, "x"]
del t.attr
del t[0], t.other, t[-1]
class NoDel:
    def __getitem__(self, k):
        return k
try:
    del NoDel()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Prop:
    @property
    def p(self):
        return 1
try:
    del Prop().p
except AttributeError as e:
    print(type(e).__name__, e)
def order():
    a = [1, 2, 3]
    b = {"k": 1}
    del a[0], b["k"], a[0]
    return a, b
print(order())
