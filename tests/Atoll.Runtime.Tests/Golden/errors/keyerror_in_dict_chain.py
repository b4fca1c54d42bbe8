# Traceback with the exception raised inside a nested data access expression spread over lines.
config = {"db": {"host": "localhost"}}
def get_port():
    return (
        config["db"]
        ["port"]
    )
get_port()
