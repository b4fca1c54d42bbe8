# getattr/setattr/hasattr/delattr.
class C:
    cls_attr = "class"
    def method(self):
        return "m"
c = C()
setattr(c, "x", 10)
print(c.x, getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "dflt"), getattr(c, "method")())
print(hasattr(c, "x"), hasattr(c, "y"), hasattr(C, "method"), hasattr(c, "__class__"))
delattr(c, "x")
print(hasattr(c, "x"))
try:
    getattr(c, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "a", 1)
except AttributeError as e:
    print(type(e).__name__, e)
setattr(C, "added", lambda self: "added method")
print(c.added())
setattr(c, "not an identifier", 1)
print(getattr(c, "not an identifier"))
class Raises:
    @property
    def p(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raises(), "p")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(None, "missing", 0), getattr([], "append").__name__)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
