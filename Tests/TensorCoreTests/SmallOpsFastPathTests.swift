import Testing

@testable import TensorCore

/// The small-op fast paths against the general paths they short-cut, which other tests hold to NumPy: each case must
/// give the same elements bit for bit, the same shape and scalar-ness, or the same error message.
@Suite struct SmallOpsFastPathTests {
  /// A (4, 5) float64 array with a NaN, an infinity and a negative zero among ordinary values.
  static let square = Tensor(
    shape: [4, 5],
    storage: .float64([
      0.5, -1.25, .nan, 3, -0.0, 2, .infinity, -7.5, 0, 1e-300, -2, 4, 5, -6, 0.25, 9, -0.5, 1, -1, 8,
    ]))

  static func bits(_ tensor: Tensor) -> [UInt64] { tensor.doubles.map(\.bitPattern) }

  /// `a[mask] = x` with a whole-shape mask (one pass) equals the same write through an index of the mask's positions
  /// (the position-list path), for several fills, NaN and negative zero included.
  @Test(arguments: [0.0, -0.0, Double.nan, 42.5])
  func maskFillMatchesPositionWrite(fill: Double) throws {
    let a = Self.square
    let flags = a.doubles.map { $0 > 0 }
    let filled = try a.assigning([.mask(shape: a.shape, values: flags)], Tensor(fill))
    let positions = flags.indices.filter { flags[$0] }
    let flat = try a.reshape([20]).assigning([.indices(shape: [positions.count], values: positions)], Tensor(fill))
    #expect(filled.shape == [4, 5])
    #expect(!filled.isScalar)
    #expect(Self.bits(filled) == Self.bits(flat))
    #expect(Self.bits(filled) != Self.bits(a) || positions.isEmpty)
  }

  /// `a[i]`, `a[i, j]` and `a[1:, ::2]` (the ints-and-slices plan) equal the general plan, which an ellipsis forces.
  @Test(arguments: [
    [IndexItem.int(2)], [.int(-1)], [.int(1), .int(3)], [.int(-4), .int(-5)],
    [.slice(start: 1, stop: nil, step: 2)], [.int(0), .slice(start: nil, stop: nil, step: -1)],
  ])
  func intsAndSlicesMatchGeneralPlan(items: [IndexItem]) throws {
    let fast = try Self.square.index(items)
    let general = try Self.square.index(items + [.ellipsis])
    #expect(fast.shape == general.shape)
    #expect(Self.bits(fast) == Self.bits(general))
    // Every axis picked by an int is NumPy's scalar; an ellipsis keeps a 0-d array.
    #expect(fast.isScalar == (items.count == 2 && items.allSatisfy { if case .int = $0 { true } else { false } }))
  }

  /// Ints and slices of a view resolved in one walk (`IndexPlan.placed`) give the plan of the array's own elements and
  /// the result's place in the root that the two separate plans give, for a transposed, a reversed, an offset strided
  /// and an offset C-contiguous layout of the (4, 5) array (the last places the result with the plan's own strides).
  @Test(arguments: [
    [IndexItem.int(2)], [.int(-1)], [.int(1), .int(3)], [.int(-4), .int(-5)],
    [.slice(start: 1, stop: nil, step: 2)], [.int(0), .slice(start: nil, stop: nil, step: -1)],
    [.slice(start: 7, stop: 9, step: nil)], [.slice(start: nil, stop: nil, step: -3), .int(2)],
  ])
  func placedPlanMatchesTwoPlans(items: [IndexItem]) throws {
    let layouts = [
      ArrayView(offset: 0, strides: [1, 4]), ArrayView(offset: 19, strides: [-5, -1]),
      ArrayView(offset: 3, strides: [12, 2]), ArrayView(offset: 7, strides: [5, 1]),
    ]
    for root in layouts {
      let both = try #require(
        try IndexPlan.placed(items, shape: [4, 5], rootOffset: root.offset, rootStrides: root.strides))
      let own = try IndexPlan(items, shape: [4, 5], isScalar: false)
      let placed = try IndexPlan(items, shape: [4, 5], isScalar: false, strides: root.strides, offset: root.offset)
      #expect(both.plan == own)
      #expect(both.placed == placed.view)
    }
  }

  /// An index out of bounds is NumPy's message on either path.
  @Test func outOfBoundsMessagesAgree() {
    for items: [IndexItem] in [[.int(4)], [.int(1), .int(-6)]] {
      var messages: [String] = []
      for index in [items, items + [.ellipsis]] {
        do {
          _ = try Self.square.index(index)
        } catch let error as TensorError {
          messages.append(error.message)
        } catch {}
      }
      #expect(messages.count == 2)
      #expect(messages.first == messages.last)
    }
  }

  /// A full sum (one row, no walk) equals summing the same elements as one flat row through the walk of an axis
  /// reduction, to the bit, for lengths on both sides of the pairwise blocks.
  @Test(arguments: [1, 7, 8, 100, 129, 1000])
  func fullSumMatchesAxisSum(count: Int) throws {
    var values: [Double] = []
    for k in 0..<count {
      let cycle = Double(k % 13) * 0.1 - 0.55
      values.append(cycle + Double(k) * 1e-3)
    }
    let twice: [Double] = values + values
    let whole = try Tensor(shape: [count], storage: .float64(values)).sum(axis: .all, keepdims: false)
    // Two equal rows summed over axis 1: two outputs, so the walk runs, one row each.
    let rows = try Tensor(shape: [2, count], storage: .float64(twice)).sum(axis: .one(1), keepdims: false)
    #expect(rows.shape == [2])
    let wholeBits: UInt64 = whole.doubles[0].bitPattern
    let rowBits: UInt64 = rows.doubles[0].bitPattern
    #expect(wholeBits == rowBits)
  }

  /// `a + b` and `a * b` of more than eight elements leave a NaN anywhere in the result (the vector lanes or the tail
  /// of the eight-at-a-time scan) to `BinaryOperator.evaluate`, and without one give each pair's sum and product.
  @Test func plainArithmeticFindsANaNAnywhere() {
    for count in 9...27 {
      let ys = (0..<count).map { Double($0) * 0.75 - 3 }
      let b = Tensor(shape: [count], storage: .float64(ys))
      for op in [BinaryOperator.add, .multiply] {
        for place in 0..<count {
          var xs = (0..<count).map { Double($0) + 0.5 }
          xs[place] = .nan
          let a = Tensor(shape: [count], storage: .float64(xs))
          #expect(Layout.plainArithmetic(op, a, b) == nil, "\(op) of \(count) elements, NaN at \(place)")
        }
        let xs = (0..<count).map { Double($0) + 0.5 }
        let a = Tensor(shape: [count], storage: .float64(xs))
        let expected = zip(xs, ys).map { op == .add ? $0 + $1 : $0 * $1 }
        #expect(Layout.plainArithmetic(op, a, b)?.doubles == expected, "\(op) of \(count) elements")
      }
    }
  }
}
