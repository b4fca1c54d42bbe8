# A comment on the first line
import os  # trailing comment
#no space
    # indented comment before code

def f():  # after a colon
    # inside a block
    x = 1  # after code
        # deeper than the block
    return x
# dedented comment inside a function body
#
x = [  # inside brackets
    1,  # element
    # alone in brackets
]  # after the closing bracket
