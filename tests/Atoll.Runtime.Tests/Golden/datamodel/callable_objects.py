# __call__: instances as functions, call arguments, lookup on the type.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, kw
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, scale=10, extra="e"), callable(add5))
print(list(map(Adder(1), [1, 2, 3])))
class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance attribute ignored"
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(nc), nc.__call__())
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class CallViaProperty:
    @property
    def __call__(self):
        return lambda: "from property"
print(CallViaProperty()())
class Factory:
    def __call__(self, cls):
        return cls()
class Meta(type):
    def __call__(cls, *args):
        return f"Meta intercepted construction of {cls.__name__}{args}"
class Made(metaclass=Meta):
    pass
print(Made(1, 2))
print(type(add5).__call__(add5, 10))
