import TestSupport
import Testing

@testable import Snippets
@testable import TensorCore

/// `a.T`, `a.transpose()` and `a.reshape(...)` take their view geometry from the source's strides (`ViewShortcut`)
/// instead of running the operation again on the root positions; here every shortcut is held to the general rule it
/// replaces (the positions, transposed or reshaped, read by `ViewTracking.stridedGeometry`), which other tests hold to
/// NumPy.
@Suite struct ViewShortcutTests {
  /// Shapes of up to three axes with extents 0 to 3.
  static let shapes = smallShapes

  /// Sources of `shape`: an owner in C order, an owner held in reversed memory order, and views with every stride
  /// from a small set on every axis (negative, zero, consecutive and gapped), at offset 7.
  static func sources(_ shape: [Int]) -> [Tensor] {
    let owner = Tensor(shape: shape, storage: .float64(Array(repeating: 0.5, count: shape.reduce(1, *))))
    var sources = [owner]
    if shape.count > 1 {
      var reversedMemory = owner
      reversedMemory.memoryAxes = Array(shape.indices.reversed())
      sources.append(reversedMemory)
    }
    var strideLists: [[Int]] = [[]]
    for _ in shape.indices {
      strideLists = strideLists.flatMap { list in [-3, -1, 0, 1, 2, 3, 6].map { list + [$0] } }
    }
    for strides in strideLists {
      var view = owner
      view.view = ArrayView(offset: 7, strides: strides)
      sources.append(view)
    }
    return sources
  }

  /// What the general path finds: the source's root positions put through `operation`, read as strides.
  static func general(_ source: Tensor, _ operation: (Tensor) throws -> Tensor) throws -> ArrayView? {
    let moved = try operation(ViewTracking.positionArray(source))
    guard case .int64(let positions) = moved.storage else { return nil }
    return ViewTracking.stridedGeometry(positions.map { Int($0) }, shape: moved.shape)
  }

  /// Every shape of up to three axes with extents 0 to 12 holding `count` elements.
  static func reshapes(holding count: Int) -> [[Int]] {
    let extents = Array(0...12)
    var result: [[Int]] = count == 1 ? [[]] : []
    for a in extents where a == count { result.append([a]) }
    for a in extents { for b in extents where a * b == count { result.append([a, b]) } }
    for a in extents { for b in extents { for c in extents where a * b * c == count { result.append([a, b, c]) } } }
    return result
  }

  /// `Tensor.rootPlacement`, which the shortcuts read instead of `geometry` (whose answer for an owner allocated an
  /// array identity), is `geometry`'s offset, strides and positions, for owners in either memory order, strided views
  /// and a view no strides describe.
  @Test(arguments: shapes)
  func rootPlacementIsTheGeometrys(shape: [Int]) {
    var sources = Self.sources(shape)
    var scattered = sources[0]
    var positions = ArrayView(offset: 0, strides: [])
    positions.positions = (0..<scattered.size).map { 3 * $0 + 1 }.reversed()
    scattered.view = positions
    sources.append(scattered)
    for source in sources {
      let placement = source.rootPlacement
      let geometry = source.geometry
      let context = "shape \(shape), strides \(geometry.strides), memory axes \(source.memoryAxes ?? [])"
      #expect(placement.offset == geometry.offset, "\(context)")
      #expect(placement.strides == geometry.strides, "\(context)")
      #expect(placement.positions == geometry.positions, "\(context)")
    }
  }

  @Test(arguments: shapes)
  func reversedAxesMatchTheGeneralRule(shape: [Int]) throws {
    var shortcuts = 0
    for source in Self.sources(shape) {
      let reversed = Array(shape.reversed())
      guard let found = ViewShortcut.reversedAxes.geometry(of: source, shape: reversed) else {
        #expect(source.size == 0, "shape \(shape), strides \(source.geometry.strides)")
        continue
      }
      shortcuts += 1
      let expected = try Self.general(source) { try $0.transpose() }
      #expect(expected?.offset == found.offset, "shape \(shape), strides \(source.geometry.strides)")
      #expect(expected?.strides == found.strides, "shape \(shape), strides \(source.geometry.strides)")
    }
    #expect(shortcuts > 0 || shape.contains(0))
  }

  @Test(arguments: shapes)
  func rowMajorReshapesMatchTheGeneralRule(shape: [Int]) throws {
    var shortcuts = 0
    for source in Self.sources(shape) {
      for target in Self.reshapes(holding: source.size) {
        guard let found = ViewShortcut.rowMajorReshape.geometry(of: source, shape: target) else { continue }
        shortcuts += 1
        let expected = try Self.general(source) { try $0.reshape(target) }
        let context = "shape \(shape), strides \(source.geometry.strides) as \(target)"
        #expect(expected?.offset == found.offset, "\(context)")
        #expect(expected?.strides == found.strides, "\(context)")
      }
    }
    #expect(shortcuts > 0 || shape.contains(0))
  }

