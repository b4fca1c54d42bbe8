a + b - c * d / e // f % g @ h
-a + +b - ~c
a ** b ** c
-a ** -b
(a + b) * (c - d)
a << b >> c
a & b | c ^ d
x = a if b else c if d else e
