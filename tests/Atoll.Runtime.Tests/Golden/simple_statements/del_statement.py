# del on names, items, slices, attributes and target lists.
a = 1
b = 2
del a
print("a" in globals(), b)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    cls_attr = 1
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
p, q, r = 1, [1, 2], {"k": 0}
del p, q[0], r["k"]
print(q, r, "p" in globals())
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
m, n = 1, 2
del [m, n]
print("m" in globals())
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