  /// The shortcut leaves to the general path what it cannot answer: an empty source, a reshape of elements that are
  /// not consecutive in the root (a transposed array's), a shape that does not match.
  @Test func leavesTheRestToTheGeneralPath() {
    let owner = Tensor(shape: [2, 3], storage: .float64(Array(repeating: 0.5, count: 6)))
    var transposed = owner
    transposed.view = ArrayView(offset: 0, strides: [1, 2])
    #expect(ViewShortcut.rowMajorReshape.geometry(of: transposed, shape: [6]) == nil)
    #expect(ViewShortcut.rowMajorReshape.geometry(of: owner, shape: [6])?.strides == [1])
    #expect(ViewShortcut.reversedAxes.geometry(of: owner, shape: [2, 3]) == nil)
    let empty = Tensor(shape: [0, 3], storage: .float64([]))
    #expect(ViewShortcut.rowMajorReshape.geometry(of: empty, shape: [3, 0]) == nil)
  }
}

/// The NumPy calls a compiled call computes before `callValue`'s dispatch chain are the everyday ufuncs and
/// reductions; the names the chain treats by name stay with it.
@Suite struct DirectNumpyCallTests {
  @Test func everydayFunctionsTakeTheDirectPath() {
    for name in ["numpy.exp", "numpy.maximum", "numpy.add", "numpy.sum", "numpy.tanh", "numpy.dot"] {
      #expect(NumpyFastCalls.directNames.contains(name), "\(name)")
    }
  }

  @Test func viewFunctionsAndConversionsDoNot() {
    for name in NumpyFastCalls.directNames {
      let short = String(name.dropFirst("numpy.".count))
      #expect(!ViewTracking.functions.contains(short), "\(name)")
      #expect(!AutogradTracing.conversionNames.contains(name), "\(name)")
    }
  }
}

/// `a.reshape(5, 20)` and `a.transpose()` taken before `callValue`'s dispatch chain (`viewMethodCall`) give what the
/// chain's end gives (the signature check, `Methods.call`, `methodView`, `ResultLayout.settleMethod`): the same
/// elements, the same view of the same memory (lineage, offset, strides, writeability), the same memory order, and the
/// same error where the shape does not fit.
@Suite struct ViewMethodCallTests {
  /// The chain's end for `receiver.name(*positional)`, as `callValue` reaches it.
  static func general(_ interpreter: inout Interpreter, _ receiver: Value, _ name: String, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    var call = call
    call.fitsReference = try NumpyCSignature.checkMethod(receiver, name, call)
    call.function = name
    return ResultLayout.settleMethod(
      name, receiver, call, try interpreter.methodView(name, receiver, call, try Methods.call(name, on: receiver, call))
    )
  }

  /// The shapes each source is reshaped to: every shape of up to three axes holding its elements, one extent left
  /// to NumPy (-1), and shapes that do not fit.
  static func targets(holding count: Int) -> [[Int]] {
    // Not `[]`: a 0-d reshape takes a tuple, and no argument at all is the chain's TypeError (`leavesTheRestToTheChain`).
    var targets = ViewShortcutTests.reshapes(holding: count).filter { !$0.isEmpty }
    targets += [[-1], [count, -1], [-1, 1], [count + 1], [-1, -1], [2, -1, 5]]
    return targets
  }

  /// One outcome, compared field by field (a view's identity is new on every call, so compared by what it reads).
  static func summary(source: Tensor, _ body: () throws(PythonError) -> Value?) -> String {
    let outcome: Value?
    do throws(PythonError) {
      outcome = try body()
    } catch {
      return "error \(error.type): \(error.message)"
    }
    switch outcome {
    case nil: return "not taken"
    case .tensor(let tensor)?:
      let view = tensor.view.map { "view \($0.offset) \($0.strides) \($0.part) \($0.isWriteable)" } ?? "owner"
      return "\(tensor.shape) \(tensor.doubles) \(tensor.isScalar) \(tensor.dtype) \(view) "
        + "shares \(tensor.sharesLineage(with: source)) memory \(String(describing: tensor.memoryAxes)) "
        + "\(String(describing: tensor.unknownLayoutOrigin))"
    case let other?: return "value \(other.repr)"
    }
  }

