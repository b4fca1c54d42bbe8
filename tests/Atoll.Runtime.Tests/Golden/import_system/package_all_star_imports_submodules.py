# from package import * imports the submodules listed in the package's __all__.
from mod_allpkg import *
print(alpha.name, beta.name, CONST)
import sys
print("mod_allpkg.gamma" in sys.modules)
