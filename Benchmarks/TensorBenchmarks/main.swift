// Tensor benchmarks: small and large workloads timed here and, in the same run, in NumPy (Benchmarks/numpy_bench.py), with
// the ratio ours / NumPy's. Run: swift run -c release TensorBenchmarks
import Foundation
import TensorCore

/// Seconds per iteration of `body`, best of `repeats` runs of `iterations` calls.
func secondsPerIteration(iterations: Int, repeats: Int = 5, _ body: () throws -> Void) rethrows -> Double {
  var best = Double.infinity
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { try body() }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    best = min(best, elapsed / Double(iterations))
  }
  return best
}

/// A float64 array of `shape` with deterministic, varied values.
func sample(_ shape: [Int], seed: Double) -> Tensor {
  let count = shape.reduce(1, *)
  return Tensor(shape: shape, storage: .float64((0..<count).map { sin(Double($0) * 0.7 + seed) }))
}

/// NumPy's seconds per iteration for each workload, from numpy_bench.py (given `arguments`), or nil when Python or
/// NumPy is missing.
func numpyTimings(_ arguments: [String] = []) -> [String: Double]? {
  let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("numpy_bench.py")
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", script.path] + arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0,
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
  else { return nil }
  return object.compactMapValues { $0 as? Double }
}

/// Runs one group of rows on both sides, NumPy's first (`numpy_bench.py GROUP`), and prints each with NumPy's time
/// and the ratio, in `unit` (`scale` units a second), then exits.
func runGroup(
  _ group: String, nameWidth: Int, unit: String, scale: Double, decimals: Int,
  _ rows: () throws -> [(name: String, key: String, seconds: Double)]
) rethrows -> Never {
  let theirs = numpyTimings([group])
  let format = { (seconds: Double) in String(format: "%.\(decimals)f \(unit)", seconds * scale) }
  for (name, key, seconds) in try rows() {
    let numpySeconds = theirs?[key]
    print(
      name.padding(toLength: nameWidth, withPad: " ", startingAt: 0), format(seconds), numpySeconds.map(format) ?? "-",
      numpySeconds.map { String(format: "%.2f×", seconds / $0) } ?? "-", separator: "\t")
  }
  exit(0)
}

switch CommandLine.arguments.dropFirst().first {
// The elementary functions' rows (seconds per 10^6 values, printed per value): seconds, not minutes, so builds of
// two commits can take turns on a busy machine.
case "elementary": runGroup("elementary", nameWidth: 30, unit: "ns", scale: 1e3, decimals: 2) { elementaryWorkloads() }
// The matrix products' rows: square products up to 64×64 and the (512,512) product with its gradient.
case "matmul":
  try runGroup("matmul", nameWidth: 42, unit: "µs", scale: 1e6, decimals: 3) {
    try smallProductWorkloads() + [try largeProductWorkload()]
  }
// The float16 rows.
case "half": try runGroup("half", nameWidth: 42, unit: "µs", scale: 1e6, decimals: 3) { try halfWorkloads() }
// The math functions ported from glibc and CPython, per call, against CPython's math module.
case "libm": runGroup("libm", nameWidth: 34, unit: "ns", scale: 1e9, decimals: 1) { libmWorkloads() }
// np.fft's rows.
case "fft": try runGroup("fft", nameWidth: 36, unit: "ms", scale: 1e3, decimals: 3) { try fftWorkloads() }
default: break
}

// NumPy runs first: its OpenBLAS worker threads are idle by the time ours start.
let numpy = numpyTimings()

let smallA = sample([2, 3], seed: 1)
let smallB = sample([4, 2, 3], seed: 2)
let wide = sample([1000, 1000], seed: 3)
let bias = sample([1000], seed: 4)
let wideUpstream = sample([1000, 1000], seed: 5)

var ours: [(name: String, key: String, seconds: Double)] = []
ours.append(
  (
    "(2,3) + (4,2,3), recorded", "small_add",
    try secondsPerIteration(iterations: 200_000) { _ = try smallA + smallB }
  ))
// The same operation as docbuild runs it: in a chapter whose meter charges every operation (NumPy's figure is the
// unmetered one, so the ratio includes the metering).
let chapterMeter = ResourceMeter()
ours.append(
  (
    "(2,3) + (4,2,3), recorded and metered", "small_add",
    try ResourceMeter.$current.withValue(chapterMeter) {
      try secondsPerIteration(iterations: 200_000) {
        chapterMeter.beginStatement()
        _ = try smallA + smallB
      }
    }
  ))
