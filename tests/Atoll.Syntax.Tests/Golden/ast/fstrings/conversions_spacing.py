f'{x !r}'
f'{x  !s:>3}'
f'{ x !a }'
f'{x!r }'
f'{x = !r:>{w}}'
f'{ (x) }'
f'{x:}'
f'{x!r:}'
f"{x}" f'{y}' rf"{z}\n" fR'\{w}'
f'{'\N{EURO SIGN}'}'
f'{"\t".join(x)}'
f'''{
    a,
    b,
}'''
f'{x # comment
}' if 0 else 0
