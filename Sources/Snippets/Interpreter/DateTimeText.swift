import TensorCore

/// NumPy's repr and str of datetime64 and timedelta64 scalars and arrays.
extension DateArray {
  /// `repr(x)`: `np.datetime64('2016-07-01')`, `np.timedelta64(1,'D')`, `array(['2016-07-01'], dtype='datetime64[D]')`.
  func reprText() throws(PythonError) -> String {
    if isScalar { return scalarRepr(values[0]) }
    let prefix = "array("
    let lineWidth = PrintOptions.active.lineWidth
    var extras: [String] = []
    let body: String
    if count == 0 {
      body = "[]"
      if shape != [0] { extras.append("shape=" + pythonShapeRepr(shape)) }
    } else {
      body = try arrayText(separator: ", ", prefix: prefix, lineWidth: lineWidth - 1)
      if FormattedArrayText.summarises(count) { extras.append("shape=" + pythonShapeRepr(shape)) }
    }
    extras.append("dtype=" + Value.quote(dtype.name))
    return FormattedArrayText.closed(
      head: prefix + body + ",", extras: extras, prefixWidth: prefix.count, lineWidth: lineWidth)
  }

  /// `str(x)`: `2016-07-01`, `1 days`, `['2016-07-01' '2016-07-02']`.
  func strText() throws(PythonError) -> String {
    if shape.isEmpty {
      let value = values[0]
      if !dtype.isDelta || value == DateTimes.notATime { return DateTimes.isoText(value, unit: dtype.unit) }
      return "\(value) \(dtype.unit.words)"
    }
    if count == 0 { return "[]" }
    return try arrayText(separator: " ", prefix: "", lineWidth: PrintOptions.active.lineWidth)
  }

  private func scalarRepr(_ value: Int64) -> String {
    let unit = dtype.unit
    if dtype.isDelta {
      let shown = value == DateTimes.notATime ? "'NaT'" : String(value)
      return unit == .generic ? "np.timedelta64(\(shown))" : "np.timedelta64(\(shown),'\(unit.rawValue)')"
    }
    let text = DateTimes.isoText(value, unit: unit)
    if value == DateTimes.notATime { return "np.datetime64('NaT','\(unit == .generic ? "generic" : unit.rawValue)')" }
    // NumPy names the unit only where the text would not imply it (an hour reads back as a date).
    return unit == .hour ? "np.datetime64('\(text)','h')" : "np.datetime64('\(text)')"
  }

  /// An element as NumPy's array printing shows it: a datetime quoted, a timedelta as its count, NaT as `'NaT'`.
  private func elementText(_ value: Int64) -> String {
    if value == DateTimes.notATime { return "'NaT'" }
    return dtype.isDelta ? String(value) : "'" + DateTimes.isoText(value, unit: dtype.unit) + "'"
  }

  private func arrayText(separator: String, prefix: String, lineWidth: Int) throws(PythonError) -> String {
    // Summarised, NumPy formats only the elements it shows (`_leading_trailing`): a first pass of the layout finds
    // them.
    final class Requested: @unchecked Sendable { var indices: [Int] = [] }
    var shown = values
    if FormattedArrayText.summarises(count) {
      let requested = Requested()
      _ = FormattedArrayText.render(
        shape: shape, separator: separator, prefix: prefix, lineWidth: lineWidth, limit: .max
      ) { index in
        requested.indices.append(index)
        return ""
      }
      shown = requested.indices.map { self.values[$0] }
    }
    // NumPy's _TimelikeFormat pads every element to the wider of its largest and smallest, and to 5 for NaT.
    let known = shown.filter { $0 != DateTimes.notATime }
    var width = 0
    if let largest = known.max(), let smallest = known.min() {
      width = max(elementText(largest).count, elementText(smallest).count)
    }
    if known.count < shown.count { width = max(width, 5) }
    let (all, padded) = (values, width)
    guard
      let rendered = FormattedArrayText.render(
        shape: shape, separator: separator, prefix: prefix, lineWidth: lineWidth, limit: .max,
        element: { index in
          let text = elementText(all[index])
          return String(repeating: " ", count: max(0, padded - text.count)) + text
        })
    else { return "" }
    return rendered
  }
}
