import Testing

@testable import TensorCore

/// A small array's row `a[i]` keeps its operand's elements and makes its own when read (kept from the second read,
/// `DeferredElements.slice`). These hold the deferred row to the definition of a row (element k of row i is the
/// operand's element at row-major position i × row size + k), whichever reader asks first, however many threads ask at
/// once, after the operand changed, through rows of rows, transposes and in-place writes, and hold the chapter's
/// memory measurement to what the row keeps alive.
@Suite struct DeferredRowTests {
  /// `DeferredTransposeTests`' (2, 3, 4) array whose element at (i, j, k) is 100 i + 10 j + k.
  static func indexed() -> Tensor { DeferredTransposeTests.indexed() }

  /// `body` in a chapter that reads no history, where rows are taken directly (`Tensor.rowView`).
  static func unrecorded<Result>(_ body: () throws -> Result) rethrows -> Result {
    let meter = ResourceMeter()
    meter.recordsHistories = false
    return try ResourceMeter.withCurrent(meter, body)
  }

  static func doubles(_ t: Tensor) -> [Double] { DeferredTransposeTests.doubles(t) }

  /// Row i of `indexed()`: 100 i + 10 j + k in row-major order over (j, k).
  static func expectedRow(_ i: Int) -> [Double] {
    (0..<12).map { Double(100 * i + 10 * ($0 / 4) + $0 % 4) }
  }

  @Test(arguments: [0, 1, -1, -2])
  func aRowIsItsOperandsRunOfElements(position: Int) throws {
    let a = Self.indexed()
    let row = try Self.unrecorded { try a.indexedView(position: position) }
    let i = position < 0 ? position + 2 : position
    #expect(row.defersSlice)
    #expect(!row.deferredElementsAreMade)
    #expect(row.shape == [3, 4])
    #expect(row.size == 12)
    #expect(row.storageClass == .float64)
    #expect(row.heldBufferIdentity == a.heldBufferIdentity)
    guard case .float64(let first)? = row.storedElement(at: 5) else {
      Issue.record("element 5 is not a float64")
      return
    }
    #expect(first == Self.expectedRow(i)[5])
    #expect(row.storedElement(at: 12) == nil)
    // An element is read where the operand keeps it; the first read of the elements makes them without keeping
    // them, the second keeps them for every later read.
    #expect(!row.deferredElementsAreMade)
    #expect(Self.doubles(row) == Self.expectedRow(i))
    #expect(!row.deferredElementsAreMade)
    #expect(Self.doubles(row) == Self.expectedRow(i))
    #expect(row.deferredElementsAreMade)
    #expect(row.storage.bufferIdentity == row.storage.bufferIdentity)
    #expect(Self.doubles(row) == Self.expectedRow(i))
  }

  /// Rows of each storage class a row is taken directly for are the operand's runs of elements.
  @Test func rowsOfEveryStorageClass() throws {
    let bools = Tensor(shape: [3, 2], storage: .bool([true, false, false, false, true, true]))
    let ints = Tensor(shape: [2, 3], storage: .int64([1, -2, 3, -4, 5, -6]))
    let (boolRow, intRow) = try Self.unrecorded {
      (try bools.indexedView(position: 2), try ints.indexedView(position: 1))
    }
    #expect(boolRow.defersSlice && intRow.defersSlice)
    guard case .bool(let flags) = boolRow.storage, case .int64(let values) = intRow.storage else {
      Issue.record("storage class changed")
      return
    }
    #expect(flags == [true, true])
    #expect(values == [-4, 5, -6])
    #expect(boolRow.size == 2 && intRow.size == 3)
  }

  /// A row of a deferred row moves along the first operand's elements: `a[1][2]` is elements 20 to 23 of `a`.
  @Test func aRowOfARowIsDeferredFromTheFirstOperand() throws {
    let a = Self.indexed()
    let (row, rowOfRow) = try Self.unrecorded {
      let row = try a.indexedView(position: 1)
      return (row, try row.indexedView(position: 2))
    }
    #expect(rowOfRow.defersSlice)
    #expect(rowOfRow.heldBufferIdentity == a.heldBufferIdentity)
    #expect(rowOfRow.shape == [4])
    #expect(Self.doubles(rowOfRow) == [120, 121, 122, 123])
    #expect(!row.deferredElementsAreMade)
  }

  /// The operand's elements are held as they were when the row was taken: an operand changed later leaves the row's
  /// elements as the copy would have made them.
  @Test func laterChangesToTheOperandDoNotReachIt() throws {
    var a = Self.indexed()
    let row = try Self.unrecorded { try a.indexedView(position: 1) }
    a.storage = .float64([Double](repeating: -1, count: 24))
    #expect(Self.doubles(row) == Self.expectedRow(1))
  }

