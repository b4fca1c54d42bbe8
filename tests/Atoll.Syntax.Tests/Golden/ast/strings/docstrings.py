"""Module docstring."""
'second string expression'
def f():
    """Function docstring."""
class C:
    'Class docstring.'
    x = 1
