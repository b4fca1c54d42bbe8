"""Closures, lambdas and higher-order functions.

Counters and accumulators with nonlocal, function factories, hand-written
decorators (call counting, memoising), compose/partial/fold written with
closures, map/filter/sorted/min/max with key functions, lambdas with default
arguments, a dispatch table of functions, and a small stack-machine
interpreter whose instructions are closures. Prints checksums.
"""

import sys


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        return sum(items)
    return add, total


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper


def memoised(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def partial(fn, *bound):
    return lambda *rest: fn(*bound, *rest)


def fold(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc


@counted
def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@memoised
def lattice_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return lattice_paths(r - 1, c) + lattice_paths(r, c - 1)


def make_machine():
    stack = []
    ops = {
        "push": lambda arg: stack.append(arg),
        "add": lambda arg: stack.append(stack.pop() + stack.pop()),
        "mul": lambda arg: stack.append(stack.pop() * stack.pop()),
        "dup": lambda arg: stack.append(stack[-1]),
        "mod": lambda arg: stack.append(stack.pop() % arg),
        "swap": lambda arg: stack.extend([stack.pop(), stack.pop()]),
    }

    def run(program):
        for name, arg in program:
            ops[name](arg)
        return stack.pop()
    return run


def main(n):
    counter = make_counter(10, 3)
    for _ in range(n):
        counter()
    add, total = make_accumulator()
    for i in range(n):
        add(i % 17)
    print("counter", counter(), "accumulated", total())

    lengths = list(map(collatz_length, range(1, n // 4)))
    longest = max(range(len(lengths)), key=lambda i: (lengths[i], -i))
    print("collatz: calls", collatz_length.calls, "longest start", longest + 1, "steps", lengths[longest])

    print("lattice paths 16x16:", lattice_paths(16, 16), "cache", len(lattice_paths.cache))

    inc = lambda x: x + 1
    double = lambda x: x * 2
    square = lambda x: x * x
    pipeline = compose(inc, square, double, inc)
    pipeline_sum = sum(map(pipeline, range(n)))
    add3 = partial(lambda a, b, c: a * 100 + b * 10 + c, 1, 2)
    print("composed sum", pipeline_sum, "partial", add3(3))

    values = [(i * 7919) % 10007 for i in range(n)]
    evens = list(filter(lambda v: v % 2 == 0, values))
    ordered = sorted(values, key=lambda v: (v % 100, -v))
    by_digits = sorted(evens[:2000], key=str)
    print("filter", len(evens), "sorted head", ordered[:4], "by str", by_digits[:4])
    print("min/max by key", min(values, key=lambda v: abs(v - 5000)), max(values, key=lambda v: v % 1234))
    print("fold", fold(lambda acc, v: (acc * 31 + v) % 1000000007, values, 7))

    adders = [lambda x, k=k: x + k for k in range(10)]
    late = [lambda x: x + k for k in range(10)]
    print("defaults", [f(100) for f in adders][:4], "late binding", [f(100) for f in late][:4])

    run = make_machine()
    acc = 0
    for i in range(n // 10):
        acc += run([("push", i), ("dup", None), ("mul", None), ("push", 3), ("add", None),
                    ("push", 7), ("swap", None), ("mod", 1009)])
    print("machine", acc)

    table = {"sq": square, "dbl": double, "inc": inc, "neg": lambda x: -x}
    seq = ["sq", "dbl", "inc", "neg"]
    dispatch = sum(table[seq[i % 4]](i) for i in range(n))
    print("dispatch", dispatch)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 220000)
