pattern = '\d+'
print(pattern)
