import Testing

@testable import TensorCore

/// A transpose's elements are made when first read (`DeferredTranspose`). These hold the deferred elements to the
/// definition of a transpose (result element (i, j, k) is the operand's element at the permuted index), whichever
/// reader asks first, however many threads ask at once, after the operand changed, and through transposes of
/// transposes and in-place writes.
@Suite struct DeferredTransposeTests {
  /// A (2, 3, 4) array whose element at (i, j, k) is 100 i + 10 j + k, so that every element names its index.
  static func indexed() -> Tensor {
    var values: [Double] = []
    for i in 0..<2 { for j in 0..<3 { for k in 0..<4 { values.append(Double(100 * i + 10 * j + k)) } } }
    return Tensor(shape: [2, 3, 4], storage: .float64(values))
  }

  /// The value a permutation by `axes` of `indexed()` holds at row-major position `flat` of its `shape`.
  static func expected(axes: [Int], shape: [Int], flat: Int) -> Double {
    var rest = flat
    var index = [Int](repeating: 0, count: shape.count)
    for axis in shape.indices.reversed() {
      index[axis] = rest % shape[axis]
      rest /= shape[axis]
    }
    var source = [0, 0, 0]
    for (k, axis) in axes.enumerated() { source[axis] = index[k] }
    return Double(100 * source[0] + 10 * source[1] + source[2])
  }

  static func doubles(_ t: Tensor) -> [Double] {
    guard case .float64(let values) = t.storage else { return [] }
    return values
  }

  @Test(arguments: [[1, 0, 2], [2, 1, 0], [0, 2, 1], [1, 2, 0], [2, 0, 1]])
  func theElementsAreTheTransposes(axes: [Int]) {
    let a = Self.indexed()
    let t = ShapeKernels.transpose(a, axes: axes, deferring: true)
    #expect(t.deferredTransposeOperand != nil)
    #expect(t.shape == axes.map { a.shape[$0] })
    #expect(t.size == 24)
    #expect(t.storageClass == .float64)
    let values = Self.doubles(t)
    #expect(values.count == 24)
    for flat in 0..<24 {
      #expect(values[flat] == Self.expected(axes: axes, shape: t.shape, flat: flat))
      guard case .float64(let stored)? = t.storedElement(at: flat) else {
        Issue.record("element \(flat) is not a float64")
        continue
      }
      #expect(stored == values[flat])
    }
  }

  /// A transpose of a transpose is one permutation of the first operand, deferred once, whether the second undoes
  /// the first (the kernels' copy is then the operand's own elements) or not.
  @Test func transposesOfTransposesCompose() {
    let a = Self.indexed()
    let t = ShapeKernels.transpose(a, axes: [2, 0, 1], deferring: true)
    let back = ShapeKernels.transpose(t, axes: [1, 2, 0])
    #expect(back.shape == a.shape)
    #expect(Self.doubles(back) == Self.doubles(a))
    let twice = ShapeKernels.transpose(t, axes: [2, 1, 0], deferring: true)
    // t's axis 2 is a's axis 1, its axis 1 a's axis 0, its axis 0 a's axis 2.
    let composed = [1, 0, 2]
    #expect(twice.deferredTransposeOperand?.transpose.axes == composed)
    for (flat, value) in Self.doubles(twice).enumerated() {
      #expect(value == Self.expected(axes: composed, shape: twice.shape, flat: flat))
    }
  }

  /// The operand's elements are held as they were at the transpose: an operand changed later (a new value bound to
  /// the same variable, or its elements written) leaves the transpose's elements as the copy would have made them.
  @Test func laterChangesToTheOperandDoNotReachIt() {
    var a = Self.indexed()
    let t = ShapeKernels.transpose(a, axes: [2, 1, 0], deferring: true)
    a.storage = .float64([Double](repeating: -1, count: 24))
    for (flat, value) in Self.doubles(t).enumerated() {
      #expect(value == Self.expected(axes: [2, 1, 0], shape: t.shape, flat: flat))
    }
  }

