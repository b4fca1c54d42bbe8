# Evaluation order: left to right, with the right-hand side of assignments before targets.
def p(x):
    print("eval", x)
    return x
print("-- call arguments")
p(print)(p("a1"), p("a2"), sep=p("|"))
print("-- binary operators")
r = p(1) + p(2) * p(3) - p(4) ** p(5)
print("-- comparison chains")
r = p(1) < p(2) <= p(3)
print("-- dict display")
r = {p("k1"): p("v1"), p("k2"): p("v2")}
print("-- subscript")
r = p([10, 20])[p(0)]
print("-- assignment: value before targets")
class Obj:
    def __repr__(self):
        return "Obj()"
o = Obj()
p(o).attr = p("value")
d = {}
p(d)[p("key")] = p("dval")
print("-- chained assignment targets left to right")
class Tracer:
    def __setitem__(self, k, v):
        print("setitem", k, v)
tr = Tracer()
tr[p("t1")] = tr[p("t2")] = p("shared")
print("-- augmented assignment")
lst = [1]
p(lst)[p(0)] += p(5)
print(lst)
print("-- conditional")
r = p("a") if p(True) else p("b")
print("-- lambda body at call time")
fn = lambda: p("in lambda")
print("lambda created")
fn()
print("-- unpacking")
x, y = p(1), p(2)
print("-- walrus")
r = (z := p("walrus")) + p("!")
print("-- method call: object, then attribute, then args")
class M:
    def __repr__(self):
        return "M()"
    def __getattr__(self, name):
        print("getattr", name)
        return lambda *a: a
p(M()).meth(p("arg"))
