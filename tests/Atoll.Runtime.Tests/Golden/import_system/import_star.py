# from module import * with and without __all__.
before = set(globals())
from mod_star.with_all import *
print(sorted(set(globals()) - before - {"before"}))
print(public_a, _private_but_listed)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
before2 = set(globals())
from mod_star.without_all import *
print(sorted(set(globals()) - before2 - {"before2"}))
print(visible, visible_func(), VisibleClass.__name__, sys.__name__)
try:
    from mod_star.bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from mod_star.all_not_strings import *
except TypeError as e:
    print(type(e).__name__, e)
print(exists)
