match = 1
case = 2
_ = 3
match(x)
match[x]
match.x = 1
match, case = 1, 2
match * x
match -x:
    case 1:
        pass
match (x):
    case case:
        pass
match x, y:
    case a, b:
        pass
match *x, y:
    case _:
        pass
match {1: 2}:
    case {1: match}:
        pass
match [x]:
    case [match]:
        pass
def match(): pass
print(match, case)
