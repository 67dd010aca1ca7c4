#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 63's fixtures.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session63_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/527-*` fixtures; rerunning gives identical bytes.

527: lists of tuples and lists written over, popped and removed in loops of thousands of steps (a stack of tuples, a
heap of `(priority, item)` pairs, rows of a grid written again, a queue popped at its front), which walked every item
at each write or removal to find the list's nesting depth again (ValueList.swift now counts the items as deep as the
list, and walks only when the last of them goes); and the depth found again exactly: a list that held an item nested
62 levels deep nests further once that item is gone, whether written over, popped, removed or deleted.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session63_fixtures.py"

NESTED_ITEMS_WRITTEN = [
    # A depth-first walk with a stack of tuples.
    "def walk(n):\n    stack = [(0, 0)]\n    seen = 0\n    deepest = 0\n    while stack and seen < n:\n"
    "        node, d = stack.pop()\n        seen += 1\n        deepest = max(deepest, d)\n"
    "        stack.append((node + 1, d + 1))\n        stack.append((node + 2, d + 1))\n"
    "    return seen, len(stack), deepest, stack[-1]",
    "walk(5000)",
    # A heap of (priority, item) pairs: Dijkstra on a ring with chords.
    "import heapq",
    "def shortest(n):\n    dist = [None] * n\n    heap = [(0, 0)]\n    while heap:\n        d, u = heapq.heappop(heap)\n"
    "        if dist[u] is not None:\n            continue\n        dist[u] = d\n"
    "        for v, w in (((u + 1) % n, 3), ((u * 7 + 1) % n, 5), ((u + n - 1) % n, 2)):\n"
    "            if dist[v] is None:\n                heapq.heappush(heap, (d + w, v))\n    return dist",
    "dist = shortest(3000)",
    "dist[:12], dist[-5:], sum(dist), max(dist)",
    "h = [((i * 7919) % 4001, str(i)) for i in range(4000)]",
    "heapq.heapify(h)",
    "[heapq.heappop(h) for _ in range(6)], len(h)",
    "out = []",
    "while h:\n    out.append(heapq.heappop(h)[0])",
    "out == sorted(out), out[:5], out[-5:]",
    # Pairs, rows and records written over in place.
    "pairs = [(0, 0)] * 5000",
    "for i in range(5000):\n    pairs[i] = (i, i * i)",
    "pairs[:3], pairs[-1], len(pairs)",
    "grid = [[0] * 3 for _ in range(5000)]",
    "for i in range(5000):\n    grid[i] = [i, -i, i % 7]",
    "grid[:2], grid[-1], sum(row[2] for row in grid)",
    "records = [{'k': i} for i in range(5000)]",
    "for i in range(5000):\n    records[i] = {'k': -i, 'v': [i]}",
    "records[1], records[-1]",
    # A queue popped at its front, and items removed by value and deleted.
    "q = [[1, [2]]] * 3",
    "for i in range(5000):\n    q.append([i, [i]])\n    if len(q) > 500:\n        _ = q.pop(0)",
    "len(q), q[0], q[-1]",
    "r = [(i, i) for i in range(1000)]",
    "for i in range(0, 1000, 2):\n    r.remove((i, i))",
    "len(r), r[:3]",
    "for i in range(len(r) - 1, -1, -3):\n    del r[i]",
    "len(r), r[:3], r[-1]",
    # A list that held an item nested 62 levels deep nests further once that item is gone.
    "def nested(levels):\n    d = 0\n    for _ in range(levels):\n        d = [d]\n    return d",
    "deep = nested(62)",
    "xs = [1, deep]",
    "xs.pop()",
    "ys = [[[[xs]]]]",
    "len(ys), xs",
    "xs = [deep, 2]",
    "xs[0] = 1",
    "[[[xs]]], len(str([[[[[[xs]]]]]]))",
    "xs = [(deep,), 3]",
    "xs.remove(3)",
    "xs.remove((deep,))",
    "[[xs]], xs",
    "xs = [deep, deep, 4]",
    "del xs[:2]",
    "[[[xs]]]",
    "xs = [deep, 5, deep]",
    "xs[0] = 6",
    "xs[2] = 7",
    "[[[xs]]], xs",
    "xs = [tuple([deep]), 8]",
    "xs.pop(0)",
    "[[[xs]]]",
]

