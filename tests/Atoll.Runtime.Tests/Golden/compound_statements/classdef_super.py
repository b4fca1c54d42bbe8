# super(): zero-argument form, explicit form, and cooperative multiple inheritance.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
class Child(Base):
    def __init__(self):
        print("Child.__init__ start")
        super().__init__()
        self.trail.append("Child")
    def hello(self):
        return "Child.hello + " + super().hello()
c = Child()
print(c.trail, c.hello(), super(Child, c).hello())
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go(), [k.__name__ for k in D.__mro__])
print(super(B, D()).go())
class Cooperative:
    def __init__(self, **kw):
        print("Cooperative.__init__ leftover", kw)
        super().__init__()
class Named(Cooperative):
    def __init__(self, name, **kw):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kw)
class Aged(Cooperative):
    def __init__(self, age, **kw):
        print("Aged.__init__", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="ann", age=30)
print(p.name, p.age, [k.__name__ for k in Person.__mro__])
class WithCls:
    @classmethod
    def create(cls):
        return f"create on {cls.__name__}"
class SubCls(WithCls):
    @classmethod
    def create(cls):
        return "Sub -> " + super().create()
print(SubCls.create())
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Prop(Base):
    @property
    def value(self):
        return "via property: " + super().hello()
print(Prop().value)
