# Order of evaluation inside comprehensions: clauses nest left to right; the element expression is evaluated last.
def p(label, value):
    print("  eval", label)
    return value
print([p(f"elem {x}{y}", (x, y)) for x in p("outer iterable", [1, 2]) if p(f"cond x={x}", True) for y in p(f"inner iterable for x={x}", "ab")])
print({p(f"key {x}", x): p(f"value {x}", x * 10) for x in p("iterable", [1, 2])})
print(sum(p(f"gen elem {x}", x) for x in p("gen iterable", [3, 4])))
print([y for x in [[1, 2], [3]] for y in x if y != 2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0])
