x = y = 1
a = f"""first line
{x}
last {y} line"""
b = f"{
    x
    +
    y
}"
c = f"""{
    x  # a comment inside the field
}"""
d = f"""
    {x!r:>{
        y
    }}
"""
e = f"{x:
}"
g = f"""{x:
}"""
h = f"abc\
def"
i = f"""{{
}}"""
