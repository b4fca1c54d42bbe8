print("running mod_pkg/__init__.py, __name__ =", __name__)
pkg_value = "value from mod_pkg"
def pkg_func():
    return "mod_pkg.pkg_func"
