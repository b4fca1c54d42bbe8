match x:
    case a.b:
        pass
    case a.b.c:
        pass
    case (1):
        pass
    case (a.b):
        pass
    case (y):
        pass
    case ((1 | 2)):
        pass
