def outer():
    class K:
        def m(self):
            for i in x:
                while y:
                    try:
                        with z:
                            if q:
                                return
                    except:
                        pass
    return K
