# Instance method objects: binding, __self__, __func__, comparisons.
class C:
    def f(self, x):
        return (self.name, x)
    def __init__(self, name):
        self.name = name
c = C("c1")
m = c.f
print(type(m).__name__, m.__self__ is c, m.__func__ is C.f, m.__name__, m.__qualname__, m(1))
print(C.f(c, 2), type(C.f).__name__)
print(c.f == c.f, c.f is c.f, C("c2").f == c.f)
bound_list = [c.f] * 2
print([b(3) for b in bound_list])
c.f = lambda x: ("instance attr", x)
print(c.f(4), C.f(c, 5))
del c.f
print(c.f(6))
def external(self):
    return "external " + self.name
C.ext = external
print(c.ext(), C.ext is external)
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
C.f.tag = "tagged"
print(c.f.tag)
try:
    C.f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.f()
except TypeError as e:
    print(type(e).__name__, e)
bm = (1).__add__
print(bm(2), type(bm).__name__, bm.__self__)
