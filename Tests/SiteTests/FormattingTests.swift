import Testing

@testable import Site

/// Slugs, shapes, axes and differences as the pages print them.
@Suite struct FormattingTests {
  @Test(arguments: [
    ("Addition with broadcasting", "addition-with-broadcasting"),
    ("  Gradients of `grad`!  ", "gradients-of-grad"),
    ("Über die Ableitung", "über-die-ableitung"),
    ("snake_case and kebab-case", "snake-case-and-kebab-case"),
    ("∂l/∂x", "lx"),
    ("???", "section"),
  ])
  func slug(text: String, expected: String) {
    #expect(HeadingSlugger.slug(text) == expected)
  }

  @Test func repeatsAndThemeIDsGetSuffixes() {
    var slugger = HeadingSlugger()
    #expect(
      ["Intro", "Intro", "Intro", "Main", "intro 1"].map { slugger.uniqueID(for: $0) }
        == ["intro", "intro-1", "intro-2", "main-1", "intro-1-1"])
  }

  @Test(arguments: [([2, 3], "(2, 3)"), ([3], "(3,)"), ([], "()"), ([4, 1, 2], "(4, 1, 2)")])
  func shape(shape: [Int], expected: String) {
    #expect(GradientTableRenderer.shapeText(shape) == expected)
  }

  @Test(arguments: [([], "—"), ([0], "summed over axis 0"), ([0, 1], "summed over axes 0, 1")])
  func summedAxes(axes: [Int], expected: String) {
    #expect(GradientTableRenderer.summedAxesText(axes) == expected)
  }

  @Test(arguments: [
    (3.2e-11, "3.2e-11"), (0, "0"), (1.24e-3, "1.2e-3"), (9.96e-5, "1.0e-4"), (4.0, "4.0e0"), (Double.nan, "nan"),
    (2.5e12, "2.5e12"), (1e-5, "1.0e-5"),
    (9.96e-6, "1.0e-5"), (1.7976931348623157e308, "1.8e308"), (5e-324, "4.9e-324"),
    // Rounded from the exact binary value: 0.125 and 0.375 are ties (to even); 9.95 is 9.9499999999999992894572642...
    (0.125, "1.2e-1"), (0.375, "3.8e-1"), (9.95, "9.9e0"), (-2.5e-7, "-2.5e-7"),
  ])
  func difference(value: Double, expected: String) {
    #expect(GradientTableRenderer.differenceText(value) == expected)
  }

  @Test func escapingCoversMarkupAndQuotes() {
    #expect(escapeHTML("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  }

  @Test func searchIndexStringsAreValidJSON() {
    #expect(SearchIndex.quoted("a\"b\\c\nd\u{1}\u{2028}") == "\"a\\\"b\\\\c\\nd\\u0001\\u2028\"")
  }
}
