x = $ ? `y`
z = 1)
w = (]
leading = 0777
glued = 1abc + 0x1g + 1_000j2
euro = €
ne = a <> b
bang = a ! b
