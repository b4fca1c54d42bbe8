# Identity comparisons: is / is not.
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
print(type(1) is int, type(True) is bool, type(True) is not int, int is int)
def f():
    pass
print(f is f, f() is None, type(f()) is type(None))
class C:
    def m(self):
        pass
o = C()
print(o.m is o.m, o.m == o.m, C.m is C.m, C.__dict__["m"] is C.m)
x = object()
y = x
print(x is y, x is not object())
t = (a, c)
print(t[0] is a, t[1] is c, t[0] is t[1])
s = "some string"
print(s is s, s[:] is s, str(s) is s)
d = {}
print(d.setdefault("k", a) is a, d["k"] is a)
