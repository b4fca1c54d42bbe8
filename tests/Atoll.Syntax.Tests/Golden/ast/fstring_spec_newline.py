# CPython 3.13.0 ends the format spec of a single-quoted f-string at a newline.
x = 1
a = f"{x:
}"
b = f"{x:>10
}"
c = f'{x!r:
}'
