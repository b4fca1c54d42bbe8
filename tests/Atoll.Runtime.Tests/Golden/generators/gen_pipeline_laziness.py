# Generator pipelines pull values one at a time; evaluation interleaves across stages.
def numbers():
    for i in range(1, 6):
        print(f"  numbers yields {i}")
        yield i
def squares(src):
    for n in src:
        print(f"  squares got {n}")
        yield n * n
def evens(src):
    for n in src:
        if n % 2 == 0:
            print(f"  evens passes {n}")
            yield n
pipeline = evens(squares(numbers()))
print("pipeline built, nothing ran yet")
print("first:", next(pipeline))
print("rest:", list(pipeline))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
print(sum(take(100, naturals())), max(take(10, fib())))
