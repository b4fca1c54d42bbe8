café = 1; return café
