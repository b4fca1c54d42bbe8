# leading comment

#! not a shebang here


x = 1  # trailing comment
    # indented comment at odd level
def f():
    # comment in body

    return 1
        # deeper comment

# final comment
