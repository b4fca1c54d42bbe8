# from __future__ import annotations: annotations are stored as strings and not evaluated.
from __future__ import annotations
from __future__ import generators, division
def f(x: UndefinedName, y: int = 1) -> list[Undefined]:
    return x
print(f.__annotations__)
class C:
    attr: SomethingMissing
    other: int = 3
print(C.__annotations__, C.other)
x: 1 + 2 = 5
print(__annotations__["x"], type(__annotations__["x"]).__name__)
try:
    exec("from __future__ import braces")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("from __future__ import no_such_feature")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("x = 1\nfrom __future__ import annotations")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
exec('"doc"\nfrom __future__ import annotations\nprint("after docstring is fine")')
print("old features are accepted")
