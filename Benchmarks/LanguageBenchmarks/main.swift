// Snippet-language benchmarks: Python workloads run by docbuild's interpreter and, in the same run, by CPython (NumPy
// and autograd for the gradient loop) through Benchmarks/language_bench.py, with the ratio docbuild / CPython, in
// wall-clock time and in process CPU time (best of 5 each).
// Run: swift run -c release LanguageBenchmarks [name filter [repeats]] (a filter runs only the matching workloads,
// best of 20 or of `repeats`, for profiling them with perf or callgrind; without `repeats` CPython's best of 5 of the
// same workloads is printed beside, as the peer of that run).
import Foundation
import Snippets
import SourceText

/// One workload: `setup` runs untimed before every timed run of `source`, in the same fresh session (so a workload
/// that changes its arrays starts from the same ones each time).
struct Workload {
  var name: String
  var setup = ""
  var source: String
}

/// A small-op row (issue 10): `operation` on the (10, 10) float64 arrays `a` and `b` (and `i`, an int; `mask`, a bool
/// array of a's shape; `idx`, four int indices; `s`, a (9, 5) array), 10^4 times in a loop, beside NumPy doing the
/// same; both sides pay their loop, docbuild also its graph nodes (leaves: the row names no gradient, see
/// `docbuildCost`). A row that assigns gives its `statement` (`operation` is then its label); a row that needs one more
/// operand gives its `setup` (`v`, a length-10 vector; `rng`, a seeded `default_rng`), so every other row's setup stays
/// as it was measured before.
func smallOp(_ operation: String, statement: String? = nil, setup: String = "") -> Workload {
  Workload(
    name: "10^4 × \(operation) on (10, 10)",
    setup: "a = np.linspace(0.0, 1.0, 100).reshape(10, 10)\nb = a + 0.5\ni = 3\nmask = a > 0.5\n"
      + "idx = np.array([1, 3, 5, 7])\ns = np.ones((9, 5))\n" + setup,
    source: "for _ in range(10000):\n    \(statement ?? "c = \(operation)")\n")
}

