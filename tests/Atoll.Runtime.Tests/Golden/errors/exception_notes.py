# Notes added with add_note() are printed after the exception message.
def validate(n):
    if n < 0:
        e = ValueError(f"negative value: {n}")
        e.add_note("values must be non-negative")
        e.add_note("note two\nspans two lines")
        raise e
try:
    validate(-1)
except ValueError as e:
    e.add_note("added by the caller")
    raise
