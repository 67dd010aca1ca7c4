#!/usr/bin/env python3
"""Reads a built docbuild site in headless Chromium the way readers see it, and fails on what they would notice.

    python3 Tests/browser/check.py SITE_DIR SCREENSHOT_DIR [--book]

Every page at 390 and 1280 px wide, light and dark (prefers-color-scheme emulation), served over HTTP from
127.0.0.1 so the fonts and the search index load as on a web server:
  - axe-core (4.12, from the axe-playwright-python wheel; only its axe.min.js is used) reports no violations;
  - no display formula is clipped: each one is photographed as shown and with overflow visible, and the two
    must be identical (a formula that scrolls sideways must keep every glyph box inside its height);
  - the math font is loaded from the site (document.fonts has "docbuild Math" loaded from docbuild-math.woff2);
  - at 1280 px gradient tables are laid out as tables, not cards, and do not scroll;
  - with --book (the shipped book): at 1280 px no code block scrolls sideways;
  - the browser console stays free of errors.
Then: each transcript's copy button copies just its statements; / focuses search and → opens the next page; on the
home page, search finds Unicode terms (∂), shows readable excerpts (no TeX) with highlighted matches and opens the
first result on Enter, over HTTP and from file://. Screenshots of every page and configuration go to
SCREENSHOT_DIR. Prints "N passed, M failed" and exits 1 when anything failed.

Needs Debian's chromium and chromium-driver, and `pip install selenium`, `pip install --no-deps
axe-playwright-python==0.1.8`; Tests/browser/run.sh installs them when missing.
"""

import functools
import http.server
import importlib.util
import json
import pathlib
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

WIDTHS = (390, 1280)
SCHEMES = ("light", "dark")
HEIGHT = 900


class Results:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, ok, name, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failures.append(f"{name}: {detail}")
            print(f"FAIL {name}: {detail}", flush=True)


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("axe-core is missing: pip install --no-deps axe-playwright-python==0.1.8")
    return (pathlib.Path(spec.submodule_search_locations[0]) / "axe.min.js").read_text(encoding="utf-8")


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    # CI runs as root with no display.
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # axe over the print page (the whole book) takes a while on a busy machine.
    driver.set_script_timeout(300)
    return driver


def configure(driver, width, scheme, scale=1):
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": HEIGHT, "deviceScaleFactor": scale, "mobile": width < 600},
    )
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def load(driver, url):
    driver.get(url)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    driver.execute_async_script("var done = arguments[0]; document.fonts.ready.then(function () { done(); });")


# A formula is clipped when ink that it draws is cut off by its box (overflow-x: auto clips vertically too). Layout
# boxes cannot tell: a math font's line metrics overflow without ink, and ink can overflow its glyph's box. So each
# formula that fits its width is photographed as shown, then with overflow visible; any differing pixel is ink that
# was cut. Formulas that scroll sideways must instead keep every glyph box (mi, mn, mo, mtext) inside their height.
FORMULAS = """
return Array.prototype.map.call(document.querySelectorAll('math[display="block"]'), function (math, index) {
  var box = math.getBoundingClientRect();
  var outside = [];
  math.querySelectorAll("mi, mn, mo, mtext").forEach(function (token) {
    var r = token.getBoundingClientRect();
    if (r.height > 0 && (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)) outside.push(token.textContent);
  });
  return {index: index, text: math.textContent.trim().slice(0, 40), scrolls: math.scrollWidth > math.clientWidth + 1,
          x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height,
          outside: outside};
});
"""


