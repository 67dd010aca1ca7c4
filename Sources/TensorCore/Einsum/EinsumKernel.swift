/// `np.einsum`'s arithmetic in NumPy's order (`c_einsum` without `optimize`): the iteration runs over the output's
/// labels and then the summed ones, its axes ordered as NumPy's iterator orders them (smallest stride innermost,
/// C order winning conflicts) and merged where contiguous; the inner loop is then one of NumPy's sum-of-products
/// kernels, chosen by its strides. Two of them reassociate: a contiguous reduction into one output element sums in
/// two SSE2 lanes (four vectors per step, pairwise), and the product-sum of two contiguous operands into one output
/// element accumulates two lanes from the last of four vectors to the first, as NumPy's baseline build does; a
/// stride-0 operand times a contiguous one into one element multiplies the sum. Everything else accumulates in
/// iteration order. Where NumPy's iterator buffers (not one or two operands over two or three merged axes), a kernel
/// call takes at most 8192 elements. Operands are taken as C-contiguous arrays (a transposed view in NumPy may iterate differently).
enum EinsumKernel {
  /// The float64 result of `plan` on operands already converted to float64.
  /// With `half`, the operands are float16 values and each kernel works as NumPy's half kernels do (`innerLoopHalf`).
  static func evaluate(_ plan: EinsumPlan, _ operands: [[Double]], shapes: [[Int]], half: Bool = false) throws
    -> [Double]
  {
    let iteration = plan.output.uniqued() + plan.summed
    let extents = iteration.map { plan.extents[$0] ?? 1 }
    let count = Shape.count(plan.outputShape)
    // Every point of the iteration space is one product of all operands: charged before any work.
    var work = Swift.max(operands.count, 1)
    for extent in extents {
      let (product, overflow) = work.multipliedReportingOverflow(by: Swift.max(extent, 1))
      work = overflow ? Int.max : product
    }
    try ResourceMeter.chargeMultiplyAdds(work)
    // One operand whose every label the output keeps, once each, is a rearrangement (NumPy returns a view of it):
    // each output element is written once, and starting it at -0.0 leaves every value, signed zeros too, as it was.
    let isRearrangement =
      plan.inputs.count == 1 && Set(plan.inputs[0]).isSubset(of: plan.output)
      && Set(plan.output).count == plan.output.count
    var result = [Double](repeating: isRearrangement ? -0.0 : 0, count: count)
    if extents.contains(0) { return result }
    // Element strides of each operand along each iteration axis (summed over a repeated label).
    var strides: [[Int]] = []
    for (operand, labels) in plan.inputs.enumerated() {
      let own = Shape.strides(shapes[operand])
      strides.append(
        iteration.map { label in
          labels.indices.filter { labels[$0] == label }.reduce(0) { $0 + own[$1] }
        })
    }
    let outputOwn = Shape.strides(plan.outputShape)
    var outputStrides = iteration.map { label in
      plan.output.indices.filter { plan.output[$0] == label }.reduce(0) { $0 + outputOwn[$1] }
    }
    // NumPy's iterator: axes listed innermost first, insertion-sorted by the operands' strides (the output, not
    // yet allocated, takes no part), then merged where every operand steps through them as one.
    var order = Array((0..<iteration.count).reversed())
    for position in 1..<Swift.max(order.count, 1) {
      let axis = order[position]
      var insertAt = position
      var other = position - 1
      while other >= 0 {
        var ambiguous = true
        var shouldSwap = false
        for operandStrides in strides where operandStrides[axis] != 0 && operandStrides[order[other]] != 0 {
          if Swift.abs(operandStrides[order[other]]) <= Swift.abs(operandStrides[axis]) {
            shouldSwap = false
          } else if ambiguous {
            shouldSwap = true
          }
          ambiguous = false
        }
        if !ambiguous {
          if shouldSwap { insertAt = other } else { break }
        }
        other -= 1
      }
      if insertAt != position {
        order.remove(at: position)
        order.insert(axis, at: insertAt)
      }
    }
    // The iterator allocates the output in its own axis order; what matters here is which axes are reductions.
    var groups: [(extent: Int, strides: [Int], outputStride: Int)] = []
    for axis in order where extents[axis] != 1 {
      let axisStrides = strides.map { $0[axis] }
      if var last = groups.last,
        zip(last.strides, axisStrides).allSatisfy({ $0 * last.extent == $1 }),
        (last.outputStride == 0) == (outputStrides[axis] == 0),
        last.outputStride * last.extent == outputStrides[axis]
      {
        last.extent *= extents[axis]
        groups[groups.count - 1] = last
      } else {
        groups.append((extents[axis], axisStrides, outputStrides[axis]))
      }
    }
    if groups.isEmpty { groups.append((1, strides.map { _ in 0 }, 0)) }
    outputStrides = []
    let inner = groups[0]
    let outer = Array(groups.dropFirst())
    // NumPy runs two hand-written loops without buffering for one or two operands over two or three merged axes,
    // each kernel call taking a whole inner run; otherwise its buffered iterator hands the kernel at most 8192
    // elements at a time. That split shows where a call sums into one element: for one merged axis it is followed
    // here; over more axes (where the windows would cross the runs) float16 is refused and float64 keeps one call.
    let unbuffered = (operands.count == 1 || operands.count == 2) && (groups.count == 2 || groups.count == 3)
    let points = groups.reduce(1) { $0 * $1.extent }
    if half && !unbuffered && groups.count > 1 && inner.outputStride == 0 && points > 8192 {
      throw TensorError.limit(
        "np.einsum of float16 values summing more than 8192 products over this layout is not supported in "
          + "snippets: NumPy's buffered iterator splits the sums in a way docbuild does not follow; convert first "
          + "with .astype(np.float32) or sum in steps")
    }
    let window = !unbuffered && groups.count == 1 ? 8192 : Int.max
    // Walk the outer axes, outermost slowest.
    var index = [Int](repeating: 0, count: outer.count)
    var offsets = [Int](repeating: 0, count: operands.count)
    var outputOffset = 0
    while true {
      var start = 0
      repeat {
        var chunk = inner
        chunk.extent = Swift.min(inner.extent - start, window)
        let chunkOffsets = offsets.indices.map { offsets[$0] + start * inner.strides[$0] }
        let chunkOutput = outputOffset + start * inner.outputStride
        if half {
          innerLoopHalf(operands, chunkOffsets, chunk, &result, chunkOutput)
        } else {
          innerLoop(operands, chunkOffsets, chunk, &result, chunkOutput)
        }
        start += chunk.extent
      } while start < inner.extent
      var axis = 0
      while axis < outer.count {
        index[axis] += 1
        for operand in offsets.indices { offsets[operand] += outer[axis].strides[operand] }
        outputOffset += outer[axis].outputStride
        if index[axis] < outer[axis].extent { break }
        for operand in offsets.indices { offsets[operand] -= outer[axis].strides[operand] * outer[axis].extent }
        outputOffset -= outer[axis].outputStride * outer[axis].extent
        index[axis] = 0
        axis += 1
      }
      if axis == outer.count { break }
    }
    return result
  }

