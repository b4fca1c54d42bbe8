"""A small predator/prey ecosystem on a wrapping grid.

Class-heavy: a base class with subclasses that extend __init__ and methods via
super(), properties with setters, class attributes and counters, classmethods
and staticmethods, __slots__, operator overloading (__add__, __eq__, __hash__,
__lt__), __repr__, isinstance checks and lots of small method calls on
instances. Randomness comes from a seeded linear congruential generator, so
the run is deterministic. Prints population statistics.
"""

import sys


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.state >> 33

    def below(self, n):
        return self.next() % n

    def chance(self, percent):
        return self.below(100) < percent


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 7919 + self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def wrapped(self, width, height):
        return Vec(self.x % width, self.y % height)

    def manhattan(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


DIRECTIONS = (Vec(1, 0), Vec(-1, 0), Vec(0, 1), Vec(0, -1), Vec(0, 0))


class Entity:
    next_id = 0

    def __init__(self, world, pos):
        self.world = world
        self.pos = pos
        Entity.next_id += 1
        self.ident = Entity.next_id
        self.age = 0
        self.alive = True

    def __lt__(self, other):
        return self.ident < other.ident

    def __repr__(self):
        return f"{type(self).__name__}#{self.ident}@{self.pos!r}"

    def step(self):
        self.age += 1

    def die(self):
        self.alive = False
        self.world.deaths[self.kind()] = self.world.deaths.get(self.kind(), 0) + 1

    @classmethod
    def kind(cls):
        return cls.__name__.lower()


class Animal(Entity):
    max_energy = 100
    move_cost = 1
    birth_energy = 60

    def __init__(self, world, pos, energy):
        super().__init__(world, pos)
        self._energy = 0
        self.energy = energy

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        if value > self.max_energy:
            value = self.max_energy
        self._energy = value

    @property
    def hungry(self):
        return self._energy < self.max_energy // 2

    @staticmethod
    def pick_direction(rng):
        return DIRECTIONS[rng.below(len(DIRECTIONS))]

    def move(self):
        self.pos = (self.pos + self.pick_direction(self.world.rng)).wrapped(self.world.width, self.world.height)
        self.energy -= self.move_cost

    def eat(self):
        pass

    def offspring(self, energy):
        return type(self)(self.world, self.pos, energy)

    def maybe_reproduce(self):
        if self.energy >= self.birth_energy and self.world.rng.chance(self.birth_percent):
            half = self.energy // 2
            self.energy -= half
            self.world.born.append(self.offspring(half))

    def step(self):
        super().step()
        self.move()
        self.eat()
        if self.energy <= 0 or self.age > self.lifespan:
            self.die()
        else:
            self.maybe_reproduce()


class Rabbit(Animal):
    max_energy = 40
    birth_energy = 20
    birth_percent = 20
    lifespan = 60

    def eat(self):
        grass = self.world.grass
        amount = grass.get(self.pos, 0)
        if amount and self.hungry:
            bite = min(amount, 4)
            grass[self.pos] = amount - bite
            self.energy += bite * 3


class Fox(Animal):
    max_energy = 120
    birth_energy = 80
    birth_percent = 8
    lifespan = 120
    move_cost = 2

    def __init__(self, world, pos, energy):
        super().__init__(world, pos, energy)
        self.kills = 0

    @property
    def hungry(self):
        return self.energy < self.max_energy - 20

    def eat(self):
        if not self.hungry:
            return
        for prey in self.world.animals_at(self.pos):
            if isinstance(prey, Rabbit) and prey.alive:
                prey.die()
                self.kills += 1
                self.energy += 30
                return

    def offspring(self, energy):
        cub = super().offspring(energy)
        cub.kills = 0
        return cub


class World:
    def __init__(self, width, height, seed, regrowth, capacity):
        self.regrowth = regrowth
        self.capacity = capacity
        self.width = width
        self.height = height
        self.rng = Random(seed)
        self.grass = {}
        self.animals = []
        self.born = []
        self.deaths = {}
        self.index = {}
        for x in range(width):
            for y in range(height):
                self.grass[Vec(x, y)] = self.rng.below(5)

    def random_pos(self):
        return Vec(self.rng.below(self.width), self.rng.below(self.height))

    def populate(self, rabbits, foxes):
        for _ in range(rabbits):
            self.animals.append(Rabbit(self, self.random_pos(), 20))
        for _ in range(foxes):
            self.animals.append(Fox(self, self.random_pos(), 80))

    def animals_at(self, pos):
        return self.index.get(pos, ())

    def reindex(self):
        index = {}
        for a in self.animals:
            if a.alive:
                index.setdefault(a.pos, []).append(a)
        self.index = index

    def grow(self):
        grass = self.grass
        for _ in range(self.regrowth):
            pos = self.random_pos()
            amount = grass[pos]
            if amount < 8:
                grass[pos] = amount + 2

    def tick(self):
        self.reindex()
        for a in self.animals:
            if a.alive:
                a.step()
        self.animals = [a for a in self.animals if a.alive] + self.born
        self.born = []
        if len(self.animals) > self.capacity:
            # overcrowding: the oldest animals die first
            self.animals.sort()
            for a in self.animals[:len(self.animals) - self.capacity]:
                a.die()
            self.animals = self.animals[len(self.animals) - self.capacity:]
        self.grow()

    def census(self):
        counts = {}
        for a in self.animals:
            counts[a.kind()] = counts.get(a.kind(), 0) + 1
        return counts


def main(steps):
    Entity.next_id = 0
    world = World(40, 40, 2024, 250, 3000)
    world.populate(400, 100)
    history = []
    for t in range(steps):
        world.tick()
        if t % 25 == 0:
            c = world.census()
            history.append((t, c.get("rabbit", 0), c.get("fox", 0)))
    for t, r, f in history:
        print(f"t={t:4d} rabbits={r:5d} foxes={f:4d}")
    foxes = sorted((a for a in world.animals if isinstance(a, Fox)), key=lambda a: (-a.kills, a.ident))
    print("deaths:", sorted(world.deaths.items()))
    print("top fox:", foxes[0] if foxes else None, "kills", foxes[0].kills if foxes else 0)
    print("grass total:", sum(world.grass.values()), "entities created:", Entity.next_id)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 260)
