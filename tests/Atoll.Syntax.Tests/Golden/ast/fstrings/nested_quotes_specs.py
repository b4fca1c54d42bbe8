f'{x:{"<" if a else ">"}{w}}'
f'{f"{x:>{w}}":^{v}}'
f"{'a' if b else f'{c!r}'}"
f'{x:{y:{z}}}'
f'{dict(a=1)["a"]}'
f'{a:{b}{c}d}'
f'{x:{y}!r}'
f'{x:{{}}}'
f'{x!r:{y!s:{z}}}'
f'{"":{"}"}}' if 0 else 0
