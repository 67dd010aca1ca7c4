import TestSupport
import Testing

@testable import MathML

/// Random TeX must either render to well-formed, deterministic MathML or throw an error inside the input.
@Suite struct FuzzTests {
  static let fragments = [
    "x", "1", "2.5", "+", "-", "=", "(", ")", "[", "]", "|", "{", "}", "^", "_", "'", "&", "\\\\", " ", ".", ",",
    "\\frac", "\\sqrt", "\\left", "\\right", "\\middle", "\\big", "\\sum", "\\limits", "\\nolimits", "\\mathbf",
    "\\mathbb", "\\text{a b}", "\\text", "\\operatorname", "\\alpha", "\\partial", "\\cdot", "\\{", "\\}", "\\|",
    "\\begin{aligned}", "\\end{aligned}", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{cases}", "\\end{cases}",
    "\\hat", "\\vec", "\\overline", "\\displaystyle", "\\,", "\\!", "\\exp", "\\lim", "%", "\n", "α", "→", "\\",
    "\\foo", "#", "$", "~", "<", ">", "\u{1}", "\\mathrm{d}",
  ]

  /// Checks one input; returns whether it rendered.
  @discardableResult
  static func check(_ tex: String) -> Bool {
    do {
      let first = try MathML.render(tex: tex, display: tex.utf8.count % 2 == 0)
      let second = try MathML.render(tex: tex, display: tex.utf8.count % 2 == 0)
      #expect(first == second, "not deterministic: \(tex)")
      #expect(WellFormedXML.check(first) == nil, "\(WellFormedXML.check(first) ?? "") for \(tex)")
      return true
    } catch {
      #expect((0...tex.utf8.count).contains(error.offset), "offset \(error.offset) outside \(tex)")
      #expect(!error.message.isEmpty)
      return false
    }
  }

  @Test func randomFragmentsNeverTrap() {
    var generator = SplitMix64(seed: 2026)
    var rendered = 0
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...24, using: &generator)
      let tex = (0..<count).map { _ in Self.fragments.randomElement(using: &generator) ?? "" }.joined()
      if Self.check(tex) { rendered += 1 }
    }
    print("fuzz: \(rendered) of 20000 fragment strings rendered")
    // Both paths must be exercised: a generator that only produces errors would test little.
    #expect(rendered > 1_000)
  }

  @Test func randomCharactersNeverTrap() {
    var generator = SplitMix64(seed: 7)
    var rendered = 0
    let scalars = Array(
      "\\{}^_'&%$#~ aZ09.,;:!?()[]|/<>+-*=@\"`\t\n\r\u{0}\u{7F}\u{A0}αℝ→😀\u{301}\u{FFFF}".unicodeScalars)
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...16, using: &generator)
      var tex = ""
      for _ in 0..<count { tex.unicodeScalars.append(scalars.randomElement(using: &generator) ?? "x") }
      if Self.check(tex) { rendered += 1 }
    }
    print("fuzz: \(rendered) of 20000 character strings rendered")
    #expect(rendered > 1_000)
  }
}
