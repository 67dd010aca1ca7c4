/// One page's entry in `search-index.json`.
struct SearchPage: Sendable {
  /// The page file (`addition.html`).
  var href: String
  /// The page title.
  var title: String
  /// Its sections in order.
  var sections: [SearchSection]
}

/// Writes the search index as JSON with sorted keys and one page per line, so the bytes depend only on the book.
enum SearchIndex {
  /// `search-index.json`: `{"pages":[{"href":…,"sections":[{"heading":…,"id":…,"text":…}],"title":…}]}`.
  static func json(_ pages: [SearchPage]) -> String {
    json(entries: pages.map(entry))
  }

  /// The index made of pages' entries (`entry`), in order.
  static func json(entries: [String]) -> String {
    "{\"pages\":[\n" + entries.joined(separator: ",\n") + "\n]}\n"
  }

  /// One page's line of the index; pages' lines are independent, so a large book makes them on several threads.
  static func entry(_ page: SearchPage) -> String {
    let sections = page.sections.map { section in
      "{\"heading\":\(quoted(section.heading)),\"id\":\(quoted(section.id)),\"text\":\(quoted(section.text))}"
    }
    return "{\"href\":\(quoted(page.href)),\"sections\":[\(sections.joined(separator: ","))],"
      + "\"title\":\(quoted(page.title))}"
  }

  /// `search-index.js`: the same data for pages opened from disk, where browsers refuse to fetch the JSON file;
  /// `json` is `json(pages)`, made once for both files.
  static func script(json: String) -> String {
    "window.docbuildSearchIndex = " + json.dropLast() + ";\n"
  }

  /// A JSON string literal; escapes what JSON requires plus U+2028/U+2029, which older JavaScript rejects.
  static func quoted(_ text: String) -> String {
    // Most text needs no escape; 0xE2 leads U+2028 and U+2029 (and other characters, which take the slow path).
    let mayNeedEscape = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
    if !mayNeedEscape { return "\"" + text + "\"" }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
