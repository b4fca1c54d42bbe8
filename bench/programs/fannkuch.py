"""Fannkuch-redux: flip prefixes of every permutation of 1..n.

Exercises list indexing, slicing, slice assignment with reversal, list.pop and
list.insert, and while loops. Prints the permutation checksum and the maximum
number of flips.
"""

import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            k = first
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign == 1 else -flips
        sign = -sign

        # next permutation in the counting order: rotate the first r+1 items
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1.pop(0)
            perm1.insert(r, head)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n, repeat):
    for _ in range(repeat):
        checksum, max_flips = fannkuch(n)
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    main(n, int(sys.argv[2]) if len(sys.argv) > 2 else 2)
