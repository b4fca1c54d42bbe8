# How descriptors are invoked: instance, class, super() binding, and functions as descriptors.
class Desc:
    def __get__(self, obj, owner=None):
        return f"Desc.__get__(obj={type(obj).__name__ if obj is not None else None}, owner={owner.__name__ if owner else None})"
class A:
    d = Desc()
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f then " + super().f()
    def show(self):
        return super().d
b = B()
print(b.d)
print(B.d)
print(b.show())
print(b.f())
print(super(B, b).f(), super(B, B).d)
def plain(self, x):
    return ("plain", type(self).__name__, x)
bound = plain.__get__(b, B)
print(type(bound).__name__, bound(1))
print(plain.__get__(None, B) is plain)
print(A.__dict__["f"].__get__(b)(), A.__dict__["f"].__get__(None, A) is A.__dict__["f"])
class Meta(type):
    md = Desc()
class M(metaclass=Meta):
    pass
print(M.md)
try:
    M().md
except AttributeError as e:
    print(type(e).__name__, e)
print(type(b).__mro__[1].__dict__["d"].__get__(b, B))
