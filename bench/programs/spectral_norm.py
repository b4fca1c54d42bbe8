"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by the power method.

Exercises plain function calls in inner loops, float division and
accumulation, list comprehensions and zip. Prints the norm to 9 places.
"""

import sys


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum(a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_at(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * u[j]
        result.append(total)
    return result


def times_ata(u):
    return times_at(times_a(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main(n):
    print(f"{spectral_norm(n):.9f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 350)
