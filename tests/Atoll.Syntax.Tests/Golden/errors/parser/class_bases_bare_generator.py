class Combined(base for base in bases):
    pass
