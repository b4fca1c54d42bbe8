# TypeError messages produced when calling functions with the wrong arguments.
def f(a, b, /, c, *, d):
    pass
def g(x, y=1):
    pass
class C:
    def method(self, a, b):
        pass
    @classmethod
    def cm(cls, a):
        pass
    @staticmethod
    def sm(a):
        pass
cases = {
    "missing one positional": lambda: g(),
    "missing several": lambda: f(),
    "missing keyword-only": lambda: f(1, 2, 3),
    "too many positional": lambda: g(1, 2, 3),
    "too many with kwonly": lambda: f(1, 2, 3, 4, d=5),
    "unexpected keyword": lambda: g(1, z=2),
    "multiple values": lambda: g(1, x=2),
    "positional-only as keyword": lambda: f(1, b=2, c=3, d=4),
    "method missing": lambda: C().method(1),
    "method too many": lambda: C().method(1, 2, 3),
    "classmethod missing": lambda: C.cm(),
    "staticmethod too many": lambda: C.sm(1, 2),
    "unbound method": lambda: C.method(1, 2),
    "kwargs duplicate": lambda: g(1, **{"x": 1}),
    "non-string kwargs key": lambda: g(**{1: 2}),
    "keyword to lambda": lambda: (lambda: 0)(a=1),
}
for label, call in cases.items():
    try:
        call()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "->", e)
