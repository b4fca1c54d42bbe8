# An exception whose __str__ raises: the traceback prints a placeholder for the message.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
raise Weird("message")
