// Snippet-language benchmarks: Python workloads run by docbuild's interpreter and, in the same run, by CPython (NumPy
// and autograd for the gradient loop) through Benchmarks/language_bench.py, with the ratio docbuild / CPython.
// Run: swift run -c release LanguageBenchmarks [name filter] (a filter runs only the matching workloads, docbuild only,
// for profiling them with perf).
import Foundation
import Snippets
import SourceText

/// The workloads, each a script as a snippet would hold it.
let workloads: [(name: String, source: String)] = [
  ("for i in range(10**6): s += i * i", "s = 0\nfor i in range(10**6):\n    s += i * i\n"),
  (
    "fib(20), recursive calls",
    "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = fib(20)\n"
  ),
  (
    "list comprehension and sum, 10**5 items",
    "xs = [v * 0.5 for v in range(100000)]\nt = sum(xs)\n"
  ),
  (
    "200 steps of grad(f) on a (64, 10) affine layer",
    """
    import autograd.numpy as np
    from autograd import grad
    np.random.seed(0)
    X = np.random.randn(64, 10)
    Y = np.random.randn(64, 1)
    W = np.zeros((10, 1))
    def loss(W):
        return np.mean((np.dot(X, W) - Y) ** 2)
    g = grad(loss)
    for step in range(200):
        W = W - 0.1 * g(W)

    """
  ),
]

/// Seconds for one run of `source` in a fresh session, best of `repeats`.
func docbuildSeconds(_ source: String, repeats: Int = 5) -> Double {
  var best = Double.infinity
  for _ in 0..<repeats {
    let session = SnippetSession()
    let snippet = Snippet(text: source, origin: SourcePosition(line: 1, column: 1))
    let start = DispatchTime.now().uptimeNanoseconds
    let result = session.check(snippet)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    if let problem = result.diagnostics.first {
      print("docbuild failed: \(problem.message)")
      exit(1)
    }
    best = min(best, elapsed)
  }
  return best
}

/// CPython's seconds per workload, from language_bench.py.
func cpythonSeconds() -> [String: Double]? {
  let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("language_bench.py")
  let sources = Dictionary(uniqueKeysWithValues: workloads.map { ($0.name, $0.source) })
  guard let json = try? JSONSerialization.data(withJSONObject: sources),
    let argument = String(data: json, encoding: .utf8)
  else { return nil }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", script.path, argument]
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

/// A filter from the command line: run only matching workloads, docbuild only, many times (for `perf record`).
if CommandLine.arguments.count > 1 {
  let filter = CommandLine.arguments[1]
  for (name, source) in workloads where name.contains(filter) {
    print("| \(name) | \(String(format: "%.1f ms", docbuildSeconds(source, repeats: 20) * 1000)) |")
  }
  exit(0)
}

let reference = cpythonSeconds()
print("| workload | docbuild | CPython | ratio |")
print("|---|---|---|---|")
for (name, source) in workloads {
  let ours = docbuildSeconds(source)
  let theirs = reference?[name]
  let ratio = theirs.map { String(format: "%.2f×", ours / $0) } ?? "n/a"
  let theirsText = theirs.map { String(format: "%.1f ms", $0 * 1000) } ?? "n/a"
  print("| \(name) | \(String(format: "%.1f ms", ours * 1000)) | \(theirsText) | \(ratio) |")
}
