"""Exceptions in loops.

A custom exception hierarchy with extra attributes and __str__, raised and
caught by base class in hot loops; try/except/else/finally bookkeeping;
raise ... from ... and __cause__/__context__; re-raising; except with a tuple
of types; built-in errors (ZeroDivisionError, KeyError, IndexError,
ValueError from int(), AttributeError, TypeError); a context manager class
whose __exit__ suppresses some exceptions; and exceptions used for control
flow out of deep recursion. Prints counters per exception type.
"""

import sys


class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"bad {self.field}: {self.value}"


class RangeError(ValidationError):
    def __init__(self, field, value, low, high):
        super().__init__(field, value)
        self.low = low
        self.high = high


class RetryableError(AppError):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt}")
        self.attempt = attempt


class Found(Exception):
    def __init__(self, path):
        super().__init__()
        self.path = path


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.suppressed = 0
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.suppressed += 1
            return True
        return False


def validate(record):
    name, age, score = record
    if not name:
        raise ValidationError("name", name)
    if not 0 <= age <= 120:
        raise RangeError("age", age, 0, 120)
    if score % 13 == 0:
        raise RetryableError(score)
    return age * 2 + score


def process(records, stats):
    total = 0
    for record in records:
        try:
            value = validate(record)
        except RangeError as e:
            stats["range"] = stats.get("range", 0) + 1
            total += e.high - e.value % 7
        except ValidationError as e:
            stats["validation"] = stats.get("validation", 0) + 1
            total += len(str(e))
        except AppError as e:
            stats["app"] = stats.get("app", 0) + 1
            total += e.attempt % 5
        else:
            stats["ok"] = stats.get("ok", 0) + 1
            total += value
        finally:
            stats["seen"] = stats.get("seen", 0) + 1
    return total


def builtin_errors(i, data, table):
    try:
        if i % 6 == 0:
            return 100 // (i % 4)
        if i % 6 == 1:
            return table[i]
        if i % 6 == 2:
            return data[i]
        if i % 6 == 3:
            return int("12x" if i % 4 else "12")
        if i % 6 == 4:
            return len(None) if i % 3 else 0
        return i.missing_attribute
    except (ZeroDivisionError, KeyError, IndexError) as e:
        return type(e).__name__
    except (ValueError, TypeError, AttributeError) as e:
        return type(e).__name__[0]


def wrapped(i):
    try:
        try:
            raise KeyError(i)
        except KeyError as e:
            raise AppError("lookup failed") from e
    except AppError as outer:
        cause = outer.__cause__
        return 1 if isinstance(cause, KeyError) and cause.args[0] == i else 0


def implicit_context(i):
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError(i)
    except ValueError as e:
        return 1 if isinstance(e.__context__, ZeroDivisionError) else 0


def reraise(i):
    try:
        if i % 3 == 0:
            raise RetryableError(i)
        return 0
    except RetryableError:
        if i % 2 == 0:
            raise
        return 1


def search(node, target, path):
    if node == target:
        raise Found(path)
    if len(path) >= 12:
        return
    search(node * 2, target, path + "L")
    search(node * 2 + 1, target, path + "R")


def main(n):
    seed = 7
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        name = "" if seed % 17 == 0 else "user"
        records.append((name, seed % 140, (seed >> 8) % 1000))
    stats = {}
    total = process(records, stats)
    print("process:", total, sorted(stats.items()))

    data = [1, 2, 3]
    table = {1: "one"}
    kinds = {}
    for i in range(n):
        r = builtin_errors(i, data, table)
        key = r if isinstance(r, str) else "value"
        kinds[key] = kinds.get(key, 0) + 1
    print("builtin:", sorted(kinds.items()))

    print("chained:", sum(wrapped(i) for i in range(n // 4)), sum(implicit_context(i) for i in range(n // 4)))

    reraised = handled = 0
    for i in range(n // 2):
        try:
            handled += reraise(i)
        except AppError as e:
            reraised += 1
            if e.args != (f"attempt {i}",):
                raise
    print("reraise:", reraised, handled)

    guard = Suppress(KeyError, ZeroDivisionError)
    escaped = 0
    for i in range(n // 2):
        try:
            with guard:
                if i % 3 == 0:
                    {}[i]
                elif i % 3 == 1:
                    i / 0
                else:
                    raise ValidationError("i", i)
        except ValidationError:
            escaped += 1
    print("context manager:", guard.entered, guard.suppressed, escaped)

    found = []
    for target in range(4000, 4000 + n // 800):
        try:
            search(1, target, "")
        except Found as f:
            found.append(f.path)
    print("found:", len(found), found[:2], found[-1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 280000)
