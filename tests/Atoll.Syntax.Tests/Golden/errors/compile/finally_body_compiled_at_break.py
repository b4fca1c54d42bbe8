for x in range(3):
    try:
        break
    finally:
        return
