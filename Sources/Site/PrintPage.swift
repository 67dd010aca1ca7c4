import Markdown

/// `print.html`: every page's article in reading order, for printing or saving the whole book as one PDF.
///
/// Each page becomes a `<section>` whose id is the page's name, and every id inside it gets that name and a colon as
/// a prefix (`addition:gradients`), so ids stay unique across the book; links between pages become links within
/// this one. The rewriting touches only the `id="…"` and `href="…"` attributes docbuild itself writes.
enum PrintPage {
  /// The file name of the print page.
  static let file = "print.html"

  /// The combined article HTML for `pages`, whose rendered bodies are `bodies` and whose titles `titles` (the
  /// heading each page shows).
  static func html(pages: [PlannedPage], titles: [String], bodies: [RenderedBody]) -> String {
    let prefixes = sectionPrefixes(pages)
    return pages.indices.map { section(pages[$0], title: titles[$0], body: bodies[$0], prefixes: prefixes) }.joined()
  }

  /// Each page's section id by its href, for turning links between pages into links within the print page.
  static func sectionPrefixes(_ pages: [PlannedPage]) -> [String: String] {
    var prefixes: [String: String] = [:]
    for page in pages { prefixes[page.href] = sectionID(page) }
    return prefixes
  }

  /// One page's `<section>`: sections are independent, so a large book makes them on several threads and joins them
  /// in order.
  static func section(_ page: PlannedPage, title: String, body: RenderedBody, prefixes: [String: String]) -> String {
    let prefix = sectionID(page)
    return "<section class=\"print-page\" id=\"\(escapeHTML(prefix))\">\n"
      + rewrite(title + body.html, prefix: prefix, prefixes: prefixes) + "</section>\n"
  }

  /// The section id of a page: its file name without `.html` (`index` for the home page).
  static func sectionID(_ page: PlannedPage) -> String {
    page.file.hasSuffix(".html") ? String(page.file.dropLast(5)) : page.file
  }

  /// Prefixes ids and same-page fragments with `prefix`, and turns links to other pages into fragments. A scan of
  /// the bytes for ` id="` and ` href="`: the print page holds every chapter, and a `Regex` took seconds over a
  /// thousand of them.
  private static func rewrite(_ html: String, prefix: String, prefixes: [String: String]) -> String {
    var html = html
    return html.withUTF8 { rewrite(utf8: $0, prefix: prefix, prefixes: prefixes) }
  }

  private static func rewrite(
    utf8 bytes: UnsafeBufferPointer<UInt8>, prefix: String, prefixes: [String: String]
  ) -> String {
    let idAttribute = Array(" id=\"".utf8)
    let hrefAttribute = Array(" href=\"".utf8)
    let escapedPrefix = escapeHTML(prefix)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 8)
    // Whether `pattern` is at `index`, compared byte by byte (a generic `starts(with:)` of slices was a measurable
    // part of a large book's print page).
    func matches(_ pattern: [UInt8], at index: Int) -> Bool {
      guard bytes.count - index >= pattern.count else { return false }
      for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
      return true
    }
    var copied = 0
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: " ") else {
        index += 1
        continue
      }
      let attribute: [UInt8]
      if matches(idAttribute, at: index) {
        attribute = idAttribute
      } else if matches(hrefAttribute, at: index) {
        attribute = hrefAttribute
      } else {
        index += 1
        continue
      }
      let valueStart = index + attribute.count
      // Without a closing quote here there is none later either: nothing more to rewrite.
      guard let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
      let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
      var rewritten = value
      if attribute == idAttribute {
        rewritten = escapedPrefix + ":" + value
      } else if value.hasPrefix("#") {
        rewritten = "#" + escapedPrefix + ":" + value.dropFirst()
      } else {
        let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        if let target = prefixes[String(parts[0])].map(escapeHTML) {
          rewritten = parts.count == 2 && !parts[1].isEmpty ? "#" + target + ":" + parts[1] : "#" + target
        }
      }
      result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<valueStart]))
      result += rewritten.utf8
      result.append(UInt8(ascii: "\""))
      index = valueEnd + 1
      copied = index
    }
    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    return String(decoding: result, as: UTF8.self)
  }
}

/// The `<meta name="description">` of a page: its first paragraph as plain text, math read as Unicode, cut at a
/// word boundary so search engines and link previews show whole words.
enum PageDescription {
  /// The longest description, in characters, before it is cut with "…".
  static let limit = 160

  /// The description of a chapter, nil when it has no paragraph.
  static func of(_ chapter: ChapterPage) -> String? {
    for block in chapter.document.blocks {
      guard case .paragraph(let content, _) = block else { continue }
      let text = InlinePlainText.text(of: content, math: chapter.math)
        .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      return text.isEmpty ? nil : cut(text)
    }
    return nil
  }

  /// `text` when it is short enough, otherwise its words up to the limit and "…".
  static func cut(_ text: String) -> String {
    guard text.count > limit else { return text }
    let head = text.prefix(limit)
    let end = head.lastIndex(of: " ") ?? head.endIndex
    return head[..<end].trimmingTrailingPunctuation() + "…"
  }
}

extension Substring {
  fileprivate func trimmingTrailingPunctuation() -> String {
    var text = self
    while let last = text.last, last == "," || last == ";" || last == ":" || last == " " { text = text.dropLast() }
    return String(text)
  }
}
