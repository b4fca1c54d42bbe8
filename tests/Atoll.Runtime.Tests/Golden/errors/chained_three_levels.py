# Three levels of implicit chaining, with the exception in a finally block.
def f():
    try:
        {}["missing"]
    except KeyError:
        try:
            [][0]
        finally:
            None.attribute
f()
