# object() and type(): one and three argument forms, type of types, object identity.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), o is o)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(5) is int, type(int) is type, type(type) is type, type(object) is type, type(None).__name__)
X = type("X", (), {"a": 1, "method": lambda self: "method of X"})
x = X()
print(X.__name__, X.a, x.method(), type(x) is X, X.__bases__, X.__module__)
Y = type("Y", (X,), {})
print(Y.__mro__[1] is X, Y().a)
try:
    type("Z", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(type, object), isinstance(object, type), isinstance(type, type))
print(object.__name__, object.__doc__ is not None)
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__repr__", "__str__", "__init__", "__new__")))
