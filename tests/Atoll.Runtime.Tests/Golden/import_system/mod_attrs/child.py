info = (__name__, __package__, __spec__.name, __spec__.parent, __file__.endswith("child.py"), "__path__" in globals())
if __name__ == "__main__":
    print("child run as main (never when imported)")
else:
    guard = "imported, not main"
