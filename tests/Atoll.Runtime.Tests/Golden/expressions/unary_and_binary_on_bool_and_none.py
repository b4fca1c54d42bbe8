# Arithmetic with bools (ints) and errors with None; results' types.
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, ~False)
print(type(True + True).__name__, type(True * 1.0).__name__, type(True & True).__name__, type(True | 0).__name__)
print(True == 1 == 1.0, False == 0 == 0.0 == -0.0, True is True, bool(1) is True)
print(sum([True, True, False]), max(True, 2), min(False, -1), abs(-True), round(True), divmod(True, 2))
print(["a", "b"][True], "xyz"[False], {True: "t"}[1], {0: "zero"}[False])
NONE = None
for expr in ("None + 1", "None < 1", "-None", "None ** None", "len(None)", "NONE[0]", "NONE()"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
