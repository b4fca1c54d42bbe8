info = (__name__, __package__, __spec__.name, __spec__.parent, __file__.endswith("__init__.py"), len(__path__))
