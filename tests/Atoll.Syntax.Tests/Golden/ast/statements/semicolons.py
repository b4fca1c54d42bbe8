a = 1; b = 2; c = 3
import os; import sys;
x; y
if x: a; b; c
while 0: pass; break
def f(): return 1; pass
class C: x = 1; y = 2
