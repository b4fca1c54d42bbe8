print("running mod_pkg/inner/deep.py, __package__ =", __package__)
from .. import sibling
from ..sub import func as sub_func
from . import helper
from .helper import HELP
def who():
    return (__name__, sibling.__name__, sub_func(), helper.__name__, HELP)
