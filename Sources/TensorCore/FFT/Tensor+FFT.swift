import CKernels

/// Which of NumPy 2.4's pocketfft loops (numpy/fft/_pocketfft_umath.cpp) a transform runs.
public enum FFTLoop: Sendable {
  /// `fft` (forward) or `ifft`: complex in, complex out.
  case complex(forward: Bool)
  /// `rfft`: real in, the `n / 2 + 1` non-negative frequencies out.
  case realForward
  /// `irfft`: complex in, `n` reals out.
  case realBackward
}

/// The factor NumPy's `_raw_fft` multiplies a transform by, after swapping the name for an inverse transform:
/// none (`norm="backward"` forward), `1/sqrt(n)` (`"ortho"`) or `1/n` (`"forward"` forward, the default inverse).
public enum FFTScale: Sendable {
  /// No factor: NumPy passes the Python int 1.
  case none
  /// `1/sqrt(n)`, computed in the transform's real dtype.
  case orthonormal
  /// `1/n`, computed in the transform's real dtype.
  case reciprocal
}

extension Tensor {
  /// The most points one transform may have in a snippet (a budget: NumPy has none, and Bluestein's algorithm for a
  /// length with a large prime factor needs a plan of more than twice that many complex numbers).
  public static let fftLengthLimit = 1 << 20

  /// NumPy's `_raw_fft(a, n, axis, …)` once its arguments are checked: the loop `loop` over every line of this array
  /// along `axis` (already in range), each cut or padded with zeros to `points` inputs (`n`), scaled by `scale`.
  ///
  /// Which precision NumPy computes in follows its ufunc's type resolution: the loops are listed double first, so an
  /// unscaled transform (the factor is the Python int 1) of float32 or complex64 data runs in double and rounds its
  /// result to the 32-bit dtype, and so does a scaled one of data that is not the float loop's own input type
  /// (float32 data to `fft`); a scaled transform of complex64 data (float32 to `rfft`) matches the float loop
  /// exactly and runs in float32 arithmetic.
  public func pocketFFT(_ loop: FFTLoop, points: Int, axis: Int, scale: FFTScale) throws -> Tensor {
    let source = dtype
    if source == .float16 {
      throw TensorError(
        "NotImplementedError",
        "np.fft of float16 values is not supported in snippets (NumPy scales them in float16 but transforms them in "
          + "float32 or float64): convert the array with .astype(np.float32) or .astype(np.float64) first",
        isLimit: true)
    }
    if points < 1 { throw TensorError.value("Invalid number of FFT data points (\(points)) specified.") }
    if points > Tensor.fftLengthLimit {
      throw TensorError.limit(
        "an FFT of \(points) points is more than snippets allow (at most \(Tensor.fftLengthLimit) points a transform)")
    }
    let isSingleType = source == .float32 || source == .complex64
    if case .realForward = loop, source.isComplex {
      throw TensorError.type(
        "ufunc 'rfft_n_\(points % 2 == 0 ? "even" : "odd")' not supported for the input types, and the inputs could "
          + "not be safely coerced to any supported types according to the casting rule ''safe''")
    }
    // NumPy's ufunc takes its float loop only on an exact match of both operands: complex64 data (float32 for rfft)
    // and a float32 factor; anything else is cast safely to the double loop, which comes first.
    let exactSingleType: DType
    if case .realForward = loop { exactSingleType = .float32 } else { exactSingleType = .complex64 }
    let single = source == exactSingleType && scale != .none
    let factor: Double
    switch scale {
    case .none: factor = 1
    case .orthonormal:
      factor = isSingleType ? Double(1 / Float(points).squareRoot()) : 1 / Double(points).squareRoot()
    case .reciprocal: factor = isSingleType ? Double(1 / Float(points)) : 1 / Double(points)
    }
    let lineLength = shape[axis]
    let outer = shape[..<axis].reduce(1, *)
    let inner = shape[(axis + 1)...].reduce(1, *)
    let outputLength: Int
    switch loop {
    case .realForward: outputLength = points / 2 + 1
    default: outputLength = points
    }
    var outputShape = shape
    outputShape[axis] = outputLength
    let count = try Shape.checkedCount(outputShape, itemSize: 16)
    if case .realBackward = loop, lineLength == 0, count > 0 {
      // NumPy's irfft loop reads the first input point unconditionally: from an empty line it prints whatever
      // memory holds.
      throw TensorError(
        "NotImplementedError",
        "np.fft.irfft of an empty axis reads uninitialised memory in NumPy (its output differs from run to run): "
          + "give it at least one point", isLimit: true)
    }
    // The result's memory, and work of the order of n log n a point.
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 16)
    try ResourceMeter.charge(work: count * (Int.bitWidth - points.leadingZeroBitCount), bytes: 0)
    let isRealOutput: Bool
    if case .realBackward = loop { isRealOutput = true } else { isRealOutput = false }
    var result: Tensor
    if count == 0 {
      result =
        isRealOutput
        ? Tensor(shape: outputShape, storage: .float64([]))
        : Tensor(shape: outputShape, storage: .complex128([]))
    } else {
      let lines = FFTLines(
        loop: loop, points: points, lineLength: lineLength, outer: outer, inner: inner, outputLength: outputLength,
        factor: factor)
      let storage: Storage
      if case .realForward = loop {
        storage = try lines.run(reals: doubles, single: single)
      } else {
        storage = try lines.run(complexes: complexes, single: single)
      }
      result = Tensor(shape: outputShape, storage: storage)
    }
    if isSingleType { result = result.tagged(isRealOutput ? .float32 : .complex64) }
    if let order = memoryAxes { result.memoryAxes = order }
    // Not differentiated: a gradient through the transform, which runs on complex values, is refused rather than
    // missing its path.
    if node != nil {
      let complexType: DType = source.isComplex ? source : isSingleType ? .complex64 : .complex128
      result.node = GraphNode(operation: .detour(complexType), inputs: [self])
    }
    return result
  }
}

