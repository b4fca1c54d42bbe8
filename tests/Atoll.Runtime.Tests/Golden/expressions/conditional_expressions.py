# Conditional expressions: laziness, nesting, precedence.
def v(x):
    print("evaluated", x)
    return x
print(v("yes") if v(True) else v("no"))
print(v("yes") if v(0) else v("no"))
print("a" if 1 else "b" if 0 else "c", "a" if 0 else "b" if 0 else "c", ("a" if 0 else "b") if 1 else "c")
x = 5
print("big" if x > 3 else "small", x if x % 2 else -x, [i if i % 2 else 0 for i in range(5)])
print(1 + (2 if False else 3), 1 + 2 if False else 3, ((lambda: "l") if True else None)())
y = 1 if x else 2, 3
print(y)
print(not 0 if 1 else 2, (not 0) if 1 else 2)
print(0 or 5 if 0 else 6, (0 or 5) if 1 else 6)
f = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([f(n) for n in (-1, 0, 1)])
