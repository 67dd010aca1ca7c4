/// The element texts of one field of a structured array, as NumPy's `StructuredVoidFormat` prints each field: the
/// field's own formatter, fitted to the printed elements of that field alone.
extension Tensor {
  /// A function from row-major flat index to this array's element text, fitted to the elements at
  /// `printedIndices` (NumPy's `_get_format_function` of the field's values, padding included).
  public func fieldFormatter(printedIndices: [Int], isZeroDimensional: Bool = false) -> (Int) -> String {
    ElementText.formatter(
      for: storage, dtype: dtype, printedIndices: printedIndices, isZeroDimensional: isZeroDimensional,
      options: PrintOptions.active)
  }

  /// The row-major indices NumPy prints of an array of `shape` under the active print options (all of them, or the
  /// edges of a summarised array).
  public static func printedIndices(shape: [Int]) -> [Int] {
    let options = PrintOptions.active
    let count = shape.reduce(1, *)
    return options.summarises(count)
      ? ElementText.summarisedIndices(shape: shape, edgeItems: options.edgeItems) : Array(0..<count)
  }
}