  /// The fast path's outcome and the chain's for `source.name(*call.positional)`, summarised.
  static func outcomes(_ interpreter: inout Interpreter, _ source: Tensor, _ name: String, _ call: CallArguments)
    -> (fast: String, expected: String)
  {
    let fast = summary(source: source) { () throws(PythonError) in try interpreter.viewMethodCall(source, name, call) }
    let expected = summary(source: source) { () throws(PythonError) in
      try general(&interpreter, .tensor(source), name, call)
    }
    return (fast, expected)
  }

  /// The shapes of up to two axes (three-axis sources, 343 stride lists each, took minutes in a debug build).
  static let shapes = smallShapes.filter { $0.count <= 2 }

  @Test(arguments: shapes)
  func reshapesMatchTheGeneralPath(shape: [Int]) {
    var interpreter = Interpreter()
    for source in ViewShortcutTests.sources(shape) {
      for target in Self.targets(holding: source.size) {
        let call = CallArguments(function: "", positional: target.map { .int($0) }, keywords: [], positionalTexts: [])
        let found = Self.outcomes(&interpreter, source, "reshape", call)
        #expect(found.fast == found.expected, "shape \(shape), strides \(source.geometry.strides) as \(target)")
      }
    }
  }

  @Test(arguments: smallShapes)
  func transposesMatchTheGeneralPath(shape: [Int]) {
    var interpreter = Interpreter()
    let call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
    for source in ViewShortcutTests.sources(shape) {
      let found = Self.outcomes(&interpreter, source, "transpose", call)
      #expect(found.fast == found.expected, "shape \(shape), strides \(source.geometry.strides)")
    }
  }

  /// Int and bool arrays, a read-only view and a view of a complex array's real parts get the chain's answer too
  /// (`Tensor.matrixTransposeView` and `rowMajorReshapeView` take the first three, and leave the last to the chain).
  @Test func otherDtypesAndReadOnlyViewsMatchTheGeneralPath() {
    var interpreter = Interpreter()
    let ints = Tensor(shape: [2, 3], storage: .int64([0, 1, 2, 3, 4, 5]))
    let flags = Tensor(shape: [3, 2], storage: .bool([true, false, true, true, false, false]))
    var readOnly = Tensor(shape: [2, 3], storage: .float64([0, 1, 2, 3, 4, 5]))
    readOnly.view = ArrayView(offset: 1, strides: [1, 2], isWriteable: false)
    var realParts = Tensor(shape: [3, 2], storage: .float64([0, 1, 2, 3, 4, 5]))
    realParts.view = ArrayView(offset: 0, strides: [2, 1], part: .real)
    let calls: [(String, [Value])] = [("transpose", []), ("reshape", [.int(3), .int(2)]), ("reshape", [.int(6)])]
    for source in [ints, flags, readOnly, realParts] {
      for (name, positional) in calls {
        let call = CallArguments(function: "", positional: positional, keywords: [], positionalTexts: [])
        let found = Self.outcomes(&interpreter, source, name, call)
        #expect(found.fast == found.expected, "\(source.dtype) \(source.shape) \(name)\(positional.map(\.repr))")
      }
    }
  }

  /// Calls the fast path does not answer go down the chain: keywords, a tuple shape, a float, axes for transpose,
  /// other methods, NumPy's flat iterator.
  @Test func leavesTheRestToTheChain() throws {
    var interpreter = Interpreter()
    let source = Tensor(shape: [2, 3], storage: .float64([0, 1, 2, 3, 4, 5]))
    func call(_ positional: [Value], _ keywords: [(name: String, value: Value)] = []) -> CallArguments {
      CallArguments(function: "", positional: positional, keywords: keywords, positionalTexts: [])
    }
    #expect(try interpreter.viewMethodCall(source, "reshape", call([.int(6)], [("order", .string("C"))])) == nil)
    #expect(try interpreter.viewMethodCall(source, "reshape", call([.tuple(ValueList([.int(6)]))])) == nil)
    #expect(try interpreter.viewMethodCall(source, "reshape", call([.float(6)])) == nil)
    #expect(try interpreter.viewMethodCall(source, "reshape", call([])) == nil)
    #expect(try interpreter.viewMethodCall(source, "transpose", call([.int(1), .int(0)])) == nil)
    #expect(try interpreter.viewMethodCall(source, "ravel", call([])) == nil)
    var flat = source
    flat.view = ArrayView(offset: 0, strides: [1])
    flat.view?.flatIterator = FlatIteratorState(iteratesView: false, shape: [6], wrapsAtEnd: false)
    #expect(try interpreter.viewMethodCall(flat, "reshape", call([.int(6)])) == nil)
  }
}
