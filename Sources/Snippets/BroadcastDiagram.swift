/// How operands' shapes line up when they broadcast, as data for a page to draw: one per `broadcast_diagram(...)` call,
/// and one per broadcast argument of a gradient table.
public struct BroadcastDiagram: Sendable, Hashable, Codable {
  /// One operand: its name as written in the snippet and its shape.
  public struct Operand: Sendable, Hashable, Codable {
    /// The argument's source text (`A`, `(2, 3)`), or the name the page gives it.
    public var name: String
    /// Its shape.
    public var shape: [Int]

    /// Makes an operand.
    public init(name: String, shape: [Int]) {
      self.name = name
      self.shape = shape
    }
  }

  /// The operands, top to bottom.
  public var operands: [Operand]
  /// The broadcast result's shape; every operand broadcasts to it.
  public var result: [Int]

  /// Makes a diagram; `result` must be the broadcast of the operands' shapes.
  public init(operands: [Operand], result: [Int]) {
    self.operands = operands
    self.result = result
  }

  /// How an operand's axis lines up under result axis `axis`.
  public enum Alignment: Sendable, Hashable {
    /// The operand has this axis with the result's extent.
    case kept(Int)
    /// The operand has this axis with extent 1 and the result is longer: stretched, so the gradient sums it.
    case stretched
    /// The operand has fewer axes: broadcasting added this one in front, so the gradient sums it away.
    case added
  }

  /// For each result axis, how `shape` lines up under it, aligned from the right (NumPy's rule).
  public static func alignment(of shape: [Int], under result: [Int]) -> [Alignment] {
    let lead = result.count - shape.count
    return result.indices.map { axis in
      guard axis >= lead else { return .added }
      let extent = shape[axis - lead]
      return extent == 1 && result[axis] != 1 ? .stretched : .kept(extent)
    }
  }

  /// The result axes a gradient of `shape` is summed over: the added ones, then the stretched ones (HIPS autograd's
  /// `unbroadcast`, the same axes the tensor core's backward pass reports).
  public static func summedAxes(of shape: [Int], under result: [Int]) -> [Int] {
    alignment(of: shape, under: result).enumerated().compactMap { axis, alignment in
      if case .kept = alignment { return nil }
      return axis
    }
  }
}
