/// The per-element formatter NumPy picks for a dtype (`BoolFormat`, `IntegerFormat`, `FloatingFormat`), fitted to
/// the elements that will actually be printed.
enum ElementText {
  /// A function from row-major flat index to element text, fitted to the elements at `printedIndices`.
  static func formatter(
    for storage: Storage, dtype: DType, printedIndices: [Int], isZeroDimensional: Bool
  ) -> (Int) -> String {
    switch storage {
    case .int64(let values) where dtype == .uint64:
      let texts = printedIndices.map { String(UInt64(bitPattern: values[$0])) }
      let width = texts.map(\.count).max() ?? 0
      return { index in
        let text = String(UInt64(bitPattern: values[index]))
        return String(repeating: " ", count: max(width - text.count, 0)) + text
      }
    case .bool(let values):
      // NumPy pads True to the width of False, except in 0-d arrays.
      let trueText = isZeroDimensional ? "True" : " True"
      return { values[$0] ? trueText : "False" }
    case .int64(let values):
      let printed = printedIndices.map { values[$0] }
      let width = max(String(printed.max() ?? 0).count, String(printed.min() ?? 0).count)
      return { index in
        let text = String(values[index])
        return String(repeating: " ", count: max(width - text.count, 0)) + text
      }
    case .float64(let values):
      let format = FloatArrayFormat(values: printedIndices.map { values[$0] }, float32: dtype == .float32)
      return { format.format(values[$0]) }
    }
  }

  /// The row-major flat indices NumPy's `_leading_trailing` keeps: every axis longer than `2 * edgeItems` keeps
  /// only its first and last `edgeItems` positions.
  static func summarisedIndices(shape: [Int], edgeItems: Int) -> [Int] {
    let strides = ArrayLayout.rowMajorStrides(shape)
    var offsets = [0]
    for (axis, length) in shape.enumerated() {
      let kept =
        length > 2 * edgeItems ? Array(0..<edgeItems) + Array((length - edgeItems)..<length) : Array(0..<length)
      offsets = offsets.flatMap { base in kept.map { base + $0 * strides[axis] } }
    }
    return offsets
  }
}
