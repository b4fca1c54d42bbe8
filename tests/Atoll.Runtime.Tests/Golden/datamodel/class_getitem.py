# __class_getitem__ and builtin generic aliases.
class MyList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(MyList[int], MyList["x"], MyList[1, 2])
class Implicit:
    def __class_getitem__(cls, item):
        return (cls.__name__, type(Implicit.__dict__["__class_getitem__"]).__name__)
print(Implicit[0])
try:
    MyList()[0]
except TypeError as e:
    print(type(e).__name__, e)
class WithBoth:
    def __getitem__(self, i):
        return ("instance", i)
    def __class_getitem__(cls, i):
        return ("class", i)
print(WithBoth[1], WithBoth()[1])
alias = list[int]
print(alias, alias.__origin__, alias.__args__, dict[str, list[int]], tuple[int, ...])
print(alias([1, 2]), type(alias([1])).__name__, isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, type(int | str).__name__, (int | str).__args__, int | None)
class Meta(type):
    def __getitem__(cls, item):
        return "metaclass __getitem__ wins"
class M(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(M[0])
