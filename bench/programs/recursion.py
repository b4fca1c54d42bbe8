"""Deep and plentiful recursion.

Naive Fibonacci (many shallow calls), Ackermann (calls up to ~500 deep),
binary trees built and walked recursively (allocation plus recursion), a
linear recursion a few hundred frames deep run many times, mutual recursion,
Towers of Hanoi and a recursive memoised partition count with a dict. Stays
under CPython's default recursion limit of 1000. Prints each result.
"""

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check_tree(node):
    if node.left is None:
        return 1
    return 1 + check_tree(node.left) + check_tree(node.right)


def tuple_tree(depth, label):
    if depth == 0:
        return label
    return (tuple_tree(depth - 1, label * 2), tuple_tree(depth - 1, label * 2 + 1))


def tuple_sum(t):
    if isinstance(t, tuple):
        return tuple_sum(t[0]) + tuple_sum(t[1])
    return t


def list_sum(items, i=0):
    if i == len(items):
        return 0
    return items[i] + list_sum(items, i + 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves[source * 3 + target] += 1
    hanoi(n - 1, spare, target, source, moves)


def partitions(n, largest, memo):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key in memo:
        return memo[key]
    result = partitions(n - largest, largest, memo) + partitions(n, largest - 1, memo)
    memo[key] = result
    return result


def main(scale):
    print("fib(30) =", fib(30))
    ack = [ackermann(3, 6) for _ in range(scale)]
    print("ackermann(2, 300) =", ackermann(2, 300), " ackermann(3, 6) =", ack[-1], "x", len(ack))
    total = 0
    for d in range(4, 16):
        for _ in range(scale):
            total += check_tree(make_tree(d))
    print("tree nodes checked:", total)
    print("tuple tree sum:", tuple_sum(tuple_tree(15, 1)))
    items = list(range(600))
    s = 0
    for k in range(scale * 100):
        s += list_sum(items) + k
    print("list sums:", s)
    print("is_even(701) =", is_even(701), " is_odd(901) =", is_odd(901))
    moves = [0] * 9
    hanoi(17, 0, 2, 1, moves)
    print("hanoi moves:", sum(moves), moves)
    print("partitions(300) =", partitions(300, 300, {}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
