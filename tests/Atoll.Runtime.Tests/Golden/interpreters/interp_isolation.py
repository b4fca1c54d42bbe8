import sys
from mod_interp.compat import interpreters
from mod_interp import counter

counter.bump()
counter.bump()
a = interpreters.create()
b = interpreters.create()
for i in (a, b):
    i.exec("import sys\nsys.path[:0] = " + repr(sys.path[:1]) + "\nfrom mod_interp import counter\nprint('fresh module:', counter.count, counter.bump())")
print("main still", counter.count)

a.exec("import builtins\nbuiltins.len = lambda x: 'patched'\nprint(len([1, 2]))")
b.exec("print(len([1, 2]))")
print(len([1, 2]))

a.exec("class C: pass\nshared_name = 'a'")
b.exec("print('C' in dir(), 'shared_name' in dir())")
print('C' in dir())

a.exec("import sys\nsys.modules['made_up'] = 1\nprint('made_up' in sys.modules)")
b.exec("import sys\nprint('made_up' in sys.modules)")
print('made_up' in sys.modules)
a.exec("import sys\nsys.setrecursionlimit(123)\nprint(sys.getrecursionlimit())")
b.exec("import sys\nprint(sys.getrecursionlimit())")
print(sys.getrecursionlimit())
a.close()
b.close()