  /// One call of NumPy's sum-of-products kernel over the innermost axis.
  private static func innerLoop(
    _ operands: [[Double]], _ offsets: [Int], _ inner: (extent: Int, strides: [Int], outputStride: Int),
    _ result: inout [Double], _ outputOffset: Int
  ) {
    let count = inner.extent
    let s = inner.strides
    if inner.outputStride == 0 {
      let accumulated: Double
      if operands.count == 1 && s[0] == 1 {
        accumulated = sumOfArray(operands[0], offsets[0], count)
      } else if operands.count == 2 && s[0] == 1 && s[1] == 1 {
        accumulated = dotInLanes(operands[0], offsets[0], operands[1], offsets[1], count)
      } else if operands.count == 2 && s[0] == 0 && s[1] == 1 {
        accumulated = operands[0][offsets[0]] * sumOfArray(operands[1], offsets[1], count)
      } else if operands.count == 2 && s[0] == 1 && s[1] == 0 {
        accumulated = sumOfArray(operands[0], offsets[0], count) * operands[1][offsets[1]]
      } else {
        var total = 0.0
        for i in 0..<count { total += product(operands, offsets, s, i) }
        accumulated = total
      }
      result[outputOffset] = accumulated + result[outputOffset]
    } else {
      for i in 0..<count {
        let target = outputOffset + i * inner.outputStride
        result[target] = product(operands, offsets, s, i) + result[target]
      }
    }
  }

