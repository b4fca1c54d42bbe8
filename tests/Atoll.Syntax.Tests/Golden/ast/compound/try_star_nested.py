try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError as eg:
        raise
    except* (TypeError, KeyError):
        pass
except Exception as e:
    pass
else:
    x = 1
finally:
    y = 2
for i in x:
    try:
        continue
    finally:
        break
