# __class__ assignment rules, type() namespaces, and calls routed through descriptors.
class A:
    pass
class B:
    pass
class Slotted:
    __slots__ = ("x",)
class Slotted2:
    __slots__ = ("x",)
class Slotted3:
    __slots__ = ("y",)
a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
s = Slotted()
s.__class__ = Slotted2
print(type(s).__name__)
for target, value in ((A(), Slotted), (Slotted(), Slotted3), (A(), int), (A(), 5), (1, bool)):
    try:
        target.__class__ = value
    except TypeError as e:
        print("TypeError", e)
try:
    del A().__class__
except TypeError as e:
    print("TypeError", e)
X = type("X", (), {"attr": 1})
print(X.__module__, X.__qualname__, repr(X), X.__doc__)
Y = type("Y", (X,), {"__qualname__": "Outer.Y", "__doc__": "doc"})
print(Y.__module__, Y.__qualname__, repr(Y), Y.__doc__, Y.attr)
class Prop:
    @property
    def __call__(self):
        return lambda *a: ("via property", a)
print(Prop()(1, 2))
class InitDesc:
    class D:
        def __get__(self, obj, owner):
            def init(*args):
                print("init through __get__", type(obj).__name__, args)
            return init
    __init__ = D()
InitDesc(1, 2)
class Meta(type):
    def __call__(cls, *args, **kw):
        return ("Meta.__call__", cls.__name__, args, kw)
class M(metaclass=Meta):
    pass
print(M(1, k=2))
class NewOnly:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
for cls in (A, NewOnly):
    try:
        object.__new__(cls, 1)
    except TypeError as e:
        print("TypeError", e)
try:
    A(1)
except TypeError as e:
    print("TypeError", e)
