# return: values, implicit None, tuples, returning from loops and try/finally, in generators.
def none_implicit():
    pass
def none_explicit():
    return
def tuple_ret():
    return 1, 2
def early(n):
    for i in range(10):
        if i == n:
            return f"returned at {i}"
    return "loop finished"
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return i, j
print(none_implicit(), none_explicit(), tuple_ret(), early(3), early(20), nested_loops())
def with_finally():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")
print(with_finally())
def return_value_evaluated_before_finally():
    x = ["before"]
    try:
        return x
    finally:
        x.append("mutated in finally")
print(return_value_evaluated_before_finally())
def gen():
    yield 1
    return "generator return value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", e.value)
def gen_return_none():
    yield 1
    return
print(list(gen_return_none()))
try:
    exec("return 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("class C:\n    return 1\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def return_in_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("__exit__ on return")
    with CM():
        return "from with"
print(return_in_with())
