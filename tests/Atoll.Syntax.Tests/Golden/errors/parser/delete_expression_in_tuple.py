del a, b + c
