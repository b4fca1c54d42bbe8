"""A first program: classes, generators, comprehensions and f-strings."""


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, times):
        for i in range(times):
            yield f"{i + 1}. Hello, {self.name}!"


def squares(n):
    return {k: k * k for k in range(n)}


if __name__ == "__main__":
    for line in Greeter("Atoll").greet(3):
        print(line)
    print(squares(5))
