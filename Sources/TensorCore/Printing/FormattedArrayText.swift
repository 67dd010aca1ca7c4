/// NumPy's `_formatArray` for arrays whose elements the caller formats itself (string arrays, whose elements are
/// each their own `repr`, with no common width), under the chapter's print options.
public enum FormattedArrayText {
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
