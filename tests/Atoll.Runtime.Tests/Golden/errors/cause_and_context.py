# When both a cause and a context exist, only the cause chain is shown, then its own context.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("middle")
except ValueError as middle:
    cause = TypeError("explicit cause")
    raise KeyError("final") from cause
