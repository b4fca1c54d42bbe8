# Nested function definitions, recursion, functions as values, and redefinition at runtime.
def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.__name__ = f"times_{n}"
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__name__, double.__qualname__)
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(20), factorial(1))
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3))
def choose():
    if True:
        def impl():
            return "first definition"
    else:
        def impl():
            return "second definition"
    return impl()
print(choose())
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
def apply(op, *args):
    return ops[op](*args)
print(apply("add", 1, 2), apply("sub", 5, 3))
def outer():
    def helper():
        return "helper sees " + later
    later = "a variable defined after helper"
    return helper()
print(outer())
def returns_none_without_return():
    x = 1
print(returns_none_without_return())
