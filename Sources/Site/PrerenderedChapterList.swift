import Mustache
import Synchronization

/// The chapter lists of the default templates, rendered once per book instead of once per page.
///
/// Every page lists every chapter, so rendering each list with Mustache costs chapters² entry renders. Here a page's
/// `chapters` is a lambda: Mustache hands it the loop body (the sidebar's, the contents section's), and it answers with
/// that body rendered for every entry, computed once per book, with only the current chapter's entry rendered again.
/// That matches a plain Mustache loop when the body reads nothing but the entry's own variables, which holds for the
/// default templates (`RenderSpeedShapeTests` checks it); a book's own templates get a plain list instead.
final class PrerenderedChapterList: Sendable {
  private let entries: [ChapterEntry]
  private let library: MustacheLibrary
  private let loops = Mutex<[String: RenderedLoop]>([:])

  /// One loop body rendered for every entry, none current.
  private struct RenderedLoop: Sendable {
    /// The parsed body; nil when it does not parse on its own, which a default template never does.
    var template: MustacheTemplate?
    /// Every entry's output, in order.
    var html: String
    /// Where each entry's output starts in `html`, then `html.endIndex`.
    var boundaries: [String.Index]
  }

  /// Text Mustache prints as it is: a lambda's String result would be parsed as a template again.
  private struct Verbatim: CustomStringConvertible {
    var description: String
  }

  /// A list of `entries`, whose loop bodies render with `library` (for partials they include).
  init(entries: [ChapterEntry], library: MustacheLibrary) {
    self.entries = entries
    self.library = library
  }

  /// The `chapters` value for the page at `pageIndex` in the plan (its chapter's entry has `number == pageIndex`).
  func value(forPage pageIndex: Int) -> MustacheLambda {
    MustacheLambda { body in Verbatim(description: self.html(body: body, currentNumber: pageIndex)) }
  }

  /// The loop body rendered for every entry, the one numbered `currentNumber` (if any) marked current.
  func html(body: String, currentNumber: Int) -> String {
    let loop = rendered(body)
    let position = currentNumber - 1
    guard entries.indices.contains(position), let template = loop.template else { return loop.html }
    let current = template.render(entries[position].markedCurrent(true), library: library)
    // Slicing the UTF-8 view keeps the cut exactly between two entries; a String subscript rounds to a Character.
    var html = String()
    html.reserveCapacity(loop.html.utf8.count + current.utf8.count)
    html += Substring(loop.html.utf8[..<loop.boundaries[position]])
    html += current
    html += Substring(loop.html.utf8[loop.boundaries[position + 1]...])
    return html
  }

  private func rendered(_ body: String) -> RenderedLoop {
    loops.withLock { loops in
      if let loop = loops[body] { return loop }
      let template = try? MustacheTemplate(string: body)
      var html = ""
      var offsets: [Int] = []
      for entry in entries {
        offsets.append(html.utf8.count)
        html += template?.render(entry, library: library) ?? ""
      }
      offsets.append(html.utf8.count)
      let boundaries = offsets.map { html.utf8.index(html.utf8.startIndex, offsetBy: $0) }
      let loop = RenderedLoop(template: template, html: html, boundaries: boundaries)
      loops[body] = loop
      return loop
    }
  }
}
