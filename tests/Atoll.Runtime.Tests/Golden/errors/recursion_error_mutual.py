# Unbounded mutual recursion: alternating frames are not collapsed (only identical consecutive lines are).
# A low recursion limit keeps the traceback short.
import sys
sys.setrecursionlimit(30)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