/// The workloads, each a script as a snippet would hold it.
let workloads: [Workload] = [
  Workload(name: "for i in range(10**6): s += i * i", source: "s = 0\nfor i in range(10**6):\n    s += i * i\n"),
  Workload(
    name: "fib(20), recursive calls",
    source: "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = fib(20)\n"),
  Workload(
    name: "while loop in a function, 10**6 steps",
    source: """
      def count(n):
          i = 0
          s = 0
          while i < n:
              s += i
              i += 1
          return s
      r = count(10**6)

      """),
  Workload(
    name: "10**5 method calls on a small class",
    source: """
      class Point:
          def __init__(self, x, y):
              self.x = x
              self.y = y
          def norm2(self):
              return self.x * self.x + self.y * self.y
      p = Point(3, 4)
      t = 0
      for _ in range(100000):
          t += p.norm2()

      """),
  Workload(
    name: "10**5 objects made with __init__",
    source: """
      class Point:
          def __init__(self, x, y):
              self.x = x
              self.y = y
      for i in range(100000):
          p = Point(i, 1)

      """),
  Workload(
    name: "list comprehension and sum, 10**5 items",
    source: "xs = [v * 0.5 for v in range(100000)]\nt = sum(xs)\n"),
  Workload(
    name: "sum of a generator function's 10^5 yields",
    setup: "def squares(n):\n    for i in range(n):\n        yield i * i\n",
    source: "t = sum(squares(100000))\n"),
  Workload(
    name: "for i, x in enumerate(xs), 10^5 items",
    setup: "xs = list(range(100000))\n",
    source: "s = 0\nfor i, x in enumerate(xs):\n    s += i * x\n"),
  Workload(
    name: "xs.append(i), 10^5 items",
    source: "xs = []\nfor i in range(100000):\n    xs.append(i)\n"),
  Workload(
    name: "counts[w] = counts.get(w, 0) + 1 over 10^5 words",
    setup: "words = [str(i % 997) for i in range(100000)]\n",
    source: "counts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + 1\n"),
  Workload(
    name: "del d[k] for 2·10^4 keys, in insertion order",
    setup: "d = {k: k for k in range(20000)}\n",
    source: "for k in range(20000):\n    del d[k]\n"),
  Workload(
    name: "s.add(i % 5000), 10^5 times",
    source: "s = set()\nfor i in range(100000):\n    s.add(i % 5000)\n"),
  // Builtins called by name in a loop (session 61: `DirectBuiltin`).
  Workload(
    name: "n += len(str(i)) + int(float(i)), 10^5 times",
    source: "n = 0\nfor i in range(100000):\n    n += len(str(i)) + int(float(i))\n"),
  // A text read position by position (session 62: `TextPositions`); each step decoded the whole text before.
  Workload(
    name: "text[i] == 'a' while i < len(text), 10^5 characters",
    setup: "text = 'ab' * 50000\n",
    source: "n = 0\ni = 0\nwhile i < len(text):\n    if text[i] == 'a':\n        n += 1\n    i += 1\n"),
  Workload(
    name: "i = text.find('a', i + 1) over 10^5 characters",
    setup: "text = ('ab' * 50000)[:-1] + 'é'\n",
    source: "n = 0\ni = text.find('a')\nwhile i != -1:\n    n += 1\n    i = text.find('a', i + 1)\n"),
  // A text built by `+=` (session 62): each step copied the whole text, and 10^5 steps passed the work budget.
  Workload(
    name: "s += 'x', 10^5 times",
    source: "s = ''\nfor i in range(100000):\n    s += 'x'\n"),
  // Standard-library containers of many items (session 62): each call read the whole heap, each popleft moved every
  // item.
  Workload(
    name: "heapq.heappush then heappop, 10^4 items",
    setup: "import heapq\n",
    source:
      "h = []\nfor i in range(10000):\n    heapq.heappush(h, (i * 7919) % 10007)\nwhile h:\n    heapq.heappop(h)\n"),
  // Session 63: push, pop and heapify in Swift for plain items (NativeHeaps); a heap or stack of tuples walked every
  // item at each write to find the list's nesting depth; a search of pairs asked the general comparison per item.
  Workload(
    name: "heapq of (priority, i) tuples: push then pop, 10^4 items",
    setup: "import heapq\n",
    source:
      "h = []\nfor i in range(10000):\n    heapq.heappush(h, ((i * 7919) % 10007, i))\nwhile h:\n    heapq.heappop(h)\n"
  ),
  Workload(
    name: "stack of (node, depth) tuples: pop one, push two, 10^5 steps",
    source:
      "stack = [(0, 0)]\nfor i in range(100000):\n    node, d = stack.pop()\n    stack.append((node + 1, d + 1))\n"
      + "    stack.append((node + 2, d + 1))\n"),
  Workload(
    name: "pairs.remove((i, i)), 1,000 of 2,000 pairs",
    setup: "pairs = [(i, i) for i in range(2000)]\n",
    source: "ps = pairs[:]\nfor i in range(0, 2000, 2):\n    ps.remove((i, i))\n"),
  Workload(
    name: "deque: append and popleft, 10^5 items",
    setup: "from collections import deque\n",
    source: "q = deque()\nfor i in range(100000):\n    q.append(i)\nwhile q:\n    q.popleft()\n"),
  Workload(
    name: "200 steps of grad(f) on a (64, 10) affine layer",
    source: """
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

      """),
  // The loop and the assignment alone, which every small-op row pays beside its operation.
  smallOp("a"),
  smallOp("a + b"),
  smallOp("a * b"),
  smallOp("a * 2.0"),
  smallOp("a @ b"),
  smallOp("a.sum()"),
  smallOp("a[i]"),
  // A row read at once, as most rows a tutorial takes are: `a[i]` alone leaves its elements unread.
  smallOp("a[i].sum()"),
  smallOp("np.exp(a)"),
  smallOp("np.maximum(a, 0)"),
  smallOp("a > 0"),
  smallOp("a.T"),
  smallOp("a.reshape(5, 20)"),
  smallOp("a.mean(axis=0)"),
  smallOp("np.mean(a, axis=0)"),
  smallOp("a[mask]"),
  smallOp("a[idx]"),
  smallOp("a[1:, ::2] = s", statement: "a[1:, ::2] = s"),
  smallOp("a - b"),
  smallOp("a / b"),
  smallOp("a ** 2"),
  smallOp("np.sqrt(a)"),
  smallOp("np.sin(a)"),
  smallOp("np.abs(a)"),
  smallOp("a.max()"),
  smallOp("np.sum(a, axis=1)"),
  smallOp("a.std(axis=0)"),
  smallOp("np.argmax(a, axis=1)"),
  smallOp("np.cumsum(a)"),
  smallOp("np.clip(a, -1, 1)"),
  smallOp("np.where(a > 0, a, 0)"),
  smallOp("np.dot(a, v)", setup: "v = np.ones(10)\n"),
  smallOp("a.astype(np.float32)"),
  smallOp("np.concatenate([a, b])"),
  smallOp("np.stack([a, b])"),
  smallOp("np.array([1.0, 2.0, 3.0])"),
  smallOp("np.zeros((10, 10))"),
  smallOp("np.arange(100)"),
  smallOp("np.linspace(0, 1, num=50)"),
  smallOp("rng.normal(size=10)", setup: "rng = np.random.default_rng(0)\n"),
  // A layer's backward product: NumPy hands BLAS `a.T` in place, docbuild its operand's elements as they are.
  smallOp("a.T @ b"),
  Workload(
    name: "a[a > 0] = 0 on (1000, 1000)",
    setup: "np.random.seed(0)\na = np.random.randn(1000, 1000)\n",
    source: "a[a > 0] = 0\n"),
  Workload(
    name: "a[idx], 10^5 int indices into 10^6 floats",
    setup: "np.random.seed(0)\na = np.random.randn(1000000)\nidx = np.random.randint(0, 1000000, 100000)\n",
    source: "c = a[idx]\n"),
  Workload(
    name: "re.findall(r'\\w+') over 10^5 characters",
    setup: "import re\ntext = 'The quick brown fox jumps over the lazy dog; ' * 2300\n",
    source: "words = re.findall(r'\\w+', text)\n"),
  Workload(
    name: "10^4 pattern.search calls parsing log lines",
    setup: "import re\np = re.compile(r'loss=([\\d.]+) acc=([\\d.]+)')\n"
      + "lines = ['epoch %d: loss=0.%04d acc=9%d.5' % (i, i, i % 10) for i in range(10000)]\n",
    source: "values = [float(p.search(line).group(1)) for line in lines]\n"),
  Workload(
    name: "re.sub with a group template over 10^5 characters",
    setup: "import re\ntext = 'on 2021-03-04 and 1999-12-31, ' * 3300\n",
    source: "swapped = re.sub(r'(\\d{4})-(\\d{2})-(\\d{2})', r'\\3/\\2/\\1', text)\n"),
]

