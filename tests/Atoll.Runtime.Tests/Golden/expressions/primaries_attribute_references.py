# Attribute references: objects, classes, modules, chained attributes, errors.
import sys
class Node:
    kind = "node"
    def __init__(self, value, child=None):
        self.value = value
        self.child = child
n = Node(1, Node(2, Node(3)))
print(n.value, n.child.value, n.child.child.value, n.child.child.child, n.kind, Node.kind)
print(sys.maxsize > 0, (1).real, "abc".upper().lower(), [1, 2].__len__(), (1.5).is_integer())
print(n.__class__.__name__, n.__dict__.keys().__class__.__name__, type(n).__mro__[-1].__name__)
try:
    n.child.child.child.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Node.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sys.nope
except AttributeError as e:
    print(type(e).__name__, e)
e = None
try:
    n.chlid
except AttributeError as err:
    e = err
print(e.name, e.obj is n, str(e))
class Dyn:
    pass
Dyn.added = "via class"
d = Dyn()
print(d.added)
d.added = "shadowed on instance"
print(d.added, Dyn.added)
print(int.__add__(3, 4), str.join(",", ["a", "b"]), list.append)
