# Parenthesized forms and tuple construction with commas.
print(())
print((1))
print((1,))
print(1,)
t = 1, 2
print(t, type((1)).__name__, type((1,)).__name__, type(()).__name__)
print((((5))), ((1, 2)), ((1, 2),))
empty = ()
print(empty == (), len(()), type(empty).__name__)
x = (
    1 +
    2
)
print(x)
print((yield_ := 3), yield_)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print((lambda: "called")())
print(("a" "b"), ("a", "b"))
