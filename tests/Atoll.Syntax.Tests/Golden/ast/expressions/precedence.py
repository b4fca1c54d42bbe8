a + b * c ** d
not a and b
a | b & c ^ d << e + f
-a.b
-(a.b)
~a ** b
a if b else lambda: c
a and (b or c)
x = y = z = 1
a[b](c).d
(a, b)[0]
not not a
- - a
