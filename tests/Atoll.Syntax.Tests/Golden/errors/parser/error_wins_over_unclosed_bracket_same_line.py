f(a=1, b) + g(c
