# A module whose body raises is removed from sys.modules; importing again re-runs it.
import sys
for attempt in (1, 2):
    try:
        import mod_failing.boom
    except ValueError as e:
        print(attempt, type(e).__name__, e)
    print("in sys.modules:", "mod_failing.boom" in sys.modules, "mod_failing" in sys.modules)
import mod_failing
print(hasattr(mod_failing, "boom"))
