# __slots__ members read and written in hot loops (the inline-cached path) behave like the descriptor protocol:
# unset members, deletion, subclasses with and without a dict, __setattr__/__getattr__ hooks, class changes.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


def read_all(objs):
    out = []
    for o in objs:
        try:
            out.append(o.y)
        except AttributeError as e:
            out.append(str(e))
    return out


ps = [P(i) for i in range(3)]
ps[1].y = "set"
print([p.x for p in ps], read_all(ps))
del ps[1].y
print(read_all(ps))
try:
    del ps[1].y
except AttributeError as e:
    print("del twice:", e)
try:
    ps[0].z = 1
except AttributeError as e:
    print("no slot:", e)


class Q(P):
    def __init__(self, x):
        super().__init__(x)
        self.extra = x * 2


qs = [Q(i) for i in range(3)] + [P(9)]
for q in qs:
    q.y = q.x + 100
print([(q.x, q.y, getattr(q, "extra", None)) for q in qs])


class Logged(P):
    __slots__ = ()

    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "fallback " + name


objs = [Logged(1), Logged(2)]
for o in objs:
    o.y = o.x * 10
print([o.y for o in objs])
del objs[0].y
print(read_all(objs))

# The class changes between runs of the same code: a property replaces the slot member.
def get_x(objs):
    return [o.x for o in objs]


class R:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


rs = [R(1), R(2)]
print(get_x(rs))
saved = R.x
R.x = property(lambda self: "prop")
print(get_x(rs))
R.x = saved
print(get_x(rs))
print(type(saved).__name__, saved.__name__)
print(saved.__qualname__, saved.__objclass__.__name__, saved.__get__(rs[0]), saved.__get__(None, R) is saved)
saved.__set__(rs[1], "via __set__")
print(rs[1].x)
saved.__delete__(rs[1])
print(read_all([rs[1]]) if False else hasattr(rs[1], "x"))
for bad in (lambda: saved.__get__(5), lambda: saved.__set__("s", 1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
