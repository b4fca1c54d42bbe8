value = 1
print(f"{value:{value:{value:{value}}}}")