/// A run's cost: wall-clock seconds, and the CPU seconds the process spent (which a busy shared machine inflates far
/// less than the wall clock).
struct Cost {
  var wall = Double.infinity
  var cpu = Double.infinity
}

/// The CPU seconds this process has used so far.
func processCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Set by `LANGUAGE_BENCHMARKS_KEEP_HISTORY=1`: every workload records its history as a chapter that names `grad`
/// does (the small-op rows' figures before session 34 were of that kind).
let keepsEveryHistory = ProcessInfo.processInfo.environment["LANGUAGE_BENCHMARKS_KEEP_HISTORY"] == "1"

/// One run of the workload's source in a fresh session after its setup, best of `repeats` (wall and CPU each).
func docbuildCost(_ workload: Workload, repeats: Int = 5) -> Cost {
  var best = Cost()
  for _ in 0..<repeats {
    let session = SnippetSession()
    // As docbuild runs a chapter (`RunStage`): one whose code never names a gradient keeps no history.
    session.expectGradients(
      keepsEveryHistory || SnippetSession.mayTakeGradients(in: [workload.setup, workload.source]))
    let origin = SourcePosition(line: 1, column: 1)
    if let problem = session.check(Snippet(text: workload.setup, origin: origin)).diagnostics.first {
      print("docbuild failed in the setup of \(workload.name): \(problem.message)")
      exit(1)
    }
    let snippet = Snippet(text: workload.source, origin: origin)
    let cpuStart = processCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let result = session.check(snippet)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = processCPUSeconds() - cpuStart
    if let problem = result.diagnostics.first {
      print("docbuild failed in \(workload.name): \(problem.message)")
      exit(1)
    }
    best.wall = min(best.wall, elapsed)
    best.cpu = min(best.cpu, cpu)
  }
  return best
}

