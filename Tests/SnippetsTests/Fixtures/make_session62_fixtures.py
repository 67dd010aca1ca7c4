#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 62's text positions.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session62_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/521-*` and `interpreter/522-*` fixtures; rerunning gives identical bytes.

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
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
