/// NumPy's `_formatArray`: nested brackets, separators, blank lines between blocks, line wrapping with a hanging
/// indent, and `...` in place of the middle of long axes.
struct ArrayLayout {
  let shape: [Int]
  /// The text of the element at a row-major flat index.
  let element: (Int) -> String
  /// `", "` for repr, `" "` for str.
  let separator: String
  /// The width available to a line, already reduced by the closing suffix as NumPy does.
  let lineWidth: Int
  /// Whether axes longer than `2 * edgeItems` show only their ends.
  let summarise: Bool
  /// How many items a summarised axis keeps at each end (`edgeitems`).
  var edgeItems = 3
  /// NumPy 1.13's layout (`legacy <= 113` in `_formatArray`): inner axes keep the full width, a row's last element
  /// may reach it, a line wraps even before its first element, and `...` is always followed by `, ` (and a single
  /// newline between blocks).
  var legacy113 = false

  /// The whole array; `prefix` is what precedes the first `[` on the first line (`array(` for repr). Nil when the
  /// text would pass `limit` UTF-8 bytes: rendering stops there, so its cost is bounded by the limit.
  func render(prefix: String, limit: Int = .max) -> String? {
    let strides = Self.rowMajorStrides(shape)
    var text = ""
    let complete = render(
      axis: 0, offset: 0, strides: strides, hangingIndent: " " + String(repeating: " ", count: prefix.count),
      width: lineWidth, into: &text, limit: limit)
    return complete ? text : nil
  }

  /// Appends one sub-array to `text` (written into one buffer, so the cost is linear in the text, whatever the
  /// number of axes); false once `text` passes `limit`.
  private func render(
    axis: Int, offset: Int, strides: [Int], hangingIndent: String, width: Int, into text: inout String, limit: Int
  ) -> Bool {
    if axis == shape.count {
      text += element(offset)
      return text.utf8.count <= limit
    }
    let nextIndent = hangingIndent + " "
    let length = shape[axis]
    let showSummary = summarise && 2 * edgeItems < length
    // Positions printed, in order: the leading block, then (after `...`) the trailing block; nil stands for `...`.
    // NumPy always prints an axis's last item, so `edgeitems=0` still shows one after the `...`.
    var positions: [Int?] = showSummary ? Array(0..<edgeItems) : []
    if showSummary { positions.append(nil) }
    positions += ((showSummary ? length - max(edgeItems, 1) : 0)..<length).map { $0 }
    text += "["
    if axis == shape.count - 1 {
      let separatorWidth = trimmingTrailingSpaces(separator).count
      let elementWidth = width - (legacy113 ? separatorWidth : max(separatorWidth, 1))
      // The row is built with its hanging indent on the first line too, which is then cut off as NumPy cuts it
      // (the bracket stands in its place): the same number of characters, even when 1.13's layout wrapped first.
      var row = ""
      var line = hangingIndent
      for (k, position) in positions.enumerated() {
        let word = position.map { element(offset + $0 * strides[axis]) } ?? "..."
        let isLast = k == positions.count - 1
        // NumPy 1.13 let the last element reach the full width: the separator's width is not kept for it.
        let available = legacy113 && isLast ? width : elementWidth
        if let wrapped = extendLine(&line, word: word, width: available, indent: hangingIndent) {
          row += wrapped
          if text.utf8.count + row.utf8.count > limit { return false }
        }
        if !isLast { line += legacy113 && position == nil ? ", " : separator }
      }
      row += line
      text += String(String.UnicodeScalarView(row.unicodeScalars.dropFirst(hangingIndent.unicodeScalars.count)))
    } else {
      let lineSeparator = trimmingTrailingSpaces(separator) + String(repeating: "\n", count: shape.count - axis - 1)
      for (k, position) in positions.enumerated() {
        if k > 0 { text += hangingIndent }
        if let position {
          let complete = render(
            axis: axis + 1, offset: offset + position * strides[axis], strides: strides, hangingIndent: nextIndent,
            width: legacy113 ? width : width - 1, into: &text, limit: limit)
          if !complete { return false }
        } else {
          text += "..."
        }
        // NumPy 1.13 wrote `...` with a trailing `, ` and one newline, whatever the separator and depth.
        if k < positions.count - 1 { text += legacy113 && position == nil ? ", \n" : lineSeparator }
      }
    }
    text += "]"
    return text.utf8.count <= limit
  }

  /// NumPy's `_extendLine`: wrap before `word` if it would pass `width`, unless the line holds only the indent.
  /// Returns the finished line (trimmed, with its newline) when it wrapped. Lengths count code points, as Python's
  /// `len` does (string arrays may hold any text).
  private func extendLine(_ line: inout String, word: String, width: Int, indent: String) -> String? {
    let lineLength = line.unicodeScalars.count
    var finished: String?
    // NumPy 1.13 wraps even a line holding only the indent (which leaves an empty line).
    if lineLength + word.unicodeScalars.count > width && (legacy113 || lineLength > indent.unicodeScalars.count) {
      finished = trimmingTrailingSpaces(line) + "\n"
      line = indent
    }
    line += word
    return finished
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
