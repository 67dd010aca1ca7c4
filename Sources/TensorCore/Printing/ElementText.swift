/// The per-element formatter NumPy picks for a dtype (`BoolFormat`, `IntegerFormat`, `FloatingFormat`), fitted to
/// the elements that will actually be printed.
enum ElementText {
  /// A function from row-major flat index to element text, fitted to the elements at `printedIndices`.
  static func formatter(
    for storage: Storage, dtype: DType, printedIndices: [Int], isZeroDimensional: Bool,
    options: PrintOptions = PrintOptions()
  ) -> (Int) -> String {
    switch storage {
    case .int64(let values):
      return integerFormatter(values, unsigned: dtype == .uint64, printedIndices: printedIndices, sign: options.sign)
    case .bool(let values):
      // NumPy pads True to the width of False, except in 0-d arrays.
      let trueText = isZeroDimensional ? "True" : " True"
      return { values[$0] ? trueText : "False" }
    case .float64(let values):
      let format = FloatArrayFormat(
        values: printedIndices.map { values[$0] }, float32: dtype == .float32, float16: dtype == .float16,
        options: options)
      return { format.format(values[$0]) }
    case .complex128(let values):
      // NumPy's ComplexFloatingFormat: one FloatingFormat for the real parts, one with sign '+' for the imaginary
      // parts, and the `j` placed before the imaginary part's right padding.
      let printed = printedIndices.map { values[$0] }
      let float32 = dtype == .complex64
      var realOptions = options
      var imagOptions = options
      imagOptions.sign = "+"
      if options.isLegacy113 {
        // NumPy 1.13 gave the real parts equal digits and the imaginary parts the fewest, whatever the floatmode.
        realOptions.floatMode = .maxprecEqual
        imagOptions.floatMode = .maxprec
      }
      let realFormat = FloatArrayFormat(values: printed.map(\.real), float32: float32, options: realOptions)
      let imagFormat = FloatArrayFormat(values: printed.map(\.imag), float32: float32, options: imagOptions)
      return { index in
        let imag = imagFormat.format(values[index].imag)
        let padding = imag.reversed().prefix { $0 == " " }.count
        return realFormat.format(values[index].real) + imag.dropLast(padding) + "j"
          + String(repeating: " ", count: padding)
      }
    }
  }

  /// NumPy's `IntegerFormat`: `{:<sign><width>d}` with the width of the largest and smallest printed values.
  private static func integerFormatter(
    _ values: [Int64], unsigned: Bool, printedIndices: [Int], sign: Character
  ) -> (Int) -> String {
    func isNegative(_ value: Int64) -> Bool { !unsigned && value < 0 }
    func plain(_ value: Int64) -> String { unsigned ? String(UInt64(bitPattern: value)) : String(value) }
    let printed = printedIndices.map { values[$0] }
    var sign = sign
    var width = 0
    if !printed.isEmpty {
      let order: (Int64, Int64) -> Bool =
        unsigned ? { UInt64(bitPattern: $0) < UInt64(bitPattern: $1) } : { $0 < $1 }
      let largest = printed.max(by: order)!
      let smallest = printed.min(by: order)!
      if sign == " " && isNegative(smallest) { sign = "-" }
      var largestLength = plain(largest).count
      if !isNegative(largest) && (sign == "+" || sign == " ") { largestLength += 1 }
      width = max(largestLength, plain(smallest).count)
    }
    return { index in
      let value = values[index]
      let text = (!isNegative(value) && sign != "-" ? String(sign) : "") + plain(value)
      return String(repeating: " ", count: max(width - text.count, 0)) + text
    }
  }

  /// The row-major flat indices NumPy's `_leading_trailing` keeps: every axis longer than `2 * edgeItems` keeps
  /// only its first and last `edgeItems` positions. With `edgeItems` 0 its trailing slice `[-0:]` is the whole axis,
  /// so the elements are fitted to every value although only each axis's last one is printed.
  static func summarisedIndices(shape: [Int], edgeItems: Int) -> [Int] {
    let strides = ArrayLayout.rowMajorStrides(shape)
    var offsets = [0]
    for (axis, length) in shape.enumerated() {
      let kept =
        length > 2 * edgeItems && edgeItems > 0
        ? Array(0..<edgeItems) + Array((length - edgeItems)..<length) : Array(0..<length)
      offsets = offsets.flatMap { base in kept.map { base + $0 * strides[axis] } }
    }
    return offsets
  }
}
