# Module and class objects: attributes, __dict__, __name__, __doc__, __bases__, __mro__.
import sys
mod = sys.modules[__name__]
print(__name__, mod.__name__, type(mod).__name__, mod.__doc__)
print(sys.__name__, type(sys).__name__, "modules" in sys.__dict__)
value = 10
print(mod.value, mod.__dict__["value"], globals() is mod.__dict__)
mod.added = 5
print(added)
class A:
    """A's doc."""
    x = 1
class B(A):
    y = 2
print(B.__name__, B.__qualname__, B.__module__, B.__doc__, A.__doc__)
print(B.__bases__, A.__bases__, B.__base__, [c.__name__ for c in B.__mro__])
print(B.x, B.y, "x" in B.__dict__, "y" in B.__dict__, B.__dict__["y"])
print(object.__bases__, type.__bases__, type(B).__name__)
print(B.__subclasses__() == [], A.__subclasses__() == [B])
b = B()
b.x = 100
print(b.x, B.x, A.x, b.__dict__)
A.x = 50
print(B.x, B().x)
print(type(sys.modules).__name__, "builtins" in sys.modules, __builtins__ is not None)