def clipped_formulas(driver):
    problems = []
    for formula in driver.execute_script(FORMULAS):
        label = f"formula {formula['index'] + 1} ({formula['text']})"
        if formula["scrolls"]:
            if formula["outside"]:
                problems.append(f"{label}: glyphs {formula['outside'][:3]} outside its box")
            continue
        # Photograph it in the viewport: capturing beyond it re-renders the whole (long) page each time.
        driver.execute_script(
            "document.querySelectorAll('math[display=\"block\"]')[arguments[0]].scrollIntoView({block: 'center'});",
            formula["index"],
        )
        at = driver.execute_script(
            "var r = document.querySelectorAll('math[display=\"block\"]')[arguments[0]].getBoundingClientRect();"
            "return [r.left + window.scrollX, r.top + window.scrollY];",
            formula["index"],
        )
        clip = {
            "x": max(0, at[0] - 8),
            "y": max(0, at[1] - 24),
            "width": formula["width"] + 16,
            "height": formula["height"] + 48,
            "scale": 1,
        }
        shots = []
        for overflow in ("", "visible"):
            driver.execute_script(
                "document.querySelectorAll('math[display=\"block\"]')[arguments[0]].style.overflow = arguments[1];",
                formula["index"],
                overflow,
            )
            shot = driver.execute_cdp_cmd(
                "Page.captureScreenshot", {"format": "png", "clip": clip}
            )
            shots.append(shot["data"])
        driver.execute_script(
            "document.querySelectorAll('math[display=\"block\"]')[arguments[0]].style.overflow = '';", formula["index"]
        )
        if shots[0] != shots[1]:
            problems.append(f"{label}: ink cut off by its box")
    return problems


MATH_FONT = """
var faces = [];
document.fonts.forEach(function (face) { faces.push([face.family.replace(/"/g, ''), face.status]); });
var fromSite = performance.getEntriesByType('resource').some(function (entry) {
  return entry.name.indexOf(location.origin + '/') === 0 && /docbuild-math\\.woff2$/.test(entry.name);
});
var used = document.querySelector('math') ? getComputedStyle(document.querySelector('math')).fontFamily : '';
return {faces: faces, fromSite: fromSite, hasMath: !!document.querySelector('math'), family: used};
"""

GRADIENT_TABLES = """
return Array.prototype.map.call(document.querySelectorAll('table.gradients'), function (table) {
  var scroller = table.closest('.table-scroll');
  return {display: getComputedStyle(table).display,
          scrolls: scroller ? scroller.scrollWidth > scroller.clientWidth + 1 : false,
          caption: table.caption ? table.caption.textContent : ''};
});
"""

SCROLLING_CODE = """
return Array.prototype.filter.call(document.querySelectorAll('pre'), function (pre) {
  return !pre.closest('.table-scroll') && pre.scrollWidth > pre.clientWidth + 1;
}).map(function (pre) { return pre.textContent.slice(0, 60); });
"""


def run_axe(driver, source):
    driver.execute_script(source)
    result = driver.execute_async_script(
        "var done = arguments[0];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations); },"
        " function (e) { done([{id: 'axe-error', impact: String(e), nodes: []}]); });"
    )
    return [
        f"{v['id']} ({v['impact']}): " + ", ".join(str(n.get("target")) for n in v["nodes"][:3]) for v in result
    ]


def check_page(driver, results, base, page, width, scheme, book, shots, axe):
    name = f"{page} {width}px {scheme}"
    configure(driver, width, scheme)
    load(driver, base + page)
    stem = page.removesuffix(".html")
    driver.save_screenshot(str(shots / f"{stem}-{width}-{scheme}.png"))
    errors = console_errors(driver)
    results.check(not errors, f"{name} console", "; ".join(errors))
    violations = run_axe(driver, axe)
    results.check(not violations, f"{name} axe", "; ".join(violations))
    clipped = clipped_formulas(driver)
    results.check(not clipped, f"{name} formulas inside their boxes", "; ".join(clipped[:5]))
    font = driver.execute_script(MATH_FONT)
    if font["hasMath"]:
        loaded = ["docbuild Math", "loaded"] in font["faces"]
        results.check(
            loaded and font["fromSite"] and font["family"].startswith('"docbuild Math"'),
            f"{name} math font from the site",
            json.dumps(font),
        )
    if width >= 1280:
        tables = driver.execute_script(GRADIENT_TABLES)
        for table in tables:
            results.check(
                table["display"] == "table" and not table["scrolls"],
                f"{name} gradient table is a table",
                json.dumps(table),
            )
        if book:
            scrolling = driver.execute_script(SCROLLING_CODE)
            results.check(not scrolling, f"{name} no code scrolls sideways", "; ".join(scrolling))


