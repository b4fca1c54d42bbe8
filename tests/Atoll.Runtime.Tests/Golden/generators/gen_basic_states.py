# Generator objects: lazy start, state between yields, gi_running/gi_frame, exhaustion.
def countdown(n):
    print("  start, n =", n)
    while n > 0:
        yield n
        n -= 1
    print("  finished")
g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
print(next(g))
print(g.gi_frame.f_locals["n"], g.gi_frame.f_lineno > 0)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration, value:", e.value)
print(g.gi_frame, next(g, "exhausted"), list(g))
def running_check():
    yield gen_ref.gi_running
gen_ref = running_check()
print(next(gen_ref), gen_ref.gi_running)
def locals_kept():
    total = 0
    for i in range(4):
        total += i
        yield total
print(list(locals_kept()))
g1 = countdown(2)
g2 = countdown(2)
print(next(g1), next(g1), next(g2))
class Tree:
    def __init__(self, *children, value):
        self.children = children
        self.value = value
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(Tree(value=2), Tree(Tree(value=4), value=3), value=1)
print(list(t))
