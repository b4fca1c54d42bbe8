x = 1000
if x is 1000:
    print('same')
if x is not ():
    print('not empty tuple')
