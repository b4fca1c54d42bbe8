# An exception raised while a class body executes: the frame is named after the class.
def helper():
    return int("not a number")
class Config:
    name = "cfg"
    size = helper()
