def f():
    '''A docstring
    spanning lines.'''
    s = """one
two
  three"""
    t = '''with 'quotes' and "others" and \''' inside'''
    u = """\
continued\
"""
    v = r'''raw \
    still'''
    w = b"""bytes
""" + 'single\
line'
    return s
