# Class attributes are shared between instances; mutating vs rebinding.
class Bag:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(Bag.items, a.items is b.items, a.count, b.count, Bag.count, "count" in vars(a))
class Fixed:
    def __init__(self):
        self.items = []
c, d = Fixed(), Fixed()
c.items.append(1)
print(c.items, d.items)
Bag.count = 100
e = Bag()
print(e.count, a.count)
del a.count
print(a.count)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.instances, Sub.instances, "instances" in vars(Sub))
