# Class definitions: body execution, bases, class attributes vs instance attributes, keywords.
print("before class")
class Animal:
    print("executing Animal body")
    kingdom = "animalia"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"
print("after class")
d = Dog("rex")
a = Animal("generic")
print(d.speak(), a.speak(), Animal.count, d.kingdom, Dog.__bases__[0].__name__, Dog.__mro__[-1].__name__)
d.kingdom = "instance override"
print(d.kingdom, Dog.kingdom)
class Empty:
    pass
class AlsoEmpty():
    pass
class WithObject(object):
    pass
print(Empty.__bases__, AlsoEmpty.__bases__, WithObject.__bases__)
class Multi(Dog, Empty):
    pass
print([c.__name__ for c in Multi.__mro__])
def make_class(n):
    class Local:
        value = n
    return Local
print(make_class(1).value, make_class(2).value, make_class(1) is make_class(1))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta keywords:", kw)
        return super().__new__(m, name, bases, ns)
class WithKw(metaclass=Meta, flag=1, other="x"):
    pass
bases = (Animal,)
class FromStar(*bases):
    pass
print(FromStar.__bases__)
