import TensorCore

/// NumPy's memory layout for `np.einsum` results (`PyArray_EinsteinSum` in `einsum.cpp`): with one operand and no
/// label summed away, einsum returns a view of the operand (`np.einsum('ij->ji', x)`, `np.einsum('ii->i', x)`);
/// otherwise its iterator allocates the output in its operands' order (`order='K'`) over the output's labels
/// followed by the summed ones in alphabetical order, so `np.einsum('ij,ij->ji', c, c)` is Fortran-ordered even for
/// C-ordered `c`.
enum EinsumLayout {
  /// The subscripts as NumPy reads them: each operand's labels, and the output's.
  struct Subscripts {
    /// Each operand's labels, one per axis.
    var inputs: [[Character]]
    /// The output's labels: as written after `->`, or each label used once, in alphabetical order.
    var output: [Character]

    /// The subscripts of `text`; nil for an ellipsis or anything other than letters, commas and one `->`.
    init?(_ text: String) {
      let sides = text.filter { $0 != " " }.split(separator: "-", omittingEmptySubsequences: false)
      guard sides.count <= 2, sides.allSatisfy({ !$0.contains(".") }) else { return nil }
      inputs = sides[0].split(separator: ",", omittingEmptySubsequences: false).map(Array.init)
      guard inputs.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
      if sides.count == 2 {
        guard sides[1].first == ">" else { return nil }
        output = Array(sides[1].dropFirst())
        guard output.allSatisfy(\.isLetter) else { return nil }
      } else {
        let labels = inputs.joined()
        output = Set(labels).filter { label in labels.count { $0 == label } == 1 }.sorted()
      }
    }
  }

  /// True when NumPy's einsum returns a view of its one operand: no label of it is summed away.
  static func isView(_ text: String, operandCount: Int) -> Bool {
    guard operandCount == 1 else { return false }
    if let subscripts = Subscripts(text) {
      return subscripts.inputs.count == 1 && subscripts.inputs[0].allSatisfy(subscripts.output.contains)
    }
    // With an ellipsis: an explicit output that keeps the ellipsis and every letter.
    let sides = text.filter { $0 != " " }.split(separator: "-", omittingEmptySubsequences: false)
    guard sides.count == 2, sides[1].first == ">", !sides[0].contains(",") else { return false }
    let input = sides[0].filter { $0 != "." }
    let output = sides[1].dropFirst()
    return sides[0].contains("...") == output.contains("...") && input.allSatisfy(\.isLetter)
      && input.allSatisfy(output.contains)
  }

  /// The strides in the operand's root of NumPy's view for `text`, one per output axis: each output label's stride
  /// is the sum of the strides of the operand's axes with that label (a diagonal); nil where `text` is not read here.
  static func viewStrides(_ text: String, of operand: Tensor) -> [Int]? {
    guard let subscripts = Subscripts(Self.namingEllipsis(text, ndim: operand.ndim) ?? text),
      subscripts.inputs.count == 1,
      subscripts.inputs[0].count == operand.ndim, operand.geometry.positions == nil
    else { return nil }
    let strides = operand.geometry.strides
    return subscripts.output.map { label in
      subscripts.inputs[0].indices.filter { subscripts.inputs[0][$0] == label }.reduce(0) { $0 + strides[$1] }
    }
  }

  /// One operand's subscripts with `...` written as labels of their own, the same on both sides of an explicit `->`
  /// (`'...->...'`, `'i...->...i'`), or the bare `'...'` as its explicit form; nil for any other text.
  static func namingEllipsis(_ text: String, ndim: Int) -> String? {
    let compact = text.filter { $0 != " " }
    guard compact.contains("..."), !compact.contains(",") else { return nil }
    let sides = compact.components(separatedBy: "->")
    let input = sides[0]
    let output = sides.count == 2 ? sides[1] : (input == "..." ? "..." : nil)
    guard sides.count <= 2, let output, input.components(separatedBy: "...").count == 2,
      output.components(separatedBy: "...").count <= 2
    else { return nil }
    let named = input.filter(\.isLetter).count
    guard ndim >= named else { return nil }
    let free = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".filter { !compact.contains($0) }
    guard free.count >= ndim - named else { return nil }
    let labels = String(free.prefix(ndim - named))
    return input.replacingOccurrences(of: "...", with: labels) + "->"
      + output.replacingOccurrences(of: "...", with: labels)
  }

  /// The memory order, outermost first, in which NumPy's iterator allocates the output (of `shape`) of
  /// `np.einsum(text, *operands)`; nil when an operand's order is unknown or the subscripts are not read here.
  static func outputOrder(_ text: String, _ operands: [Tensor], shape: [Int]) -> [Int]? {
    guard operands.allSatisfy({ !$0.hasUnknownLayout }), let subscripts = Subscripts(text),
      subscripts.inputs.count == operands.count, subscripts.output.count == shape.count
    else { return nil }
    var iteratorLabels = subscripts.output
    for label in Set(subscripts.inputs.joined()).sorted() where !subscripts.output.contains(label) {
      iteratorLabels.append(label)
    }
    var strides: [[Int]] = []
    for (labels, operand) in zip(subscripts.inputs, operands) {
      guard labels.count == operand.ndim else { return nil }
      let own = operand.memoryStrides
      // A label repeated in one operand walks its diagonal: the strides add up. An axis of extent 1 has none.
      strides.append(
        iteratorLabels.map { label in
          let axes = labels.indices.filter { labels[$0] == label }
          guard let first = axes.first, operand.shape[first] > 1 else { return 0 }
          return axes.reduce(0) { $0 + own[$1] }
        })
    }
    return MemoryOrder.iteratorOrder(strides, ndim: iteratorLabels.count).filter { $0 < shape.count }
  }

  /// Refuses an einsum that sums over a label of a float operand that is not C-ordered: NumPy's iterator then walks
  /// the operands in their memory order and adds in an order docbuild's einsum does not follow (other last digits).
  static func refuseUnfollowedSummation(_ text: String, _ operands: [Tensor]) throws(PythonError) {
    let unordered = operands.contains { operand in
      operand.dtype.isInexact && operand.ndim > 0
        && (operand.memoryAxes != nil || operand.hasUnknownLayout
          || (operand.view != nil && !operand.isCContiguous))
    }
    guard unordered, sumsOverALabel(text) else { return }
    throw PythonError.limit(
      "np.einsum summing over a label of a transposed, reversed or strided array is not supported: NumPy adds in "
        + "the order of that array's memory, which docbuild's einsum does not follow; pass a C-ordered copy "
        + "(.copy())")
  }

  /// True when a label of the subscripts is summed away (it is missing from the output); true too when the
  /// subscripts cannot be read here.
  private static func sumsOverALabel(_ text: String) -> Bool {
    let sides = text.filter { $0 != " " && $0 != "." }.split(separator: "-", omittingEmptySubsequences: false)
    guard sides.count <= 2 else { return true }
    let labels = sides[0].filter(\.isLetter)
    if sides.count == 2 { return labels.contains { !sides[1].contains($0) } }
    return Set(labels).contains { label in labels.count { $0 == label } > 1 }
  }
}
