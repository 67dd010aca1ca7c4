import CKernels
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

  /// `a[mask]` with a whole-shape mask (read eight flags at a time, runs skipped or copied whole) selects exactly the
  /// elements whose flag is true, in order, for every length up to 40 and masks of all-false, all-true, alternating,
  /// threshold (one run of each) and pseudo-random flags, so that words of eight flags start at every offset and the
  /// last true flag falls inside a word, at its end and in the tail; int64 and bool elements too.
  @Test(arguments: 0...40)
  func maskGatherSelectsFlaggedElementsInOrder(length: Int) throws {
    var generator = SystemRandomNumberGenerator()
    let patterns: [[Bool]] = [
      Array(repeating: false, count: length), Array(repeating: true, count: length),
      (0..<length).map { $0 % 2 == 0 }, (0..<length).map { $0 >= length / 2 }, (0..<length).map { $0 < 9 },
      (0..<length).map { _ in Bool.random(using: &generator) },
      (0..<length).map { $0 % 11 < 8 },
    ]
    let reals = (0..<length).map { Double($0) * 1.5 - 7 }
    for flags in patterns {
      let expected = zip(reals, flags).filter(\.1).map(\.0)
      let floats = try Tensor(shape: [length], storage: .float64(reals)).index([.mask(shape: [length], values: flags)])
      #expect(floats.doubles == expected, "flags \(flags)")
      #expect(floats.shape == [expected.count])
      let ints = try Tensor(shape: [length], storage: .int64(reals.map { Int64($0 * 2) }))
        .index([.mask(shape: [length], values: flags)])
      guard case .int64(let intValues) = ints.storage else { Issue.record("int64 storage lost"); continue }
      #expect(intValues == expected.map { Int64($0 * 2) })
      let bools = try Tensor(shape: [length], storage: .bool(reals.map { $0 > 0 }))
        .index([.mask(shape: [length], values: flags)])
      guard case .bool(let boolValues) = bools.storage else { Issue.record("bool storage lost"); continue }
      #expect(boolValues == expected.map { $0 > 0 })
    }
  }

  /// A long mask's true flags are counted in chunks of 2,040 bytes (the most a word's byte lanes hold): all-true and
  /// pseudo-random masks on either side of a chunk's end select the flagged elements.
  @Test(arguments: [2_039, 2_040, 2_041, 4_087, 16_400])
  func longMaskCountsEveryTrueFlag(length: Int) throws {
    var generator = SystemRandomNumberGenerator()
    let reals = (0..<length).map(Double.init)
    for flags in [Array(repeating: true, count: length), (0..<length).map { _ in Bool.random(using: &generator) }] {
      let picked = try Tensor(shape: [length], storage: .float64(reals)).index([.mask(shape: [length], values: flags)])
      #expect(picked.doubles == zip(reals, flags).filter(\.1).map(\.0))
    }
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

  /// `docbuild_plain_arithmetic` (the vector lanes, their tails and the scalar path of every length up to 40) gives
  /// each pair's IEEE `+ - * /` bit for bit, special values included, and says a NaN is in the result exactly when one
  /// is: an operand's NaN, or infinities meeting (`inf - inf`, `0 * inf`, `0 / 0`).
  @Test func plainArithmeticKernelMatchesEachPair() {
    let specials: [Double] = [
      0, -0.0, 1, -1, 0.1, -3.5, 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308, .infinity, -.infinity,
      .nan, -.nan, .greatestFiniteMagnitude,
    ]
    for count in 0...40 {
      for shift in 0..<specials.count {
        let xs = (0..<count).map { specials[($0 + shift) % specials.count] }
        let ys = (0..<count).map { specials[($0 * 7 + shift * 3 + 1) % specials.count] }
        for (code, op) in [(0, BinaryOperator.add), (1, .subtract), (2, .multiply), (3, .divide)] {
          var out = [Double](repeating: 42, count: count)
          let saysNaN = xs.withUnsafeBufferPointer { x in
            ys.withUnsafeBufferPointer { y in
              out.withUnsafeMutableBufferPointer { o in
                docbuild_plain_arithmetic(
                  Int32(code), x.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                  y.baseAddress ?? UnsafePointer(bitPattern: 8)!, o.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!,
                  count) != 0
              }
            }
          }
          let expected = zip(xs, ys).map { (x, y) -> Double in
            switch op {
            case .add: x + y
            case .subtract: x - y
            case .multiply: x * y
            default: x / y
            }
          }
          #expect(out.map(\.bitPattern) == expected.map(\.bitPattern), "\(op) of \(count) elements, shift \(shift)")
          #expect(saysNaN == expected.contains { $0.isNaN }, "\(op) of \(count) elements, shift \(shift)")
        }
      }
    }
  }

  /// An integer array beside one slice (`a[idx]` of a matrix, `a[::-2, idx]`, `a[idx, 1::2]`), whose positions are
  /// written from the table and the slice's run in one pass, picks the elements the definition picks: on an array
  /// holding its own positions, result element (i, j) is the row and column the index and the slice name.
  @Test func integerArrayBesideOneSliceTakesTheDefinedElements() throws {
    let rows = 5
    let columns = 6
    let source = Tensor(shape: [rows, columns], storage: .int64((0..<Int64(rows * columns)).map { $0 }))
    let indices = [4, -1, 0, 2]
    let picked = indices.map { $0 < 0 ? $0 + rows : $0 }
    // The table first: `a[idx]` (the columns whole) and `a[idx, 1::2]`.
    for (slice, kept) in [
      (IndexItem.slice(start: nil, stop: nil, step: nil), Array(0..<columns)),
      (.slice(start: 1, stop: nil, step: 2), [1, 3, 5]),
    ] {
      let taken = try source.index([.indices(shape: [indices.count], values: indices), slice])
      #expect(taken.shape == [indices.count, kept.count])
      #expect(taken.int64s == picked.flatMap { row in kept.map { Int64(row * columns + $0) } })
    }
    // The run first: `a[::-2, idx]` picks columns.
    let columnIndices = [5, 0, -2]
    let pickedColumns = columnIndices.map { $0 < 0 ? $0 + columns : $0 }
    let keptRows = [4, 2, 0]
    let taken = try source.index([
      .slice(start: nil, stop: nil, step: -2), .indices(shape: [columnIndices.count], values: columnIndices),
    ])
    #expect(taken.shape == [keptRows.count, columnIndices.count])
    #expect(taken.int64s == keptRows.flatMap { row in pickedColumns.map { Int64(row * columns + $0) } })
  }

  /// The message of the error `body` throws, or nil when it returns.
  static func errorMessage(_ body: () throws -> Tensor) -> String? {
    do {
      _ = try body()
      return nil
    } catch let error as TensorError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  /// `a[i]` through `indexedView(position:)` (the one int held without a list) is the view `indexedView([.int(i)])`
  /// makes: the same elements, shape and scalar-ness, the same place in the root (a row of a C-ordered array shares
  /// one list of strides), the same lineage, or the same error; for an owner, a C-ordered view, a reversed view, an
  /// owner held in transposed memory order, a 1-d array (a NumPy scalar), a 3-d array and a NumPy scalar.
  @Test(arguments: [0, 2, -1, -4, 3, 7, -9])
  func onePositionMatchesItemList(position: Int) throws {
    let all = IndexItem.slice(start: nil, stop: nil, step: nil)
    let sources = [
      Self.square, try Self.square.indexedView([all]),
      try Self.square.indexedView([.slice(start: nil, stop: nil, step: -1)]), try Self.square.transpose(),
      Tensor(shape: [6], storage: .float64((0..<6).map { Double($0) - 2.5 })),
      Tensor(shape: [2, 3, 4], storage: .float64((0..<24).map { Double($0) * 0.5 })), Tensor(2.0),
    ]
    for source in sources {
      let fastError = Self.errorMessage { try source.indexedView(position: position) }
      let listError = Self.errorMessage { try source.indexedView([.int(position)]) }
      #expect(fastError == listError, "\(source.shape)[\(position)]")
      guard fastError == nil, listError == nil else { continue }
      let fast = try source.indexedView(position: position)
      let list = try source.indexedView([.int(position)])
      #expect(fast.shape == list.shape)
      #expect(fast.isScalar == list.isScalar)
      #expect(Self.bits(fast) == Self.bits(list))
      #expect(fast.isView == list.isView)
      #expect(fast.view?.offset == list.view?.offset)
      #expect(fast.view?.strides == list.view?.strides)
      #expect(fast.sharesLineage(with: list) == list.isView)
    }
  }

  /// The plan of a row of a C-ordered array (its one stride shared) is the general plan, which an ellipsis forces.
  @Test(arguments: [[4, 5], [2, 3, 4], [7]])
  func unitRowPlanMatchesGeneralPlan(shape: [Int]) throws {
    let items = [IndexItem](repeating: .int(1), count: shape.count - 1)
    let fast = try IndexPlan(items, shape: shape, isScalar: false)
    let general = try IndexPlan(items + [.ellipsis], shape: shape, isScalar: false)
    #expect(fast == general)
    #expect(fast.view.strides == [1])
  }

  /// A transpose that leaves every extent in place (a square matrix, a cube reversed) shares its operand's shape and
  /// gives the permuted elements; any other gives the permuted shape.
  @Test func transposeKeepingExtentsMatchesPermutation() throws {
    let square = Tensor(shape: [3, 3], storage: .float64((0..<9).map { Double($0) }))
    let flipped = ShapeKernels.transpose(square, axes: [1, 0])
    #expect(flipped.shape == [3, 3])
    #expect(flipped.doubles == [0, 3, 6, 1, 4, 7, 2, 5, 8])
    let cube = Tensor(shape: [2, 3, 2], storage: .float64((0..<12).map { Double($0) }))
    let reversed = ShapeKernels.transpose(cube, axes: [2, 1, 0])
    #expect(reversed.shape == [2, 3, 2])
    #expect(reversed.doubles == [0, 6, 2, 8, 4, 10, 1, 7, 3, 9, 5, 11])
    let wide = ShapeKernels.transpose(Self.square, axes: [1, 0])
    #expect(wide.shape == [5, 4])
    #expect(Self.bits(wide) == Self.bits(try Self.square.transpose()))
  }

  /// The memory order of an element-wise result found from a node's operands in place equals the order found from a
  /// list of them, for every pair (and each one alone) of: an owner, a C-ordered view, a strided view, an owner in
  /// transposed memory order, a view of it, a broadcast row and a 0-d value.
  @Test func elementwiseOrderOfNodeInputsMatchesList() throws {
    let all = IndexItem.slice(start: nil, stop: nil, step: nil)
    let wide = Tensor(shape: [4, 10], storage: .float64((0..<40).map { Double($0) }))
    let tall = Tensor(shape: [5, 4], storage: .float64((0..<20).map { Double($0) }))
    let operands = [
      Self.square, try Self.square.indexedView([all]),
      try wide.indexedView([all, .slice(start: nil, stop: nil, step: 2)]), try tall.transpose(),
      try tall.transpose().indexedView([all]), Tensor(shape: [5], storage: .float64([1, 2, 3, 4, 5])),
      Tensor(shape: [], storage: .float64([3])),
    ]
    for first in operands.indices {
      #expect(
        MemoryOrder.elementwise(NodeInputs(operands[first]), shape: [4, 5])
          == MemoryOrder.elementwise([operands[first]], shape: [4, 5]))
      for second in operands.indices {
        let pair = [operands[first], operands[second]]
        #expect(
          MemoryOrder.elementwise(NodeInputs(pair[0], pair[1]), shape: [4, 5])
            == MemoryOrder.elementwise(pair, shape: [4, 5]), "operands \(first) and \(second)")
      }
    }
  }
}
