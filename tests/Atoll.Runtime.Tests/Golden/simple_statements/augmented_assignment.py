# Augmented assignment: the target is evaluated once; in-place for mutable objects.
def p(label, value):
    print("eval", label)
    return value
lst = [1, 2, 3]
p("list", lst)[p("index", 1)] += p("rhs", 10)
print(lst)
class Attr:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
o = Attr()
o.v *= 5
print(object.__getattribute__(o, "v"))
x = [1]
y = x
x += [2]
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 2
print(s)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 2; n >>= 1; n |= 1; n &= 6; n ^= 3
print(n)
f = 1.5
f /= 2
print(f)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("new", 0)
d["new"] += 1
print(d)
st = {1}
st |= {2}
st -= {1}
print(st)
try:
    undefined_thing += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    tt = ([1],)
    tt[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tt)