  /// Writing into a deferred transpose writes its own elements, made first: the operand keeps its elements, and a
  /// copy taken before the write keeps the transpose's.
  @Test func aWriteSettlesTheElementsFirst() {
    let a = Self.indexed()
    var t = ShapeKernels.transpose(a, axes: [1, 0, 2], deferring: true)
    let before = t
    guard case .float64(var values) = t.storage else {
      Issue.record("not float64")
      return
    }
    values[0] = 7
    t.storage = .float64(values)
    #expect(t.deferredTransposeOperand == nil)
    #expect(Self.doubles(t)[0] == 7)
    #expect(Self.doubles(t)[1] == Self.expected(axes: [1, 0, 2], shape: t.shape, flat: 1))
    #expect(Self.doubles(before)[0] == 0)
    #expect(Self.doubles(a) == Self.doubles(Self.indexed()))
  }

  /// Readers on several threads at once all get the same elements (one reading while the first makes them makes its
  /// own copy), and once made, every later reader gets the one copy kept.
  @Test func concurrentReadersAgree() async {
    for _ in 0..<50 {
      let t = ShapeKernels.transpose(Self.indexed(), axes: [2, 0, 1], deferring: true)
      let readings = await withTaskGroup(of: [Double].self) { group in
        for _ in 0..<8 {
          group.addTask {
            guard case .float64(let values) = t.storage else { return [] }
            return values
          }
        }
        return await group.reduce(into: Set<[Double]>()) { $0.insert($1) }
      }
      #expect(readings.count == 1)
      for (flat, value) in Self.doubles(t).enumerated() {
        #expect(value == Self.expected(axes: [2, 0, 1], shape: t.shape, flat: flat))
      }
      #expect(t.deferredElementsAreMade)
      #expect(t.storage.bufferIdentity == t.storage.bufferIdentity)
    }
  }

  /// A copy given new parts (here a new array identity) keeps the deferred order, and the elements once made: the
  /// copy of a transpose read before reads the same buffer, one read after makes the same elements.
  @Test func changedCopiesKeepTheDeferredOrder() {
    let axes = [1, 2, 0]
    let read = ShapeKernels.transpose(Self.indexed(), axes: axes, deferring: true)
    let readBuffer = read.storage.bufferIdentity
    var readCopy = read
    readCopy.startNewLineage()
    #expect(!readCopy.sharesLineage(with: read))
    #expect(readCopy.deferredElementsAreMade)
    #expect(readCopy.storage.bufferIdentity == readBuffer)
    // The operand's buffer, held by both, and the one copy of the elements they share.
    let elementBytes = read.size * read.dtype.itemSize
    #expect(GraphMemory.liveBytes(of: [read, readCopy]) == 2 * elementBytes)

    let unread = ShapeKernels.transpose(Self.indexed(), axes: axes, deferring: true)
    var unreadCopy = unread
    unreadCopy.startNewLineage()
    #expect(!unreadCopy.deferredElementsAreMade)
    for t in [readCopy, unreadCopy, unread] {
      #expect(t.shape == [3, 4, 2])
      for (flat, value) in Self.doubles(t).enumerated() {
        #expect(value == Self.expected(axes: axes, shape: t.shape, flat: flat))
      }
    }
  }

  /// The chapter's memory measurement counts a deferred transpose's elements as made (they will be when read) beside
  /// the operand's buffer it holds, without making them, and the same bytes once they are made.
  @Test func measuringCountsTheElementsWithoutMakingThem() {
    let a = Tensor(shape: [2, 3, 4], storage: .int64((0..<24).map { Int64($0) }))
    let t = ShapeKernels.transpose(a, axes: [2, 1, 0], deferring: true)
    let elementBytes = 24 * 8
    #expect(GraphMemory.liveBytes(of: [a]) == elementBytes)
    #expect(GraphMemory.liveBytes(of: [a, t]) == 2 * elementBytes)
    #expect(GraphMemory.liveBytes(of: [t]) == 2 * elementBytes)
    #expect(!t.deferredElementsAreMade)
    _ = t.storage
    #expect(t.deferredElementsAreMade)
    #expect(GraphMemory.liveBytes(of: [a, t, t]) == 2 * elementBytes)
  }

  /// Nothing to defer: a value of fewer than two axes or without elements is made at once.
  @Test func smallValuesAreMadeAtOnce() {
    let vector = Tensor(shape: [3], storage: .float64([1, 2, 3]))
    #expect(ShapeKernels.transpose(vector, axes: [0], deferring: true).deferredTransposeOperand == nil)
    let empty = Tensor(shape: [0, 2], storage: .float64([]))
    let transposed = ShapeKernels.transpose(empty, axes: [1, 0], deferring: true)
    #expect(transposed.deferredTransposeOperand == nil)
    #expect(transposed.shape == [2, 0])
  }
}
