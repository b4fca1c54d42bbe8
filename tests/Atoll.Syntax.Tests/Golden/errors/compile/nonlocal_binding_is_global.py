def outer():
    global x
    def inner():
        nonlocal x
