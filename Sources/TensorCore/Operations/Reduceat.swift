/// NumPy's `np.add.reduceat` sums of float arrays, to the bit.
extension Tensor {
  /// The elements of `np.add.reduceat` of this float64 or float32 array along `axis`, one per run (`start..<end`,
  /// an empty run giving its start element) and line: NumPy's reduceat calls its binary-reduce loop once per run and
  /// line, so each is the run's first element plus the pairwise sum of the rest (which differs from `np.add.reduce`
  /// of the same elements), every addition in the array's precision. Nil for other dtypes.
  public func addReduceatStorage(_ runs: [(start: Int, end: Int)], axis: Int) -> Storage? {
    guard dtype == .float64 || dtype == .float32, case .float64(let values) = storage else { return nil }
    let lines = AxisLines(shape, axis: axis)
    var result = [Double](repeating: 0, count: lines.outer * runs.count * lines.inner)
    func runSum<F: BinaryFloatingPoint>(_ line: [F], _ start: Int, _ end: Int) -> Double {
      guard end > start + 1 else { return Double(line[start]) }
      return line.withUnsafeBufferPointer { buffer in
        Double(line[start] + ReductionKernel.pairwiseSum(buffer, start + 1, 1, end - start - 1))
      }
    }
    for o in 0..<lines.outer {
      for i in 0..<lines.inner {
        let line = (0..<lines.count).map { values[lines.position(o, $0, i)] }
        let narrow = dtype == .float32 ? line.map { Float($0) } : nil
        for (r, run) in runs.enumerated() {
          let end = Swift.max(run.end, run.start + 1)
          let sum = narrow.map { runSum($0, run.start, end) } ?? runSum(line, run.start, end)
          result[(o * runs.count + r) * lines.inner + i] = sum
        }
      }
    }
    return .float64(result)
  }
}
