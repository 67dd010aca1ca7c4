import Testing

@testable import Site

/// The compiled default page template writes exactly what Mustache writes from the theme's template files.
@Suite struct DefaultPageTemplateTests {
  /// Texts that escaping must treat as Mustache does: specials, a special carrying a combining mark (one Character
  /// Mustache leaves alone), non-ASCII, empty.
  static let texts = ["Plain", "<a & \"b\" 'c'>", "\"\u{301}<\u{338} é 🙂", ""]

  static let entries = [
    ChapterEntry(number: 1, title: "One & <two>", href: "one.html", summary: "<p>first</p>", current: false),
    ChapterEntry(number: 2, title: "\"\u{301}quoted", href: "a'b.html", summary: "", current: false),
    ChapterEntry(number: 3, title: "Three", href: "three.html", summary: "<em>x</em> & y", current: false),
  ]

  static func tocItems(_ text: String) -> [[String: Any]] {
    [["id": "a<b", "html": "<code>x</code>", "text": "x", "depth": 0], ["id": text, "html": text, "depth": 2]]
  }

  /// A context with every documented variable; bit i of `flags` turns on the i-th optional part.
  static func context(flags: Int, text: String) -> [String: Any] {
    func on(_ bit: Int) -> Bool { flags & (1 << bit) != 0 }
    var context: [String: Any] = [
      "bookTitle": "Book " + text,
      "pageTitle": text + " page",
      "isHome": on(0),
      "listsChapters": on(1),
      "chapters": ChapterSequence(entries: entries[...], currentNumber: flags % 4),
      "nearbyChapters": ChapterSequence(entries: entries[(flags % 2)...], currentNumber: 2),
      "chapterCount": 3,
      "hasToc": on(2),
      "toc": on(2) ? tocItems(text) : [[String: Any]](),
      "titleHTML": on(3) ? "<h1 id=\"t\">" + text + "</h1>\n" : "",
      "content": "<p>Body " + text + "</p>\n",
    ]
    if on(4) {
      context["startsLater"] = true
      context["nearbyOffset"] = 7
    }
    if on(5) { context["allChaptersHref"] = "index.html#chapters-title" + text }
    if on(6) { context["previous"] = ["title": "Prev " + text, "href": "p.html"] }
    if on(7) { context["next"] = ["title": "Next", "href": text + ".html"] }
    if on(8) { context["isPrint"] = true }
    if on(9) { context["description"] = text }
    return context
  }

  @Test func theShippedTemplatesAreTheCompiledOnes() {
    #expect(DefaultTheme.isCompiled)
    #expect(Theme.load(overrides: [:]).compiledPage)
    #expect(!Theme.load(overrides: ["page.mustache": "{{content}}"]).compiledPage)
  }

  @Test(arguments: texts) func everyCombinationMatchesMustache(text: String) {
    var mismatches: [Int] = []
    for flags in 0..<(1 << 10) {
      let context = Self.context(flags: flags, text: text)
      let compiled = DefaultPageTemplate.render(context)
      if compiled != DefaultTheme.mustachePage(context) { mismatches.append(flags) }
    }
    #expect(mismatches.isEmpty)
  }

  @Test func aValueOfAnotherKindFallsBackToMustache() {
    var context = Self.context(flags: 0b11_1111_1111, text: "x")
    context["chapterCount"] = "three"
    #expect(DefaultPageTemplate.render(context) == nil)
    let page = Theme.load(overrides: [:]).renderPage(context)
    #expect(page == DefaultTheme.mustachePage(context))
    #expect(String(decoding: page, as: UTF8.self).contains("All three chapters"))
  }
}
