import TestSupport
import Testing

@testable import TensorCore

/// The layout questions a small operation asks on every call, answered without building strides or sort lists for the
/// common operands, against the general answers they short-cut (which other tests hold to NumPy).
@Suite struct LayoutShortcutTests {
  /// Shapes of up to three axes with extents 0, 1, 2 and 3.
  static let shapes = smallShapes

  /// The shapes with at least one axis.
  static let shapesWithAxes = shapes.filter { !$0.isEmpty }

  /// A float64 array of `shape` owning its memory in C order.
  static func owner(_ shape: [Int]) -> Tensor {
    Tensor(shape: shape, storage: .float64(Array(repeating: 0.5, count: shape.reduce(1, *))))
  }

  /// An owner's NumPy flags equal those of a view of the same shape with C order's strides, which the general rule
  /// decides from the strides.
  @Test(arguments: shapes)
  func ownerContiguityMatchesStrides(shape: [Int]) {
    let owner = Self.owner(shape)
    var view = owner
    view.view = ArrayView(offset: 0, strides: Shape.strides(shape))
    #expect(owner.contiguity == view.contiguity)
    #expect(owner.isCContiguous == view.isCContiguous)
    #expect(owner.isFContiguous == view.isFContiguous)
  }

  /// NumPy's loop choice for an owner equals the one its C strides give through the general rule.
  @Test(arguments: shapes)
  func ownerLoopChoiceMatchesStrides(shape: [Int]) throws {
    let owner = Self.owner(shape)
    var view = owner
    view.view = ArrayView(offset: 0, strides: Shape.strides(shape))
    #expect(try owner.numpyUnaryLoop(for: "np.exp") == view.numpyUnaryLoop(for: "np.exp"))
  }

  /// NumPy's loop choice of a view, by the rule written out in full (sort the axes of extent above 1 by stride
  /// magnitude; the C library's loop only when the innermost runs backwards and the axes coalesce into one run),
  /// equals `numpyUnaryLoop`'s, whose shortcut answers a view with no backwards stride without sorting: every stride
  /// from -4 to 4 on every axis of every shape of up to three axes.
  @Test(arguments: shapesWithAxes)
  func viewLoopChoiceMatchesTheSortRule(shape: [Int]) throws {
    func sortRule(_ strides: [Int]) -> NumpyUnaryLoop {
      if shape.contains(0) { return .vector }
      if shape.count == 1 { return strides[0] < 0 ? .libm : .vector }
      let axes = shape.indices.filter { shape[$0] > 1 }.sorted { abs(strides[$0]) < abs(strides[$1]) }
      guard let inner = axes.first, strides[inner] < 0 else { return .vector }
      var span = strides[inner] * shape[inner]
      for axis in axes.dropFirst() {
        if strides[axis] != span { return .vector }
        span *= shape[axis]
      }
      return .libm
    }
    let choices = Array(-4...4)
    var strideLists: [[Int]] = [[]]
    for _ in shape.indices { strideLists = strideLists.flatMap { list in choices.map { list + [$0] } } }
    // Stride lists the shortcut leaves to the sort (an axis of extent above 1 read backwards).
    var sorted = 0
    for strides in strideLists {
      var view = Self.owner(shape)
      view.view = ArrayView(offset: 40, strides: strides)
      let expected = sortRule(strides)
      if shape.indices.contains(where: { shape[$0] > 1 && strides[$0] < 0 }) { sorted += 1 }
      #expect(try view.numpyUnaryLoop(for: "np.exp") == expected, "strides \(strides) of shape \(shape)")
    }
    #expect(sorted > 0 || !shape.contains { $0 > 1 })
  }

  /// Whenever the shortcut calls strides C order, NumPy's iterator sort leaves the axes in C order: every stride from
  /// -4 to 4 on every axis of every shape of up to three axes (axes of extent 1 and stride 0 take no part in the sort).
  @Test(arguments: shapesWithAxes)
  func orderedStridesSortToCOrder(shape: [Int]) {
    let choices = Array(-4...4)
    var strideLists: [[Int]] = [[]]
    for _ in shape.indices { strideLists = strideLists.flatMap { list in choices.map { list + [$0] } } }
    var shortcuts = 0
    for strides in strideLists {
      let compared = shape.indices.map { shape[$0] == 1 ? 0 : strides[$0] }
      let sorted = MemoryOrder.normalized(MemoryOrder.iteratorOrder([compared], ndim: shape.count))
      if MemoryOrder.isIteratorOrdered(shape, strides) {
        shortcuts += 1
        #expect(sorted == nil, "strides \(strides) of shape \(shape)")
      }
    }
    #expect(shortcuts > 0)
  }

  /// A shape with two axes above 1 has strides the shortcut leaves to the sort: reversed, growing inwards.
  @Test func growingStridesAreLeftToTheSort() {
    #expect(!MemoryOrder.isIteratorOrdered([2, 3], [1, 2]))
    #expect(MemoryOrder.normalized(MemoryOrder.iteratorOrder([[1, 2]], ndim: 2)) == [1, 0])
    #expect(MemoryOrder.isIteratorOrdered([2, 3], [-3, 1]))
    #expect(MemoryOrder.isIteratorOrdered([2, 1, 3], [3, 100, 1]))
  }

  /// The operands' first unknown memory order is the one a lazy scan of them finds.
  @Test func firstUnknownOriginIsTheFirstOperands() {
    var first = Self.owner([2, 2])
    first.unknownLayoutOrigin = "np.sort"
    var second = Self.owner([2, 2])
    second.unknownLayoutOrigin = "np.partition"
    let plain = Self.owner([2, 2])
    #expect(MemoryOrder.firstUnknownOrigin([plain, first, second]) == "np.sort")
    #expect(MemoryOrder.firstUnknownOrigin([plain, plain]) == nil)
    #expect(MemoryOrder.firstUnknownOrigin([]) == nil)
  }
}
