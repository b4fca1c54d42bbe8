[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b if x != y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(x, y) for x, y in z]
[x for x in (lambda: y)()]
[[y for y in x] for x in z]
{x: [y for y in x] for x in z}
g = (a for b in c for d in e if f)
[x for x in range(3) if (y := x)]