  /// One call of NumPy's half sum-of-products kernel (`einsum_sumprod.c.src` with `npy_float` as the working type,
  /// no SIMD): products and sums in float32, the output element read as float32 and written back rounded to half
  /// once per call. The kernel is chosen by the strides as for float64; the contiguous ones group their sums as
  /// NumPy's unrolled loops do.
  private static func innerLoopHalf(
    _ operands: [[Double]], _ offsets: [Int], _ inner: (extent: Int, strides: [Int], outputStride: Int),
    _ result: inout [Double], _ outputOffset: Int
  ) {
    let count = inner.extent
    let s = inner.strides
    func value(_ operand: Int, _ i: Int) -> Float { Float(operands[operand][offsets[operand] + i * s[operand]]) }
    func halfProduct(_ i: Int) -> Float {
      var temp = value(0, i)
      for operand in 1..<operands.count { temp *= value(operand, i) }
      return temp
    }
    if inner.outputStride == 0 {
      let out = Float(result[outputOffset])
      let total: Float
      if operands.count == 1 && s[0] == 1 {
        total = halfSumOfArray(operands[0], offsets[0], count) + out
      } else if operands.count == 2 && s[0] == 1 && s[1] == 1 {
        // `contig_contig_outstride0_two`: four products at a time, added left to right, then one by one.
        var accum: Float = 0
        var i = 0
        while count - i >= 4 {
          let (p0, p1, p2, p3) = (halfProduct(i), halfProduct(i + 1), halfProduct(i + 2), halfProduct(i + 3))
          accum += ((p0 + p1) + p2) + p3
          i += 4
        }
        while i < count {
          accum += halfProduct(i)
          i += 1
        }
        total = out + accum
      } else if operands.count == 2 && s[0] == 0 && s[1] == 1 {
        total = out + value(0, 0) * halfSumOfArray(operands[1], offsets[1], count)
      } else if operands.count == 2 && s[0] == 1 && s[1] == 0 {
        total = out + value(1, 0) * halfSumOfArray(operands[0], offsets[0], count)
      } else {
        var accum: Float = 0
        for i in 0..<count { accum += halfProduct(i) }
        total = accum + out
      }
      result[outputOffset] = Double(Float16(total))
    } else {
      for i in 0..<count {
        let target = outputOffset + i * inner.outputStride
        result[target] = Double(Float16(halfProduct(i) + Float(result[target])))
      }
    }
  }

  /// NumPy's half `sum_of_arr` without SIMD: while more than four remain, `(x0 + x1) + (x2 + x3)` into the float32
  /// accumulator, then the rest one by one.
  static func halfSumOfArray(_ data: [Double], _ start: Int, _ count: Int) -> Float {
    var accum: Float = 0
    var i = 0
    while count - i > 4 {
      let p = start + i
      accum += (Float(data[p]) + Float(data[p + 1])) + (Float(data[p + 2]) + Float(data[p + 3]))
      i += 4
    }
    while i < count {
      accum += Float(data[start + i])
      i += 1
    }
    return accum
  }

  private static func product(_ operands: [[Double]], _ offsets: [Int], _ strides: [Int], _ i: Int) -> Double {
    var value = operands[0][offsets[0] + i * strides[0]]
    for operand in 1..<operands.count { value *= operands[operand][offsets[operand] + i * strides[operand]] }
    return value
  }

  /// NumPy's `sum_of_arr` in two lanes: blocks of four vectors summed pairwise into the accumulator, then the tail
  /// a vector at a time (zero-padded), then the two lanes added.
  static func sumOfArray(_ data: [Double], _ start: Int, _ count: Int) -> Double {
    var lanes = (0.0, 0.0)
    var i = 0
    while count - i >= 8 {
      let p = start + i
      lanes.0 = ((data[p] + data[p + 2]) + (data[p + 4] + data[p + 6])) + lanes.0
      lanes.1 = ((data[p + 1] + data[p + 3]) + (data[p + 5] + data[p + 7])) + lanes.1
      i += 8
    }
    while i < count {
      lanes.0 = data[start + i] + lanes.0
      lanes.1 = (i + 1 < count ? data[start + i + 1] : 0) + lanes.1
      i += 2
    }
    return lanes.0 + lanes.1
  }

  /// NumPy's contiguous two-operand product-sum into one element, in two lanes: per block of four vectors the
  /// products from the last vector to the first, each multiplied and added (no FMA in the baseline build).
  static func dotInLanes(_ a: [Double], _ aStart: Int, _ b: [Double], _ bStart: Int, _ count: Int) -> Double {
    var lanes = (0.0, 0.0)
    var i = 0
    while count - i >= 8 {
      for vector in stride(from: 3, through: 0, by: -1) {
        let p = i + 2 * vector
        lanes.0 = a[aStart + p] * b[bStart + p] + lanes.0
        lanes.1 = a[aStart + p + 1] * b[bStart + p + 1] + lanes.1
      }
      i += 8
    }
    while i < count {
      lanes.0 = a[aStart + i] * b[bStart + i] + lanes.0
      if i + 1 < count { lanes.1 = a[aStart + i + 1] * b[bStart + i + 1] + lanes.1 }
      i += 2
    }
    return lanes.0 + lanes.1
  }
}

extension Array where Element == Int {
  /// The elements without repeats, first occurrences kept.
  func uniqued() -> [Int] {
    var seen = Set<Int>()
    return filter { seen.insert($0).inserted }
  }
}
