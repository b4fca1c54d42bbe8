# Uncaught RecursionError through __repr__ with a collapsed repeated frame, below a normal call.
class Node:
    def __init__(self):
        self.parent = self
    def __repr__(self):
        return f"Node(parent={self.parent!r})"
def show(node):
    return repr(node)
show(Node())
