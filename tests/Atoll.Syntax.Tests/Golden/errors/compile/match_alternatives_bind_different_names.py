match x:
    case [a] | (a, b):
        pass
