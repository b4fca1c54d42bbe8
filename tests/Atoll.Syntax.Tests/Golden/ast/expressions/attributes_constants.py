None
True
False
...
x = Ellipsis
a.b
a.b.c.d
(a).b
a.b = 1
a.b.c += 2
__debug__
