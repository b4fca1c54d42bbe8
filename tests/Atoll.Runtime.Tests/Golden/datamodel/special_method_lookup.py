# Implicit special method lookup uses the type, bypassing the instance and __getattribute__.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class Meta(type):
    def __getattribute__(cls, name):
        print("Meta.__getattribute__", name)
        return super().__getattribute__(name)
class D(metaclass=Meta):
    def __getattribute__(self, name):
        print("D.__getattribute__", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 5
    def __hash__(self):
        return 10
d = D()
print(len(d), hash(d))
print(d.__len__())
class NoHash:
    pass
n = NoHash()
n.__hash__ = lambda: 1
print(hash(n) == hash(n), hash(n) != 1 or "same by chance")
print(type(1).__add__(1, 2), int.__repr__(5))
class ExplicitNeeded:
    pass
e = ExplicitNeeded()
e.__iter__ = lambda: iter([1, 2])
try:
    iter(e)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Cls:
    def __repr__(self):
        return "instance-level repr of Cls"
print(repr(Cls), repr(Cls()))
print(str(Cls).startswith("<class"))
