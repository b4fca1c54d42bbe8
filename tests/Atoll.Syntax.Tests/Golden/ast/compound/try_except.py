try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E, F) as e:
    pass
except E as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
else:
    pass
finally:
    pass
try:
    pass
except (E, F):
    pass
