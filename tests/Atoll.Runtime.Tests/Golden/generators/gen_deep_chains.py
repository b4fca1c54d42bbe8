# Deep yield from chains and recursion through generators: RecursionError, never a crash.
import sys

def chain(n):
    if n == 0:
        x = yield "bottom"
        return x
    r = yield from chain(n - 1)
    return r + 1

# 1000 nested generators exceed the default recursion limit, as in CPython
try:
    next(chain(1000))
except RecursionError as e:
    print("RecursionError at 1000 levels:", e)

g = chain(900)
print(next(g))
try:
    g.send(0)
except StopIteration as e:
    print("returned", e.value)

# with a higher limit, very deep chains work (no crash, no stack overflow)
sys.setrecursionlimit(25000)
g = chain(20000)
print(next(g))
try:
    g.send(0)
except StopIteration as e:
    print("returned", e.value)
sys.setrecursionlimit(1000)

g = chain(900)
next(g)
try:
    g.throw(KeyError("deep"))
except KeyError as e:
    print("propagated through 900 levels", repr(e))

g = chain(900)
next(g)
g.close()
print("closed deep chain", g.gi_frame)

def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(sum(1 for _ in tree(12)))

# Unbounded recursion through generators
def runaway(n):
    yield from runaway(n + 1)

try:
    next(runaway(0))
except RecursionError as e:
    print("RecursionError from yield from")

def runaway_next():
    yield next(runaway_next())
try:
    next(runaway_next())
except RecursionError:
    print("RecursionError from next()")

def runaway_list(n):
    return list(x for x in runaway_list(n + 1))
try:
    runaway_list(0)
except RecursionError:
    print("RecursionError from list(genexpr)")

async def runaway_coro():
    await runaway_coro()
try:
    runaway_coro().send(None)
except RecursionError:
    print("RecursionError from await")

# after a RecursionError everything still works
print(list(chain_value for chain_value in range(3)))
sys.setrecursionlimit(200)
try:
    next(runaway(0))
except RecursionError:
    print("RecursionError with a low limit")
sys.setrecursionlimit(1000)
print(next(chain(100)))
