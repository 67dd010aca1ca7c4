import Markdown
import SourceText

/// A heading as rendered on a page: what the table of contents, anchors and search index need.
struct PageHeading: Sendable, Hashable {
  /// The Markdown heading level, 1–6.
  var level: Int
  /// The element id, unique on its page.
  var id: String
  /// The heading's content as HTML (formatting and math kept, links removed).
  var html: String
  /// The heading's plain text.
  var text: String
}

/// A stretch of a page under one heading, as plain text for the search index.
struct SearchSection: Sendable, Hashable {
  /// The id of the heading that starts it ("" for text before the first heading).
  var id: String
  /// The heading's plain text ("" before the first heading).
  var heading: String
  /// The prose under it, whitespace collapsed.
  var text: String
}

/// An internal link found while rendering, checked once every page's anchors are known.
struct InternalLink: Sendable, Hashable {
  /// The output page it points to (`addition.html`).
  var page: String
  /// The `#fragment` without `#`, percent-decoded; nil when the link has none.
  var anchor: String?
  /// The destination as the author wrote it, for the message.
  var written: String
  /// Where the link sits in its chapter.
  var position: SourcePosition
}

/// One page's body after rendering its Markdown, with what was learned on the way.
struct RenderedBody: Sendable {
  /// The leading level-1 heading's HTML, "" when the document does not start with one.
  var titleHTML: String
  /// The article HTML after the title.
  var html: String
  /// Every heading in order, the page title included.
  var headings: [PageHeading]
  /// Whether `headings[0]` is the title (and so stays out of the table of contents).
  var hasTitleHeading: Bool
  /// Internal links to check.
  var links: [InternalLink]
  /// Links that point at no page at all, already known to be broken.
  var problems: [(position: SourcePosition, message: String)]
  /// The search index entries of the page.
  var sections: [SearchSection]
}
