# How except clauses match: subclasses, tuples, evaluation of the expression only when reached.
def classes():
    print("  evaluating the except expression")
    return (KeyError, IndexError)
for exc in (KeyError("k"), IndexError("i"), ValueError("v")):
    try:
        try:
            raise exc
        except TypeError:
            print("never")
        except classes() as e:
            print("matched", type(e).__name__)
    except ValueError:
        print("outer matched ValueError")
try:
    raise ValueError
except (ValueError, TypeError, ValueError) as e:
    print("duplicates in tuple are fine")
handlers = [TypeError, ZeroDivisionError]
try:
    1 / 0
except tuple(handlers) as e:
    print("tuple built at runtime:", type(e).__name__)
try:
    raise KeyError("x")
except (LookupError,) as e:
    print("base class in a 1-tuple:", type(e).__name__)
class Meta(type):
    def __instancecheck__(cls, obj):
        return True
    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__ consulted for", sub.__name__)
        return True
class CatchAll(Exception, metaclass=Meta):
    pass
try:
    raise OSError("os")
except CatchAll:
    print("not printed: except matching ignores __subclasscheck__")
except OSError:
    print("matched OSError (the real class hierarchy is used)")
try:
    try:
        raise ValueError("inner")
    except (1, ValueError):
        pass
except TypeError as e:
    print(type(e).__name__, e)
