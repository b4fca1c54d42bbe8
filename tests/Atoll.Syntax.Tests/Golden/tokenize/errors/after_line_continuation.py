s = """a
b""" \ x