ours.append(
  (
    "(1000,1000) + (1000,) and its gradient", "bias_add_gradient",
    try secondsPerIteration(iterations: 20) {
      let out = try wide + bias
      _ = try gradients(of: out, withRespectTo: [wide, bias], upstream: wideUpstream)
    }
  ))
ours += try smallProductWorkloads()
let matrixVector = sample([64], seed: 11)
let square = sample([64, 64], seed: 12)
ours.append(
  (
    "(64,64) @ (64,)", "matvec_64",
    try secondsPerIteration(iterations: 20_000) { _ = try square.matmul(matrixVector) }
  ))
let batchInputs = sample([32, 64], seed: 13)
let batchWeights = sample([64, 10], seed: 14)
let batchBias = sample([10], seed: 15)
let batchUpstream = sample([32, 10], seed: 16)
ours.append(
  (
    "(32,64) @ (64,10) + (10,) and its gradient", "affine_gradient",
    try secondsPerIteration(iterations: 20_000) {
      let out = try batchInputs.matmul(batchWeights) + batchBias
      _ = try gradients(of: out, withRespectTo: [batchWeights, batchBias], upstream: batchUpstream)
    }
  ))
let largeProduct = ours.count
ours.append(try largeProductWorkload())
ours += try randomWorkloads()
ours += try indexingWorkloads()
ours += try complexWorkloads()
ours += try bitwiseWorkloads()
ours += try halfWorkloads()
ours += try memoryOrderWorkloads()
ours += try fftWorkloads()

ours += elementaryWorkloads()

if numpy == nil { print("NumPy timings unavailable (python3 with numpy not found); showing ours only") }
print("workload".padding(toLength: 42, withPad: " ", startingAt: 0), "ours", "numpy", "ratio", separator: "\t")
for (name, key, seconds) in ours {
  let theirs = numpy?[key]
  let format = { (value: Double) in
    value < 1e-3 ? String(format: "%.3f µs", value * 1e6) : String(format: "%.3f ms", value * 1e3)
  }
  print(
    name.padding(toLength: 42, withPad: " ", startingAt: 0), format(seconds), theirs.map(format) ?? "-",
    theirs.map { String(format: "%.2f×", seconds / $0) } ?? "-", separator: "\t")
}
let flops = 3 * 2 * 512.0 * 512 * 512
print(
  String(
    format: "matmul forward+backward: %.1f GFLOP/s on one thread (kernel path: %@)",
    flops / ours[largeProduct].seconds / 1e9, MatrixProductPath.current))

/// Like `secondsPerIteration`, in this thread's CPU time (or `clock`'s), so other processes on a busy machine do not
/// inflate it (numpy_bench.py times the elementary functions and the small products the same way).
func cpuSecondsPerIteration(
  iterations: Int, repeats: Int = 5, clock: clockid_t = CLOCK_THREAD_CPUTIME_ID, _ body: () throws -> Void
) rethrows -> Double {
  func now() -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  var best = Double.infinity
  for _ in 0..<repeats {
    let start = now()
    for _ in 0..<iterations { try body() }
    best = min(best, (now() - start) / Double(iterations))
  }
  return best
}

