with a as b:  # type: int
    x = 1  # type: int
for x in y:  # type: int
    pass
def f(a):
    # type: (int) -> None
    x = 1 # type: str
if x:
    for y in z: # type: int
        pass
class A:
    x = None  # type: int
class B:
    y = 1 # type: int
