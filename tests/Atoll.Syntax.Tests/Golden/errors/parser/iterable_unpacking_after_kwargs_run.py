f(**kw, *args, *more)
