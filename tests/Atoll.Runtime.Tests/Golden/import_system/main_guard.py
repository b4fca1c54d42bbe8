# if __name__ == "__main__": runs only in the script that was started.
import mod_attrs.child as child
print(child.guard)
if __name__ == "__main__":
    print("main_guard.py is running as the main program")
else:
    print("not reached")
print(__name__ == "__main__", child.__name__)
