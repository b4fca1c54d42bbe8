# The builtin exception hierarchy.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in (BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError,
            IndexError, OSError, FileNotFoundError, ImportError, ModuleNotFoundError, NameError, UnboundLocalError,
            RuntimeError, RecursionError, NotImplementedError, SyntaxError, IndentationError, TabError,
            ValueError, UnicodeDecodeError, StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, AssertionError, AttributeError, TypeError, BaseExceptionGroup, ExceptionGroup,
            UserWarning, DeprecationWarning):
    print(chain(cls))
print(EnvironmentError is OSError, IOError is OSError)
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)
try:
    raise GeneratorExit
except Exception:
    print("not reached")
except BaseException as e:
    print("GeneratorExit is not an Exception:", type(e).__name__)
class MyError(ValueError):
    pass
try:
    raise MyError("custom")
except ValueError as e:
    print("custom subclass caught by base:", type(e).__name__, e)
