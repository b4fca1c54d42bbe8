# Frames from code compiled from a string show <string> and no source line.
source = "def f():\n    return undefined_name\nf()\n"
exec(source)
