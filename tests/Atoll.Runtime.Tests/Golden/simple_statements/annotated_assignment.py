# Annotated assignment statements: __annotations__ in modules and classes; no effect in functions.
x: int = 5
y: "a string annotation"
z: list[int] = [1]
print(x, "y" in globals(), __annotations__)
class C:
    a: int
    b: str = "b"
    c: "forward" = None
    (d): int = 4
print(C.__annotations__, "a" in vars(C), C.b, C.d)
class Obj:
    pass
o = Obj()
o.attr: int = 3
lst = [0]
lst[0]: str = "complex target, not recorded"
print(o.attr, lst, sorted(__annotations__))
def f():
    local: int = 1
    unbound: str
    return local, "unbound" in locals()
print(f(), f.__annotations__)
def g(a: int, b: "B" = 2, *args: str, c: float, **kw: bool) -> None:
    pass
print(g.__annotations__)
evaluated = []
def note(v):
    evaluated.append(v)
    return v
value: note("module annotation is evaluated") = 1
def h():
    inner: note("function-local annotation is not evaluated") = 1
h()
print(evaluated)
class D(C):
    e: int = 5
print(D.__annotations__)
