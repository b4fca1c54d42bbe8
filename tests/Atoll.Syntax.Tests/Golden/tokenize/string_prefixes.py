s = 'single' + "double"
r = r'raw\d' + R"raw" + u'unicode' + U"unicode"
b = b'bytes' + B"bytes" + br'rb\d' + Br"x" + bR'x' + BR"x" + rb'x' + rB"x" + Rb'x' + RB"x"
f = f'{x}' + F"{x}" + fr'{x}\d' + Fr"{x}" + fR'{x}' + FR"{x}" + rf'{x}' + rF"{x}" + Rf'{x}' + RF"{x}"
quotes = 'it\'s' "say \"hi\"" '"' "'" ''
escapes = "\t\n\x41\u00e9\N{BULLET}\\" b"\x00\xff"
ur = u"x"
