# Exception handling inside loops: continue/break in handlers, retry patterns, else per iteration.
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return f"succeeded on attempt {attempts}"
for _ in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print(result)
        break
values = ["1", "x", "3", None, "5"]
total = 0
for v in values:
    try:
        total += int(v)
    except ValueError:
        print("skipping", repr(v))
    except TypeError:
        print("stopping at", repr(v))
        break
    finally:
        print("  processed", repr(v))
print("total", total)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration("manual stop")
    except StopIteration as e:
        print("caught", e)
        break
    finally:
        print("  loop finally", i)
