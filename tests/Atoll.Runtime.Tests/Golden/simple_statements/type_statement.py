# The type statement creates lazily evaluated TypeAliasType objects.
type Number = int | float
print(Number.__name__, Number.__value__, type(Number).__name__, Number.__type_params__)
type Later = UndefinedYet
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
UndefinedYet = "now defined"
print(Later.__value__)
type ListOf[T] = list[T]
print(ListOf.__name__, ListOf.__type_params__, ListOf.__value__, ListOf[int])
T_param = ListOf.__type_params__[0]
print(type(T_param).__name__, T_param.__name__)
type Pair[A, B] = tuple[A, B]
print(Pair.__type_params__, Pair[int, str])
def f():
    type Local = str
    return Local
print(f().__name__, f().__value__)
class C:
    type Inner = bytes
print(C.Inner.__name__, C.Inner.__value__, C.Inner.__qualname__ if hasattr(C.Inner, "__qualname__") else "no __qualname__")
print(repr(Number), str(ListOf))
try:
    Number.__value__ = str
except AttributeError as e:
    print(type(e).__name__, e)
type = "type is a soft keyword"
print(type)
