# Unbounded recursion: the repeated frames are collapsed into "[Previous line repeated N more times]".
def recurse(n):
    return recurse(n + 1)
print("starting")
recurse(0)
