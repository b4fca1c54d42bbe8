f"{a!r:>{width}} {b=} {c:{d}.{e}}" f'{x}' rf"\{y}"
