match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": b,}:
        pass
    case {"a": _, **rest}:
        pass
    case {**rest}:
        pass
    case {1: x, -2: y, a.b: z, None: n, True: t, b"k": v}:
        pass
    case {"nested": {"deep": [1, *others]}}:
        pass
