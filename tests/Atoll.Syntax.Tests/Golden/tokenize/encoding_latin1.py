# -*- coding: latin-1 -*-
name = "café"
été = "© 2024"
