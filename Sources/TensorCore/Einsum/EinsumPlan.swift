/// A parsed `np.einsum` subscripts string against its operands' shapes: each operand axis and each output axis named
/// by a label id (letters by their character code; ellipsis dimensions by ids from 1000), with every label's extent.
///
/// An operand axis of extent 1 that broadcasts against a longer one gets a label of its own (from 2000), so that the
/// plan is a plain sum of products with no broadcasting rule; the gradient then sums over that label by itself.
struct EinsumPlan: Sendable, Equatable {
  /// The labels of each operand's axes, in axis order (a label may repeat: a diagonal).
  var inputs: [[Int]]
  /// The labels of the output's axes (a label repeats only in gradient plans: writing a diagonal).
  var output: [Int]
  /// The extent of each label.
  var extents: [Int: Int]

  /// The labels summed over: those of no output axis, ellipsis dimensions first, then by character code, as NumPy's
  /// `c_einsum` orders its iteration.
  var summed: [Int] {
    var seen = Set(output)
    var labels: [Int] = []
    for axes in inputs { for label in axes where seen.insert(label).inserted { labels.append(label) } }
    return labels.sorted { ($0 < 1000 ? $0 + 10_000 : $0) < ($1 < 1000 ? $1 + 10_000 : $1) }
  }

  /// The output's shape.
  var outputShape: [Int] { output.map { extents[$0] ?? 1 } }

  /// Parses `subscripts` for operands of `shapes`, with NumPy's rules and errors: implicit output (the labels that
  /// appear once, in alphabetical order, after any ellipsis dimensions), `...` broadcasting, repeated labels.
  static func parse(_ subscripts: String, shapes: [[Int]]) throws -> EinsumPlan {
    let text = subscripts.filter { $0 != " " }
    let arrow = text.range(of: "->")
    let inputText = arrow.map { String(text[..<$0.lowerBound]) } ?? text
    let outputText = arrow.map { String(text[$0.upperBound...]) }
    let terms = inputText.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    // NumPy's two messages, worded as it words them.
    if terms.count > shapes.count {
      throw TensorError.value("more operands provided to einstein sum function than specified in the subscripts string")
    }
    if terms.count < shapes.count {
      throw TensorError.value(
        "fewer operands provided to einstein sum function than specified in the subscripts string")
    }
    var extents: [Int: Int] = [:]
    var inputs: [[Int]] = []
    var ellipsisRank = 0
    var parsedTerms: [(before: [Int], after: [Int], hasEllipsis: Bool)] = []
    for (operand, term) in terms.enumerated() {
      let parsed = try labels(term, what: "operand \(operand)")
      let named = parsed.before.count + parsed.after.count
      let rank = shapes[operand].count
      if parsed.hasEllipsis {
        if named > rank {
          throw TensorError.value(
            "einstein sum subscripts string contains too many subscripts for operand \(operand)")
        }
        ellipsisRank = Swift.max(ellipsisRank, rank - named)
      } else if named != rank {
        throw TensorError.value(
          named > rank
            ? "einstein sum subscripts string contains too many subscripts for operand \(operand)"
            : "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided "
              + "to broadcast the extra dimensions.")
      }
      parsedTerms.append(parsed)
    }
    // The ellipsis dimensions broadcast right-aligned, as NumPy's do.
    var broadcastExtents = [Int](repeating: 1, count: ellipsisRank)
    var conflict = false
    var fresh = 2000
    for (operand, parsed) in parsedTerms.enumerated() {
      let shape = shapes[operand]
      let middle = parsed.hasEllipsis ? shape.count - parsed.before.count - parsed.after.count : 0
      for d in 0..<middle {
        let extent = shape[parsed.before.count + d]
        let slot = ellipsisRank - middle + d
        if extent != 1 {
          if broadcastExtents[slot] != 1 && broadcastExtents[slot] != extent { conflict = true }
          broadcastExtents[slot] = extent
        }
      }
    }
    for (slot, extent) in broadcastExtents.enumerated() { extents[1000 + slot] = extent }
    for (operand, parsed) in parsedTerms.enumerated() {
      let shape = shapes[operand]
      let middle = parsed.hasEllipsis ? shape.count - parsed.before.count - parsed.after.count : 0
      var axes = parsed.before
      for d in 0..<middle {
        let slot = ellipsisRank - middle + d
        if shape[parsed.before.count + d] == 1 && broadcastExtents[slot] != 1 {
          extents[fresh] = 1
          axes.append(fresh)
          fresh += 1
        } else {
          axes.append(1000 + slot)
        }
      }
      axes += parsed.after
      for (axis, label) in axes.enumerated() where label < 1000 {
        let extent = shape[axis]
        if let known = extents[label], known != extent {
          // NumPy lets an extent of 1 broadcast against a label's other extents.
          if known == 1 {
            extents[label] = extent
          } else if extent != 1 {
            conflict = true
          }
        } else if extents[label] == nil {
          extents[label] = extent
        }
      }
      inputs.append(axes)
    }
    // A named axis of extent 1 against a longer one of the same label: its own label, as for ellipsis dimensions.
    for (operand, axes) in inputs.enumerated() {
      for (axis, label) in axes.enumerated() where label < 1000 && shapes[operand][axis] == 1 && extents[label] != 1 {
        extents[fresh] = 1
        inputs[operand][axis] = fresh
        fresh += 1
      }
    }
    var output: [Int] = []
    if let outputText {
      let parsed = try labels(outputText, what: "output")
      var seen = Set<Int>()
      for label in parsed.before + parsed.after {
        guard seen.insert(label).inserted else {
          throw TensorError.value(
            "einstein sum subscripts string includes output subscript '\(character(label))' multiple times")
        }
        guard extents[label] != nil else {
          throw TensorError.value(
            "einstein sum subscripts string included output subscript '\(character(label))' which never appeared "
              + "in an input")
        }
      }
      output = parsed.before + (parsed.hasEllipsis ? (0..<ellipsisRank).map { 1000 + $0 } : []) + parsed.after
    } else {
      var counts: [Int: Int] = [:]
      for term in parsedTerms { for label in term.before + term.after { counts[label, default: 0] += 1 } }
      output = (0..<ellipsisRank).map { 1000 + $0 } + counts.filter { $0.value == 1 }.keys.sorted()
    }
    // NumPy takes each operand's diagonal of a repeated label before it broadcasts the operands, and the extents
    // must be equal there (an extent of 1 does not broadcast within an operand). A lone operand is first tried as a
    // view of the output's labels, which says so in its own words until it meets a label the output lacks.
    if parsedTerms.count == 1 {
      let parsed = parsedTerms[0]
      let shape = shapes[0]
      let middle = parsed.hasEllipsis ? shape.count - parsed.before.count - parsed.after.count : 0
      let named =
        parsed.before.enumerated().map { ($1, shape[$0]) }
        + parsed.after.enumerated().map { ($1, shape[parsed.before.count + middle + $0]) }
      var firstExtent: [Int: Int] = [:]
      for (label, extent) in named {
        guard output.contains(label) else { break }
        if let first = firstExtent[label], first != extent {
          throw TensorError.value(
            "dimensions in single operand for collapsing index '\(character(label))' don't match "
              + "(\(first) != \(extent))")
        }
        firstExtent[label] = firstExtent[label] ?? extent
      }
    }
    for (operand, parsed) in parsedTerms.enumerated() {
      let shape = shapes[operand]
      let middle = parsed.hasEllipsis ? shape.count - parsed.before.count - parsed.after.count : 0
      let named =
        parsed.before.enumerated().map { ($1, shape[$0]) }
        + parsed.after.enumerated().map { ($1, shape[parsed.before.count + middle + $0]) }
      var firstExtent: [Int: Int] = [:]
      for (label, extent) in named {
        if let first = firstExtent[label], first != extent {
          throw TensorError.value(
            "dimensions in operand \(operand) for collapsing index '\(character(label))' don't match "
              + "(\(first) != \(extent))")
        }
        firstExtent[label] = firstExtent[label] ?? extent
      }
    }
    if conflict {
      throw mismatch(terms: parsedTerms, shapes: shapes, ellipsisRank: ellipsisRank, output: output)
    }
    return EinsumPlan(inputs: inputs, output: output, extents: extents)
  }

