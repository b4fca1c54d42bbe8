"""doc"""
from __future__ import annotations
from __future__ import (division, print_function)
import __future__
def f() -> Undefined: pass
