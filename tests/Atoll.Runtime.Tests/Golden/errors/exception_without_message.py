# Exceptions with no arguments, one argument and KeyError's repr-style message.
def a():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError("the key")
        except KeyError:
            raise IndexError()
a()