/// Each elementary function over 10^6 float64 values spread over [low, high] by the golden-ratio sequence (the same
/// IEEE operations as numpy_bench.py's `spread`, so both sides see the same inputs).
func elementaryWorkloads() -> [(name: String, key: String, seconds: Double)] {
  let count = 1_000_000
  func spread(_ low: Double, _ high: Double, offset: Double = 0) -> [Double] {
    (0..<count).map { i in
      let t = Double(i) * 0.6180339887498949 + offset
      return low + (high - low) * (t - t.rounded(.down))
    }
  }
  let unary: [(String, Elementary.UnaryFunction, Double, Double)] = [
    ("exp", .exp, -700, 700), ("expm1", .expm1, -5, 5), ("exp2", .exp2, -1000, 1000), ("log", .log, 1e-3, 1e3),
    ("log1p", .log1p, -0.9, 10), ("log2", .log2, 1e-3, 1e3), ("log10", .log10, 1e-3, 1e3), ("tanh", .tanh, -20, 20),
    ("sinh", .sinh, -20, 20), ("cosh", .cosh, -20, 20), ("sin", .sin, -100, 100), ("cos", .cos, -100, 100),
    ("tan", .tan, -100, 100), ("asin", .asin, -1, 1), ("acos", .acos, -1, 1), ("atan", .atan, -100, 100),
    ("asinh", .asinh, -100, 100), ("acosh", .acosh, 1, 100), ("atanh", .atanh, -0.999, 0.999),
  ]
  let binary: [(String, Elementary.BinaryFunction, Double, Double, Double, Double)] = [
    ("pow", .pow, 0.01, 10, -5, 5), ("hypot", .hypot, -100, 100, -100, 100), ("atan2", .atan2, -100, 100, -100, 100),
  ]
  var results: [(name: String, key: String, seconds: Double)] = []
  var output = [Double](repeating: 0, count: count)
  var checksum = 0.0
  var mismatches = 0
  for (name, function, low, high) in unary {
    let x = spread(low, high)
    // As a tensor operation runs it: the whole array at once (vector fast paths, the scalar function for the rest).
    let seconds = cpuSecondsPerIteration(iterations: 3) {
      output.withUnsafeMutableBufferPointer { out in
        x.withUnsafeBufferPointer { input in Elementary.apply(function, input, into: out) }
      }
    }
    // The array form must give the scalar function's bits on all 10^6 inputs.
    for i in 0..<count where output[i].bitPattern != function.scalar(x[i]).bitPattern { mismatches += 1 }
    checksum += output[count / 2]
    results.append(("\(name) of 10^6 float64", "elementary_" + name, seconds))
  }
  for (name, function, xLow, xHigh, yLow, yHigh) in binary {
    let x = spread(xLow, xHigh)
    let y = spread(yLow, yHigh, offset: 0.5)
    let seconds = cpuSecondsPerIteration(iterations: 3) {
      output.withUnsafeMutableBufferPointer { out in
        x.withUnsafeBufferPointer { xs in y.withUnsafeBufferPointer { Elementary.apply(function, xs, $0, into: out) } }
      }
    }
    for i in 0..<count where output[i].bitPattern != function.scalar(x[i], y[i]).bitPattern { mismatches += 1 }
    checksum += output[count / 2]
    results.append(("\(name) of 10^6 float64 pairs", "elementary_" + name, seconds))
  }
  // The functions whose float64 ufunc prints NumPy's own (Intel SVML's) bits rather than the correctly rounded value
  // (Sources/CKernels/numpy_elementary_trig.c and numpy_elementary_logs.c), as a tensor operation runs them: against
  // the same NumPy rows as the correctly rounded functions above.
  let numpyBits: [(String, MathFunction?, Double, Double)] = [
    ("asin", .arcsin, -1, 1), ("acos", .arccos, -1, 1), ("atan", .arctan, -100, 100), ("sinh", .sinh, -20, 20),
    ("tan", .tan, -100, 100), ("cbrt", nil, -100, 100), ("expm1", .expm1, -5, 5), ("log1p", .log1p, -0.9, 10),
    ("log2", .log2, 1e-3, 1e3), ("log10", .log10, 1e-3, 1e3), ("asinh", .arcsinh, -100, 100),
    ("acosh", .arccosh, 1, 100), ("atanh", .arctanh, -0.999, 0.999),
  ]
  for (name, function, low, high) in numpyBits {
    let x = Tensor(shape: [count], storage: .float64(spread(low, high)))
    var result: Tensor?
    let seconds = cpuSecondsPerIteration(iterations: 3) {
      result = function.map { try? x.apply($0) } ?? (try? x.numpyCubeRoot())
    }
    checksum += result?.doubles[count / 2] ?? .nan
    results.append(("\(name) of 10^6 float64, NumPy's bits", "elementary_" + name, seconds))
  }
  // float32 operands, whose NumPy kernels are SVML's float32 ones (Sources/CKernels/numpy_elementary_logs_f32.c), as a
  // tensor operation runs them: against numpy_bench.py's float32 rows over the same values rounded to float32.
  let float32Rows: [(String, MathFunction, Double, Double)] = [
    ("log1p", .log1p, -0.9, 10), ("expm1", .expm1, -5, 5), ("sinh", .sinh, -20, 20), ("asinh", .arcsinh, -100, 100),
    ("acosh", .arccosh, 1, 100), ("atanh", .arctanh, -0.999, 0.999),
  ]
  for (name, function, low, high) in float32Rows {
    guard let x = try? Tensor(shape: [count], storage: .float64(spread(low, high))).astype(.float32) else { continue }
    var result: Tensor?
    let seconds = cpuSecondsPerIteration(iterations: 3) { result = try? x.apply(function) }
    checksum += result?.doubles[count / 2] ?? .nan
    results.append(("\(name) of 10^6 float32, NumPy's bits", "elementary_f32_" + name, seconds))
  }
  let y = Tensor(shape: [count], storage: .float64(spread(-100, 100)))
  let x = Tensor(shape: [count], storage: .float64(spread(-100, 100, offset: 0.5)))
  var angles: Tensor?
  let atan2Seconds = cpuSecondsPerIteration(iterations: 3) { angles = try? Tensor.arctan2(y, x) }
  checksum += angles?.doubles[count / 2] ?? .nan
  results.append(("atan2 of 10^6 float64 pairs, NumPy's bits", "elementary_atan2", atan2Seconds))
  // float32 arcsin, arccos, arctan, tan, cbrt and arctan2 (SVML's float32 kernels, numpy_elementary_trig_f32.c) of the
  // same spreads rounded to float32, as a tensor operation runs them, against numpy_bench.py's float32 rows.
  let float32Bits: [(String, MathFunction?, Double, Double)] = [
    ("asin", .arcsin, -1, 1), ("acos", .arccos, -1, 1), ("atan", .arctan, -100, 100), ("tan", .tan, -100, 100),
    ("cbrt", nil, -100, 100),
  ]
  for (name, function, low, high) in float32Bits {
    guard let x = try? Tensor(shape: [count], storage: .float64(spread(low, high))).astype(.float32) else { continue }
    var result: Tensor?
    let seconds = cpuSecondsPerIteration(iterations: 3) {
      result = function.map { try? x.apply($0) } ?? (try? x.float32CubeRoot())
    }
    checksum += result?.doubles[count / 2] ?? .nan
    results.append(("\(name) of 10^6 float32, NumPy's bits", "elementary_f32_" + name, seconds))
  }
  if let y32 = try? y.astype(.float32), let x32 = try? x.astype(.float32) {
    let seconds = cpuSecondsPerIteration(iterations: 3) { angles = try? Tensor.arctan2(y32, x32) }
    checksum += angles?.doubles[count / 2] ?? .nan
    results.append(("atan2 of 10^6 float32 pairs, NumPy's bits", "elementary_f32_atan2", seconds))
  }
  // Printing a result keeps the optimiser from dropping the loops.
  print(
    "elementary checksum: \(checksum); vector path \(Elementary.vectorPath); \(mismatches) results differ from the scalar functions"
  )
  return results
}

