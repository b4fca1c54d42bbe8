# Comprehension scoping: iteration variables don't leak; the first iterable is evaluated in the enclosing scope.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
def first_iterable_eager():
    data = [1, 2, 3]
    gen = (item * 10 for item in data)
    data = [100]
    return list(gen)
print(first_iterable_eager())
def second_iterable_lazy():
    outer = [1, 2]
    inner = ["a"]
    gen = ((o, i) for o in outer for i in inner)
    inner = ["b", "c"]
    return list(gen)
print(second_iterable_lazy())
def closure_in_comprehension():
    funcs = [lambda: n for n in range(3)]
    return [f() for f in funcs]
print(closure_in_comprehension())
def sees_enclosing():
    factor = 3
    return [factor * v for v in range(3)]
print(sees_enclosing())
def error_in_first_iterable():
    try:
        gen = (v for v in undefined_name)
    except NameError as e:
        return f"raised at creation: {type(e).__name__}"
    return "created lazily"
print(error_in_first_iterable())
def error_in_condition():
    gen = (v for v in range(3) if missing_name)
    try:
        next(gen)
    except NameError as e:
        return f"raised on first next: {e}"
print(error_in_condition())
print([[y for y in range(x)] for x in range(4)])
y = 10
print([y for _ in range(2)], [(y := 5) for _ in range(1)], y)
