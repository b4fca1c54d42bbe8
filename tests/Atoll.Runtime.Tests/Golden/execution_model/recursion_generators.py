# RecursionError through generators and nested comprehensions.
def gen(n):
    yield from gen(n + 1)
try:
    list(gen(0))
except RecursionError as e:
    print("yield from:", type(e).__name__)
def gen_next():
    g = gen_next()
    yield next(g)
try:
    next(gen_next())
except RecursionError as e:
    print("next():", type(e).__name__)
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield from tree(n - 1)
print(list(tree(50)))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
nested = 1
for _ in range(100):
    nested = [nested]
print(list(flatten(nested)))
def comp(n):
    return [comp(n + 1) for _ in range(1)]
try:
    comp(0)
except RecursionError as e:
    print("comprehension:", type(e).__name__)
print("done")
