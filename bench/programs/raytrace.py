"""A small ray tracer: spheres and a checkered plane, point lights, shadows
and mirror reflections, rendered to a grid of RGB bytes.

Exercises a Vector class with operator overloading (__add__, __sub__,
__mul__, __rmul__, __neg__), methods returning new instances, polymorphic
intersect/normal methods on shape classes, float math (square roots via
** 0.5), min/max clamping and recursion for reflections. Prints image
statistics and a checksum of the pixels.
"""

import sys


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, diffuse, specular, reflect):
        super().__init__(a, diffuse, specular, reflect)
        self.other = b

    def color_at(self, point):
        if (int(point.x // 1.0) + int(point.z // 1.0)) % 2 == 0:
            return self.color
        return self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient

    def closest(self, ray):
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = shape
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.closest(ray)
        if shape is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.5 + 0.5 * k)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = shape.material
        base = mat.color_at(point)
        result = base.scale(self.ambient)
        for light_pos, light_color in self.lights:
            to_light = light_pos - point
            distance = to_light.length()
            to_light = to_light * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, distance):
                continue
            result = result + base.tint(light_color).scale(lambert * mat.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                result = result + light_color.scale(mat.specular * spec ** 40)
        if mat.reflect > 0.0 and depth > 0:
            direction = ray.direction.reflect(normal).normalized()
            bounced = self.trace(Ray(point, direction), depth - 1)
            result = result.scale(1.0 - mat.reflect) + bounced.scale(mat.reflect)
        return result


def build_scene():
    shapes = [
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
              Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 0.8, 0.1, 0.25)),
        Sphere(Vector(0.0, 1.0, 0.0), 1.0, Material(Color(0.9, 0.2, 0.2), 0.7, 0.6, 0.3)),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Material(Color(0.2, 0.8, 0.3), 0.8, 0.3, 0.1)),
        Sphere(Vector(2.0, 0.6, -0.5), 0.6, Material(Color(0.3, 0.3, 0.9), 0.6, 0.8, 0.5)),
        Sphere(Vector(0.8, 0.3, 1.6), 0.3, Material(Color(0.9, 0.8, 0.2), 0.9, 0.2, 0.0)),
    ]
    lights = [(Vector(-5.0, 8.0, 6.0), Color(0.8, 0.8, 0.8)), (Vector(6.0, 5.0, 2.0), Color(0.3, 0.3, 0.4))]
    return Scene(shapes, lights, 0.12)


def render(width, height):
    scene = build_scene()
    eye = Vector(0.0, 1.6, 6.0)
    target = Vector(0.0, 0.8, 0.0)
    forward = (target - eye).normalized()
    right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
    up = right.cross(forward)
    aspect = width / height
    pixels = []
    for j in range(height):
        v = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            u = (2.0 * (i + 0.5) / width - 1.0) * aspect
            direction = (forward + right * (u * 0.6) + up * (v * 0.6)).normalized()
            pixels.append(scene.trace(Ray(eye, direction), 3).to_bytes())
    return pixels


def main(width):
    height = width * 3 // 4
    pixels = render(width, height)
    h = 0
    sums = [0, 0, 0]
    for r, g, b in pixels:
        h = (h * 16777619 ^ (r << 16 | g << 8 | b)) & 0xFFFFFFFF
        sums[0] += r
        sums[1] += g
        sums[2] += b
    bright = sum(1 for p in pixels if sum(p) > 450)
    print(f"image {width}x{height}, mean rgb {[s // len(pixels) for s in sums]}, bright {bright}")
    print(f"checksum {h:08x}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 240)
