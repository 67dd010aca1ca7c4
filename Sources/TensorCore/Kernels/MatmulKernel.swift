import Dispatch

/// Row-major matrix multiplication kernels: C (n×m) += A (n×k) · B (k×m), contiguous operands.
enum MatmulKernel {
  /// Columns of B per block, sized so a block of B stays in L2 cache.
  static let columnBlock = 256
  /// Rows of B per block.
  static let innerBlock = 128

  /// Float64 product: blocked over k and m so B's block stays cached, rows split across cores when large.
  static func multiply(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ n: Int, _ k: Int,
    _ m: Int
  ) {
    let work = n * k * m
    let chunks = work >= 1 << 18 && n >= 8 ? Swift.min(n / 4, 8) : 1
    let rowsPerChunk = (n + chunks - 1) / chunks
    // Pointers are not Sendable; each chunk writes its own rows of C, so passing addresses is race-free.
    let (aAddress, bAddress, cAddress) = (UInt(bitPattern: a), UInt(bitPattern: b), UInt(bitPattern: c))
    let rows: @Sendable (Int) -> Void = { chunk in
      let a = UnsafePointer<Double>(bitPattern: aAddress)!
      let b = UnsafePointer<Double>(bitPattern: bAddress)!
      let c = UnsafeMutablePointer<Double>(bitPattern: cAddress)!
      let first = chunk * rowsPerChunk
      let last = Swift.min(n, first + rowsPerChunk)
      guard first < last else { return }
      var jStart = 0
      while jStart < m {
        let jEnd = Swift.min(m, jStart + columnBlock)
        var pStart = 0
        while pStart < k {
          let pEnd = Swift.min(k, pStart + innerBlock)
          for i in first..<last {
            let cRow = c + i * m
            let aRow = a + i * k
            for p in pStart..<pEnd {
              let scale = aRow[p]
              let bRow = b + p * m
              for j in jStart..<jEnd { cRow[j] += scale * bRow[j] }
            }
          }
          pStart = pEnd
        }
        jStart = jEnd
      }
    }
    if chunks == 1 {
      rows(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: chunks, execute: rows)
    }
  }

  /// Int64 product with NumPy's wrapping arithmetic.
  static func multiplyIntegers(
    _ a: UnsafePointer<Int64>, _ b: UnsafePointer<Int64>, _ c: UnsafeMutablePointer<Int64>, _ n: Int, _ k: Int,
    _ m: Int
  ) {
    for i in 0..<n {
      for p in 0..<k {
        let scale = a[i * k + p]
        for j in 0..<m { c[i * m + j] = c[i * m + j] &+ scale &* b[p * m + j] }
      }
    }
  }
}