SEARCHES_BY_IDENTITY = [
    "n = float('nan')",
    "c = complex(n, 0)",
    "x = np.float64('nan')",
    "t = np.datetime64('NaT')",
    "a = np.array([1.0, 2.0])",
    "b = a.copy()",
    "v = a[:]",
    # A search takes an array for equal to itself without calling `==`.
    "a in [a], a in (a, b), [a].count(a), [a, 1].index(a), [1, 2, a][2:].count(a)",
    "ws = [a, b]",
    "ws.remove(a)",
    "len(ws), ws[0] is b",
    "a in [b]",
    "[b].count(a)",
    "[1, a, v].index(v)",
    "[v, a].index(a)",
    "v in [v]",
    "a.reshape(2, 1) in [a]",
    # Values unequal to themselves, met only by values that settle the search without identity.
    "n in [1, 2], (n, 1) in [(1, 1), (2, 2)], c in [1, 2j], x in [1.0, 2.0], t in [np.datetime64('2020-01-01')]",
    "[c] == [1], (c, 1) == (c, 2), [(n, 1)] == [(2, 1)], {'k': c} == {'k': 1}, [n, c].count(1), 3 in [(n,), n, c, x]",
    "c == c, x == x, n in [x], x in [n], n in [c], [1, 2].count(n)",
    # Tuples of other lengths compare their common items first (lists do not): an array among them raises.
    "(a, 1) == (b,)",
    "[(a, 1)].count((b,))",
    "(b,) != (a, 1)",
    "[a, 1] == [b], (a,) == (a, 1), (a, 1) == (a,), (1, 2) == (1,), (2,) == (1, 2), [(a, 1)].count((a,))",
    "class Loud:\n    def __eq__(self, other):\n        print('eq')\n        return True",
    "(Loud(), 1) == (Loud(),), [Loud(), 1] == [Loud()], (Loud(),) == (Loud(), 2)",
]

def plain_comparisons():
    """Pairs of tuples and lists of plain items (and a few others), drawn with a fixed seed, each compared by all six
    operators inside a function (the compiled path) and at the top level, then sorted and searched."""
    import random

    rng = random.Random(63)
    items = ["0", "1", "-1", "2", "2**70", "0.0", "-0.0", "1.0", "2.5", "float('inf')", "-float('inf')", "'a'", "'b'",
             "'é'", "'e\\u0301'", "''", "'ab'", "'𝔘'", "True", "False", "None", "(1, 2)", "(1,)", "()", "[1]",
             "(1, 'a')", "[1, 2.5]"]
    left_only = ["float('nan')", "(float('nan'), 1)"]

    def sequence(pool, brackets):
        inner = [rng.choice(pool) for _ in range(rng.randrange(4))]
        text = ", ".join(inner)
        if brackets == "()" and len(inner) == 1:
            text += ","
        return brackets[0] + text + brackets[1]

    statements = [
        "def cmp(a, b):\n    out = []\n"
        "    for op in (lambda: a == b, lambda: a != b, lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b):\n"
        "        try:\n            out.append(op())\n        except TypeError as e:\n            out.append(str(e))\n"
        "    return out",
    ]
    for k in range(160):
        brackets = "()" if k % 4 else "[]"
        # Pairs that share a prefix, so the comparison reaches past the first items.
        prefix = [rng.choice(items) for _ in range(rng.randrange(3))]
        left = sequence(items + left_only, brackets)
        right = sequence(items, brackets)
        if prefix:
            joined = ", ".join(prefix) + ", "
            left = left[0] + joined + left[1:]
            right = right[0] + joined + right[1:]
            if brackets == "()":
                left = left.replace(", )", ",)")
                right = right.replace(", )", ",)")
        statements.append(f"cmp({left}, {right})")
    statements += [
        "(1, 2) < (1, 3), (1, 2) == (1, 2), ('b',) > ('a', 'z'), [2.5] <= [2.5, 0], ((1, 'x'), 2) < ((1, 'y'), 0)",
        "(1, 'a') < (1, 2)",
        "[(3, 'c'), (1, 'b'), (3, 'a'), (2, 'z'), (1, 'a')] < [(3, 'c'), (1, 'b'), (3, 'a'), (2, 'z'), (1, 'b')]",
        "pairs = [((i * 37) % 11, str(i % 5), (i % 3) * 0.5) for i in range(40)]",
        "sorted(pairs)[:8], sorted(pairs, reverse=True)[:4], max(pairs), min(pairs)",
        "sorted([(1, 'b'), (1, 'a'), (0, 'é'), (0, 'e\\u0301'), (0, 'f'), (1, ''), (-0.0, 'x')][:-1])",
        "sorted([(1, 2), (1, 'a')])",
        "sorted([(2, None), (1, None), (2, None)])",
        "sorted([(1, None), (1, None)])",
        "sorted([[2, 1], [1, 5, 0], [1, 5], []]), sorted([(0.5, 1), (float('inf'), 0), (-float('inf'), 2)])",
        "pairs.index((2, '4', 0.0)), pairs.count((0, '0', 0.0)), (10, '1', 1.0) in pairs, ((10, '1', 1.0),) in pairs",
        "[(1, 2), (1, 2.0)].count((1, 2)), [(1, 2), [1, 2]].count([1, 2]), [('é',)].count(('e\\u0301',))",
        "[(True, 1)].index((1, True)), [(None, 'a')].index((None, 'a'))",
        "[(1, 2)].index((2, 1))",
        "import heapq",
        "h = []",
        "for i in range(200):\n    heapq.heappush(h, ((i * 7) % 13, -i, str(i)))",
        "[heapq.heappop(h) for _ in range(8)], len(h)",
    ]
    return statements


