print("running mod_pkg/sub.py, __name__ =", __name__)
from . import sibling
from .sibling import sibling_name
from . import pkg_value
def func():
    return "mod_pkg.sub.func"
uses = (sibling.sibling_name, sibling_name, pkg_value)
