# Forms of the import statement and what they bind.
import mod_pkg.sub
print("mod_pkg" in globals(), "sub" in globals())
import mod_pkg.inner.helper as h
print(h.HELP, "h" in globals())
from mod_pkg.inner import helper as helper_mod, deep as deep_mod
print(helper_mod is h, deep_mod.__name__)
from mod_pkg import (pkg_value,
                     pkg_func as pf)
print(pkg_value, pf())
import mod_counter, mod_attrs
print(mod_counter.__name__, mod_attrs.__name__)
def local_import():
    import mod_pkg.sibling
    from mod_pkg.sibling import sibling_name as sn
    return sorted(locals())
print(local_import())
top = __import__("mod_pkg.inner.helper")
print(top.__name__)
leaf = __import__("mod_pkg.inner.helper", fromlist=["HELP"])
print(leaf.__name__)
