# Function attributes set by def: __name__, __qualname__, __defaults__, __kwdefaults__, __code__, __doc__, __dict__.
def top(a, b=1, *args, c, d=2, **kw):
    "Top-level docstring."
    def nested(x):
        return x
    return nested
inner = top(0, c=0)
print(top.__name__, top.__qualname__, top.__defaults__, top.__kwdefaults__, top.__doc__, top.__module__)
print(inner.__name__, inner.__qualname__, inner.__defaults__, inner.__kwdefaults__, inner.__doc__)
print(top.__code__.co_name, top.__code__.co_argcount, top.__code__.co_kwonlyargcount, inner.__code__.co_argcount)
class K:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def static():
        pass
print(K.method.__qualname__, K.Inner.deep.__qualname__, K.static.__qualname__, K.method.__code__.co_name)
lam = lambda q, r=3: q
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__code__.co_argcount)
top.__doc__ = "changed"
top.custom = 1
print(top.__doc__, top.__dict__)
top.__qualname__ = "NewQual"
print(top.__qualname__, repr(top).startswith("<function NewQual at "))
try:
    top.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    top.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
top.__defaults__ = None
try:
    top(c=1)
except TypeError as e:
    print(type(e).__name__, e)
