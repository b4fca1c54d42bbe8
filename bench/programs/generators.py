"""Generator pipeline: a stream of pseudo-random records flows through chained
generator stages.

Exercises generator functions, yield from (including a sub-generator's return
value), generator expressions, send() on a coroutine-style accumulator, next()
with a default, zip, enumerate, sum, any, all and the iterator protocol on a
class with __iter__/__next__. Prints per-stage counts and checksums.
"""

import sys


class Lcg:
    """A tiny linear congruential generator, as an iterator of ints."""

    def __init__(self, seed, count):
        self.state = seed
        self.left = count

    def __iter__(self):
        return self

    def __next__(self):
        if self.left <= 0:
            raise StopIteration
        self.left -= 1
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state


def records(numbers):
    for i, n in enumerate(numbers):
        yield (i, n % 1000, (n >> 10) % 7)


def only_kinds(stream, kinds):
    for rec in stream:
        if rec[2] in kinds:
            yield rec


def scaled(stream, factor):
    for i, value, kind in stream:
        yield i, value * factor + kind


def windows(stream, size):
    window = []
    for item in stream:
        window.append(item[1])
        if len(window) == size:
            yield tuple(window)
            window = window[size // 2:]


def chunk_stats(stream):
    """Consumes the whole stream, then returns (count, total) to whoever delegated to it."""
    count = total = 0
    for w in stream:
        count += 1
        total += sum(w)
        yield max(w) - min(w)
    return count, total


def delegating(stream, results):
    stats = yield from chunk_stats(stream)
    results.append(stats)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def nested_lists(depth, width, start):
    if depth == 0:
        return start
    return [nested_lists(depth - 1, width, start * width + k) for k in range(width)]


def running_mean():
    """Coroutine: send numbers in, receive the mean so far back."""
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total // count


def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        item = next(it, None)
        if item is None:
            return
        yield item


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def pipeline(n):
    results = []
    stage = delegating(windows(scaled(only_kinds(records(Lcg(42, n)), {0, 2, 3, 5}), 3), 8), results)
    spread_total = 0
    spread_max = 0
    for spread in stage:
        spread_total += spread
        if spread > spread_max:
            spread_max = spread
    count, total = results[0]
    return count, total, spread_total, spread_max


def main(n, rounds):
    for r in range(rounds):
        count, total, spread_total, spread_max = pipeline(n + r)
    print(f"windows {count}, total {total}, spreads {spread_total}, max spread {spread_max}")

    flat_sum = 0
    flat_len = 0
    for k in range(rounds):
        tree = nested_lists(6, 5, k)
        flat_sum += sum(x % 97 for x in flatten(tree))
        flat_len += sum(1 for _ in flatten(tree))
    print(f"flatten: {flat_len} leaves, sum {flat_sum}")

    acc = running_mean()
    next(acc)
    last = None
    for value in (x % 1000 for x in Lcg(7, n)):
        last = acc.send(value)
    acc.close()
    print(f"running mean {last}")

    evens = sum(1 for f in take(300, fib_gen()) if f % 2 == 0)
    digits = sum(len(str(f)) for f in take(300, fib_gen()))
    print(f"fib: evens {evens}, digits {digits}")

    squares = (i * i for i in range(n))
    cubes = (i * i * i for i in range(n))
    paired = sum(a ^ b for a, b in zip(squares, cubes)) % 1000003
    print(f"zip checksum {paired}, any {any(x > n for x in range(n))}, all {all(x >= 0 for x in range(n))}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    main(n, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
