/// Gives headings stable, unique ids: the slugified text, then `-1`, `-2`… for repeats.
struct HeadingSlugger {
  /// Ids already handed out on this page, including the theme's own.
  private var taken: Set<String>

  /// Ids the default theme uses on every page, so a heading called "Main" cannot collide with them.
  static let themeIDs: Set<String> = [
    "chapters-title", "main", "page-toc-title", "search", "search-input", "search-results", "sidebar",
  ]

  /// Makes a slugger that avoids `reserved`.
  init(reserved: Set<String> = HeadingSlugger.themeIDs) {
    taken = reserved
  }

  /// Returns the id for a heading with this plain text and remembers it.
  mutating func uniqueID(for text: String) -> String {
    let base = Self.slug(text)
    var candidate = base
    var suffix = 0
    while taken.contains(candidate) {
      suffix += 1
      candidate = "\(base)-\(suffix)"
    }
    taken.insert(candidate)
    return candidate
  }

  /// Lowercases letters and digits, joins the words with `-` and drops everything else; `section` when nothing is left.
  static func slug(_ text: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingHyphen && !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.append(character)
      } else if character.isWhitespace || character == "-" || character == "_" {
        pendingHyphen = true
      }
    }
    return slug.isEmpty ? "section" : slug
  }
}
