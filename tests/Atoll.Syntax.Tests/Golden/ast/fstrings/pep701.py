f'{'single'}'
f"{"double"}"
f'{f'{f'{x}'}'}'
f"{'\n'.join(a)}"
f'{'\\'}'
f'''{
    x  # a comment
    +
    y
}'''
f"""{x
}"""
f'{x:{'>'}10}'
f'{"a" if x else "b"}'
f'{[1, 2, 3]}'
f'{ {"a": 1}["a"] }'
f'{'a' 'b'}'
f'''{'''triple'''}'''
f"{f"{f"{f"deep"}"}"}"
f'{x:{y:{z}}}' if 0 else 0
