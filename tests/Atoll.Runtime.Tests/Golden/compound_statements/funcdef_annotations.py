# Function annotations are evaluated at definition time and stored in __annotations__.
def note(x):
    print("evaluating annotation", x)
    return x
def f(a: note("a"), b: note("b") = 1, *args: note("args"), c: note("c"), **kw: note("kw")) -> note("return"):
    pass
print(f.__annotations__)
def g(x: int, y: list[str] | None = None) -> dict[str, int]:
    return {}
print(g.__annotations__)
def h():
    pass
print(h.__annotations__)
h.__annotations__["added"] = int
print(h.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
def strings(x: "forward ref") -> "ret":
    pass
print(strings.__annotations__)
