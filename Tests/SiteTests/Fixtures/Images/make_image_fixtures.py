#!/usr/bin/env python3
"""Writes the small images ImageSizeTests reads, and sizes.json with each one's size as Pillow reads it back (the
SVG sizes are what their text declares). Rerunning rewrites every file byte for byte (Pillow 13)."""
import json
import os

from PIL import Image

here = os.path.dirname(os.path.abspath(__file__))


def gradient(width, height):
    image = Image.new("RGB", (width, height))
    image.putdata([((x * 7) % 256, (y * 13) % 256, (x * y) % 256) for y in range(height) for x in range(width)])
    return image


gradient(37, 21).save(os.path.join(here, "plot.png"), optimize=False)
gradient(53, 29).save(os.path.join(here, "photo.jpg"), quality=80)
gradient(41, 17).save(os.path.join(here, "progressive.jpg"), quality=80, progressive=True)
# A JPEG with an EXIF segment before the frame header, so the reader must skip segments.
exif = Image.Exif()
exif[0x010F] = "docbuild"
gradient(300, 2).save(os.path.join(here, "exif.jpg"), quality=80, exif=exif.tobytes())
gradient(19, 11).convert("P").save(os.path.join(here, "anim.gif"))

svgs = {
    "drawing.svg": ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment before the root -->\n'
                    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80px">'
                    '<rect width="10" height="10"/></svg>\n', [120, 80]),
    "viewbox.svg": ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64.4 32'><circle r='3'/></svg>\n", [64, 32]),
    "relative.svg": ('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="2em"></svg>\n', None),
}
sizes = {}
for name, (text, size) in svgs.items():
    with open(os.path.join(here, name), "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    sizes[name] = size
for name in ["plot.png", "photo.jpg", "progressive.jpg", "exif.jpg", "anim.gif"]:
    with Image.open(os.path.join(here, name)) as image:
        sizes[name] = list(image.size)
with open(os.path.join(here, "sizes.json"), "w", encoding="utf-8", newline="\n") as file:
    json.dump(dict(sorted(sizes.items())), file, indent=2)
    file.write("\n")
