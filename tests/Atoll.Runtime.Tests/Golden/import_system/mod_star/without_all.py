import sys
visible = "visible"
_underscore = "skipped"
def visible_func():
    return "visible_func"
class VisibleClass:
    pass
