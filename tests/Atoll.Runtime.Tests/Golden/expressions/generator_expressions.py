# Generator expressions: laziness, single use, parentheses rules.
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
g = (x * 10 for x in src())
print(type(g).__name__, log)
print(next(g), log)
print(list(g), list(g), log)
print(sum(x for x in range(5)), max(len(w) for w in ["a", "bbb", "cc"]))
print(sorted((c for c in "bca"), reverse=True))
print(list(x + y for x in "ab" for y in "12"))
g2 = (n for n in range(3))
print(g2.__name__, g2.__qualname__, iter(g2) is g2)
try:
    exec("f(x for x in y, 1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def consume(it, extra=None):
    return list(it), extra
print(consume((x for x in "ab"), extra=1), consume(x for x in "cd"))
print(any(x > 1 for x in [0, 1, 2]), all(x for x in []))
gen = (1 / x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(gen, "exhausted after exception"))
