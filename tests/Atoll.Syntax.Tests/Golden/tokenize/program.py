"""A small program."""
from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Point:
    x: float = 0.0
    y: float = 0.0

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self) -> str:
        return f"Point({self.x!r}, {self.y!r})"


def main(argv: list[str] | None = None) -> int:
    points = [Point(i, i ** 2) for i in range(10) if i % 2 == 0]
    total = sum(points, start=Point())
    print(f"{total=}", *points, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
