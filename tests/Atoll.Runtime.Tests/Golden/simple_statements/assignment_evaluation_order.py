# In assignment, the right-hand side is evaluated first, then targets left to right.
def p(label, value):
    print("eval", label)
    return value
class Rec:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
class RecDict(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
r = Rec()
dd = RecDict()
p("obj", r).a, p("dict", dd)[p("key", "k")] = p("rhs1", 1), p("rhs2", 2)
print("---")
p("target1", r).x = p("target2", dd)["y"] = p("value", "v")
print("---")
x = [0, 1, 2]
i = 0
i, x[i] = 1, "set"
print(i, x)
a = [1, 2, 3]
a[0], a[a[0]] = 2, "what"
print(a)
n = 3
n, m = n + 1, n * 10
print(n, m)
