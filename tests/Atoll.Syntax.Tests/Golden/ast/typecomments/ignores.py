import foo  # type: ignore
import bar  # type: ignore[import]
x = 1  # type: ignore[assignment, misc]
y = 2  # type: ignore  # some reason
def f():  # type: ignore
    pass
z = 3  # type:ignore
# type: ignore
