import CKernels

extension Elementary {
  /// A one-argument elementary function, for applying it to a whole array at once.
  public enum UnaryFunction: Sendable, CaseIterable {
    case exp, expm1, exp2, log, log1p, log2, log10, tanh, sinh, cosh, sin, cos, tan, asin, acos, atan, asinh, acosh,
      atanh

    /// The scalar function, which defines every result bit.
    public var scalar: @Sendable (Double) -> Double {
      switch self {
      case .exp: Elementary.exp
      case .expm1: Elementary.expm1
      case .exp2: Elementary.exp2
      case .log: Elementary.log
      case .log1p: Elementary.log1p
      case .log2: Elementary.log2
      case .log10: Elementary.log10
      case .tanh: Elementary.tanh
      case .sinh: Elementary.sinh
      case .cosh: Elementary.cosh
      case .sin: Elementary.sin
      case .cos: Elementary.cos
      case .tan: Elementary.tan
      case .asin: Elementary.asin
      case .acos: Elementary.acos
      case .atan: Elementary.atan
      case .asinh: Elementary.asinh
      case .acosh: Elementary.acosh
      case .atanh: Elementary.atanh
      }
    }

    /// The vector fast path in CKernels, if the function has one.
    var kernel: DocbuildElementaryFunction? {
      switch self {
      case .exp: DOCBUILD_EXP
      case .log: DOCBUILD_LOG
      case .tanh: DOCBUILD_TANH
      case .sinh: DOCBUILD_SINH
      case .cosh: DOCBUILD_COSH
      case .exp2: DOCBUILD_EXP2
      case .log2: DOCBUILD_LOG2
      case .log10: DOCBUILD_LOG10
      case .expm1: DOCBUILD_EXPM1
      case .sin: DOCBUILD_SIN
      case .cos: DOCBUILD_COS
      case .tan: DOCBUILD_TAN
      default: nil
      }
    }
  }

  /// `function` of each element, the same bits as calling the scalar function on each.
  public static func apply(_ function: UnaryFunction, _ input: [Double]) -> [Double] {
    [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
      input.withUnsafeBufferPointer { apply(function, $0, into: output) }
      initialized = input.count
    }
  }

  /// Writes `function` of each element of `input` to `output` (at least as long), the same bits as the scalar
  /// function: the vector fast path (CKernels' `docbuild_elementary`) decides most elements, and the scalar function
  /// computes every element it leaves undecided.
  public static func apply(
    _ function: UnaryFunction, _ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>
  ) {
    precondition(output.count >= input.count)
    guard let kernel = function.kernel, let x = input.baseAddress, let y = output.baseAddress else {
      scalarLoop(function, input, output)
      return
    }
    let chunk = 4096
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: chunk) { undecided in
      withUnsafePointer(to: KernelTables.shared.tables) { tables in
        var start = 0
        while start < input.count {
          let length = Swift.min(chunk, input.count - start)
          let left = docbuild_elementary(kernel, x + start, y + start, length, tables, undecided.baseAddress!)
          for k in 0..<left {
            let i = start + Int(undecided[k])
            y[i] = function.scalar(x[i])
          }
          start += length
        }
      }
    }
  }

  /// The scalar function over the whole array, one loop per function so each call is direct.
  private static func scalarLoop(
    _ function: UnaryFunction, _ input: UnsafeBufferPointer<Double>, _ output: UnsafeMutableBufferPointer<Double>
  ) {
    @inline(__always) func loop(_ f: (Double) -> Double) {
      for i in input.indices { output[i] = f(input[i]) }
    }
    switch function {
    case .exp: loop(exp)
    case .expm1: loop(expm1)
    case .exp2: loop(exp2)
    case .log: loop(log)
    case .log1p: loop(log1p)
    case .log2: loop(log2)
    case .log10: loop(log10)
    case .tanh: loop(tanh)
    case .sinh: loop(sinh)
    case .cosh: loop(cosh)
    case .sin: loop(sin)
    case .cos: loop(cos)
    case .tan: loop(tan)
    case .asin: loop(asin)
    case .acos: loop(acos)
    case .atan: loop(atan)
    case .asinh: loop(asinh)
    case .acosh: loop(acosh)
    case .atanh: loop(atanh)
    }
  }

  /// Which vector path the array functions take on this CPU: "avx512", "avx2" or "portable"; bits never depend on it.
  public static var vectorPath: String { ["portable", "avx2", "avx512"][Int(docbuild_elementary_path())] }

  /// Runs `body` with the array functions forced onto `path` (0 portable, 1 AVX2, 2 AVX-512; only one this CPU has),
  /// so a test can compare the paths' bits. Not thread-safe: for tests that run alone.
  static func withVectorPath<T>(_ path: Int32, _ body: () throws -> T) rethrows -> T {
    docbuild_elementary_force_path(path)
    defer { docbuild_elementary_force_path(-1) }
    return try body()
  }
}

/// Copies of the tables for the C loops, allocated once and never freed, so their addresses stay valid.
private struct KernelTables: @unchecked Sendable {
  let tables: DocbuildElementaryTables

  static let shared = KernelTables()

  private init() {
    func copy(_ values: [Double]) -> UnsafePointer<Double> {
      let pointer = UnsafeMutablePointer<Double>.allocate(capacity: values.count)
      pointer.initialize(from: values, count: values.count)
      return UnsafePointer(pointer)
    }
    tables = DocbuildElementaryTables(
      exp2_fraction_1024: copy(ElementaryTables.exp2Fraction1024),
      log_inverse_center: copy(ElementaryTables.logInverseCenter),
      log_center: copy(ElementaryTables.logCenter),
      sin_cos: copy(ElementaryTables.sinCos))
  }
}
