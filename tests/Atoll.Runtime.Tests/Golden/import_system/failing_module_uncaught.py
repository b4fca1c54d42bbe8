# An exception raised while a helper module runs shows the helper module's frame.
def load():
    import mod_failing.boom
load()