/// CPython's costs per workload, from language_bench.py.
func cpythonCosts(of workloads: [Workload] = workloads) -> [String: Cost]? {
  let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("language_bench.py")
  let sources = Dictionary(
    uniqueKeysWithValues: workloads.map { ($0.name, ["setup": $0.setup, "source": $0.source]) })
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
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Double]]
  else { return nil }
  return object.compactMapValues { costs in
    guard let wall = costs["wall"], let cpu = costs["cpu"] else { return nil }
    return Cost(wall: wall, cpu: cpu)
  }
}

/// `LanguageBenchmarks --workloads FILTER`: the matching workloads as language_bench.py takes them (JSON), for
/// `instruction_counts.sh` to count CPython's instructions on the same code.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--workloads" {
  let chosen = workloads.filter { $0.name.contains(CommandLine.arguments[2]) }
  let sources = Dictionary(
    uniqueKeysWithValues: chosen.map { ($0.name, ["setup": $0.setup, "source": $0.source]) })
  let json = try JSONSerialization.data(withJSONObject: sources, options: [.sortedKeys])
  print(String(decoding: json, as: UTF8.self))
  exit(0)
}

/// A filter from the command line: run only matching workloads, docbuild only, many times (for `perf record`), or
/// as many times as a second argument says (`LanguageBenchmarks fib 1` under `valgrind --tool=callgrind`).
if CommandLine.arguments.count > 1 {
  let filter = CommandLine.arguments[1]
  let repeats = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 20 : 20
  let chosen = workloads.filter { $0.name.contains(filter) }
  let peers = CommandLine.arguments.count > 2 ? nil : cpythonCosts(of: chosen)
  for workload in chosen {
    let cost = docbuildCost(workload, repeats: repeats)
    var row = "| \(workload.name) | \(String(format: "%.1f ms | CPU %.2f ms", cost.wall * 1000, cost.cpu * 1000)) |"
    if let peer = peers?[workload.name] {
      row += String(format: " CPython %.1f ms | CPU %.2f ms |", peer.wall * 1000, peer.cpu * 1000)
    }
    print(row)
  }
  exit(0)
}

/// Milliseconds, as the table prints them.
func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

let reference = cpythonCosts()
print("| workload | docbuild | CPython | ratio | docbuild CPU | CPython CPU | CPU ratio |")
print("|---|---|---|---|---|---|---|")
for workload in workloads {
  let ours = docbuildCost(workload)
  var row = "| \(workload.name) | \(milliseconds(ours.wall)) | "
  if let theirs = reference?[workload.name] {
    row += "\(milliseconds(theirs.wall)) | \(String(format: "%.2f×", ours.wall / theirs.wall)) | "
    row +=
      "\(milliseconds(ours.cpu)) | \(milliseconds(theirs.cpu)) | \(String(format: "%.2f×", ours.cpu / theirs.cpu)) |"
  } else {
    row += "n/a | n/a | \(milliseconds(ours.cpu)) | n/a | n/a |"
  }
  print(row)
}
