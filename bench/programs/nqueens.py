"""N-queens, two ways.

1. Brute force: generate every permutation of the columns with a recursive
   generator and keep those whose two diagonals are all distinct, checked with
   sets built from generator expressions.
2. Backtracking: a recursive generator that yields partial boards, with the
   attacked columns and diagonals kept in sets.

Exercises generators (yield, yield from), sets, tuples, generator expressions
and recursion. Prints solution counts and a checksum of the solutions found.
"""

import sys


def permutations(items):
    """Yields every ordering of the tuple items, as tuples, in lexicographic order of positions."""
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def queens_brute(n):
    cols = tuple(range(n))
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def queens_backtrack(n, row=0, placed=(), cols=None, diag1=None, diag2=None):
    if cols is None:
        cols, diag1, diag2 = set(), set(), set()
    if row == n:
        yield placed
        return
    for c in range(n):
        if c in cols or row + c in diag1 or row - c in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        yield from queens_backtrack(n, row + 1, placed + (c,), cols, diag1, diag2)
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


def checksum(solutions):
    total = 0
    for sol in solutions:
        v = 0
        for c in sol:
            v = v * 31 + c
        total = (total + v) % 1000000007
    return total


def main(brute_n, backtrack_n):
    brute = list(queens_brute(brute_n))
    print(f"brute force {brute_n}: {len(brute)} solutions, checksum {checksum(brute)}, first {brute[0]}")
    back = list(queens_backtrack(backtrack_n))
    print(f"backtracking {backtrack_n}: {len(back)} solutions, checksum {checksum(back)}, last {back[-1]}")
    small = [len(list(queens_backtrack(k))) for k in range(1, 9)]
    print("counts 1..8:", small)


if __name__ == "__main__":
    bn = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    main(bn, int(sys.argv[2]) if len(sys.argv) > 2 else 11)
