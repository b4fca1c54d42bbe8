# __qualname__ and __name__ of nested classes, methods and local classes.
class Outer:
    class Middle:
        class Inner:
            def method(self):
                pass
        def mid_method(self):
            class InMethod:
                def m(self):
                    pass
            return InMethod
    def f(self):
        def local_fn():
            pass
        return local_fn
def func():
    class InFunc:
        class Deeper:
            pass
    return InFunc
print(Outer.__qualname__, Outer.Middle.__qualname__, Outer.Middle.Inner.__qualname__, Outer.Middle.Inner.__name__)
print(Outer.Middle.Inner.method.__qualname__)
im = Outer.Middle().mid_method()
print(im.__qualname__, im.m.__qualname__)
print(Outer().f().__qualname__)
print(func().__qualname__, func().Deeper.__qualname__)
print(Outer.Middle.Inner.__module__, repr(Outer.Middle.Inner))
class Renamed:
    __qualname__ = "CustomQualname"
print(Renamed.__qualname__, Renamed.__name__, repr(Renamed))
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
