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

    /// The function's vector loop in CKernels.
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
      case .atan: DOCBUILD_ATAN
      case .asin: DOCBUILD_ASIN
      case .acos: DOCBUILD_ACOS
      case .log1p: DOCBUILD_LOG1P
      case .asinh: DOCBUILD_ASINH
      case .acosh: DOCBUILD_ACOSH
      case .atanh: DOCBUILD_ATANH
      }
    }
  }

  /// A two-argument elementary function, for applying it to whole arrays at once.
  public enum BinaryFunction: Sendable, CaseIterable {
    case pow, hypot, atan2

    /// The scalar function, which defines every result bit.
    public var scalar: @Sendable (Double, Double) -> Double {
      switch self {
      case .pow: Elementary.pow
      case .hypot: Elementary.hypot
      case .atan2: Elementary.atan2
      }
    }

    /// The function's vector loop in CKernels.
    var kernel: DocbuildElementaryBinaryFunction? {
      switch self {
      case .pow: DOCBUILD_POW
      case .atan2: DOCBUILD_ATAN2
      case .hypot: DOCBUILD_HYPOT
      }
    }
  }

  /// `function(x[i], y[i])` for each i, the same bits as the scalar function; `y` at least as long as `x`.
  public static func apply(_ function: BinaryFunction, _ x: [Double], _ y: [Double]) -> [Double] {
    [Double](unsafeUninitializedCapacity: x.count) { output, initialized in
      x.withUnsafeBufferPointer { xs in y.withUnsafeBufferPointer { apply(function, xs, $0, into: output) } }
      initialized = x.count
    }
  }

  /// Writes `function(x[i], y[i])` to `output[i]` for each i of `x` (`y` and `output` at least as long), the same
  /// bits as the scalar function, as the one-argument `apply` does.
  public static func apply(
    _ function: BinaryFunction, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>,
    into output: UnsafeMutableBufferPointer<Double>
  ) {
    precondition(y.count >= x.count && output.count >= x.count)
    guard let kernel = function.kernel, let xs = x.baseAddress, let ys = y.baseAddress, let out = output.baseAddress
    else {
      switch function {
      case .pow: for i in x.indices { output[i] = pow(x[i], y[i]) }
      case .hypot: for i in x.indices { output[i] = hypot(x[i], y[i]) }
      case .atan2: for i in x.indices { output[i] = atan2(x[i], y[i]) }
      }
      return
    }
    let chunk = 4096
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: chunk) { undecided in
      withUnsafePointer(to: KernelTables.shared.tables) { tables in
        var start = 0
        while start < x.count {
          let length = Swift.min(chunk, x.count - start)
          let left = docbuild_elementary_binary(
            kernel, xs + start, ys + start, out + start, length, tables, undecided.baseAddress!)
          for k in 0..<left {
            let i = start + Int(undecided[k])
            out[i] = function.scalar(xs[i], ys[i])
          }
          start += length
        }
      }
    }
  }

  /// `x[i] ** exponent` for each i, as NumPy's power loop computes one exponent for a whole array: 2 as `x * x`
  /// and 0.5 as the square root (so -0 gives -0 and -inf gives NaN, where `pow` gives +0 and +inf), any other
  /// exponent as `pow` through the vector loop, one chunk of repeated exponents at a time.
  public static func power(
    _ x: UnsafeBufferPointer<Double>, exponent: Double, into output: UnsafeMutableBufferPointer<Double>
  ) {
    precondition(output.count >= x.count)
    if exponent == 2 {
      for i in x.indices { output[i] = x[i] * x[i] }
      return
    }
    if exponent == 0.5 {
      // The square root's vector loop (the correctly rounded root, squareRoot()'s bits).
      docbuild_numpy_sqrt(x.baseAddress, output.baseAddress, x.count)
      return
    }
    guard let xs = x.baseAddress, let out = output.baseAddress else { return }
    let chunk = 4096
    withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.min(chunk, x.count)) { repeated in
      repeated.initialize(repeating: exponent)
      var start = 0
      while start < x.count {
        let length = Swift.min(chunk, x.count - start)
        apply(
          .pow, UnsafeBufferPointer(start: xs + start, count: length),
          UnsafeBufferPointer(rebasing: repeated[..<length]),
          into: UnsafeMutableBufferPointer(start: out + start, count: length))
        start += length
      }
    }
  }

  /// `x[i] ** exponent` for each i (see the buffer form).
  public static func power(_ x: [Double], exponent: Double) -> [Double] {
    [Double](unsafeUninitializedCapacity: x.count) { output, initialized in
      x.withUnsafeBufferPointer { power($0, exponent: exponent, into: output) }
      initialized = x.count
    }
  }

  /// `function` of each element, the same bits as calling the scalar function on each.
  public static func apply(_ function: UnaryFunction, _ input: [Double]) -> [Double] {
    // `written`, not `init(unsafeUninitializedCapacity:)`, whose unspecialised allocator cost more than a small
    // array's arithmetic.
    input.withUnsafeBufferPointer { values in
      [Double].written(count: values.count) { output in
        apply(function, values, into: UnsafeMutableBufferPointer(start: output, count: values.count))
      }
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

  /// The vector loop's own results, without the scalar function: `function` of each element where the loop decided
  /// it, nil where it left the element to the scalar function. For tests that hold the loops' fast paths to the
  /// scalar (accurate) path.
  static func vectorDecisions(_ function: UnaryFunction, _ input: [Double]) -> [Double?] {
    guard let kernel = function.kernel else { return input.map { _ in nil } }
    var output = [Double](repeating: 0, count: input.count)
    var undecided = [UInt32](repeating: 0, count: input.count)
    let left = withUnsafePointer(to: KernelTables.shared.tables) { tables in
      input.withUnsafeBufferPointer { x in
        output.withUnsafeMutableBufferPointer { y in
          undecided.withUnsafeMutableBufferPointer {
            docbuild_elementary(kernel, x.baseAddress!, y.baseAddress!, input.count, tables, $0.baseAddress!)
          }
        }
      }
    }
    var result = output.map { Optional($0) }
    for k in 0..<left { result[Int(undecided[k])] = nil }
    return result
  }

  /// pow's plain-double fast lanes alone (CKernels' `DOCBUILD_POW_FAST`, on every path, the portable one through
  /// libm's `fma`): `pow(x[i], y[i])` where they decided it, nil where they left it to the double-double lanes. For
  /// tests that hold the fast path to the scalar function.
  static func powFastDecisions(_ x: [Double], _ y: [Double]) -> [Double?] {
    precondition(y.count == x.count)
    var output = [Double](repeating: 0, count: x.count)
    var undecided = [UInt32](repeating: 0, count: x.count)
    let left = withUnsafePointer(to: KernelTables.shared.tables) { tables in
      x.withUnsafeBufferPointer { xs in
        y.withUnsafeBufferPointer { ys in
          output.withUnsafeMutableBufferPointer { out in
            undecided.withUnsafeMutableBufferPointer {
              docbuild_elementary_binary(
                DOCBUILD_POW_FAST, xs.baseAddress!, ys.baseAddress!, out.baseAddress!, x.count, tables,
                $0.baseAddress!)
            }
          }
        }
      }
    }
    var result = output.map { Optional($0) }
    for k in 0..<left { result[Int(undecided[k])] = nil }
    return result
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
    var logQuad: [Double] = []
    for i in 0..<128 {
      logQuad += [ElementaryTables.logInverseCenter[i], ElementaryTables.logCenter[2 * i]]
      logQuad += [ElementaryTables.logCenter[2 * i + 1], 0]
    }
    tables = DocbuildElementaryTables(
      exp2_fraction_1024: copy(ElementaryTables.exp2Fraction1024),
      exp2_fraction: copy(ElementaryTables.exp2Fraction),
      log_inverse_center: copy(ElementaryTables.logInverseCenter),
      log_center: copy(ElementaryTables.logCenter),
      sin_cos: copy(ElementaryTables.sinCos),
      atan_table: copy(ElementaryTables.atanTable),
      tan_table: copy(ElementaryTables.tanTable),
      log_quad: copy(logQuad))
  }
}
