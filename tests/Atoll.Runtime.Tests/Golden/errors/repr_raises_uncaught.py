# A __repr__ that raises while printing: the traceback goes through __repr__.
class Broken:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Broken(" + self.nmae + ")"
items = [Broken("a")]
print("printing a list containing Broken")
print(items)
