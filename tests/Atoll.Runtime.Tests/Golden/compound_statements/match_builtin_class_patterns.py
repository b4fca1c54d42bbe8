# Builtin classes with a single positional sub-pattern match the whole subject.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"non-empty list starting {first}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"a set of size {len(x)}"
        case _:
            return f"other {type(x).__name__}"
for v in (True, 0, -3, 7, 1.5, "", "hi", b"x", [9, 8], [], (1, 2), (1, 2, 3), {"k": 1}, {1, 2}, frozenset(), None):
    print(repr(v), "->", kind(v))
class MyInt(int):
    pass
match MyInt(5):
    case int(v):
        print("subclass of int matches int(v):", v, type(v).__name__)
match 5:
    case float():
        print("no")
    case int(real=r, imag=i):
        print("keyword attributes of int:", r, i)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
