a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = r'raw\n'
f = R"RAW\t"
g = u'unicode'
h = U"UNICODE"
i = b'bytes'
j = B"BYTES"
k = br'raw bytes\x00'
l = Br'\d'
m = bR'\w'
n = BR'\s'
o = rb'\n'
p = Rb'\n'
q = rB'\n'
r = RB'\n'
s = rb"""raw
bytes"""
t = r'''raw\
continued'''
u = ''
v = b""
