# break and continue inside finally: they discard a pending return or exception.
def break_swallows():
    for i in range(3):
        try:
            raise ValueError(f"lost {i}")
        finally:
            break
    return f"loop ended at {i}; exception swallowed by break"
print(break_swallows())
def break_discards_return():
    for i in range(3):
        try:
            return "discarded"
        finally:
            break
    return "after loop"
print(break_discards_return())
def continue_in_finally():
    results = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            results.append(i)
        finally:
            continue
    return results
print(continue_in_finally())
def continue_discards_return():
    count = 0
    for i in range(3):
        try:
            count += 1
            return "discarded"
        finally:
            continue
    return f"ran {count} times"
print(continue_discards_return())
def break_in_try_runs_finally():
    for i in range(3):
        try:
            break
        finally:
            print("finally runs on break, i =", i)
    return "done"
print(break_in_try_runs_finally())
def continue_in_try_runs_finally():
    for i in range(2):
        try:
            continue
        finally:
            print("finally runs on continue, i =", i)
    return "done"
print(continue_in_try_runs_finally())
def while_break_in_finally():
    n = 0
    while True:
        n += 1
        try:
            if n == 3:
                raise RuntimeError("stop")
        finally:
            if n == 3:
                break
    return n
print(while_break_in_finally())
def nested_loops_finally():
    out = []
    for i in range(2):
        for j in range(3):
            try:
                if j == 1:
                    break
                out.append((i, j))
            finally:
                out.append(f"finally {i}{j}")
    return out
print(nested_loops_finally())
