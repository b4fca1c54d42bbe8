# Starred and nested targets in assignment and for loops, including attribute and subscript targets.
class O:
    pass
o = O()
d = {}
o.first, *d["rest"], o.last = range(5)
print(o.first, d["rest"], o.last)
[a, [b, *c]], d["x"] = [1, [2, 3, 4]], "x"
print(a, b, c, d["x"])
for i, (j, *k) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, k)
x = [0, 0, 0, 0]
x[0], *x[1:3] = "abc"
print(x)
head, *_ = "hello"
print(head, _)
*_, tail = "hello"
print(tail, _)
((p, q), r) = ((1, 2), 3)
print(p, q, r)
(s) = 5
(t,) = [6]
[u] = (7,)
print(s, t, u)
