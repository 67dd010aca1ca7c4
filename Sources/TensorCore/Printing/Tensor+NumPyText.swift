/// NumPy 2's `repr` and `str` of arrays and scalars, with NumPy's default print options.
extension Tensor {

  /// `repr(x)` as NumPy 2 prints it: `array([1., 2.])`, `np.float64(6.0)`, `array([], shape=(0, 3), dtype=float64)`.
  public var numpyRepr: String {
    if let problem = printingInconsistency { return problem }
    return reprText(limit: .max) ?? ""
  }

  /// `repr(x)` of an array whose dtype NumPy always names, with `dtypeName` as it names it (`'>i2'` for a
  /// big-endian array, which the elements here hold as native values).
  public func numpyRepr(dtypeName: String) -> String {
    if let problem = printingInconsistency { return problem }
    return reprText(limit: .max, dtypeName: dtypeName) ?? ""
  }

  /// `repr(x)`, or nil when its array text would pass `limit` bytes; `dtypeName`, when given, is always shown;
  /// `className` is the array's class (a subclass's name in its place, as NumPy's `array_repr` writes it).
  private func reprText(limit: Int, dtypeName: String? = nil, className: String = "array") -> String? {
    if isScalar, printableElementCount == 1 { return numpyScalarRepr }
    let prefix = className + "("
    let options = PrintOptions.active
    // NumPy 1.13 wrote a 0-d array as its item's Python repr, and did not count the closing `)` in the line width.
    let legacy113 = options.isLegacy113
    guard
      let body =
        printableElementCount == 0
        ? "[]"
        : legacy113 && shape.isEmpty
          ? pythonItemRepr
          : numpyArrayText(
            separator: ", ", prefix: prefix, lineWidth: options.lineWidth - (legacy113 ? 0 : ")".count), limit: limit)
    else { return nil }
    var extras: [String] = []
    if (printableElementCount == 0 && shape != [0])
      || (options.summarises(printableElementCount) && options.namesShapeOfSummary)
    {
      extras.append("shape=" + pythonShapeRepr(shape))
    }
    // bool, int64 and float64 are NumPy's implied dtypes: only empty arrays name them.
    if let dtypeName {
      extras.append("dtype=" + dtypeName)
    } else if printableElementCount == 0 || dtype.isNarrow || (legacy113 && dtype == .bool) {
      // NumPy 1.13 named the bool dtype too (`array([ True, False], dtype=bool)`).
      extras.append("dtype=" + dtype.rawValue)
    }
    if extras.isEmpty { return prefix + body + ")" }
    // NumPy 1.13 kept a numeric array's keywords on its last line, however long.
    if legacy113 { return prefix + body + ", " + extras.joined(separator: ", ") + ")" }
    return FormattedArrayText.closed(
      head: prefix + body + ",", extras: extras, prefixWidth: prefix.count, lineWidth: options.lineWidth)
  }

  /// NumPy's `np.array2string(x, separator=, prefix=)` under the active print options, whose line width the caller
  /// has reduced by the suffix: `[]` for an empty array, a 0-d array's (or scalar's) one element text, else the
  /// nested rows with a hanging indent as wide as the prefix (the prefix itself is not written). Past `limit` bytes,
  /// an error.
  public func array2string(separator: String, prefix: String, limit: Int) throws -> String {
    if let problem = printingInconsistency {
      throw TensorError("SystemError", "docbuild cannot print a malformed value: \(problem)", isLimit: true)
    }
    if printableElementCount == 0 { return "[]" }
    let tooLong = TensorError.limit(
      "np.array2string of this array would take more than \(ResourceMeter.describe(bytes: limit)) of output, over "
        + "docbuild's limit per statement; give it a part of the array")
    if printedElementCount > limit / 2 { throw tooLong }
    let options = PrintOptions.active
    guard let text = numpyArrayText(separator: separator, prefix: prefix, lineWidth: options.lineWidth, limit: limit)
    else { throw tooLong }
    return text
  }

  /// `str(x)` (what `print` shows) as NumPy 2 prints it: `[[1. 1. 1.]]`, `6.0`, `True`.
  public var numpyStr: String {
    if let problem = printingInconsistency { return problem }
    return strText(limit: .max) ?? ""
  }

  /// `str(x)`, or nil when its array text would pass `limit` bytes.
  private func strText(limit: Int) -> String? {
    if isScalar && printableElementCount == 1 { return numpyScalarStr }
    // A 0-d array's str is its scalar's, or under NumPy 1.13's mode its item's Python str.
    if shape.isEmpty { return PrintOptions.active.isLegacy113 ? pythonItemRepr : numpyScalarStr }
    if printableElementCount == 0 { return "[]" }
    return numpyArrayText(separator: " ", prefix: "", lineWidth: PrintOptions.active.lineWidth, limit: limit)
  }

  /// `repr(x)` or `str(x)` for a statement's output, which may be at most `limit` bytes: past it, or for a
  /// malformed value, an error instead of text Python would not print. The cost is bounded by the limit, whatever
  /// the shape (an array of 24 axes of 2 prints all its 16,777,216 elements, some 290 MB in NumPy).
  public func numpyText(repr: Bool, limit: Int, dtypeName: String? = nil, className: String = "array") throws -> String
  {
    if let problem = printingInconsistency {
      throw TensorError("SystemError", "docbuild cannot print a malformed value: \(problem)", isLimit: true)
    }
    let tooLong = TensorError.limit(
      "printing this array would take more than \(ResourceMeter.describe(bytes: limit)) of output, over docbuild's "
        + "limit per statement; print a part of it (an index or a slice) or a summary such as its shape")
    // Every printed element takes at least two bytes (a digit and a separator), a float in fixed mode its precision
    // more: refuse before formatting any.
    let options = PrintOptions.active
    let leastWidth =
      storageClass == .float64 && options.floatMode == .fixed
      ? Swift.max(options.precision, 0) + 2 : storageClass == .complex128 ? 4 : 2
    if printedElementCount > limit / leastWidth { throw tooLong }
    // The layout stops at the limit; the prefix and extras around it are checked here.
    guard let text = repr ? reprText(limit: limit, dtypeName: dtypeName, className: className) : strText(limit: limit),
      text.utf8.count <= limit
    else {
      throw tooLong
    }
    return text
  }

