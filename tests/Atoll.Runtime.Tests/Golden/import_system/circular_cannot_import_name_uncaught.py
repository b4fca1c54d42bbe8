# The traceback for a failed circular "from ... import": frames from both helper modules.
import mod_circ_err.first
