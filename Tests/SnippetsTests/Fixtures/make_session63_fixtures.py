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
    "r = [(i, i) for i in range(3000)]",
    "for i in range(0, 3000, 2):\n    r.remove((i, i))",
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
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
