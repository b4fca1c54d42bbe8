# An exit status is taken modulo 256 by the operating system.
import sys
sys.exit(258)
