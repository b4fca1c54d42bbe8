# The target of "except ... as name" is deleted at the end of the handler.
e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def in_function():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        return type(saved).__name__, type(err).__name__, str(err)
print(in_function())
def kept_via_other_name():
    try:
        raise KeyError("k")
    except KeyError as exc:
        other = exc
    return repr(other)
print(kept_via_other_name())
try:
    raise ValueError
except ValueError:
    pass
print("no name bound without 'as'")
