/// Gives headings stable, unique ids: the slugified text, then `-1`, `-2`… for repeats.
struct HeadingSlugger {
  /// Ids already handed out on this page, including the theme's own.
  private var taken: Set<String>
  /// The last suffix tried for each base slug, so the next repeat starts after it: without it, the n-th identical
  /// heading would probe n taken ids, and a page of repeats would take quadratic time.
  private var lastSuffix: [String: Int] = [:]
  /// How many candidate ids were looked up, so a test can see the work stay linear without timing it.
  private(set) var probes = 0

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
    var suffix = lastSuffix[base] ?? 0
    while taken.contains(candidate) {
      probes += 1
      suffix += 1
      candidate = "\(base)-\(suffix)"
    }
    lastSuffix[base] = suffix
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
