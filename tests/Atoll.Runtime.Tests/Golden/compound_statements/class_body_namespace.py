# The class body namespace becomes the class __dict__; names defined in the body are not visible to methods.
class Namespace:
    a = 1
    b = a + 1
    def m(self):
        try:
            return a
        except NameError as e:
            return f"{type(e).__name__}: {e}"
    names = sorted(k for k in locals() if not k.startswith("__"))
    del a
print(Namespace.names, hasattr(Namespace, "a"), Namespace.b, Namespace().m())
print(sorted(k for k in Namespace.__dict__ if not k.startswith("__")))
print(Namespace.__dict__["__module__"], "__qualname__" in Namespace.__dict__, "__doc__" in Namespace.__dict__)
class Shadow:
    len = 5
    size = len
    items = [1, 2]
    count = __builtins__.len(items) if hasattr(__builtins__, "len") else 2
print(Shadow.size, Shadow.count)
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
