x = "with a BOM"
# -*- coding: utf-8 -*-
