#!/usr/bin/env python3
"""Retakes the README's screenshots from a built site of the shipped book, in headless Chromium.

    python3 Tests/browser/readme_screenshots.py SITE_DIR

Writes Tests/SiteTests/Screenshots/desktop-light.png (the broadcasting chapter at 1280 × 960, at "Axes of size one")
and phone-dark.png (its first 1125 px at 375 px wide, dark, at twice the pixel density); and training-desktop-light.png
(chapter 4 at 1280 × 960, at its training loop and loss curve) and training-phone-dark.png (chapter 4's table as cards, 375 px wide,
dark, twice the density), those two reduced to a 256-colour palette so each stays under 150 KB.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import check  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[1] / "SiteTests" / "Screenshots"


def training(driver, base):
    """Chapter 4: its gradient table with the bias's broadcast diagram, on a desktop and as cards on a phone."""
    from PIL import Image

    check.configure(driver, 1280, "light")
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 960, "deviceScaleFactor": 1, "mobile": False}
    )
    check.load(driver, base + "training.html")
    driver.execute_script("document.querySelector('svg.plot').scrollIntoView();")
    driver.execute_script("window.scrollBy(0, -640);")
    driver.save_screenshot(str(OUT / "training-desktop-light.png"))
    check.configure(driver, 375, "dark", scale=2)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True}
    )
    check.load(driver, base + "training.html")
    driver.execute_script("document.querySelectorAll('table.gradients tr')[2].scrollIntoView();")
    driver.save_screenshot(str(OUT / "training-phone-dark.png"))
    for name in ("training-desktop-light.png", "training-phone-dark.png"):
        image = Image.open(OUT / name).convert("RGB")
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(OUT / name, optimize=True)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    server = check.serve(pathlib.Path(sys.argv[1]).resolve())
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    driver = check.browser()
    try:
        check.configure(driver, 1280, "light")
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 960, "deviceScaleFactor": 1, "mobile": False}
        )
        check.load(driver, base + "broadcasting.html")
        driver.execute_script("document.getElementById('axes-of-size-one').scrollIntoView();")
        driver.save_screenshot(str(OUT / "desktop-light.png"))
        check.configure(driver, 375, "dark", scale=2)
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": 375, "height": 1125, "deviceScaleFactor": 2, "mobile": True}
        )
        check.load(driver, base + "broadcasting.html")
        driver.save_screenshot(str(OUT / "phone-dark.png"))
        training(driver, base)
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
