# The import statement binds names in the current scope; forms and aliasing.
import sys, builtins
import mod_simple
import mod_simple as again
print(sys.__name__, builtins.__name__, mod_simple.value, again is mod_simple)
import mod_simple.part
print(mod_simple.part.part_value)
import mod_simple.part as p
from mod_simple import value as v, _private
from mod_simple.part import (
    part_value,
)
print(p.part_value, v, _private, part_value)
def local():
    import mod_simple
    from mod_simple import value
    return sorted(locals())
print(local())
class K:
    from mod_simple import value
print(K.value)
from mod_simple import *
print("_private" in dir(), value)
try:
    exec("def f():\n    from mod_simple import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    from mod_simple import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