/// Square products of 8 to 64 rows, in wall-clock and process CPU time.
func smallProductWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  var rows: [(name: String, key: String, seconds: Double)] = []
  for size in [8, 16, 32, 64] {
    let a = sample([size, size], seed: 9)
    let b = sample([size, size], seed: 10)
    rows.append(
      (
        "(\(size),\(size)) @ (\(size),\(size))", "matmul_\(size)",
        try secondsPerIteration(iterations: 200_000 / size) { _ = try a.matmul(b) }
      ))
    rows.append(
      (
        "(\(size),\(size)) @ (\(size),\(size)), CPU time", "matmul_\(size)_cpu",
        try cpuSecondsPerIteration(iterations: 200_000 / size, clock: CLOCK_PROCESS_CPUTIME_ID) { _ = try a.matmul(b) }
      ))
  }
  return rows
}

/// The (512,512) product and its gradient with respect to both operands.
func largeProductWorkload() throws -> (name: String, key: String, seconds: Double) {
  let left = sample([512, 512], seed: 6)
  let right = sample([512, 512], seed: 7)
  let productUpstream = sample([512, 512], seed: 8)
  return (
    "(512,512) @ (512,512) and its gradient", "matmul_gradient",
    try secondsPerIteration(iterations: 10) {
      let out = try left.matmul(right)
      _ = try gradients(of: out, withRespectTo: [left, right], upstream: productUpstream)
    }
  )
}