def check_search(driver, results, url, label, shots):
    configure(driver, 1280, "light")
    load(driver, url)
    field = driver.find_element(By.ID, "search-input")
    field.click()
    field.send_keys("∂")
    WebDriverWait(driver, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li") or d.find_element(By.ID, "search-status").text
    )
    items = driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    excerpts = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "#search-results li p")]
    marks = driver.find_elements(By.CSS_SELECTOR, "#search-results mark")
    results.check(len(items) > 0, f"search {label} finds ∂", driver.find_element(By.ID, "search-status").text)
    tex = [text for text in excerpts if "\\" in text]
    results.check(excerpts and not tex, f"search {label} excerpts are readable text", "; ".join(tex[:2]) or "none")
    results.check(len(marks) > 0, f"search {label} highlights matches")
    driver.save_screenshot(str(shots / f"search-{label}.png"))
    errors = console_errors(driver)
    results.check(not errors, f"search {label} console", "; ".join(errors))
    before = driver.current_url
    field.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: d.current_url != before)
    results.check("#" in driver.current_url or driver.current_url != before, f"search {label} Enter opens a result")


MARK = "✓(verified: this claim held when the page was built)"


def check_copy(driver, results, base, pages):
    """The copy button of every transcript copies exactly its statements: the lines after `>>> ` and `... `."""
    origin = base.rstrip("/")
    driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    configure(driver, 1280, "light")
    for page in pages:
        load(driver, base + page)
        buttons = driver.find_elements(By.CSS_SELECTOR, "pre.transcript + .copy-button")
        for number, button in enumerate(buttons[:3]):
            pre = driver.execute_script("return arguments[0].previousElementSibling.textContent;", button)
            # A verified claim's line starts with its mark (✓ and hidden text), which is not part of the statement.
            lines = [line.replace(MARK, "") for line in pre.split("\n")]
            expected = "".join(line[4:] + "\n" for line in lines if line.startswith((">>> ", "... ")))
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button)
            copied = driver.execute_async_script(
                "var done = arguments[0]; setTimeout(function () {"
                " navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); }); }, 100);"
            )
            results.check(copied == expected, f"{page} transcript {number + 1} copies its statements", repr(copied))


def check_shortcuts(driver, results, base, pages):
    """/ focuses the search box; → and ← follow the pager's next and previous links."""
    configure(driver, 1280, "light")
    chapters = [page for page in pages if page not in ("index.html", "print.html")]
    if not chapters:
        return
    load(driver, base + chapters[0])
    expected = driver.execute_script(
        "var a = document.querySelector('.pager a[rel=next]'); return a ? a.href : null;"
    )
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    focused = driver.execute_script("return document.activeElement && document.activeElement.id;")
    results.check(focused == "search-input", "shortcut / focuses search", str(focused))
    if expected:
        driver.execute_script("document.activeElement.blur();")
        body.send_keys(Keys.ARROW_RIGHT)
        WebDriverWait(driver, 10).until(lambda d: d.current_url == expected)
        results.check(driver.current_url == expected, "shortcut → opens the next page", driver.current_url)


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(arguments) != 2:
        sys.exit(__doc__)
    site = pathlib.Path(arguments[0]).resolve()
    shots = pathlib.Path(arguments[1]).resolve()
    book = "--book" in sys.argv
    shots.mkdir(parents=True, exist_ok=True)
    pages = sorted(path.name for path in site.glob("*.html"))
    if not pages:
        sys.exit(f"{site} holds no pages")
    axe = axe_source()
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    results = Results()
    driver = browser()
    try:
        for page in pages:
            for width in WIDTHS:
                for scheme in SCHEMES:
                    check_page(driver, results, base, page, width, scheme, book, shots, axe)
        check_copy(driver, results, base, pages)
        check_shortcuts(driver, results, base, pages)
        check_search(driver, results, base + "index.html", "http", shots)
        check_search(driver, results, (site / "index.html").as_uri(), "file", shots)
    finally:
        driver.quit()
        server.shutdown()
    print(f"{results.passed} passed, {len(results.failures)} failed")
    sys.exit(1 if results.failures else 0)


if __name__ == "__main__":
    main()
