# Tuple and list ordering: the first unequal items decide (identity counts as equal), NaN, -0.0, bool/int, mixed
# types, nested containers; comparisons nested deeper than CPython's C recursion limit raise RecursionError.
nan = float("nan")
cases = [
    ((1, "a"), (1, "b")), ((1, 2.5), (1, 2)), ((True, 0), (1, 0)), ((0.0,), (-0.0,)), ((nan,), (nan,)),
    ((1, nan), (1, nan)), ((1, (2, "x")), (1, (2, "y"))), (((1,), 2), ((1,), 1)), ((), (0,)), ((1, 2), (1, 2, 0)),
    (("a", (1, (2, (3, "z")))), ("a", (1, (2, (3, "y"))))), ([1, [2, 3]], [1, [2, 4]]),
]
for a, b in cases:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
same_nan = (nan,)
print(same_nan == same_nan, [nan] == [nan], (nan, 1) < (nan, 2))
for a, b in [((1, "a"), (1, 2)), ((1, None), (1, None)), ([1, "a"], [1, 2])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([(1, (2, "b")), (1, (2, "a")), (0, (9,)), (1, (1, "z"))]))


def nested(depth, leaf, kind):
    x = leaf
    for _ in range(depth):
        x = kind((x,))
    return x


for kind in (tuple, list):
    for depth in (100, 5000, 20000):
        a, b = nested(depth, (), kind), nested(depth, (1,), kind)
        for expr in ("a < b", "a == b"):
            try:
                print(kind.__name__, depth, expr, eval(expr))
            except RecursionError as e:
                print(kind.__name__, depth, expr, "RecursionError:", e)
