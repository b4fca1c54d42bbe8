import os

# comment
def f(a,
      b):
    return a + \
        b

