assert (1 == 2, 'message')
