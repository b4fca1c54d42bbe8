x = $ ? `y` <> z ! w