/// The lines of one transform: where each starts in the row-major input and output, and the C loop run on each.
private struct FFTLines {
  let loop: FFTLoop
  let points: Int
  let lineLength: Int
  let outer: Int
  let inner: Int
  let outputLength: Int
  let factor: Double

  private func plan(single: Bool) throws -> OpaquePointer {
    let made: OpaquePointer?
    switch loop {
    case .complex: made = docbuild_fft_plan_complex(points, single ? 1 : 0)
    default: made = docbuild_fft_plan_real(points, single ? 1 : 0)
    }
    guard let made else { throw Self.outOfMemory }
    return made
  }

  private static var outOfMemory: TensorError {
    TensorError("MemoryError", "not enough memory for an FFT plan", isLimit: true)
  }

  /// rfft over real inputs: complex outputs.
  func run(reals: [Double], single: Bool) throws -> Storage {
    let plan = try plan(single: single)
    defer { docbuild_fft_plan_free(plan) }
    var output = [Complex](repeating: Complex(0), count: outer * inner * outputLength)
    if single {
      var line = [Float](repeating: 0, count: lineLength)
      var out = [Float](repeating: 0, count: 2 * outputLength)
      for o in 0..<outer {
        for i in 0..<inner {
          for j in 0..<lineLength { line[j] = Float(reals[(o * lineLength + j) * inner + i]) }
          let status = docbuild_fft_real_forward(plan, line, lineLength, &out, factor)
          if status != 0 { throw Self.outOfMemory }
          for k in 0..<outputLength {
            output[(o * outputLength + k) * inner + i] = Complex(Double(out[2 * k]), Double(out[2 * k + 1]))
          }
        }
      }
    } else {
      var line = [Double](repeating: 0, count: lineLength)
      var out = [Double](repeating: 0, count: 2 * outputLength)
      for o in 0..<outer {
        for i in 0..<inner {
          for j in 0..<lineLength { line[j] = reals[(o * lineLength + j) * inner + i] }
          let status = docbuild_fft_real_forward(plan, line, lineLength, &out, factor)
          if status != 0 { throw Self.outOfMemory }
          for k in 0..<outputLength {
            output[(o * outputLength + k) * inner + i] = Complex(out[2 * k], out[2 * k + 1])
          }
        }
      }
    }
    return .complex128(output)
  }

  /// fft, ifft and irfft over complex inputs: complex outputs, or reals for irfft.
  func run(complexes: [Complex], single: Bool) throws -> Storage {
    let plan = try plan(single: single)
    defer { docbuild_fft_plan_free(plan) }
    let isRealOutput: Bool
    let forward: Int32
    switch loop {
    case .complex(let isForward): (isRealOutput, forward) = (false, isForward ? 1 : 0)
    default: (isRealOutput, forward) = (true, 0)
    }
    let width = isRealOutput ? 1 : 2
    var reals = isRealOutput ? [Double](repeating: 0, count: outer * inner * outputLength) : []
    var output = isRealOutput ? [] : [Complex](repeating: Complex(0), count: outer * inner * outputLength)
    func store(_ o: Int, _ i: Int, _ value: (Int) -> Double) {
      for k in 0..<outputLength {
        let index = (o * outputLength + k) * inner + i
        if isRealOutput {
          reals[index] = value(k)
        } else {
          output[index] = Complex(value(2 * k), value(2 * k + 1))
        }
      }
    }
    func call(_ line: UnsafeRawPointer, _ out: UnsafeMutableRawPointer) throws {
      let status =
        isRealOutput
        ? docbuild_fft_real_backward(plan, line, lineLength, out, factor)
        : docbuild_fft_complex(plan, line, lineLength, out, factor, forward)
      if status != 0 { throw Self.outOfMemory }
    }
    if single {
      var line = [Float](repeating: 0, count: 2 * lineLength)
      var out = [Float](repeating: 0, count: width * outputLength)
      for o in 0..<outer {
        for i in 0..<inner {
          for j in 0..<lineLength {
            let number = complexes[(o * lineLength + j) * inner + i]
            line[2 * j] = Float(number.real)
            line[2 * j + 1] = Float(number.imag)
          }
          try line.withUnsafeBytes { input in
            try out.withUnsafeMutableBytes { try call(input.baseAddress!, $0.baseAddress!) }
          }
          store(o, i) { Double(out[$0]) }
        }
      }
    } else {
      var line = [Double](repeating: 0, count: 2 * lineLength)
      var out = [Double](repeating: 0, count: width * outputLength)
      for o in 0..<outer {
        for i in 0..<inner {
          for j in 0..<lineLength {
            let number = complexes[(o * lineLength + j) * inner + i]
            line[2 * j] = number.real
            line[2 * j + 1] = number.imag
          }
          try line.withUnsafeBytes { input in
            try out.withUnsafeMutableBytes { try call(input.baseAddress!, $0.baseAddress!) }
          }
          store(o, i) { out[$0] }
        }
      }
    }
    return isRealOutput ? .float64(reals) : .complex128(output)
  }
}
