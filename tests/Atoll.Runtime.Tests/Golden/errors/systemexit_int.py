# sys.exit with an int: that exit status, nothing on stderr; finally blocks run.
import sys
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
