result = function(
    argument_one,
    argument_two,

    argument_three,
)
matrix = [
    [1, 2, 3],
    [4, 5, 6],
]
mapping = {
    "key":
        "value",
}
if (a and
        b):
    pass
