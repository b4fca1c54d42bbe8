# sys.exit() and SystemExit(None) give exit status 0.
import sys
def shutdown():
    print("shutting down")
    raise SystemExit
try:
    shutdown()
except SystemExit as e:
    print("caught once, code =", e.code)
sys.exit(None)
