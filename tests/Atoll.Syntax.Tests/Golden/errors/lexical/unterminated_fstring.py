x = f'abc{x}