  /// Writing into a deferred row writes its own elements, made first: the operand keeps its elements, and a copy of
  /// the row taken before the write keeps the row's.
  @Test func aWriteSettlesTheElementsFirst() throws {
    let a = Self.indexed()
    var row = try Self.unrecorded { try a.indexedView(position: 0) }
    let before = row
    guard case .float64(var values) = row.storage else {
      Issue.record("not float64")
      return
    }
    values[0] = 7
    row.storage = .float64(values)
    #expect(!row.defersSlice)
    #expect(row.size == 12)
    #expect(Self.doubles(row)[0] == 7)
    #expect(Array(Self.doubles(row)[1...]) == Array(Self.expectedRow(0)[1...]))
    #expect(Self.doubles(before) == Self.expectedRow(0))
    #expect(Self.doubles(a) == Self.doubles(Self.indexed()))
  }

  /// A transpose of a deferred row permutes the row's elements, not its operand's.
  @Test func aTransposeOfARowPermutesTheRow() throws {
    let row = try Self.unrecorded { try Self.indexed().indexedView(position: 1) }
    let transposed = ShapeKernels.transpose(row, axes: [1, 0], deferring: true)
    #expect(transposed.shape == [4, 3])
    #expect(transposed.size == 12)
    // Element (k, j) of the transpose is the row's (j, k): 100 + 10 j + k.
    let expected: [Double] = (0..<12).map { (flat: Int) -> Double in
      let j = flat % 3
      let k = flat / 3
      return Double(100 + 10 * j + k)
    }
    #expect(Self.doubles(transposed) == expected)
    let made = ShapeKernels.transpose(row, axes: [1, 0])
    #expect(Self.doubles(made) == expected)
  }

  /// Readers on several threads at once all get the same elements (one reading while the first makes them makes its
  /// own copy), and once made, every later reader gets the one copy kept.
  @Test func concurrentReadersAgree() async throws {
    for _ in 0..<50 {
      let row = try Self.unrecorded { try Self.indexed().indexedView(position: 1) }
      let readings = await withTaskGroup(of: [Double].self) { group in
        for _ in 0..<8 {
          group.addTask {
            guard case .float64(let values) = row.storage else { return [] }
            return values
          }
        }
        return await group.reduce(into: Set<[Double]>()) { $0.insert($1) }
      }
      #expect(readings.count == 1)
      #expect(Self.doubles(row) == Self.expectedRow(1))
      #expect(row.deferredElementsAreMade)
      #expect(row.storage.bufferIdentity == row.storage.bufferIdentity)
    }
  }

  /// The chapter's memory measurement counts all of the operand's elements a row keeps alive (as NumPy's row keeps
  /// its base), once however many rows keep them, and the row's own elements as made, whether made yet or not.
  @Test func measuringCountsTheOperandTheRowKeeps() throws {
    let a = Tensor(shape: [2, 3, 4], storage: .int64((0..<24).map { Int64($0) }))
    let (row, other) = try Self.unrecorded { (try a.indexedView(position: 1), try a.indexedView(position: 0)) }
    let operandBytes = 24 * 8
    let rowBytes = 12 * 8
    #expect(GraphMemory.liveBytes(of: [row]) == operandBytes + rowBytes)
    #expect(GraphMemory.liveBytes(of: [a, row]) == operandBytes + rowBytes)
    #expect(GraphMemory.liveBytes(of: [a, row, other]) == operandBytes + 2 * rowBytes)
    _ = row.storage
    _ = row.storage
    #expect(row.deferredElementsAreMade)
    #expect(GraphMemory.liveBytes(of: [a, row, row]) == operandBytes + rowBytes)
  }

  /// Only a small array's rows are deferred (`Tensor.deferredRowLimits`): a row of an array with more rows or more
  /// elements gets a copy of its own, so it never keeps more than 32 KB of float64, or 64 rows, alive beside it.
  @Test(arguments: [
    ([64, 2], true), ([65, 2], false), ([2, 2048], true), ([2, 2049], false), ([64, 64], true), ([64, 65], false),
  ])
  func onlySmallArraysDeferTheirRows(shape: [Int], defers: Bool) throws {
    let count = shape.reduce(1, *)
    let a = Tensor(shape: shape, storage: .float64((0..<count).map { Double($0) }))
    let row = try Self.unrecorded { try a.indexedView(position: 1) }
    #expect(row.defersSlice == defers)
    #expect(Self.doubles(row) == (shape[1]..<(2 * shape[1])).map { Double($0) })
  }
}
