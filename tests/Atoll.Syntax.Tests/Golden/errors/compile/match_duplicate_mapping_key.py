match config:
    case {'debug': True, 1: x, 1.0: y}:
        pass
