# Functions see the globals of the module that defined them, not of the importer.
pkg_value = "main's own pkg_value"
import mod_pkg
from mod_pkg import pkg_func
print(pkg_value, mod_pkg.pkg_value)
mod_pkg.pkg_value = "patched from main"
import mod_pkg.sub
print(mod_pkg.sub.uses[2])
print(pkg_func.__globals__ is vars(mod_pkg), pkg_func.__module__)
import mod_counter
print(mod_counter.record.__module__, mod_counter.record("x"), mod_counter.record.__globals__["loads"])
