match x:
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case a.b.C(x, y=[1, 2]):
        pass
    case Point(x=0,):
        pass
    case 1 | 2 | 3:
        pass
    case [1, 2] | (3, 4) | {"a": _}:
        pass
    case (1 | 2) as n:
        pass
    case [a, b] as pair:
        pass
    case Point(x=0) | Point(y=0) as on_axis:
        pass
    case {"k": str() as s}:
        pass
    case int(n) if n > 0:
        pass
    case _ if cond():
        pass
