def f():
    return [1, 2][0] + {1: 2}[1] + 'ab'['x']
