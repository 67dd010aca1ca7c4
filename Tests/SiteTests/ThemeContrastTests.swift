import Foundation
import Site
import Testing

/// The default stylesheet's colour pairs meet WCAG 2 AA (4.5:1 for text) in both schemes, computed by WCAG's formula.
@Suite struct ThemeContrastTests {
  /// Text colour, background colour: every pairing the theme puts on screen.
  static let pairs: [(String, String)] = [
    ("fg", "bg"), ("muted", "bg"), ("link", "bg"), ("fg", "sidebar-bg"), ("muted", "sidebar-bg"),
    ("link", "sidebar-bg"), ("fg", "current-bg"), ("link", "current-bg"), ("fg", "code-bg"), ("muted", "code-bg"),
    ("link", "code-bg"), ("fg", "output-bg"), ("muted", "output-bg"), ("verified", "output-bg"),
    ("error-fg", "error-bg"), ("muted", "error-bg"), ("error-fg", "code-bg"), ("verified", "bg"),
    ("verified", "code-bg"), ("tok-keyword", "code-bg"), ("tok-builtin", "code-bg"), ("tok-number", "code-bg"),
    ("tok-string", "code-bg"), ("tok-operator", "code-bg"), ("tok-punctuation", "code-bg"),
    ("tok-comment", "code-bg"), ("tok-name", "code-bg"), ("focus", "bg"), ("focus", "code-bg"),
    ("summed", "bg"), ("summed", "code-bg"), ("fg", "summed-bg"), ("muted", "bg"),
  ]

  static let stylesheet = SampleBook.text(SiteRenderer.render(SampleBook.book), "style.css")

  /// The `--name: #rrggbb` custom properties of one part of the stylesheet.
  static func colours(in css: Substring) -> [String: String] {
    var colours: [String: String] = [:]
    for match in css.matches(of: /--([a-z-]+): (#[0-9a-f]{6});/) {
      colours[String(match.output.1)] = String(match.output.2)
    }
    return colours
  }

  /// WCAG 2 relative luminance of `#rrggbb`.
  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16) ?? 0
    let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { Double($0) / 255 }
    let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
  }

  static func contrast(_ a: String, _ b: String) -> Double {
    let (lighter, darker) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
    return (lighter + 0.05) / (darker + 0.05)
  }

  @Test func formulaMatchesKnownRatios() {
    #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 1e-9)
    #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
  }

  @Test(arguments: ["light", "dark"])
  func everyPairMeetsAA(scheme: String) throws {
    let parts = Self.stylesheet.split(separator: "@media (prefers-color-scheme: dark)", maxSplits: 1)
    try #require(parts.count == 2)
    let light = Self.colours(in: parts[0])
    let dark = light.merging(Self.colours(in: parts[1].prefix { $0 != "*" }), uniquingKeysWith: { $1 })
    let colours = scheme == "light" ? light : dark
    for (text, background) in Self.pairs {
      let (foreground, backdrop) = (try #require(colours[text]), try #require(colours[background]))
      #expect(Self.contrast(foreground, backdrop) >= 4.5, "\(scheme): \(text) on \(background)")
    }
  }
}
