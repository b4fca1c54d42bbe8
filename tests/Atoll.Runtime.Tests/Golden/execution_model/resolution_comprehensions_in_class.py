# Comprehensions in class bodies cannot see class-level names, except the first iterable.
class A:
    items = [1, 2, 3]
    factor = 10
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = f"{type(e).__name__}: {e}"
    pairs = [(i, j) for i in items for j in range(i)]
print(A.doubled)
print(A.scaled)
print(A.pairs)
factor = "global factor"
class B:
    factor = 3
    seen = [factor for _ in range(2)]
print(B.seen)
class C:
    vals = range(3)
    try:
        nested = [[v for v in vals] for _ in range(2)]
    except NameError as e:
        nested = f"{type(e).__name__}: {e}"
print(C.nested)
class D:
    n = 4
    gen_first_iter = list(x for x in range(n))
    try:
        gen_cond = list(x for x in range(3) if x < n)
    except NameError as e:
        gen_cond = f"{type(e).__name__}: {e}"
print(D.gen_first_iter, D.gen_cond)
def f():
    k = 2
    class E:
        k = 100
        res = [k for _ in range(1)]
    return E.res
print(f())
x = [y for y in range(3)]
print("y" in globals(), x)
def g():
    [z for z in range(3)]
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(g())
