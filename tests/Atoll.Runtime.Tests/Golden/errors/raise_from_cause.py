# Explicit chaining with raise ... from: "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def load(settings):
    try:
        return settings["port"]
    except KeyError as e:
        raise ConfigError("port is not configured") from e
load({})
