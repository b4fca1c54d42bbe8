# RecursionError through special methods: __repr__, __eq__, __getattr__, __getattribute__, __len__.
class R:
    def __repr__(self):
        return "R(" + repr(self) + ")"
try:
    repr(R())
except RecursionError as e:
    print("__repr__:", type(e).__name__)
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("__eq__:", type(e).__name__)
class G:
    def __getattr__(self, name):
        return self.missing_too
try:
    G().anything
except RecursionError as e:
    print("__getattr__:", type(e).__name__)
class GA:
    def __getattribute__(self, name):
        return self.__dict__
try:
    GA().x
except RecursionError as e:
    print("__getattribute__:", type(e).__name__)
class L:
    def __len__(self):
        return len(self)
try:
    len(L())
except RecursionError as e:
    print("__len__:", type(e).__name__)
class Init:
    def __init__(self):
        self.child = Init()
try:
    Init()
except RecursionError as e:
    print("__init__:", type(e).__name__)
class Add:
    def __add__(self, other):
        return self + other
try:
    Add() + 1
except RecursionError as e:
    print("__add__:", type(e).__name__)
class Item:
    def __getitem__(self, i):
        return self[i]
try:
    Item()[0]
except RecursionError as e:
    print("__getitem__:", type(e).__name__)
print("still running")
