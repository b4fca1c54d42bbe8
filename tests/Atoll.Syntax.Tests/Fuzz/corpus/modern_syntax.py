"""A small event-processing module written with the syntax of Python 3.10-3.13.

Written for Atoll's fuzz corpus: it uses match statements, PEP 695 type parameters,
except*, PEP 701 f-strings, walrus, positional-only and keyword-only parameters,
async comprehensions, decorators with arbitrary expressions and the numeric literal forms.
"""

from __future__ import annotations

import asyncio
import dataclasses as dc
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import Any, Protocol, overload

__all__ = ["Event", "Dispatcher", "parse_command", "summarize"]

type Handler[**P, R] = Callable[P, R]
type Pair[T] = tuple[T, T]
type Tree[T: (int, str)] = T | list[Tree[T]]

MAX_RETRIES: int = 0x_ff & 0o17 | 0b1010
TIMEOUT = 1_000.5e-3
SCALE = 3.14j + 2
MASK = ~0 << 4 >> 2
ÉCHELLE = 1e10
_sentinel = object()


class Comparable(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


@dc.dataclass(frozen=True, slots=True)
class Event[K: str, V = int]:
    kind: K
    payload: Mapping[str, V] = dc.field(default_factory=dict)
    priority: int = 0

    def describe(self, *, verbose: bool = False) -> str:
        if verbose:
            return f"{self.kind!r:>12} {self.priority:03d} {', '.join(f'{k}={v!s}' for k, v in self.payload.items())}"
        return f"{self.kind}/{self.priority}"

    def __lt__(self, other: Event[K, V], /) -> bool:
        return (self.priority, self.kind) < (other.priority, other.kind)


class Dispatcher[T]:
    """Routes events to handlers; handlers may be sync or async."""

    registry: dict[str, list[Handler[..., T]]]

    def __init__(self, name: str = "default", /, *handlers: Handler[..., T], strict=False, **options: Any) -> None:
        self.name = name
        self.registry = {}
        self.strict = strict
        self.options = {**options, "name": name}
        for h in handlers:
            self.register(getattr(h, "__event__", "any"))(h)

    def register[F: Callable[..., Any]](self, kind: str) -> Callable[[F], F]:
        def decorator(func: F) -> F:
            self.registry.setdefault(kind, []).append(func)
            return func
        return decorator

    @property
    def kinds(self) -> list[str]:
        return sorted(self.registry, key=lambda k: (len(k), k))

    @overload
    def dispatch(self, event: Event[str, int]) -> list[T]: ...
    @overload
    def dispatch(self, event: str, **payload: int) -> list[T]: ...

    def dispatch(self, event, **payload):
        if isinstance(event, str):
            event = Event(event, payload)
        results: list[T] = []
        for handler in (*self.registry.get(event.kind, ()), *self.registry.get("any", ())):
            try:
                if (result := handler(event)) is not None:
                    results.append(result)
            except (KeyError, ValueError) as exc:
                if self.strict:
                    raise RuntimeError(f"handler {handler.__name__!r} failed") from exc
            except Exception:
                raise
            else:
                continue
            finally:
                pass
        return results

    async def dispatch_all(self, events: AsyncIterator[Event[str, int]]) -> list[T]:
        collected = [r async for e in events for r in self.dispatch(e) if r is not _sentinel]
        async with asyncio.timeout(TIMEOUT) as cm, asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(self._one(e)) for e in collected if e]
        await asyncio.sleep(0)
        return [t.result() for t in tasks] if not cm.expired() else []

    async def _one(self, item):
        await asyncio.sleep(0)
        return item


def parse_command(command: str | list[str]) -> tuple[str, Any]:
    match command.split() if isinstance(command, str) else command:
        case []:
            return "noop", None
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "move", direction
        case ["drop", *objects] if objects:
            return "drop", tuple(objects)
        case ["set", str(key), value] if key.isidentifier():
            return "set", {key: value}
        case [("x" | "y") as axis, int() | float() as amount, *_]:
            return "axis", (axis, amount)
        case {"action": "open", "target": target, **rest}:
            return "open", (target, rest)
        case Event(kind="tick", priority=0 | 1 as p):
            return "tick", p
        case Event(kind=k, payload={"n": n}) if n > 0:
            return k, n
        case -1 | 0j | 1.5 | -2 + 3j | "text" "more" if False:
            return "literal", None
        case None | True | False:
            return "const", command
        case _:
            return "unknown", command


def summarize(events: Iterable[Event[str, int]], /, top: int = 3) -> str:
    counts: dict[str, int] = {}
    for e in events:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    width = max((len(k) for k, _ in ranked), default=0)
    lines = [f"{k:<{width}} | {'#' * n:{'>' if n > 3 else '<'}10} | {n / max(1, len(counts)):.2%}" for k, n in ranked]
    header = f"{'kind':^{width}} | {'bar':^10} | share"
    nested = f"{f'{f"{len(lines)}"}'}"
    return "\n".join([header, "-" * len(header), *lines, f"{nested=}", rf"\done {{{top}}}"])


def retry(times: int = MAX_RETRIES, *, exceptions=(OSError,)):
    def wrap(func):
        def inner(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except* OSError as group:
                    last = group
                except* (TypeError, ValueError):
                    break
            raise RuntimeError(attempt) from last
        return inner
    return wrap


@retry(times=2)
@(lambda f: f)
@Dispatcher("decorated").register("boot")
def boot(event=None, /, *, _cache={}):
    global MAX_RETRIES
    counter = 0

    def bump(step=1):
        nonlocal counter
        counter += step
        return counter

    x, *rest = y = [1, 2, 3]
    a = b = c = bump() or bump(2)
    first, (second, third) = rest[0], (rest[1:], None)
    matrix = [[i * j for j in range(4) if j % 2 or j == 0] for i in range(3)]
    pairs = {i: j for i, j in zip(range(3), "abc", strict=True)}
    unique = {*matrix[0], *(n ** 2 for n in range(-3, 3))}
    view = matrix[1][::2], y[-1:], y[:], y[1:2:], matrix[0][:, ...] if False else None
    condition = 0 < a <= 10 != b is not None and not c in y or x not in rest
    data = b"\x00\xff" + rb"\d+" + bytes([0o17, 0xAB])
    text = "tab\there" '\N{GREEK SMALL LETTER ALPHA}' "\u00e9\U0001F600" r'\raw'
    long_text = """multi
    line 'quoted' "text" \
    continued"""
    del _cache[...:], pairs[0]
    assert isinstance(data, bytes), f"bad {data!a}"
    with (open(__file__) as fh, open(__file__, "rb") as raw):
        size = len(fh.read()) + len(raw.read())
    lam = lambda *a, k=1, **kw: (a, k, kw)
    return (x, first, second, third, matrix, pairs, unique, view, condition, text, long_text, size, lam,
            MASK if MAX_RETRIES else -MASK, ~MASK, +SCALE)


if __name__ == "__main__":
    import sys
    print(summarize([Event("a"), Event("b", {"n": 1}), Event("a", priority=2)]), file=sys.stderr)
    print(*map(parse_command, ["go north", "drop sword shield", ["x", 1.5]]), sep="\n")