  /// How many elements NumPy's text shows: all of them, or at most `2 * edgeItems` per axis when summarised.
  private var printedElementCount: Int {
    let options = PrintOptions.active
    guard options.summarises(printableElementCount) else { return printableElementCount }
    var count = 1
    for extent in shape {
      // `edgeitems=0` fits the elements to every value (`_leading_trailing`'s `[-0:]`).
      let shown = extent > 2 * options.edgeItems && options.edgeItems > 0 ? 2 * options.edgeItems : extent
      count = count.multipliedReportingOverflow(by: shown).overflow ? .max : count * shown
    }
    return count
  }

  private var printableElementCount: Int {
    switch storage {
    case .bool(let values): values.count
    case .int64(let values): values.count
    case .float64(let values): values.count
    case .complex128(let values): values.count
    }
  }

  /// A description of a malformed tensor (negative extent, or element count not matching the shape), so that
  /// printing never traps on bad input.
  private var printingInconsistency: String? {
    if shape.contains(where: { $0 < 0 }) {
      return "<invalid tensor: negative extent in shape \(pythonShapeRepr(shape))>"
    }
    var expected = 1
    for extent in shape {
      let (product, overflow) = expected.multipliedReportingOverflow(by: extent)
      if overflow { return "<invalid tensor: shape \(pythonShapeRepr(shape)) is too large>" }
      expected = product
    }
    if expected != printableElementCount {
      return
        "<invalid tensor: shape \(pythonShapeRepr(shape)) needs \(expected) elements, storage has \(printableElementCount)>"
    }
    return nil
  }

  /// NumPy 2's scalar repr: `np.float64(6.0)`, `np.int64(3)`, `np.True_`; under a legacy printing mode up to
  /// '1.25', the str (`6.0`, `3`, `True`), as NumPy 1 printed it.
  private var numpyScalarRepr: String {
    let level = PrintOptions.active.legacyLevel
    if level <= 113 { return legacyScalarText(repr: true) ?? numpyScalarStr }
    if level <= 125 { return numpyScalarStr }
    return switch storage {
    case .bool(let values): values[0] ? "np.True_" : "np.False_"
    case .int64: "np.\(dtype.rawValue)(\(numpyScalarStr))"
    case .float64: "np.\(dtype.rawValue)(\(numpyScalarStr))"
    case .complex128(let values):
      // NumPy's complex scalar repr has no parentheses of its own: `np.complex128(1+2j)`.
      "np.\(dtype.rawValue)(\(pythonComplexRepr(values[0], float32: dtype == .complex64).trimmingParentheses))"
    }
  }

  /// The str of a scalar, which is also the str of a 0-d array: `6.0`, `3`, `True`.
  private var numpyScalarStr: String {
    if PrintOptions.active.isLegacy113, let text = legacyScalarText(repr: false) { return text }
    return switch storage {
    case .bool(let values): values[0] ? "True" : "False"
    case .int64(let values): dtype == .uint64 ? String(UInt64(bitPattern: values[0])) : String(values[0])
    case .float64(let values):
      pythonFloatRepr(values[0], float32: dtype == .float32, float16: dtype == .float16)
    case .complex128(let values): pythonComplexRepr(values[0], float32: dtype == .complex64)
    }
  }

  /// NumPy 1.13's str or repr of a float or complex scalar (C's `%g`); nil for bools and integers, whose text the
  /// mode does not change.
  private func legacyScalarText(repr: Bool) -> String? {
    switch storage {
    case .float64(let values): LegacyScalarText.float(values[0], narrow: dtype != .float64, repr: repr)
    case .complex128(let values): LegacyScalarText.complex(values[0], narrow: dtype == .complex64, repr: repr)
    case .bool, .int64: nil
    }
  }

  /// Python's repr of the number `x.item()` returns (a float32's as the double it converts to), which NumPy 1.13
  /// wrote for a 0-d array's str and inside its repr: `0.10000000149011612`, `(1+2j)`, `True`.
  private var pythonItemRepr: String {
    switch storage {
    case .bool(let values): values[0] ? "True" : "False"
    case .int64(let values): dtype == .uint64 ? String(UInt64(bitPattern: values[0])) : String(values[0])
    case .float64(let values): pythonFloatRepr(values[0])
    case .complex128(let values): pythonComplexRepr(values[0])
    }
  }

  /// NumPy's `array2string` for a non-empty array (0-d included).
  private func numpyArrayText(separator: String, prefix: String, lineWidth: Int, limit: Int) -> String? {
    let options = PrintOptions.active
    let summarise = options.summarises(printableElementCount)
    let printed =
      summarise
      ? ElementText.summarisedIndices(shape: shape, edgeItems: options.edgeItems) : Array(0..<printableElementCount)
    let element = ElementText.formatter(
      for: storage, dtype: dtype, printedIndices: printed, isZeroDimensional: shape.isEmpty, options: options)
    let layout = ArrayLayout(
      shape: shape, element: element, separator: separator, lineWidth: lineWidth, summarise: summarise,
      edgeItems: options.edgeItems, legacy113: options.isLegacy113)
    return layout.render(prefix: prefix, limit: limit)
  }
}
