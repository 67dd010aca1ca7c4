import Mustache

/// Which chapters a page's sidebar lists: all of a short book, a bounded window around the page in a long one.
///
/// Listing every chapter on every page makes a book of n chapters cost n² bytes (8,000 one-line chapters made a
/// 2.5 GB site). The sidebar shows at most `fullListLimit` entries; a longer book gets `windowSize` neighbours and a
/// link to the home page, which lists them all, so every chapter stays two clicks away without JavaScript.
struct ChapterWindow {
  /// Books with at most this many chapters list them all in the sidebar.
  static let fullListLimit = 10
  /// Entries in the sidebar of a longer book: the page's chapter and its neighbours.
  static let windowSize = 9

  /// The 0-based indices into the chapter entries that the sidebar shows.
  let indices: Range<Int>
  /// The number of chapters in the book.
  let count: Int

  /// The window for a page whose chapter is `current` (1-based; nil for the home page) in a book of `count`.
  init(current: Int?, count: Int) {
    self.count = count
    guard count > Self.fullListLimit else {
      indices = 0..<count
      return
    }
    let centre = (current ?? 1) - 1
    let lower = max(0, min(centre - Self.windowSize / 2, count - Self.windowSize))
    indices = lower..<(lower + Self.windowSize)
  }

  /// Whether some chapters are left out.
  var isPartial: Bool { indices.count < count }
}

/// Every chapter with the page's own marked current, made entry by entry as a template loops over it, so a page
/// whose templates do not print the whole list pays nothing for it.
struct ChapterSequence: MustacheSequence {
  /// The book's entries, shared by every page.
  let entries: ArraySlice<ChapterEntry>
  /// The `number` of the page's own chapter; 0 on the home page.
  let currentNumber: Int

  /// Iterates the entries, marking the current one.
  func makeIterator() -> LazyMapSequence<ArraySlice<ChapterEntry>, ChapterEntry>.Iterator {
    let current = currentNumber
    return entries.lazy.map { $0.markedCurrent($0.number == current) }.makeIterator()
  }
}
