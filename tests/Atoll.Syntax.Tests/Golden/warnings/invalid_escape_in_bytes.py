data = b'\u0041\N{DIGIT ONE}'
print(data)
