x = f'''abc{x}
more
