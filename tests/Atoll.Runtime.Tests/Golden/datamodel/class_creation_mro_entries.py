# __mro_entries__ lets non-class objects appear in a bases list; __orig_bases__ records the originals.
class Real:
    def hello(self):
        return "hello from Real"
class Proxy:
    def __mro_entries__(self, bases):
        print("__mro_entries__ called with", [type(b).__name__ for b in bases])
        return (Real,)
class C(Proxy()):
    pass
print(C.__bases__, C().hello(), type(C.__orig_bases__[0]).__name__)
class Two:
    def __mro_entries__(self, bases):
        return (Real, dict)
class D(Two()):
    pass
print([b.__name__ for b in D.__bases__])
class Nothing:
    def __mro_entries__(self, bases):
        return ()
class E(Nothing()):
    pass
print(E.__bases__, hasattr(E, "__orig_bases__"))
class Plain:
    pass
print(hasattr(Plain, "__orig_bases__"))
class NotAClass:
    pass
try:
    class F(NotAClass()):
        pass
except TypeError as e:
    print(type(e).__name__, str(e).split(" (")[0] if "object at" in str(e) else e)
try:
    type("G", (Proxy(),), {})
except TypeError as e:
    print(type(e).__name__, e)
