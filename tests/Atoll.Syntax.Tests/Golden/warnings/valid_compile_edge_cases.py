# Valid programs that compile-time checks must not reject (nothing is printed).
from __future__ import annotations
'''Not the docstring: the future import above came first.'''


class Base:
    def method(self):
        nonlocal __class__
        return __class__


def unpacked(*args: *Ts) -> tuple[*Ts]:
    return args


def outer():
    [last := x for x in range(3)]

    def inner():
        nonlocal last
        return last
    return inner


def loops(items):
    for item in items:
        try:
            pass
        except* ValueError:
            for other in items:
                break
            continue_ = 1
        finally:
            continue
    while True:
        try:
            break
        finally:
            pass


def sync_with_async_genexp(xs):
    return (await x async for x in xs)


async def nested_async(xs):
    return [[y async for y in x] for x in xs if await x]


def generator():
    return [x for x in (yield)]


class Private:
    __secret = 1

    def get(self):
        global __other
        return self.__secret


def matches(value):
    match value:
        case {"k": 1, **rest}:
            return rest
        case [first, *others] if first:
            return others
        case Point(x=0) | Point(y=0):
            return 0
        case str() | bytes() as text:
            return text
        case _:
            return None


def debug():
    return __debug__, f(__debug__)


print(Base, unpacked, outer, loops, sync_with_async_genexp, nested_async, generator, Private, matches, debug, sep="", end="")
