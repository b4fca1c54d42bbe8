# ImportError and ModuleNotFoundError messages, with a "Did you mean" for from-imports.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import pathh
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
from sys import getrecursionlimt
