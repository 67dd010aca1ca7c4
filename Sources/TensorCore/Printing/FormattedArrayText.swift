/// NumPy's `_formatArray` for arrays whose elements the caller formats itself (string arrays, whose elements are
/// each their own `repr`, with no common width), under the chapter's print options.
public enum FormattedArrayText {
  /// A repr's end: `head` (the prefix and the body, through its last `,`) and the keywords after it (`shape=`,
  /// `dtype=`), closed by `)`. NumPy moves the keywords to a line of their own, indented under the prefix, when they
  /// would pass the line width on the body's last line; lengths are Python's, in code points.
  public static func closed(head: String, extras: [String], prefixWidth: Int, lineWidth: Int) -> String {
    let tail = extras.joined(separator: ", ") + ")"
    let lastLine = head.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let spacer =
      lastLine.unicodeScalars.count + tail.unicodeScalars.count + 1 > lineWidth
      ? "\n" + String(repeating: " ", count: prefixWidth) : " "
    return head + spacer + tail
  }

  /// The bracketed text of an array of `shape` (`[['a', 'b'], …]`), summarised past the threshold as NumPy does;
  /// `element` is asked only for the elements shown. Nil when the text would pass `limit` UTF-8 bytes.
  public static func render(
    shape: [Int], separator: String, prefix: String, lineWidth: Int, limit: Int, element: @escaping (Int) -> String
  ) -> String? {
    let options = PrintOptions.active
    let count = shape.reduce(1, *)
    let layout = ArrayLayout(
      shape: shape, element: element, separator: separator, lineWidth: lineWidth,
      summarise: options.summarises(count), edgeItems: options.edgeItems)
    return layout.render(prefix: prefix, limit: limit)
  }

  /// True when an array of `count` elements prints summarised (`shape=` then joins its repr).
  public static func summarises(_ count: Int) -> Bool { PrintOptions.active.summarises(count) }
}
