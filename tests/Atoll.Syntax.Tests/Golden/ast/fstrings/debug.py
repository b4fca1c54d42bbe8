f'{x=}'
f'{x = }'
f'{x= }'
f'{x =}'
f'{x=!r}'
f'{x=!s}'
f'{x=:>10}'
f'{x = !a:^5}'
f'{a + b = }'
f'{ x = }'
f'{f(1, 2)=}'
f'{x=:{y}}'
f'ab{x=}cd'
f'{é=}'
f'''{
x
=}'''
f'''{x  # a comment
=}'''
f'''{x # one 'q'
 + y # two
= !s}'''
f'{"#"=}'
