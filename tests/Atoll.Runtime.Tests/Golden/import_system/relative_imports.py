# Relative imports: from . import x, from .. import y, from .mod import name, and their errors.
from mod_pkg.inner.deep import who
print(who())
import mod_pkg.sub as s
print(s.uses)
try:
    import mod_pkg.beyond
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .x import y", {"__name__": "top", "__package__": ""})
except ImportError as e:
    print(type(e).__name__, e)
