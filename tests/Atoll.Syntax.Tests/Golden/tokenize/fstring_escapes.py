a = f"\N{BULLET} {x}"
b = f"\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}text"
c = rf"\N{x}"
d = rf"\{x}\{{"
e = fr'\d+{x}\s'
g = f"\\{x}"
h = f"tab\there\n{x}\x41"
i = f"\{x}"
