"""Mandelbrot set on a character grid, in plain floats (no complex numbers).

Exercises float multiply/add in a tight while loop, int counters, nested
range loops, list building and str.join. Prints a small ASCII rendering's
checksum, the total iteration count and the number of points inside.
"""

import sys

SHADES = " .:-=+*#%@"


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    zr2 = zi2 = 0.0
    n = 0
    while n < limit and zr2 + zi2 <= 4.0:
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        zr2 = zr * zr
        zi2 = zi * zi
        n += 1
    return n


def render(width, height, limit, x0, x1, y0, y1):
    rows = []
    total = 0
    inside = 0
    dx = (x1 - x0) / width
    dy = (y1 - y0) / height
    for row in range(height):
        ci = y0 + row * dy
        line = []
        for col in range(width):
            n = escape_time(x0 + col * dx, ci, limit)
            total += n
            if n == limit:
                inside += 1
                line.append("@")
            else:
                line.append(SHADES[n % (len(SHADES) - 1)])
        rows.append("".join(line))
    return rows, total, inside


def text_checksum(rows):
    h = 0
    for r, line in enumerate(rows):
        for ch in line:
            h = (h * 131 + ord(ch) + r) & 0xFFFFFFFF
    return h


def main(size, limit):
    rows, total, inside = render(size * 2, size, limit, -2.2, 1.0, -1.2, 1.2)
    print(f"grid {size * 2}x{size}, limit {limit}")
    print(f"iterations {total}, inside {inside}, checksum {text_checksum(rows):08x}")
    # a coarse preview, every (size // 12)th row and column, to make the output meaningful
    for line in rows[::max(1, size // 12)]:
        print(line[::max(1, size // 12)])


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    main(size, int(sys.argv[2]) if len(sys.argv) > 2 else 300)
