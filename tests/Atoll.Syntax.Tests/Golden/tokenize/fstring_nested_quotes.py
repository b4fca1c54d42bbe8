songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
a = f"This is the playlist: {", ".join(songs)}"
b = f"{f"{f"{f"{f"{f"{1+1}"}"}"}"}"}"
c = f'{songs[0]!r}' f"{'single'}" f'{"double"}'
d = f"""{f'''{f"{x}"}'''}"""
e = f"{'\n'.join(songs)}"
g = f"{"\N{BULLET}"}"
h = f"{x:{"<"}10}"
