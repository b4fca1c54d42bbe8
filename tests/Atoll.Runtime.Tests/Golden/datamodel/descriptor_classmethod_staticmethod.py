# classmethod and staticmethod: calls through class, instance and subclass.
class Base:
    count = 0
    @classmethod
    def make(cls, *args):
        return f"{cls.__name__}.make{args}"
    @staticmethod
    def helper(x, y=1):
        return x + y
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class Derived(Base):
    pass
print(Base.make(1), Base().make(2), Derived.make(), Derived().make(3))
print(Base.helper(1), Base().helper(1, 2), Derived.helper(5))
print(Base.increment(), Derived.increment(), Derived.increment(), Base.count, Derived.count)
print(type(Base.__dict__["make"]).__name__, type(Base.make).__name__, Base.make.__self__ is Base)
print(type(Base.__dict__["helper"]).__name__, type(Base.helper).__name__)
sm = staticmethod(lambda: "bare staticmethod call")
print(sm(), callable(sm))
cm = Base.__dict__["make"]
print(cm.__func__.__name__, cm.__wrapped__.__name__)
class Alt:
    def plain(x):
        return x
    s = staticmethod(plain)
    c = classmethod(plain)
print(Alt.s(1), Alt.c().__name__, Alt().c().__name__)
try:
    Alt().plain(1)
except TypeError as e:
    print(type(e).__name__, e)
