# Type parameter lists on classes: __type_params__, generic subscription, bounds and constraints.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(5)
print(b.get(), Box.__type_params__, Box[int])
T = Box.__type_params__[0]
print(T.__name__, T.__bound__, T.__constraints__, repr(T))
class Mapping[K: str, V: (int, float)]:
    pass
K, V = Mapping.__type_params__
print(K.__name__, K.__bound__, V.__name__, V.__constraints__, V.__bound__)
print(Mapping[str, int])
print([base.__name__ if hasattr(base, "__name__") else repr(base) for base in Box.__orig_bases__] if hasattr(Box, "__orig_bases__") else "no __orig_bases__")
print([c.__name__ for c in Box.__mro__])
class Child[U](Box[U]):
    pass
print(Child.__type_params__, [c.__name__ for c in Child.__mro__])
class Lazy[T: UndefinedBound]:
    pass
LT = Lazy.__type_params__[0]
try:
    LT.__bound__
except NameError as e:
    print("bound is evaluated lazily:", type(e).__name__, e)
UndefinedBound = int
print(LT.__bound__)
class Plain:
    pass
print(Plain.__type_params__)
class Method:
    def m[X](self, x: X) -> X:
        return x
print(Method().m("generic method"), Method.m.__type_params__)
