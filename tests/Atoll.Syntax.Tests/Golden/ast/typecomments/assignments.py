x = 1  # type: int
y = z = []  # type: List[int]
a, b = 1, 2  # type: int, int
c = None # type:Optional[str]
d = 1  # not a type comment
e = 2  #type: float
