a = '\\ \' \" \a \b \f \n \r \t \v'
b = '\0 \7 \07 \007 \101 \377 \1234'
c = '\x00 \x41 \xff \xFf'
d = '\u0041 \u00e9 \u20ac \uFFFF'
e = '\U00000041 \U0001F600 \U0010ffff'
f = '\N{LATIN SMALL LETTER E WITH ACUTE} \N{EURO SIGN} \N{GREEK SMALL LETTER ALPHA}'
g = '\N{SPACE}\N{latin capital letter a}'
h = 'line one \
line two'
i = """triple \
continued"""
j = b'\x00\xff\n\t\\\'\101\0'
k = b'bytes \
continued'
l = 'é€😀'
m = '\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}'
n = '''a
b\tc
'''
