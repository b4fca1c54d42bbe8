if (obj.attr := 1):
    pass
