# An exception group wider than 15 members shows "and N more exceptions"; deeper than 10 levels is cut off.
def nest(depth):
    eg = ExceptionGroup("leaf", [ValueError(depth)])
    for i in range(depth):
        eg = ExceptionGroup(f"level {i}", [eg])
    return eg
wide = ExceptionGroup("wide", [KeyError(i) for i in range(18)] + [nest(11)])
raise wide
