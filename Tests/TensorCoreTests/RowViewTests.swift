import Testing

@testable import TensorCore

/// `a[i]` copied as one row and placed in the root directly (`Tensor.indexedView(position:)`) against the index plan's
/// walk and strided gather (`rowsDirectly: false`), which the indexing fixtures hold to NumPy: for every source layout
/// and every position in and out of range, the same error, or the same elements bit for bit, shape, dtype, scalar-ness,
/// node, memory order, lineage and view geometry with every flag.
@Suite struct RowViewTests {
  /// The sources: an array of each storage class and a narrow one, owning its memory in C order or in another order,
  /// of 1 to 4 axes (extents of 0 and 1 among them), and views of them: slices, steps, reversed axes, a row of a view.
  static func sources() throws -> [(name: String, array: Tensor)] {
    let doubles = Tensor(shape: [4, 5], storage: .float64((0..<20).map { Double($0) * 0.5 - 3 }))
    let ints = Tensor(shape: [3, 2, 4], storage: .int64((0..<24).map { Int64($0) - 7 }))
    let bools = Tensor(shape: [2, 3], storage: .bool([true, false, true, true, false, false]))
    let complex = Tensor(
      shape: [2, 2], storage: .complex128([Complex(1, 2), Complex(-0.5, 0), Complex(3, -1), Complex(0, 0)]))
    var columnMajor = Tensor(shape: [3, 4], storage: .float64((0..<12).map { Double($0) }))
    columnMajor.memoryAxes = [1, 0]
    let all = IndexItem.slice(start: nil, stop: nil, step: nil)
    var result: [(String, Tensor)] = [
      ("doubles", doubles), ("ints", ints), ("bools", bools), ("complex", complex), ("column-major", columnMajor),
      ("int32", try ints.astype(.int32)), ("float32", try doubles.astype(.float32)),
      ("row", Tensor(shape: [5], storage: .float64([1, 2, 3, 4, 5]))),
      ("empty rows", Tensor(shape: [3, 0], storage: .float64([]))),
      ("no rows", Tensor(shape: [0, 3], storage: .int64([]))),
      ("unit rows", Tensor(shape: [4, 1], storage: .int64([1, 2, 3, 4]))),
      ("4-d", Tensor(shape: [2, 1, 3, 2], storage: .float64((0..<12).map { Double($0) }))),
      ("scalar", Tensor(scalar: .double(2.5), isScalar: true)),
    ]
    for (name, base) in [("doubles", doubles), ("ints", ints), ("bools", bools), ("column-major", columnMajor)] {
      result.append(("\(name)[::-1]", try base.indexedView([.slice(start: nil, stop: nil, step: -1)])))
      result.append(
        (
          "\(name)[1:, ::2]",
          try base.indexedView([.slice(start: 1, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)])
        ))
      result.append(("\(name)[:, 1:]", try base.indexedView([all, .slice(start: 1, stop: nil, step: nil)])))
      result.append(
        (
          "\(name)[::-2, ::-1]",
          try base.indexedView([.slice(start: nil, stop: nil, step: -2), .slice(start: nil, stop: nil, step: -1)])
        ))
    }
    result.append(("ints[1]", try ints.indexedView(position: 1, rowsDirectly: false)))
    result.append(
      (
        "ints[:, ::-1][2]",
        try ints.indexedView([all, .slice(start: nil, stop: nil, step: -1)]).indexedView(
          position: 2, rowsDirectly: false)
      ))
    // A row taken directly, its elements left in its operand's (`DeferredElements.slice`), whose rows are taken from
    // the same operand's elements.
    result.append(("ints[1] taken directly", try ints.indexedView(position: 1)))
    return result
  }

  /// In a chapter that keeps no history (where float64 rows are taken directly) and in one that keeps them all.
  @Test(arguments: [false, true])
  func rowsMatchTheIndexPlan(recordsHistories: Bool) throws {
    let meter = ResourceMeter()
    meter.recordsHistories = recordsHistories
    try ResourceMeter.withCurrent(meter) { try Self.compareRows() }
  }

  /// The rows taken directly are those of arrays of two or more axes, not empty, whose rows attach no node: in a
  /// chapter keeping no history every storage class but complex, and never a narrow dtype.
  @Test func rowsAreTakenDirectlyWhereTheyCan() throws {
    let meter = ResourceMeter()
    meter.recordsHistories = false
    let taken = try ResourceMeter.withCurrent(meter) {
      try Self.sources().filter { try $0.array.rowView(1) != nil }.map(\.name)
    }
    #expect(
      taken == [
        "doubles", "ints", "bools", "column-major", "unit rows", "4-d", "doubles[::-1]", "doubles[1:, ::2]",
        "doubles[:, 1:]", "doubles[::-2, ::-1]", "ints[::-1]", "ints[1:, ::2]", "ints[:, 1:]", "ints[::-2, ::-1]",
        "bools[::-1]", "bools[:, 1:]", "column-major[::-1]", "column-major[1:, ::2]", "column-major[:, 1:]",
        "column-major[::-2, ::-1]", "ints[1]", "ints[:, ::-1][2]", "ints[1] taken directly",
      ])
  }

  static func compareRows() throws {
    for (name, source) in try Self.sources() {
      let extent = source.shape.first ?? 0
      for position in (-extent - 2)...(extent + 1) {
        let direct = Result { try source.indexedView(position: position) }
        let planned = Result { try source.indexedView(position: position, rowsDirectly: false) }
        switch (direct, planned) {
        case (.failure(let a), .failure(let b)):
          #expect(String(describing: a) == String(describing: b), "\(name)[\(position)]")
        case (.success(let a), .success(let b)):
          Self.expectSame(a, b, of: source, "\(name)[\(position)]")
        default:
          Issue.record("\(name)[\(position)]: \(direct) against \(planned)")
        }
      }
    }
  }

  /// A row taken directly and the plan's are the same value in every field a NumPy array shows, and views of
  /// `source`'s memory alike.
  static func expectSame(_ a: Tensor, _ b: Tensor, of source: Tensor, _ label: String) {
    #expect(a.shape == b.shape, "\(label)")
    #expect(a.size == b.size, "\(label)")
    #expect(a.dtype == b.dtype, "\(label)")
    #expect(a.isScalar == b.isScalar, "\(label)")
    #expect(a.isPythonScalar == b.isPythonScalar, "\(label)")
    #expect(a.memoryAxes == b.memoryAxes, "\(label)")
    #expect(a.unknownLayoutOrigin == b.unknownLayoutOrigin, "\(label)")
    #expect((a.node == nil) == (b.node == nil), "\(label)")
    #expect(a.sharesLineage(with: source) == b.sharesLineage(with: source), "\(label)")
    #expect(a.sharesLineage(with: b) == a.isView, "\(label)")
    #expect(String(describing: a.storage) == String(describing: b.storage), "\(label)")
    #expect(a.isView == b.isView, "\(label)")
    #expect(!a.isSameObject(as: b) || !a.isView, "\(label): each view is a new array object")
    if let x = a.view, let y = b.view {
      #expect(x.offset == y.offset && x.strides == y.strides && x.part == y.part, "\(label)")
      #expect(x.isWriteable == y.isWriteable && x.isStrideTrickView == y.isStrideTrickView, "\(label)")
      #expect(x.warnsOnWrite == y.warnsOnWrite && x.hasUnfollowedStrides == y.hasUnfollowedStrides, "\(label)")
      #expect(x.positions == y.positions && (x.flatIterator == nil) == (y.flatIterator == nil), "\(label)")
    }
    #expect(a.contiguity == b.contiguity, "\(label)")
  }
}
