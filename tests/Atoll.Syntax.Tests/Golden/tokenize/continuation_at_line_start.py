if x:
    \
y = 1
z = 2 \
\
+ 3
if a:
    b
    \
    c
    \

    d
