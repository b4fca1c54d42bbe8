# yield and await in every kind of statement and expression position.
def run(g, sends=None):
    out = []
    sends = list(sends or [])
    try:
        v = next(g)
        while True:
            out.append(v)
            v = g.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        out.append(("ret", e.value))
    return out

def match_gen(subject):
    match (yield "subject"):
        case 1:
            yield "one"
        case [x, y] if (yield ("guard", x)):
            yield ("pair", x, y)
        case [x, *rest] if x > (yield "guard2"):
            z = yield ("seq", x, rest)
            return z
        case {"k": v}:
            for i in range(v):
                yield ("k", i)
        case str() as s:
            try:
                yield s.upper()
            finally:
                yield "str finally"
        case _:
            return "default"

print(run(match_gen(None), [1]))
print(run(match_gen(None), [[1, 2], True]))
print(run(match_gen(None), [[1, 2], False, 0, "z"]))
print(run(match_gen(None), [[5, 2, 3], 1, "sent"]))
print(run(match_gen(None), [{"k": 3}]))
print(run(match_gen(None), ["abc"]))
print(run(match_gen(None), [3.5]))

def targets():
    d = {}
    lst = [0, 0, 0]
    class O: pass
    o = O()
    d[(yield "key")] = (yield "value")
    lst[(yield "index")], o.attr = (yield "pair")
    a = b = c = yield "multi"
    o.x = d["first"] = yield "two targets"
    del d[(yield "del key")]
    return d, lst, o.attr, a, b, c, o.x

print(run(targets(), ["v1", "k1", (10, 20), 1, 7, 8, "k1"]))

def augmented():
    d = {"a": 1}
    d["a"] += yield d
    class O:
        n = 10
    o = O()
    o.n *= yield o
    x = 5
    x -= yield "x"
    lst = [1, 2]
    lst[(yield "idx")] += (yield "val")
    return d, o.n, x, lst

g = augmented()
dd = next(g)
dd["a"] = 100  # changed while suspended: the augmented assignment already read the old value
o = g.send(1)
o.n = 0
print(g.send(3), g.send(2), g.send(1))
try:
    g.send(5)
except StopIteration as e:
    print(e.value)

def chained():
    calls = []
    def v(x):
        calls.append(x)
        return x
    r1 = v(1) < (yield "mid") < v(10)
    r2 = v(5) < (yield "mid2") < (yield "never if false")
    return r1, r2, calls

print(run(chained(), [5, 1]))
print(run(chained(), [5, 7, 8]))

def asserts():
    assert (yield "test"), (yield "msg")
    return "passed"

print(run(asserts(), [True]))
try:
    print(run(asserts(), [False, "custom message"]))
except AssertionError as e:
    print("AssertionError", e)

def defs():
    def f(a=(yield "default"), *, b=(yield "kwdefault")) -> (yield "ann"):
        return a, b
    @(yield "decorator")
    def g():
        return "g"
    class C((yield "base")):
        pass
    return f(), f.__annotations__, g, C.__mro__[1].__name__

print(run(defs(), [1, 2, "R", lambda fn: fn.__name__, dict]))

lam = lambda: (yield "from lambda")
print(run(lam(), ["sent to lambda"]))

def expressions():
    x = [(yield 1), *(yield 2), (yield 3)]
    y = {(yield "k"): (yield "v"), **(yield "d")}
    z = f"{(yield 'f')!r:>5}|{(yield 'g')}"
    s = "abcdef"[(yield "lo"):(yield "hi")]
    w = (yield "a") or (yield "b")
    t = (yield "c") if (yield "cond") else (yield "d")
    call = dict((yield "args"), **(yield "kwargs"))
    return x, y, z, s, w, t, call

print(run(expressions(), [1, [2, 3], 4, "k", "v", {"e": 5}, "q", 7, 1, 4, 0, "b", True, "c", [("a", 1)], {"b": 2}]))

def with_items():
    class CM:
        def __init__(self, n):
            self.n = n
        def __enter__(self):
            print("  enter", self.n)
            return self.n
        def __exit__(self, *a):
            print("  exit", self.n)
    with CM((yield "first")) as a, CM((yield "second")) as b:
        yield a + b
print(run(with_items(), [1, 2]))

def while_test():
    n = 0
    while (yield n) != "stop":
        n += 1
    return n
print(run(while_test(), ["go", "go", "stop"]))

def nested_gen_in_comprehension():
    return [x for x in (yield "iterable")]
print(run(nested_gen_in_comprehension(), [[1, 2]]))

def yield_in_global():
    global GV
    GV = yield "g"
    return GV
print(run(yield_in_global(), ["global value"]))
