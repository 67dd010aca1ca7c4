import Mustache

/// One chapter in a page's `chapters` list, with the documented template variables
/// `number`, `title`, `href`, `current` and `summary`.
struct ChapterEntry: Sendable, MustacheParent {
  /// The chapter's position in reading order, 1 for the first chapter.
  var number: Int
  /// The chapter title.
  var title: String
  /// The chapter's page file.
  var href: String
  /// The chapter's first paragraph as HTML, "" when it has none.
  var summary: String
  /// True on the chapter's own page.
  var current: Bool

  /// The entries for every chapter of `pages` (all but the home page), none of them current.
  static func list(pages: [PlannedPage], summaries: [String?]) -> [ChapterEntry] {
    zip(pages, summaries).enumerated().dropFirst().map { number, pair in
      ChapterEntry(
        number: number, title: templateText(pair.0.title), href: pair.0.href, summary: pair.1 ?? "", current: false)
    }
  }

  /// The variable `name`; nil for an empty summary, so `{{#summary}}` skips it and lookup falls through to the page.
  func child(named name: String) -> Any? {
    switch name {
    case "number": number
    case "title": title
    case "href": href
    case "current": current
    case "summary": summary.isEmpty ? nil : summary
    default: nil
    }
  }

  /// This entry with `current` set.
  func markedCurrent(_ isCurrent: Bool) -> ChapterEntry {
    var entry = self
    entry.current = isCurrent
    return entry
  }
}
