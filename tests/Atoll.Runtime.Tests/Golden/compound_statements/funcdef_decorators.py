# Decorators: application order, decorators with arguments, decorating with arbitrary expressions.
def trace(label):
    print("decorator factory called:", label)
    def decorate(fn):
        print("decorating", fn.__name__, "with", label)
        def wrapper(*args, **kwargs):
            print(f"[{label}] before")
            result = fn(*args, **kwargs)
            print(f"[{label}] after")
            return result
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate
@trace("outer")
@trace("inner")
def greet(name):
    print("hello", name)
    return len(name)
print(greet("world"))
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
names = []
@register(names)
def a(): pass
@register(names)
def b(): pass
print(names)
def replace_with_string(fn):
    return f"function {fn.__name__} replaced by a string"
@replace_with_string
def gone():
    pass
print(gone)
decorators = {"double": lambda fn: lambda x: fn(x) * 2}
@decorators["double"]
def inc(x):
    return x + 1
print(inc(5))
@(lambda fn: fn)
def identity():
    return "arbitrary expression decorator"
print(identity())
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return ("class-based decorator", self.fn(*a))
@Deco
def sq(x):
    return x * x
print(sq(4), type(sq).__name__)
