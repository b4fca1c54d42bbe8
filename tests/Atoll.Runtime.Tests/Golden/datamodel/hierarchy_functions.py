# User-defined function objects and their special attributes.
def outer(a, b=2, *args, c, d=4, **kw):
    """Docstring of outer."""
    x = a
    def inner():
        return x
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__dict__, outer.__annotations__)
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner(), inner.__closure__[0].cell_contents, inner.__defaults__)
print(outer.__closure__, len(inner.__closure__), outer.__globals__ is globals())
outer.custom = "attr"
print(outer.custom, outer.__dict__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
outer.__defaults__ = (20,)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc())
lam = lambda x: x
print(lam.__name__, lam.__qualname__, type(lam).__name__, type(nodoc).__name__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_varnames[:6])
def annotated(x: int, y: "str" = "s") -> list:
    pass
print(annotated.__annotations__)
class K:
    def meth(self):
        pass
    class Nested:
        def deep(self):
            def local():
                pass
            return local
print(K.meth.__qualname__, K.Nested.deep.__qualname__, K.Nested().deep().__qualname__)
print(type(len).__name__, len.__name__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else "?")
print(type([].append).__name__, [].append.__name__, type([].append.__self__).__name__)
