# Unary -, +, ~ and not on builtin types.
print(-5, +5, -(-5), ~5, ~-1, ~0, -0, +0.0, -0.0, -(0.0), ~True, -True, +True, not 0, not 5)
print(-(2 ** 100), ~(2 ** 100), -1.5, +1.5, -(1 + 2j), +(1j))
print(- - 1, - + - 1, ~~5, not not [], not not [0], -~5, ~-5)
print(type(+True).__name__, type(-False).__name__, type(~True).__name__)
print(-2 ** 2, (-2) ** 2, -2 * 3, ~1 + 1, not 1 == 2, not (1 == 2), (not 1) == 2)
print(-x if (x := 3) else 0)
for expr in ("-'a'", "~1.0", "+None", "-[]", "~'s'", "-{}"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
