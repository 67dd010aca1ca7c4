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
// The matrix products' rows: square products up to 64×64, matrix · vector, the affine layer's gradient and the
// (512,512) product with its gradient.
case "matmul": try runGroup("matmul", nameWidth: 52, unit: "µs", scale: 1e6, decimals: 3) { try productWorkloads() }
// Only the affine layer's rows (NumPy's side runs the whole group), for a profiler.
case "affine": try runGroup("matmul", nameWidth: 52, unit: "µs", scale: 1e6, decimals: 3) { try affineWorkloads() }
// Advanced indexing: the fancy-index gather, the boolean-mask assignment and selection, small indexing.
case "indexing":
  try runGroup("indexing", nameWidth: 52, unit: "µs", scale: 1e6, decimals: 3) { try indexingWorkloads() }
// The float16 rows.
case "half": try runGroup("half", nameWidth: 42, unit: "µs", scale: 1e6, decimals: 3) { try halfWorkloads() }
// The math functions ported from glibc and CPython, per call, against CPython's math module.
case "libm": runGroup("libm", nameWidth: 34, unit: "ns", scale: 1e9, decimals: 1) { libmWorkloads() }
// np.fft's rows.
case "fft": try runGroup("fft", nameWidth: 36, unit: "ms", scale: 1e3, decimals: 3) { try fftWorkloads() }
// int64 means (the exactness check of the integer sum included), for a profiler too.
case "intmean":
  try runGroup("intmean", nameWidth: 36, unit: "µs", scale: 1e6, decimals: 3) { try integerMeanWorkloads() }
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
    try ResourceMeter.withCurrent(chapterMeter) {
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
ours += try productWorkloads()
// The (512,512) row in wall-clock time, whose rate the last line prints.
let largeProduct = ours.lastIndex { $0.key == "matmul_gradient" } ?? ours.count - 1
ours += try randomWorkloads()
ours += try indexingWorkloads()
ours += try complexWorkloads()
ours += try bitwiseWorkloads()
ours += try halfWorkloads()
ours += try memoryOrderWorkloads()
ours += try fftWorkloads()

ours += elementaryWorkloads()

if numpy == nil { print("NumPy timings unavailable (python3 with numpy not found); showing ours only") }
print("workload".padding(toLength: 52, withPad: " ", startingAt: 0), "ours", "numpy", "ratio", separator: "\t")
for (name, key, seconds) in ours {
  let theirs = numpy?[key]
  let format = { (value: Double) in
    value < 1e-3 ? String(format: "%.3f µs", value * 1e6) : String(format: "%.3f ms", value * 1e3)
  }
  print(
    name.padding(toLength: 52, withPad: " ", startingAt: 0), format(seconds), theirs.map(format) ?? "-",
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

/// One elementary function of the benchmark: NumPy's name, the tensor operation, and the spread of its operands.
struct ElementaryRow {
  /// NumPy's name (`arcsin`), also the key of numpy_bench.py's row.
  let name: String
  /// The tensor operation as a snippet runs it (`np.arcsin(x)`), of one operand or two.
  let operation: (Tensor, Tensor) throws -> Tensor?
  /// The first operand's values spread over [low, high], the second's (for two operands) over [low2, high2].
  let low: Double, high: Double, low2: Double, high2: Double

  init(_ name: String, _ low: Double, _ high: Double, _ operation: @escaping (Tensor) throws -> Tensor?) {
    (self.name, self.low, self.high, self.low2, self.high2) = (name, low, high, 0, 0)
    self.operation = { x, _ in try operation(x) }
  }

  init(
    _ name: String, _ low: Double, _ high: Double, _ low2: Double, _ high2: Double,
    _ operation: @escaping (Tensor, Tensor) throws -> Tensor?
  ) {
    (self.name, self.low, self.high, self.low2, self.high2, self.operation) = (name, low, high, low2, high2, operation)
  }
}

/// Each elementary function NumPy has a float64 or float32 loop for, over 10^6 values spread over its range by the
/// golden-ratio sequence (the same IEEE operations as numpy_bench.py's `spread`, so both sides see the same inputs;
/// a second operand starts half a step later), as a snippet's tensor operation runs it: the result's allocation and
/// the dtype's rules included, as NumPy's ufunc call includes its own. float32 operands are the same values rounded
/// to float32. A function docbuild refuses for a dtype (float32 `np.exp`: NumPy's own float32 kernels, not
/// reproduced) has no row for it. Thread CPU time, best of 5 runs of 3 calls, as numpy_bench.py times its side.
func elementaryWorkloads() -> [(name: String, key: String, seconds: Double)] {
  let count = 1_000_000
  func spread(_ low: Double, _ high: Double, offset: Double = 0) -> [Double] {
    (0..<count).map { i in
      let t = Double(i) * 0.6180339887498949 + offset
      return low + (high - low) * (t - t.rounded(.down))
    }
  }
  let rows: [ElementaryRow] = [
    ElementaryRow("exp", -700, 700) { try $0.exp() },
    ElementaryRow("expm1", -5, 5) { try $0.apply(.expm1) },
    ElementaryRow("exp2", -1000, 1000) { try $0.apply(.exp2) },
    ElementaryRow("log", 1e-3, 1e3) { try $0.log() },
    ElementaryRow("log1p", -0.9, 10) { try $0.apply(.log1p) },
    ElementaryRow("log2", 1e-3, 1e3) { try $0.apply(.log2) },
    ElementaryRow("log10", 1e-3, 1e3) { try $0.apply(.log10) },
    ElementaryRow("sin", -100, 100) { try $0.apply(.sin) },
    ElementaryRow("cos", -100, 100) { try $0.apply(.cos) },
    ElementaryRow("tan", -100, 100) { try $0.apply(.tan) },
    ElementaryRow("arcsin", -1, 1) { try $0.apply(.arcsin) },
    ElementaryRow("arccos", -1, 1) { try $0.apply(.arccos) },
    ElementaryRow("arctan", -100, 100) { try $0.apply(.arctan) },
    ElementaryRow("arctan2", -100, 100, -100, 100) { try Tensor.arctan2($0, $1) },
    ElementaryRow("sinh", -20, 20) { try $0.apply(.sinh) },
    ElementaryRow("cosh", -20, 20) { try $0.apply(.cosh) },
    ElementaryRow("tanh", -20, 20) { try $0.tanh() },
    ElementaryRow("arcsinh", -100, 100) { try $0.apply(.arcsinh) },
    ElementaryRow("arccosh", 1, 100) { try $0.apply(.arccosh) },
    ElementaryRow("arctanh", -0.999, 0.999) { try $0.apply(.arctanh) },
    ElementaryRow("power", 0.01, 10, -5, 5) { try $0.power($1) },
    ElementaryRow("hypot", -100, 100, -100, 100) { try Tensor.hypot($0, $1) },
    ElementaryRow("cbrt", -100, 100) { try $0.numpyCubeRoot() ?? $0.float32CubeRoot() },
    ElementaryRow("sqrt", 0, 1e4) { try $0.sqrt() },
  ]
  var results: [(name: String, key: String, seconds: Double)] = []
  var checksum = 0.0
  for float32 in [false, true] {
    for row in rows {
      var x = Tensor(shape: [count], storage: .float64(spread(row.low, row.high)))
      var y = Tensor(shape: [count], storage: .float64(spread(row.low2, row.high2, offset: 0.5)))
      if float32 {
        guard let narrow = try? x.astype(.float32), let narrowY = try? y.astype(.float32) else { continue }
        (x, y) = (narrow, narrowY)
      }
      // A dtype docbuild refuses for this function gets no row.
      guard (try? row.operation(x, y)) != nil else { continue }
      let seconds = cpuSecondsPerIteration(iterations: 3) {
        // One element of each result, printed below, keeps the optimiser from dropping the call.
        checksum += (try? row.operation(x, y))?.doubles[count / 2] ?? .nan
      }
      let dtype = float32 ? "float32" : "float64"
      results.append(("np.\(row.name), \(dtype)", "elementary_\(float32 ? "f32_" : "")\(row.name)", seconds))
    }
  }
  print("elementary checksum: \(checksum); vector path \(Elementary.vectorPath)")
  return results
}
