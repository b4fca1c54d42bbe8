# ExceptionGroup and BaseExceptionGroup: construction, message, exceptions, split, subgroup, derive.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 1)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(TypeError)))
print(nested.subgroup(Exception) is nested)
seen = []
nested.subgroup(lambda e: seen.append(type(e).__name__) or False)
print("predicate sees groups and leaves:", seen)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("all exceptions", [ValueError()])
print(type(auto).__name__)
for args in (("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + " (derived)", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), len(str(ExceptionGroup("one", [ValueError()]))))
print(str(ExceptionGroup("n", [ValueError(), ValueError()])), str(ExceptionGroup("n", [ValueError()])))
