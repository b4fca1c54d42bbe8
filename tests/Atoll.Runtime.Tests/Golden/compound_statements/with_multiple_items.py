# with statements with several items: entered left to right, exited right to left.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("p1") as x,
      CM("p2") as y,):
    print("parenthesized", x, y)
with (CM("no-as-1"), CM("no-as-2")):
    print("parenthesized without as")
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("suppressed by outer")
print("after")
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
with CM("t") if False else CM("t2") as target:
    pass
print(target)
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        pass
with Pair() as (first, [second, third]):
    print(first, second, third)
d = {}
with Pair() as d["key"]:
    pass
print(d)
