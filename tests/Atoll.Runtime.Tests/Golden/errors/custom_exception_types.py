# A user-defined exception shows its qualified name; nested class names include the outer class.
class Service:
    class Unavailable(Exception):
        pass
def call():
    raise Service.Unavailable("service is down", 503)
call()
