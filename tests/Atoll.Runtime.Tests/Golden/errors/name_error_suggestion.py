# NameError and AttributeError tracebacks include "Did you mean" suggestions.
class Point:
    def __init__(self):
        self.x_coordinate = 1
p = Point()
try:
    p.x_coordinat
except AttributeError as e:
    print("str(e) has no suggestion:", e)
number_of_items = 3
print(number_of_itmes)
