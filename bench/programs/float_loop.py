"""Float arithmetic loops.

Numerical kernels written as plain loops: Simpson's rule integration, Newton's
method for square and cube roots, series for pi and e, a Taylor-series sine,
the logistic map, Horner's rule polynomial evaluation, a tiny 1-D heat
diffusion stencil over a list, and int/float mixing (true division, floor
division, abs, min, max, round). Prints results to fixed precision.
"""

import sys


def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        total += (4.0 if i % 2 else 2.0) * f(x)
    return total * h / 3.0


def bump(x):
    return 4.0 / (1.0 + x * x)


def newton_sqrt(v):
    x = v if v > 1.0 else 1.0
    while True:
        nxt = 0.5 * (x + v / x)
        if abs(nxt - x) < 1e-15 * nxt:
            return nxt
        x = nxt


def newton_cbrt(v):
    x = v / 3.0 + 1.0
    for _ in range(60):
        x = x - (x * x * x - v) / (3.0 * x * x)
    return x


def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    d = 1.0
    for _ in range(terms):
        total += sign / d
        sign = -sign
        d += 2.0
    return 4.0 * total


def series_e(terms):
    total = 1.0
    term = 1.0
    for k in range(1, terms):
        term /= k
        total += term
    return total


def taylor_sin(x):
    # reduce to [-pi, pi] first
    two_pi = 6.283185307179586
    x -= two_pi * ((x + 3.141592653589793) // two_pi)
    term = x
    total = x
    x2 = x * x
    k = 1
    while abs(term) > 1e-17:
        term *= -x2 / ((2 * k) * (2 * k + 1))
        total += term
        k += 1
    return total


def logistic(r, x, steps):
    for _ in range(steps):
        x = r * x * (1.0 - x)
    return x


def horner(coeffs, x):
    result = 0.0
    for c in coeffs:
        result = result * x + c
    return result


def diffuse(cells, steps, alpha):
    n = len(cells)
    for _ in range(steps):
        new = [0.0] * n
        new[0] = cells[0]
        new[n - 1] = cells[n - 1]
        for i in range(1, n - 1):
            new[i] = cells[i] + alpha * (cells[i - 1] - 2.0 * cells[i] + cells[i + 1])
        cells = new
    return cells


def main(scale):
    print(f"simpson pi   {simpson(bump, 0.0, 1.0, 40000 * scale):.12f}")
    roots = 0.0
    for i in range(1, 2000 * scale):
        roots += newton_sqrt(float(i)) - newton_cbrt(i / 7.0)
    print(f"roots sum    {roots:.6f}")
    print(f"leibniz pi   {leibniz_pi(60000 * scale):.10f}")
    print(f"series e     {series_e(30):.15f}")
    s = 0.0
    for i in range(3000 * scale):
        s += taylor_sin(i * 0.01)
    print(f"sine sum     {s:.9f}")
    lg = [logistic(3.5 + (k % 125) / 250.0, 0.5, 200) for k in range(100 * scale)]
    print(f"logistic     {sum(lg):.9f} min {min(lg):.6f} max {max(lg):.6f}")
    coeffs = [((k * 37) % 11 - 5) / 3.0 for k in range(12)]
    h = 0.0
    for i in range(20000 * scale):
        h += horner(coeffs, (i % 200) / 100.0 - 1.0)
    print(f"horner       {h:.6f}")
    cells = [0.0] * 200
    cells[100] = 1000.0
    cells = diffuse(cells, 40 * scale, 0.25)
    print(f"diffusion    {sum(cells):.9f} peak {max(cells):.9f} at {cells.index(max(cells))}")
    print(f"mixed        {7 / 2} {7 // 2} {-7 // 2} {7.5 // 2} {-7.5 % 2} {round(2.675, 2)} {round(1e6 / 7)} {2 ** -3}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 28)
