#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 62's text positions.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session62_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/521-*` to `interpreter/526-*` fixtures; rerunning gives identical bytes.

521: `text[i]`, `text[i:j:k]`, `len(text)` and the searches `find`, `rfind`, `index`, `rindex`, `count`,
`startswith`, `endswith` and `in`, now read in the text's UTF-8 bytes in place, with where code points start kept
for the last few long texts (TextPositions.swift): short and long texts (past 64 UTF-8 bytes, the ones kept), ASCII
and not (two-, three- and four-byte code points, combining marks), every sign and bound of index and slice,
out-of-range indexes, huge slice bounds, searches with every bound and with pieces that repeat themselves, texts
Swift's `==` calls equal (canonically equivalent) that Python tells apart, a text scanned and searched in a loop,
two texts compared position by position, more texts than are kept read in turn, texts built again in a loop under
the same name, and the values that keep the general path (str subclasses, bool indexes, format fields).

522: `ord(c)` and `chr(i)`, which a compiled call site now calls directly as it calls `str` and `len`: every kind of
argument, their errors (the general path's), and the names bound again.

523: `collections.deque` used as a queue (popleft, appendleft, maxlen, rotation, iteration, comparisons, copies) over
hundreds of items, where its items now start at a moving head rather than being moved at each popleft; `heapq` on
lists of a thousand items, whose every call read the whole list (looking for byte-order arrays in it); and lists
holding byte-order arrays, still looked into once such an array exists.

524: `list.remove`, `index` and `count` on lists holding a NaN float, for other values, and of a NaN in lists
without one. Of a NaN in a list holding one, CPython finds it by identity, which snippets do not track; `==` alone
answered that it is not there (`xs.remove(n)` raised ValueError, `xs.count(n)` was 0): those are now refused
(NanSearchRefusalTests).

525: `sorted` and `list.sort` whose keys are all ints, all floats or all texts, now compared at once (texts by code
point, as their UTF-8 bytes order), beside mixed keys that take the general comparison, key functions, `reverse`
(stable), signed zeros, infinities and NaN in short lists.

526: `s += t` of two str, which now grows the text where the name holds it (a loop building a 10^5-character text
copied it at every step and passed the work budget): long texts built in loops at the top level and in functions,
names, lists and dicts that hold the text before (each keeps its own), a text read by position before it grows, and
the operands that keep the general path (ints, bytes, str subclasses); `s += b'x'` raised "unsupported operand
type(s)" where CPython says "can only concatenate str (not "bytes") to str".
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session62_fixtures.py"

TEXT_POSITIONS = [
    "short = 'héllo'",
    "ascii = 'The quick brown fox jumps over the lazy dog; ' * 3",
    "wide = 'naïve café — ∑ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\\u0301 ' * 4",
    "len(short), len(ascii), len(wide), len(''), len('a' * 64), len('é' * 32), len('é' * 33)",
    "short[0], short[1], short[-1], short[-5], short[4]",
    "ascii[0], ascii[44], ascii[-1], ascii[-len(ascii)], ascii[len(ascii) - 1]",
    "wide[0], wide[2], wide[14], wide[16], wide[-2], wide[-3], wide[27], wide[28]",
    "[wide[i] for i in range(0, len(wide), 7)]",
    "short[5]",
    "short[-6]",
    "ascii[len(ascii)]",
    "ascii[-len(ascii) - 1]",
    "wide[len(wide)]",
    "wide[-10**6]",
    "ascii[2**63]",
    "ascii[-2**63]",
    "ascii[2**70]",
    "ascii['1']",
    "ascii[1.0]",
    "ascii[None]",
    "ascii[True], ascii[False], wide[True]",
    "short[1:3], short[:-1], short[::-1], short[::2], short[5:], short[10:20], short[-100:100]",
    "ascii[4:9], ascii[:3], ascii[-4:], ascii[::-1][:10], ascii[::7], ascii[100:4:-9], ascii[3:3], ascii[9:4]",
    "wide[5:12], wide[14:20], wide[-12:-2], wide[::-1][:12], wide[1::5], wide[40:2:-3], wide[28:30]",
    "ascii[-2**63:2**63], ascii[2**70:], ascii[:-2**70], ascii[::2**70], ascii[::-2**70], wide[::10**30]",
    "ascii[::0]",
    "wide[::0]",
    "ascii[1:2:None], ascii[None:None:-1][:5], ascii[slice(2, 8, 3)], wide[slice(None, 10, 2)]",
    # A text scanned in a loop, one character and one pair at a time.
    "def count_pairs(text, pair):\n    i = 0\n    n = 0\n    while i < len(text) - 1:\n"
    "        if text[i:i + 2] == pair:\n            n += 1\n        i += 1\n    return n",
    "count_pairs(ascii, 'o'), count_pairs(ascii, 'he'), count_pairs(wide, 'é '), count_pairs(wide, '𝔫𝔦')",
    "def vowels(text):\n    found = []\n    for i in range(len(text)):\n        if text[i] in 'aeiouï':\n"
    "            found.append((i, text[i]))\n    return found[:6], len(found)",
    "vowels(ascii), vowels(wide)",
    # Two texts compared position by position, and more texts than are kept read in turn.
    "other = ascii.replace('fox', 'cat')",
    "[i for i in range(len(ascii)) if ascii[i] != other[i]]",
    "texts = [('%d-' % k) * 30 + 'é' * k for k in range(7)]",
    "[[t[-1], t[3], t[-k - 1:], len(t)] for k, t in enumerate(texts) for _ in range(2)]",
    "[texts[k % 7][k] for k in range(40)]",
    # A text built again under the same name: each new text is read as itself.
    "s = 'x' * 70",
    "seen = []",
    "for k in range(5):\n    seen.append((s[-1], len(s)))\n    s = s + str(k) + 'é'",
    "seen, s[-6:], len(s)",
    "t = 'a' * 80",
    "t2 = 'a' * 79 + 'b'",
    "t[-1], t2[-1], t[-1], len(t), len(t2), t[70:] == t2[70:], t[:79] == t2[:79]",
    # find, rfind, index, rindex, count, startswith, endswith and `in`, now searched in the text's bytes in place.
    "for t in (short, ascii, wide):\n    for sub in ('', 'o', 'he', 'é', 'e\u0301', '𝔫𝔦', ' ', 'zzz', t[3:9], t):\n"
    "        print(repr(sub), t.find(sub), t.rfind(sub), t.count(sub), t.startswith(sub), t.endswith(sub), sub in t)",
    "for t in (short, ascii, wide):\n    for start, end in ((0, None), (3, None), (-5, None), (4, 30), (30, 4), (-200, 200),\n"
    "                       (len(t), None), (len(t) + 1, None), (None, -3), (2**70, None), (-2**70, 2**70)):\n"
    "        print(start, end, t.find('e', start, end), t.rfind('e', start, end), t.count('', start, end),\n"
    "              t.find('', start, end), t.rfind('', start, end), t.count('o', start, end),\n"
    "              t.startswith(('q', 'T', 'n', 'é', ''), start, end), t.endswith(' ', start, end))",
    "ascii.index('dog'), ascii.rindex('dog'), wide.index('∑'), wide.rindex('∑'), wide.index('é', 10, 60)",
    "ascii.index('cat')",
    "wide.rindex('∑', 0, 12)",
    "ascii.find('fox', np.int64(20)), ascii.rfind('fox', None, np.int32(-50)), wide.count('a', True)",
    "ascii.find(5)",
    "ascii.find('a', 1.5)",
    "ascii.startswith(['T'])",
    "ascii.startswith(('x', 5))",
    "ascii.startswith(('T', 5))",
    # Searches whose piece repeats itself: each byte looked at a bounded number of times.
    "runs = 'a' * 5000 + 'b' + 'a' * 5000",
    "runs.find('a' * 100 + 'b'), runs.rfind('b' + 'a' * 100), runs.count('aa'), runs.count('aab'), 'a' * 101 in runs",
    "runs.find('a' * 4999 + 'ba'), runs.rfind('ab' + 'a' * 4999), runs.find('aba'), runs.startswith('a' * 5001)",
    "abab = 'ab' * 3000 + 'abc'",
    "abab.find('ababc'), abab.rfind('abab'), abab.count('abab'), abab.find('ababab', 5990), abab.endswith('babc')",
    "mixed = ('é∑𝔘' * 30 + 'x') * 3",
    "[mixed.find('x', k) for k in (0, 91, 92, 183, 184, 275, 276)], mixed.rfind('𝔘x'), mixed.count('∑𝔘é')",
    "[mixed.find(c) for c in 'é∑𝔘x'], [mixed.rfind(c) for c in 'é∑𝔘x'], mixed.startswith('∑', 1)",
    # A text searched again and again from where the last search ended.
    "def positions(text, sub):\n    found = []\n    i = text.find(sub)\n    while i != -1:\n        found.append(i)\n"
    "        i = text.find(sub, i + 1)\n    return found",
    "positions(ascii, 'o'), positions(wide, '𝔫'), positions(mixed, 'x'), len(positions(runs, 'aaa'))",
    "def tokens(text):\n    out = []\n    i = 0\n    while i < len(text):\n        if text.startswith('𝔘𝔫', i):\n"
    "            out.append(i)\n            i += 2\n        else:\n            i += 1\n    return out",
    "tokens(wide), tokens(ascii)",
    # Texts that Swift's == calls equal (canonically equivalent) but Python does not: each is read as itself.
    "composed = 'café, ' * 20",
    "decomposed = 'cafe\\u0301, ' * 20",
    "composed[3], decomposed[3], decomposed[4], len(composed), len(decomposed), composed == decomposed",
    "decomposed.find(','), composed.find(','), decomposed.rfind('\\u0301'), composed.count('é'), decomposed.count('é')",
    "import re",
    "len(re.findall('.', composed)), len(re.findall('.', decomposed)), re.search('e.,', decomposed).span()",
    "re.search('é', composed).start(), re.search('é', decomposed)",
    # str subclasses and other sequences keep their own paths.
    "class Name(str):\n    pass",
    "n = Name('x' * 70 + 'yz')",
    "n[-1], n[68:], len(n), type(n[0]).__name__",
    "b = b'bytes ' * 20",
    "b[0], b[-1], b[:6], len(b)",
    "'{0[4]}{0[5]}'.format(ascii), '{0[14]}'.format(wide)",
]

ORD_AND_CHR = [
    "ord('a'), ord('é'), ord('∑'), ord('𝔘'), ord('\\x00'), ord('\\U0010ffff'), ord(b'z'), ord(bytearray(b'q'))",
    "[ord(c) for c in 'aé∑𝔘'], ''.join(chr(ord(c) + 1) for c in 'HAL')",
    "sum(ord(c) for c in 'The quick brown fox' * 50)",
    "ord('')",
    "ord('ab')",
    "ord('e\\u0301')",
    "ord(5)",
    "ord(None)",
    "ord(b'ab')",
    "chr(0), chr(65), chr(233), chr(8721), chr(120088), chr(0x10FFFF), chr(True)",
    "[chr(i) for i in range(60, 70)], chr(np.int64(66))",
    "chr(0x110000)",
    "chr(-1)",
    "chr(2**70)",
    "chr(65.0)",
    "chr('A')",
    "def bound_again():\n    global ord\n    ord = len\n    return ord('abc')",
    "bound_again()",
    "ord('abc')",
    "del ord",
    "ord('z'), [ord(c) for c in 'xy']",
    "def local(chr):\n    return chr(66)",
    "local(str), local(lambda n: n * 2), chr(66)",
]

NAN_SEARCHES = [
    # Searches of lists holding a NaN float for other values, and for a NaN in lists without one, which docbuild
    # answers; those that CPython answers by a NaN's identity are refused (NanSearchRefusalTests).
    "n = float('nan')",
    "xs = [1, n, 2]",
    "xs.count(1), xs.index(2), (n, 2).index(2), [n, n].count(0.5), [1.5, 2.0].index(2), [0.0].count(-0.0)",
    "xs.remove(2); xs.remove(1); len(xs)",
    "[n].remove(0.5)",
    "[1, 2].index(n)",
    "[1, 2].count(n), (1, 2).count(n)",
    "xs.count(1)",
]

PLAIN_SORT_KEYS = [
    # Keys of one plain kind (ints, floats, texts) are compared at once; mixed kinds take the general comparison.
    "ints = [(i * 7919) % 1009 - 500 for i in range(300)]",
    "sorted(ints)[:6], sorted(ints)[-3:], sorted(ints, reverse=True)[:4], sorted(ints[:40])[:5]",
    "sorted(range(200), key=lambda v: (v * 37) % 101)[:12]",
    "sorted(range(200), key=lambda v: -((v * 37) % 101), reverse=True)[:12]",
    "sorted(range(100), key=lambda v: v % 3)[:8], sorted(range(100), key=lambda v: v % 3, reverse=True)[:8]",
    "floats = [((i * 7919) % 1009) / 7 - 70 for i in range(300)] + [0.0, -0.0, float('inf'), -float('inf'), 1e-300]",
    "sorted(floats)[:4], sorted(floats)[-3:], [x for x in sorted(floats) if x == 0]",
    "sorted([0.0, -0.0] * 40)[:4], sorted([-0.0, 0.0] * 40)[:4]",
    "sorted([1.5, float('nan'), 0.5, -1.0]), sorted([float('nan'), 2.0, 1.0])",
    "words = ['zeta', 'Zeta', 'éclair', 'eclair', 'e\u0301clair', 'ω', '𝔘', '\uffff', 'a', '', 'ab', 'a b', 'A'] * 6",
    "sorted(words)[::6], sorted(words, reverse=True)[::6]",
    "sorted(set(words)), sorted(set(words), reverse=True)[:4]",
    "sorted(words, key=str.lower)[::6], sorted(words, key=lambda w: w[::-1])[::6]",
    "mixed = [3, 1.5, True, 2, 0.5, False, -1] * 12",
    "sorted(mixed)[::12], sorted(mixed, reverse=True)[::12]",
    "sorted([2**70, 3, -2**65, 1.5] * 20)[::20]",
    "xs = list(range(150, 0, -1)); xs.sort(); xs[:3], xs[-2:]",
    "ys = [str(i) for i in range(120)]; ys.sort(); ys[:12]",
    "min(words), max(words), min(floats), max(ints)",
    "sorted(['b', 1] * 40)",
    "sorted([1, 'b'])",
]

TEXT_APPENDS = [
    # `s += t` of two str grows the text where the name holds it; every other holder keeps its text.
    "s = ''",
    "for i in range(70000):\n    s += 'ab'[i % 2]",
    "len(s), s[:6], s[-3:], s.count('b')",
    "def build(n):\n    out = ''\n    for i in range(n):\n        out += 'é' if i % 3 else 'xy'\n    return out",
    "t = build(50000); len(t), t[:7], t[-4:], len(t.encode())",
    "a = 'abc'",
    "b = a",
    "b += 'd'",
    "a, b",
    "c = [a]",
    "a += 'e'",
    "c, a",
    "d = {'k': a}",
    "a += a",
    "d, a",
    "def keep(x):\n    y = x\n    x += '!'\n    return y, x",
    "keep('hi'), keep('')",
    "u = 'x' * 100",
    "u[5], len(u)",
    "u += 'y'",
    "u[-1], u[5], len(u), u.find('y')",
    "w = 'q'",
    "w += 5",
    "w",
    "w += b'x'",
    "class S(str):\n    pass",
    "v = 'a'",
    "v += S('b')",
    "v, type(v).__name__",
    "z = S('c')",
    "z += 'd'",
    "z, type(z).__name__",
    "n = 3",
    "n += 'x'",
]

QUEUES_AND_HEAPS = [
    "from collections import deque",
    "import heapq",
    # A deque used as a queue: popleft and appendleft now move its head, and every method sees the same items.
    "q = deque(range(200))",
    "[q.popleft() for _ in range(150)][-3:], len(q), q[0], q[-1], q[10], q[-50]",
    "q.appendleft('a'); q.appendleft('b'); q.extendleft([1, 2, 3]); q",
    "list(q)[:8], list(reversed(q))[:3], q.count(3), q.index(199), 170 in q, 'b' in q, len(q)",
    "q.rotate(3); q.rotate(-5); list(q)[:6], q[0], q.pop(), q.popleft()",
    "q[2] = 'x'; del q[3]; q.insert(1, 'ins'); q.remove('a'); list(q)[:6], len(q)",
    "q2 = q.copy(); q2 == q, q2 != q, q2 < q, q2 + deque([1]) == q + deque([1]), len(q * 2)",
    "q.reverse(); list(q)[:4], list(q)[-4:]",
    "q.remove(3); q.remove('x'); q.remove((1, 2)) if (1, 2) in q else None; list(q)[:5], len(q)",
    "q.remove('never')",
    "q.remove(10**6)",
    "r = deque([1, float('nan'), 2]); r.remove(2); r.remove(1); len(r)",
    "q.clear(); q, len(q), bool(q)",
    "q.popleft()",
    "q.pop()",
    "q[0]",
    "e = deque()",
    "for k in range(300):\n    e.appendleft(k)\n    if k % 3 == 0:\n        _ = e.pop()\n    if k % 5 == 0 and e:\n"
    "        _ = e.popleft()",
    "len(e), e[0], e[-1], e[100], list(e)[:5], sum(e), e.index(250)",
    "w = deque(maxlen=5)",
    "for k in range(100):\n    w.append(k)",
    "w, len(w), w.maxlen, sum(w)",
    "for k in range(7):\n    w.appendleft(-k)",
    "w, w[0], w[-1]",
    "z = deque(range(100), maxlen=0); z, len(z)",
    "z.append(1); z.appendleft(2); z",
    "big = deque(range(1000))",
    "while len(big) > 10:\n    _ = big.popleft()\n    big.append(big.popleft() * 2)",
    "big, len(big)",
    "it = iter(big); next(it), next(it)",
    "big.popleft(); next(it)",
    "d3 = deque(range(80))",
    "for _ in range(70):\n    _ = d3.popleft()",
    "out = []",
    "for v in d3:\n    out.append((v, d3.count(v)))",
    "out, repr(d3), d3 == deque(range(70, 80)), deque(range(70, 80)) == d3",
    "import copy",
    "c = copy.copy(d3); c.appendleft(-1); c, d3",
    "def bfs(n):\n    seen = {0}\n    frontier = deque([0])\n    order = []\n    while frontier:\n"
    "        node = frontier.popleft()\n        order.append(node)\n        for nxt in (2 * node + 1, 2 * node + 2):\n"
    "            if nxt < n and nxt not in seen:\n                seen.add(nxt)\n                frontier.append(nxt)\n"
    "    return order",
    "order = bfs(2000); len(order), order[:5], order[-3:]",
    # heapq on long lists: each push and pop no longer reads the whole heap.
    "h = []",
    "for i in range(1200):\n    heapq.heappush(h, (i * 7919) % 1201)",
    "[heapq.heappop(h) for _ in range(5)], len(h), h[0], heapq.nsmallest(3, h), heapq.nlargest(3, h)",
    "heapq.heappushpop(h, -1), heapq.heapreplace(h, 10**6), len(h), h[0]",
    "pairs = [(v % 17, v) for v in range(600)]",
    "heapq.heapify(pairs); [heapq.heappop(pairs) for _ in range(4)]",
    "isinstance(h, list), len(h), sum(h) % 1000",
    # Byte-order arrays inside lists are still looked for, once one exists.
    "a = np.arange(3, dtype='>i4')",
    "len([a]), len([a, a, a]), isinstance([a], list), [a][0].dtype",
]

FIXTURES = {
    "521-text-positions": (
        "text[i], text[i:j:k], len(text) and the str searches of short and long texts, ASCII and past ASCII, at every sign and bound, in "
        "loops, and the values that keep the general path.",
        TEXT_POSITIONS,
    ),
    "522-ord-and-chr-called-directly": (
        "ord and chr of one plain argument, called directly at a compiled call site, their errors and the names bound "
        "again.",
        ORD_AND_CHR,
    ),
    "524-nan-found-by-identity-in-lists": (
        "list.remove, index and count on lists holding a NaN float, and of a NaN in lists without one.",
        NAN_SEARCHES,
    ),
    "525-sorting-plain-keys": (
        "sorted and list.sort with int, float and text keys (compared at once), mixed keys, key functions and reverse.",
        PLAIN_SORT_KEYS,
    ),
    "526-texts-grown-by-plus-equals": (
        "s += t of two str grows the text in place where only the name holds it; every other holder keeps its own.",
        TEXT_APPENDS,
    ),
    "523-queues-and-heaps-of-many-items": (
        "collections.deque as a queue and a stack of hundreds of items (popleft, appendleft, maxlen, iteration, "
        "comparison, copies), heapq on lists of a thousand, and byte-order arrays in lists.",
        QUEUES_AND_HEAPS,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
