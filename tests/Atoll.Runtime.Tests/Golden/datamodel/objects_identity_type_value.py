# Objects have identity, type and value; mutability and aliasing.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, type(a) is list, type(type(a)) is type)
b.append(3)
print(a, c)
t = (a, "x")
a.append(4)
print(t)
x = None
y = None
print(x is y, type(x) is type(None))
s1 = "hello"
s2 = s1
s1 += " world"
print(s1, s2, s1 is s2)
n = 5
m = n
n += 1
print(n, m)
print(type(3), type("s"), type(3.0), type([]), type(type), type(object))
class C:
    pass
obj = C()
print(type(obj) is C, obj.__class__ is C, C.__class__ is type, isinstance(obj, object))
obj2 = obj
print(obj is obj2, obj == obj2, obj != C(), obj == C())
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
class D:
    pass
obj.__class__ = D
print(type(obj).__name__)
e1 = []
e2 = []
print(e1 is not e2, () == (), id(e1) == id(e1), id(e1) != id(e2))
