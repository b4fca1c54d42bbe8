# Packages with __init__.py, importing submodules, and the binding of submodules on the parent.
import mod_pkg
print(mod_pkg.pkg_value, mod_pkg.pkg_func(), hasattr(mod_pkg, "sub"))
import mod_pkg.sub
print(hasattr(mod_pkg, "sub"), hasattr(mod_pkg, "sibling"), mod_pkg.sub.func(), mod_pkg.sub.uses)
import mod_pkg.sub as alias
print(alias is mod_pkg.sub, alias.__name__)
from mod_pkg import sub
print(sub is alias)
from mod_pkg.sub import func
print(func())
from mod_pkg import inner
print(inner.__name__, hasattr(inner, "deep"))
from mod_pkg.inner import deep
print(deep.who())
print(type(mod_pkg).__name__, type(mod_pkg.sub).__name__)
