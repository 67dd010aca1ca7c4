/// XML 1.0's escaping written out scalar by scalar, and random text that exercises an escaper's hard cases: the
/// expected side of every escaping test, independent of the escapers under test.
public enum MarkupReference {
  /// The five predefined entities, each special scalar replaced and every other scalar kept.
  public static func escape(_ text: String) -> String {
    let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
    return text.unicodeScalars.map { entities[$0] ?? String($0) }.joined()
  }

  /// Specials beside multi-byte scalars (é, ✓, an emoji), a combining mark that may land on a special, controls and
  /// line breaks.
  public static let hardScalars: [Unicode.Scalar] = [
    "a", " ", "&", "<", ">", "\"", "'", "\u{E9}", "\u{2713}", "\u{1F600}", "\u{301}", "\t", "\n", "\u{1}",
  ]

  /// A string of fewer than `maximumLength` scalars drawn from `alphabet`.
  public static func randomText(
    _ generator: inout SplitMix64, maximumLength: Int, alphabet: [Unicode.Scalar] = hardScalars
  ) -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int(generator.next() % UInt64(maximumLength)) {
      scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
    }
    return String(scalars)
  }
}
