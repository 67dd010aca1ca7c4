/// NumPy's `_formatArray`: nested brackets, separators, blank lines between blocks, line wrapping with a hanging
/// indent, and `...` in place of the middle of long axes.
struct ArrayLayout {
  /// NumPy's default `edgeitems`: how many items a summarised axis keeps at each end.
  static let edgeItems = 3

  let shape: [Int]
  /// The text of the element at a row-major flat index.
  let element: (Int) -> String
  /// `", "` for repr, `" "` for str.
  let separator: String
  /// The width available to a line, already reduced by the closing suffix as NumPy does.
  let lineWidth: Int
  /// Whether axes longer than `2 * edgeItems` show only their ends.
  let summarise: Bool

  /// The whole array; `prefix` is what precedes the first `[` on the first line (`array(` for repr).
  func render(prefix: String) -> String {
    let strides = Self.rowMajorStrides(shape)
    return render(
      axis: 0, offset: 0, strides: strides, hangingIndent: " " + String(repeating: " ", count: prefix.count),
      width: lineWidth)
  }

  private func render(axis: Int, offset: Int, strides: [Int], hangingIndent: String, width: Int) -> String {
    if axis == shape.count { return element(offset) }
    let nextIndent = hangingIndent + " "
    let length = shape[axis]
    let showSummary = summarise && 2 * Self.edgeItems < length
    let leadingCount = showSummary ? Self.edgeItems : 0
    let trailingCount = showSummary ? Self.edgeItems : length
    // Positions printed, in order: the leading block, then (after `...`) the trailing block.
    let leading = Array(0..<leadingCount)
    let trailing = Array((length - trailingCount)..<length)
    func child(_ index: Int) -> String {
      render(
        axis: axis + 1, offset: offset + index * strides[axis], strides: strides, hangingIndent: nextIndent,
        width: width - 1)
    }

    var text = ""
    if axis == shape.count - 1 {
      let elementWidth = width - max(trimmingTrailingSpaces(separator).count, 1)
      var line = hangingIndent
      for index in leading {
        extendLine(&text, &line, word: child(index), width: elementWidth, indent: hangingIndent)
        line += separator
      }
      if showSummary {
        extendLine(&text, &line, word: "...", width: elementWidth, indent: hangingIndent)
        line += separator
      }
      for index in trailing.dropLast() {
        extendLine(&text, &line, word: child(index), width: elementWidth, indent: hangingIndent)
        line += separator
      }
      extendLine(&text, &line, word: child(length - 1), width: elementWidth, indent: hangingIndent)
      text += line
    } else {
      let lineSeparator = trimmingTrailingSpaces(separator) + String(repeating: "\n", count: shape.count - axis - 1)
      for index in leading { text += hangingIndent + child(index) + lineSeparator }
      if showSummary { text += hangingIndent + "..." + lineSeparator }
      for index in trailing.dropLast() { text += hangingIndent + child(index) + lineSeparator }
      text += hangingIndent + child(length - 1)
    }
    return "[" + text.dropFirst(hangingIndent.count) + "]"
  }

  /// NumPy's `_extendLine`: wrap before `word` if it would pass `width`, unless the line holds only the indent.
  private func extendLine(_ text: inout String, _ line: inout String, word: String, width: Int, indent: String) {
    let lineLength = line.utf8.count
    if lineLength + word.utf8.count > width && lineLength > indent.utf8.count {
      text += trimmingTrailingSpaces(line) + "\n"
      line = indent
    }
    line += word
  }

  private func trimmingTrailingSpaces(_ text: String) -> String {
    var trimmed = Substring(text)
    while trimmed.last == " " { trimmed.removeLast() }
    return String(trimmed)
  }

  /// Row-major strides in elements: the last axis has stride 1.
  static func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var step = 1
    for axis in shape.indices.reversed() {
      strides[axis] = step
      step *= shape[axis]
    }
    return strides
  }
}
