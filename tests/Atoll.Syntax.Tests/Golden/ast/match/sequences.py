match x:
    case []:
        pass
    case ():
        pass
    case [1]:
        pass
    case (1,):
        pass
    case 1, 2:
        pass
    case 1, *rest:
        pass
    case [*_, last]:
        pass
    case [first, *_]:
        pass
    case (a, *b, c):
        pass
    case [[1, 2], (3, 4), *r]:
        pass
    case *a, b:
        pass
    case [a, b,]:
        pass
