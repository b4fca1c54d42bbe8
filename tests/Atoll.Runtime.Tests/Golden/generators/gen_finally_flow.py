# return / break / continue inside finally in a generator, overriding exceptions and returns.
def ret_in_finally():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        yield 2
        return "from finally"

print(list(ret_in_finally()))
g = ret_in_finally()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def break_in_finally():
    for i in range(5):
        try:
            yield i
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    yield "after loop"

print(list(break_in_finally()))

def continue_in_finally():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            yield i
        finally:
            yield ("fin", i)
            continue
    return "end"

g = continue_in_finally()
print(list(g))

def return_overrides_return():
    try:
        yield "a"
        return "try"
    finally:
        yield "b"
        return "finally"

def run(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            out.append(("return", e.value))
            return out

print(run(return_overrides_return()))

def finally_on_close():
    try:
        yield 1
    finally:
        return "swallowed exit"

g = finally_on_close()
next(g)
print("close returned", g.close())

def while_else():
    n = 0
    while n < 3:
        try:
            yield n
        finally:
            n += 1
    else:
        yield "else"
    for x in []:
        pass
    else:
        try:
            yield "for-else"
        finally:
            pass

print(list(while_else()))

def nested_loops():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 2:
                    break
                yield (i, j)
            finally:
                yield ("f", i, j)
    return "ok"

print(run(nested_loops()))
