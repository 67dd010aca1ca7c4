/// The default theme's `page.mustache`, with its `sidebar` and `contents` partials, written out as code.
///
/// Mustache finds every variable by dynamic casts to its protocols (sequence, lambda, custom renderable) and by
/// `Mirror`; the Swift runtime answers each new cast by scanning every protocol conformance of the binary, which
/// made the template a tenth of a large book's CPU and parsing it a tenth of a small book's. This writes the same
/// bytes Mustache writes for the same context: text escaped one Character at a time, sections of a `Bool` shown
/// when true and of any other present value when present, a section's dictionary looked up first. It is used only
/// while the theme's three files are exactly the ones it was written from (`sourceDigest`), and a context holding a
/// value of another kind than `PageContext` makes falls back to Mustache (`render` returns nil).
enum DefaultPageTemplate {
  /// FNV-1a of the three template files this code reproduces (`digest(of:)`); a test keeps it current.
  static let sourceDigest: UInt64 = 0xb671_4647_734d_f918

  /// The digest of the template texts `page`, `sidebar` and `contents`, in that order.
  static func digest(page: String, sidebar: String, contents: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for text in [page, sidebar, contents] {
      for byte in text.utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      }
      // A separator that no UTF-8 text holds, so moving bytes between files changes the digest.
      hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// The page for `context`, or nil when a value in it is not of the kind `PageContext` makes.
  static func render(_ context: [String: Any]) -> [UInt8]? {
    guard let page = Values(context) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(page.content.utf8.count + page.titleHTML.utf8.count + 4096)
    out += head
    if page.isHome {
      appendEscaped(page.bookTitle, to: &out)
    } else {
      appendEscaped(page.pageTitle, to: &out)
      out.append(contentsOf: " · ".utf8)
      appendEscaped(page.bookTitle, to: &out)
    }
    out.append(contentsOf: "</title>\n".utf8)
    if let description = page.description {
      out.append(contentsOf: "<meta name=\"description\" content=\"".utf8)
      appendEscaped(description, to: &out)
      out.append(contentsOf: "\" />\n".utf8)
    }
    out += links
    if page.isPrint { out.append(contentsOf: " class=\"print-book\"".utf8) }
    out.append(
      contentsOf: ">\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<div class=\"layout\">\n".utf8)
    appendSidebar(page, to: &out)
    out.append(contentsOf: "<main id=\"main\">\n<article class=\"content".utf8)
    if page.hasToc { out.append(contentsOf: " has-toc".utf8) }
    out.append(contentsOf: "\">\n".utf8)
    out.append(contentsOf: page.titleHTML.utf8)
    out.append(UInt8(ascii: "\n"))
    if page.hasToc {
      out += tocOpening
      for item in page.toc {
        out.append(contentsOf: "<li class=\"toc-depth-".utf8)
        out.append(contentsOf: item.depth.utf8)
        out.append(contentsOf: "\"><a href=\"#".utf8)
        appendEscaped(item.id, to: &out)
        out.append(contentsOf: "\">".utf8)
        out.append(contentsOf: item.html.utf8)
        out.append(contentsOf: "</a></li>\n".utf8)
      }
      out.append(contentsOf: "</ol>\n</nav>\n".utf8)
    }
    out.append(contentsOf: page.content.utf8)
    out.append(UInt8(ascii: "\n"))
    if page.listsChapters { appendContents(page, to: &out) }
    out.append(contentsOf: "</article>\n".utf8)
    if !page.isPrint {
      out.append(contentsOf: "<nav class=\"pager\" aria-label=\"Previous and next pages\">\n".utf8)
      if let previous = page.previous {
        out.append(contentsOf: "<a class=\"pager-previous\" rel=\"prev\" href=\"".utf8)
        appendEscaped(previous.href, to: &out)
        out.append(
          contentsOf:
            "\" aria-keyshortcuts=\"ArrowLeft\"><span class=\"pager-label\">← Previous</span> ".utf8)
        appendEscaped(previous.title, to: &out)
        out.append(contentsOf: "</a>\n".utf8)
      }
      if let next = page.next {
        out.append(contentsOf: "<a class=\"pager-next\" rel=\"next\" href=\"".utf8)
        appendEscaped(next.href, to: &out)
        out.append(contentsOf: "\" aria-keyshortcuts=\"ArrowRight\"><span class=\"pager-label\">Next →</span> ".utf8)
        appendEscaped(next.title, to: &out)
        out.append(contentsOf: "</a>\n".utf8)
      }
      out.append(contentsOf: "</nav>\n".utf8)
    }
    out.append(contentsOf: "</main>\n</div>\n</body>\n</html>\n".utf8)
    return out
  }

  private static let head = Array(
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>
    """.utf8)

  private static let links = Array(
    """
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="style.css" />
    <script src="search.js" defer="defer"></script>
    </head>
    <body
    """.utf8)

  private static let tocOpening = Array(
    """
    <nav class="page-toc" aria-labelledby="page-toc-title">
    <h2 id="page-toc-title">On this page</h2>
    <ol>

    """.utf8)

  private static let searchBox = Array(
    """
    <div class="search" id="search" role="search" hidden="hidden">
    <label for="search-input">Search this book</label>
    <input type="search" id="search-input" autocomplete="off" spellcheck="false" placeholder="Search this book" aria-keyshortcuts="/" aria-describedby="search-status" />
    <p class="search-status" id="search-status" aria-live="polite"></p>
    <ol class="search-results" id="search-results"></ol>
    <button type="button" class="search-more" id="search-more" hidden="hidden">More results</button>
    </div>
    <details class="chapter-menu" open="open">
    <summary>Chapters</summary>
    <ol class="chapter-list"
    """.utf8)

  private static let shortcuts = Array(
    """
    </details>
    <p class="shortcuts" id="shortcuts" hidden="hidden">Keys: <kbd>/</kbd> search, <kbd>←</kbd> <kbd>→</kbd> previous and next page</p>
    </nav>

    """.utf8)

  /// `sidebar.mustache`.
  private static func appendSidebar(_ page: Values, to out: inout [UInt8]) {
    out.append(
      contentsOf:
        "<nav class=\"sidebar\" id=\"sidebar\" aria-label=\"Book\">\n<a class=\"book-title\" href=\"index.html\"".utf8)
    if page.isHome { out.append(contentsOf: " aria-current=\"page\"".utf8) }
    out.append(UInt8(ascii: ">"))
    appendEscaped(page.bookTitle, to: &out)
    out.append(contentsOf: "</a>\n".utf8)
    out += searchBox
    if page.startsLater {
      out.append(contentsOf: " style=\"counter-reset: chapter ".utf8)
      out.append(contentsOf: page.nearbyOffset.utf8)
      out.append(UInt8(ascii: "\""))
    }
    out.append(contentsOf: ">\n".utf8)
    for entry in page.nearbyChapters ?? ChapterSequence(entries: [], currentNumber: 0) {
      out.append(contentsOf: "<li><a href=\"".utf8)
      appendEscaped(entry.href, to: &out)
      out.append(UInt8(ascii: "\""))
      if entry.current { out.append(contentsOf: " aria-current=\"page\"".utf8) }
      out.append(UInt8(ascii: ">"))
      appendEscaped(entry.title, to: &out)
      out.append(contentsOf: "</a></li>\n".utf8)
    }
    out.append(contentsOf: "</ol>\n".utf8)
    if let href = page.allChaptersHref {
      out.append(contentsOf: "<a class=\"all-chapters\" href=\"".utf8)
      appendEscaped(href, to: &out)
      out.append(contentsOf: "\">All ".utf8)
      out.append(contentsOf: page.chapterCount.utf8)
      out.append(contentsOf: " chapters</a>\n".utf8)
    }
    out.append(contentsOf: "<p class=\"book-tools\"><a href=\"print.html\"".utf8)
    if page.isPrint { out.append(contentsOf: " aria-current=\"page\"".utf8) }
    out.append(contentsOf: ">Print the whole book</a></p>\n".utf8)
    out += shortcuts
  }

  /// `contents.mustache`.
  private static func appendContents(_ page: Values, to out: inout [UInt8]) {
    out.append(
      contentsOf:
        "<section class=\"chapter-summaries\" aria-labelledby=\"chapters-title\">\n<h2 id=\"chapters-title\">Chapters</h2>\n<ol>\n"
        .utf8)
    for entry in page.chapters ?? ChapterSequence(entries: [], currentNumber: 0) {
      out.append(contentsOf: "<li>\n<a href=\"".utf8)
      appendEscaped(entry.href, to: &out)
      out.append(contentsOf: "\">".utf8)
      appendEscaped(entry.title, to: &out)
      out.append(contentsOf: "</a>\n".utf8)
      if !entry.summary.isEmpty {
        out.append(contentsOf: "<p>".utf8)
        out.append(contentsOf: entry.summary.utf8)
        out.append(contentsOf: "</p>\n".utf8)
      }
      out.append(contentsOf: "</li>\n".utf8)
    }
    out.append(contentsOf: "</ol>\n</section>\n".utf8)
  }

  /// Mustache's HTML escaping: each Character that is exactly `<`, `>`, `&`, `"` or `'` becomes its entity. A
  /// special character carrying a combining mark is another Character and stays as it is, as in Mustache.
  static func appendEscaped(_ text: String, to out: inout [UInt8]) {
    guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
      out.append(contentsOf: text.utf8)
      return
    }
    for character in text {
      switch character {
      case "<": out.append(contentsOf: "&lt;".utf8)
      case ">": out.append(contentsOf: "&gt;".utf8)
      case "&": out.append(contentsOf: "&amp;".utf8)
      case "\"": out.append(contentsOf: "&quot;".utf8)
      case "'": out.append(contentsOf: "&#39;".utf8)
      default: out.append(contentsOf: character.utf8)
      }
    }
  }

  /// A `previous` or `next` link.
  struct Link {
    var href: String
    var title: String
  }

  /// One line of the page's table of contents.
  struct TocItem {
    var depth: String
    var id: String
    var html: String
  }

  /// The context's values, each read with the meaning Mustache gives it in these templates.
  struct Values {
    var bookTitle = ""
    var pageTitle = ""
    var titleHTML = ""
    var content = ""
    var isHome = false
    var isPrint = false
    var hasToc = false
    var listsChapters = false
    var startsLater = false
    var description: String?
    var allChaptersHref: String?
    var chapterCount = ""
    var nearbyOffset = ""
    var toc: [TocItem] = []
    /// Iterated only where the template prints them: copying the whole list for every page would cost n² in a
    /// book of n chapters.
    var chapters: ChapterSequence?
    var nearbyChapters: ChapterSequence?
    var previous: Link?
    var next: Link?

    /// Nil when a value is of a kind this does not reproduce, or when a name that an inner section falls back to
    /// the page for (`summary`) is set on the page.
    init?(_ context: [String: Any]) {
      if context["summary"] != nil { return nil }
      for (key, value) in context {
        switch key {
        case "bookTitle", "pageTitle", "titleHTML", "content":
          guard let text = value as? String else { return nil }
          switch key {
          case "bookTitle": bookTitle = text
          case "pageTitle": pageTitle = text
          case "titleHTML": titleHTML = text
          default: content = text
          }
        case "isHome", "isPrint", "hasToc", "listsChapters", "startsLater":
          guard let flag = value as? Bool else { return nil }
          switch key {
          case "isHome": isHome = flag
          case "isPrint": isPrint = flag
          case "hasToc": hasToc = flag
          case "listsChapters": listsChapters = flag
          default: startsLater = flag
          }
        case "description", "allChaptersHref":
          guard let text = value as? String else { return nil }
          if key == "description" { description = text } else { allChaptersHref = text }
        case "chapterCount", "nearbyOffset":
          guard let number = value as? Int else { return nil }
          if key == "chapterCount" { chapterCount = String(number) } else { nearbyOffset = String(number) }
        case "toc":
          guard let items = value as? [[String: Any]] else { return nil }
          for item in items {
            guard let depth = item["depth"] as? Int, let id = item["id"] as? String, let html = item["html"] as? String
            else { return nil }
            toc.append(TocItem(depth: String(depth), id: id, html: html))
          }
        case "chapters", "nearbyChapters":
          guard let sequence = value as? ChapterSequence else { return nil }
          if key == "chapters" { chapters = sequence } else { nearbyChapters = sequence }
        case "previous", "next":
          guard let link = value as? [String: Any], let href = link["href"] as? String,
            let title = link["title"] as? String
          else { return nil }
          if key == "previous" {
            previous = Link(href: href, title: title)
          } else {
            next = Link(href: href, title: title)
          }
        default:
          continue
        }
      }
    }
  }
}