  /// The letters of one term, split at its ellipsis.
  private static func labels(_ term: String, what: String) throws -> (before: [Int], after: [Int], hasEllipsis: Bool) {
    var before: [Int] = []
    var after: [Int] = []
    var hasEllipsis = false
    var rest = Substring(term)
    while let character = rest.first {
      if rest.hasPrefix("...") {
        if hasEllipsis {
          throw TensorError.value(
            "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in \(what)")
        }
        hasEllipsis = true
        rest = rest.dropFirst(3)
        continue
      }
      guard let ascii = character.asciiValue, character.isLetter else {
        if character == "." {
          throw TensorError.value(
            "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in \(what)")
        }
        throw TensorError.value(
          "invalid subscript '\(character)' in einstein sum subscripts string, subscripts must be letters")
      }
      if hasEllipsis { after.append(Int(ascii)) } else { before.append(Int(ascii)) }
      rest = rest.dropFirst()
    }
    return (before, after, hasEllipsis)
  }

  private static func character(_ label: Int) -> Character { Character(UnicodeScalar(UInt8(label))) }

  /// NumPy's iterator error for extents that do not broadcast: each operand's shape and its axes laid along the
  /// iteration (output labels, then summed ones), `newaxis` where it lacks a label, leading ones left out.
  private static func mismatch(
    terms: [(before: [Int], after: [Int], hasEllipsis: Bool)], shapes: [[Int]], ellipsisRank: Int, output: [Int]
  ) -> TensorError {
    let letters = Set(terms.flatMap { $0.before + $0.after })
    let summed = letters.subtracting(output).sorted()
    let iteration =
      output + (output.contains(where: { $0 >= 1000 }) ? [] : (0..<ellipsisRank).map { 1000 + $0 })
      + summed
    var parts: [String] = []
    for (operand, term) in terms.enumerated() {
      let shape = shapes[operand]
      let middle = term.hasEllipsis ? shape.count - term.before.count - term.after.count : 0
      var axisOf: [Int: Int] = [:]
      for (axis, label) in term.before.enumerated() where axisOf[label] == nil { axisOf[label] = axis }
      for d in 0..<middle { axisOf[1000 + ellipsisRank - middle + d] = term.before.count + d }
      for (offset, label) in term.after.enumerated() where axisOf[label] == nil {
        axisOf[label] = term.before.count + middle + offset
      }
      let remapped = iteration.map { label in axisOf[label].map { shape[$0] } ?? -1 }
      parts.append("\(Shape.compact(shape))->\(Shape.compact(remapped))")
    }
    return TensorError.value(
      "operands could not be broadcast together with remapped shapes [original->remapped]: "
        + parts.joined(separator: " ") + " ")
  }

  /// The plan of the gradient for operand `k`: the upstream gradient (output labels) and the other operands, summed
  /// to operand k's labels (a repeated label writes a diagonal; a label only k has is an implicit sum of ones).
  func gradientPlan(for k: Int) -> EinsumPlan {
    var others = inputs
    others.remove(at: k)
    return EinsumPlan(inputs: [output] + others, output: inputs[k], extents: extents)
  }
}
