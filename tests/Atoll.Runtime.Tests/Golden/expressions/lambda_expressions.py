# Lambda expressions: parameters, defaults, closures, immediately invoked, attributes.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, k=2))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3), (lambda x: lambda y: x + y)(1)(2))
print(add.__name__, add.__qualname__, add.__defaults__, add.__code__.co_argcount, add.__doc__)
pairs = [(1, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda x: x * x, range(4))))
funcs = [lambda x, i=i: x * i for i in range(3)]
print([fn(10) for fn in funcs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda x: x + 1)(41))
print((lambda: (yield 1))().__class__.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
class C:
    m = lambda self: f"method from lambda on {type(self).__name__}"
print(C().m())
print((lambda x: x)(lambda: 1)(), (lambda: lambda: lambda: "deep")()()())
print(type(lambda: 0).__name__, (lambda a=[]: a)() is (lambda a=[]: a)())
