#!/usr/bin/env python3
"""Makes the theme's math font, docbuild-math.woff2, from Debian's STIX Math 1.1.1 (fonts-stix, SIL OFL 1.1).

    apt-get install fonts-stix && pip install fonttools brotli
    python3 Sources/Site/Theme/fonts/make_math_font.py

The font keeps its OpenType MATH table (stretchy parentheses, large operators, script sizes) and is subset to what
docbuild's MathML writer can emit: every non-ASCII character in Sources/MathML/*.swift, ASCII, Latin-1, Greek, the
letter-like symbols and the Mathematical Alphanumeric Symbols that browsers substitute for italic and bold letters.
A subset is a Modified Version under the OFL and STIX's terms ask it to carry another name, so its family is
"docbuild Math"; the copyright and trademark notices stay. Rerunning gives the same bytes (fixed timestamps).
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = pathlib.Path("/usr/share/fonts/opentype/stix-word/STIXMath-Regular.otf")
HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[3]
OUTPUT = HERE / "docbuild-math.woff2"
FAMILY = "docbuild Math"


def writer_characters():
    """Every non-ASCII character in the MathML module's sources: symbols, operators, fences, accents."""
    found = set()
    for path in sorted((REPO / "Sources" / "MathML").glob("*.swift")):
        found.update(ch for ch in path.read_text(encoding="utf-8") if ord(ch) > 0x7F)
    return found


def ranges():
    spans = [
        (0x20, 0x7E),  # ASCII
        (0xA0, 0xFF),  # Latin-1
        (0x370, 0x3FF),  # Greek
        (0x2000, 0x206F),  # punctuation, primes, spaces
        (0x2100, 0x214F),  # letter-like symbols (ℝ, ℓ, ℏ, the holes in the alphanumeric block)
        (0x2190, 0x21FF),  # arrows
        (0x2200, 0x22FF),  # mathematical operators
        (0x2300, 0x23FF),  # brackets and their extension pieces
        (0x27E8, 0x27EF),  # angle brackets
        (0x1D400, 0x1D7FF),  # mathematical alphanumeric symbols
    ]
    codepoints = set()
    for low, high in spans:
        codepoints.update(range(low, high + 1))
    return codepoints


def main():
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is missing: apt-get install fonts-stix")
    font = TTFont(SOURCE)
    codepoints = ranges() | {ord(ch) for ch in writer_characters()}
    codepoints &= set(font.getBestCmap())
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)

    # OFL: a Modified Version must not use the Reserved Font Name; STIX's terms ask for another name.
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (3, 4):
            record.string = FAMILY + " Regular" if record.nameID == 4 else "docbuild Math Regular; subset of STIX Math 1.1.1"
        elif record.nameID == 6:
            record.string = "docbuildMath-Regular"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = ["docbuildMath-Regular"]
        top = cff.topDictIndex[0]
        top.FullName = FAMILY + " Regular"
        top.FamilyName = FAMILY
    # Same bytes on every run: the head table's modification time would otherwise be now.
    font["head"].modified = font["head"].created
    font.recalcTimestamp = False
    font.flavor = "woff2"
    font.save(OUTPUT, reorderTables=True)
    print(f"{OUTPUT.relative_to(REPO)}: {OUTPUT.stat().st_size} bytes, {len(codepoints)} characters")


if __name__ == "__main__":
    main()
