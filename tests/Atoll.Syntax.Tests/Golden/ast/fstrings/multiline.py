x = f'''line one
{a}
line three {b!r:>{c}}
'''
y = f"""{
    a
}"""
z = rf'''raw \d
{value}\n'''
w = f'\{x}' if 0 else f'\\{x}'
v = f'\N{EURO SIGN}{x}\t'
u = f'a\
b{c}'
