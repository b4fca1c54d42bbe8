s = """first
second
"""
t = f"""{s}
more {s!r}
"""
u = (1,
  2)  # c
v = 1