NATIVE_HEAPS = [
    "import heapq",
    "from heapq import heappush, heappop, heapify, heapreplace, heappushpop",
    # Heaps of ints, floats, ints and floats together, texts and tuples, through every operation.
    "def drain(h):\n    out = []\n    while h:\n        out.append(heappop(h))\n    return out",
    "ints = [(i * 7919) % 1009 - 500 for i in range(300)]",
    "h = []",
    "for x in ints:\n    heappush(h, x)",
    "h[:12], len(h)",
    "drain(h[:]) == sorted(ints), h[:5]",
    "mixed = [x / 4 if x % 3 else x for x in ints]",
    "h = mixed[:]",
    "heapify(h)",
    "h[:12], drain(h)[:10]",
    "h = [2**53, 2.0**53, 2**53 + 1, 9007199254740993.0, -2**53, 0.5, 0, -0.0, 0.0, float('inf'), -float('inf')]",
    "heapify(h); h",
    "[heappop(h) for _ in range(5)], h",
    "texts = ['pear', 'apple', 'é', 'e\\u0301', 'z', '', 'Apple', '𝔘', 'apple']",
    "h = []",
    "for t in texts:\n    heappush(h, t)",
    "h[:], drain(h)",
    "pairs = [((i * 37) % 17, str(i), (i % 4) / 2) for i in range(120)]",
    "h = []",
    "for p in pairs:\n    heappush(h, p)",
    "h[:6], [heappop(h) for _ in range(6)]",
    "heapreplace(h, (0, 'new', 0.0)), h[:3], heappushpop(h, (-1, 'low', 0.0)), heappushpop(h, (5, 'mid', 1.0)), h[:3]",
    "h = [5, 3, 8, 1]",
    "heapify(h); heapreplace(h, 9), h, heappushpop(h, 0), h, heappushpop(h, 4), h",
    "h = [2.5]",
    "heappop(h), h, heappushpop(h, 1), h",
    "heappop(h)",
    "heapreplace(h, 1)",
    "heappushpop([], 3), heapify([]), heapify([1])",
    # NaN, which orders as nothing: the heap keeps CPython's order.
    "h = [3.0, float('nan'), 1.0, 2.0, float('nan'), 0.5]",
    "heapify(h); h",
    "heappush(h, 0.25); h, heappop(h), heappop(h), h",
    # Items the Swift heap does not compare: bools with ints, None, lists, objects, arrays, mixed kinds that raise.
    "h = [True, 0, 2, False, 1]",
    "heapify(h); h, heappop(h), h",
    "h = [[3, 1], [1, 2], [2]]",
    "heapify(h); heappush(h, [0]); h, heappop(h)",
    "h = [(1, 'a'), (1, 2)]",
    "heapify(h)",
    "h = [1, 2]",
    "heappush(h, 'x')",
    "h",
    "h = [(1, None), (0, None)]",
    "heapify(h); h",
    "heappush(h, (1, None))",
    "h",
    "class Job:\n    def __init__(self, p):\n        self.p = p\n    def __lt__(self, other):\n"
    "        return self.p < other.p\n    def __repr__(self):\n        return f'Job({self.p})'",
    "h = []",
    "for p in (5, 1, 4, 2):\n    heappush(h, Job(p))",
    "h, heappop(h), heappushpop(h, Job(0)), heapreplace(h, Job(9)), h",
    "h = [(2, Job(1)), (1, Job(2))]",
    "heapify(h); heappush(h, (1, Job(0)))",
    "h = [np.float64(2.0), 1.0, np.int64(0)]",
    "heapify(h); h, heappop(h), type(heappop(h)).__name__",
    "heappush((1, 2), 3)",
    "heappop('abc')",
    "heapify({1: 2})",
    "class Heap(list):\n    pass",
    "sub = Heap([3, 1, 2])",
    "heapify(sub); heappush(sub, 0); sub, heappop(sub), type(sub).__name__",
    # A list another name holds, and a heap of a thousand items pushed and popped in turn.
    "h = [4, 1, 3]",
    "alias = h",
    "heapify(h); heappush(alias, 0); h, alias is h",
    "h = []",
    "for i in range(1000):\n    heappush(h, ((i * 7) % 101, i))\n    if i % 3 == 0:\n        _ = heappop(h)",
    "len(h), h[:4], sorted(h) == drain(h[:])",
]

FIXTURES = {
    "527-nested-items-written-and-removed": (
        "lists of tuples, lists and dicts written over, popped and removed in long loops, and lists nesting further "
        "once their deepest item is gone.",
        NESTED_ITEMS_WRITTEN,
    ),
    "528-searches-settled-by-identity": (
        "in, count, index and remove of an array in a list holding that very array, and of values unequal to "
        "themselves (NaN, complex NaN, NaN NumPy scalars, NaT) in lists whose items settle the search without identity.",
        SEARCHES_BY_IDENTITY,
    ),
    "529-plain-sequence-comparisons": (
        "tuples and lists of numbers, texts, bools and None compared by every operator, sorted, searched and heaped.",
        plain_comparisons(),
    ),
    "530-heaps-of-plain-items": (
        "heapq's push, pop, replace, push-pop and heapify on heaps of ints, floats, texts and tuples, NaN, and the "
        "items and arguments that keep the module's Python source (bools, None, lists, objects, arrays, wrong types).",
        NATIVE_HEAPS,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
