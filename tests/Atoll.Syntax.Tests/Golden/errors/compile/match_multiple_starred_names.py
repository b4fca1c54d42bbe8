match seq:
    case [first, *middle, *rest]:
        pass
