# TypeError messages for bad calls.
def f(a, b, c=3, *, d, e=5):
    pass
def g(x, /, y):
    pass
def h():
    pass
NUMBER = 5
class K:
    def m(self, a):
        pass
calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(d=1),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=0),
    lambda: f(1, 2, a=1, d=1),
    lambda: g(x=1, y=2),
    lambda: g(1),
    lambda: h(1),
    lambda: h(k=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, *, b: 0)(1),
    lambda: f(1, 2),
    lambda: len(),
    lambda: len([], []),
    lambda: len(obj=[]),
    lambda: int(x=1),
    lambda: "".join(),
    lambda: NUMBER(),
    lambda: {}.get(),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
def two_missing(a, b, c):
    pass
def three_missing(a, b, c, *, x, y):
    pass
for call in (lambda: two_missing(1), lambda: two_missing(), lambda: three_missing(1, 2, 3), lambda: three_missing(1, 2, 3, x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
def many_pos(a, b=1):
    pass
for call in (lambda: many_pos(1, 2, 3), lambda: many_pos(1, 2, 3, 4), lambda: many_pos(1, 2, 3, b=2)):
    try:
        call()
    except TypeError as e:
        print(e)
