# while loops with else, break, continue, and conditions re-evaluated each iteration.
i = 0
while i < 3:
    print("iteration", i)
    i += 1
else:
    print("else after normal exit, i =", i)
j = 0
while j < 10:
    j += 1
    if j == 3:
        print("breaking at", j)
        break
else:
    print("not printed")
k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    print("even", k)
else:
    print("else runs even though continue was used")
while False:
    print("never")
else:
    print("else runs when the condition is false at the start")
calls = 0
def cond():
    global calls
    calls += 1
    return calls < 4
while cond():
    pass
print("condition evaluated", calls, "times")
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
n = 0
while True:
    n += 1
    try:
        if n == 2:
            continue
        if n == 4:
            break
    finally:
        print("finally in while", n)
print("done", n)
