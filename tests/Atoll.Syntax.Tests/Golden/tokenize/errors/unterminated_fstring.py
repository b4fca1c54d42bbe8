x = f"abc {x}
