# Assignment expressions (walrus): value, binding, precedence, allowed contexts.
print((n := 10), n)
if (m := len("hello")) > 3:
    print("long", m)
data = iter([1, 2, 3, 0, 4])
while (item := next(data)) != 0:
    print("item", item)
print(item)
print([y := 5, y ** 2])
print(f"{(z := 7)} {z}")
def f(x):
    return (doubled := x * 2) + doubled
print(f(3))
print((a := 1, 2), a)
print((b := (1, 2)), b)
values = [1, 2, 3]
if any((hit := v) > 1 for v in values):
    print("first over 1:", hit)
print((c := 3) + (c := 4), c)
print(len(s := "abc"), s)
def g():
    if (local := 5):
        pass
    return "local" in locals()
print(g())
for bad in ("x := 1", "(a.b := 1)", "(a[0] := 1)", "def h(p := 1): pass", "((x, y) := (1, 2))"):
    try:
        compile(bad, "<s>", "exec")
        print(bad, "compiles")
    except SyntaxError as e:
        print(bad, "->", e.msg)
print(f"{(w := 1)}", w)
lst = [(q := i) for i in range(3)]
print(q)
