import Foundation
import TensorCore

/// CPython's `random` module state: MT19937 seeded as CPython seeds it (`init_by_array` over the 32-bit words of
/// `abs(seed)`), so `random.seed(n)` then `random.random()` prints CPython's digits bit for bit.
struct PythonRandom: Sendable {
  /// TensorCore's MT19937, the core NumPy's legacy generator shares.
  private var generator = PythonRandom.unseededGenerator
  /// The generator of `init()`, made once: every chapter's interpreter holds one (seeding by array runs over 1,200
  /// steps; a copy shares the words until the first draw copies them).
  private static let unseededGenerator = MersenneTwister(key: [0])
  /// The second normal deviate `gauss` made, kept for its next call as CPython keeps `gauss_next`.
  var gaussNext: Double?
  /// The call that seeded this stream from the operating system (`random.seed()`, `random.Random()`), whose numbers
  /// no build can reproduce: its draws are refused until a seed is given.
  var seededFromSystem: String?

  /// An unseeded generator: CPython seeds from the operating system, which no page can reproduce; seed 0 keeps
  /// snippets deterministic (their values cannot match a recording of CPython's unseeded ones anyway).
  init() {}

  /// CPython's `init_by_array`.
  mutating func seed(words key: [UInt32]) {
    generator = MersenneTwister(key: key)
    gaussNext = nil
    seededFromSystem = nil
  }

  /// One 32-bit output (`genrand_uint32`).
  mutating func next() -> UInt32 { generator.next() }

  /// `random.random()`: 53 random bits as a float in [0, 1).
  mutating func random() -> Double {
    let high = Double(next() >> 5)
    let low = Double(next() >> 6)
    return (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// `getrandbits(k)` for k ≤ 64.
  mutating func bits(_ count: Int) -> UInt64 {
    if count <= 32 { return count == 0 ? 0 : UInt64(next() >> (32 - UInt32(count))) }
    let low = UInt64(next())
    let high = UInt64(next() >> (64 - UInt32(count)))
    return low | high << 32
  }

  /// `getrandbits(k)` for any k, as CPython makes it past 32 bits: one 32-bit output per word, least significant
  /// word first, the last shifted down to the bits it still needs.
  mutating func bigBits(_ count: Int) -> BigInt {
    var words: [UInt32] = []
    var left = count
    while left > 0 {
      let word = next()
      words.append(left < 32 ? word >> (32 - UInt32(left)) : word)
      left -= 32
    }
    return BigInt(magnitude: words)
  }

  /// `_randbelow(n)` for an n > 0 past Int: rejection sampling on `n.bit_length()` bits.
  mutating func below(_ n: BigInt) -> BigInt {
    var result = bigBits(n.bitWidth)
    while result.compare(n) >= 0 { result = bigBits(n.bitWidth) }
    return result
  }

  /// `_randbelow(n)` for n > 0: rejection sampling on `n.bit_length()` bits.
  mutating func below(_ n: Int) -> Int {
    let width = Int.bitWidth - n.leadingZeroBitCount
    var result = bits(width)
    while result >= UInt64(n) { result = bits(width) }
    return Int(result)
  }
}

extension Interpreter {
  /// `random.name(...)`: CPython's algorithms over `pythonRandom`.
  mutating func callPythonRandom(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    do {
      return try drawPythonRandom(name, call)
    } catch  where error.type == "TypeError" && !error.isLimit && error.message.hasPrefix(name + "() ") {
      throw Self.randomMethodError(name, error)
    }
  }

  /// A binding error of `random.name` as CPython words it: the module's functions are methods of a hidden `Random`
  /// instance, so the message names the class (`Random.uniform() missing 1 required positional argument: 'b'`) and a
  /// count of positional arguments counts the instance too; those counts, and `random` and `getrandbits` (C methods,
  /// worded their own way), are refused.
  static func randomMethodError(_ name: String, _ error: PythonError) -> PythonError {
    let rest = error.message.dropFirst(name.count + 3)
    let renamed = ["missing ", "got an unexpected keyword argument ", "got multiple values for argument "]
    guard name != "random", name != "getrandbits", renamed.contains(where: { rest.hasPrefix($0) }) else {
      return PythonError.limit(
        "calling random.\(name) with these arguments is not supported in snippets: CPython's message counts the "
          + "hidden Random instance among the arguments")
    }
    var renamedError = error
    renamedError.message = "Random.\(name)() " + rest
    return renamedError
  }

  /// `random.name(...)` once its name is known to be one of the module's.
  private mutating func drawPythonRandom(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    func integer(_ value: Value, position: Int) throws(PythonError) -> Int {
      switch value {
      case .int(let int): return int
      case .bool(let bool): return bool ? 1 : 0
      case .float(let double) where double == double.rounded() && Swift.abs(double) < 9e18: return Int(double)
      case .float: throw PythonError.value("non-integer arg \(position) for randrange()")
      default: throw PythonError.type("'\(value.typeName)' object cannot be interpreted as an integer")
      }
    }
    func real(_ value: Value) throws(PythonError) -> Double {
      guard let double = try PythonNumbers.double(value) else {
        // CPython's random functions do arithmetic on their arguments; its error is that of the first operation
        // that fails (`unsupported operand type(s) for /: 'float' and 'str'`), not a conversion's.
        throw PythonError.limit(
          "random.\(name) with a \(value.typeName) argument is not supported in snippets: CPython's error comes from "
            + "the arithmetic it fails in")
      }
      return double
    }
    func finite(_ parameter: Double) throws(PythonError) -> Double {
      // CPython's rejection loops never end for a NaN parameter; infinities take paths not followed here.
      guard parameter.isFinite else {
        throw PythonError.limit("random.\(name) with an infinite or NaN parameter is not supported in snippets")
      }
      return parameter
    }
    if name != "seed", name != "__init__", let line = randomRefusal.python {
      throw RandomRefusal.error("Python's random module", line: line, reseed: "random.seed(n) sets it anew")
    }
    if name != "seed", name != "__init__", let call = pythonRandom.seededFromSystem {
      throw PythonError.limit(
        "\(call) without a seed seeds from the operating system's randomness, so the numbers Python draws change "
          + "with every run and no build can show them; snippets draw only after a seed, such as \(call == "random.seed()" ? "random.seed(42)" : "random.Random(42)")"
      )
    }
    switch name {
    // `__init__`: a `random.Random(x)` instance's own seeding, as CPython's `Random.__init__` calls `seed(x)`.
    case "seed", "__init__":
      let bound = try call.bind(["a", "version"])
      let seed = bound["a"] ?? .none
      if case .none = seed {
        // CPython seeds from os.urandom (or the time): the stream's state is unknown from here on.
        pythonRandom.seed(words: [0])
        pythonRandom.seededFromSystem = name == "seed" ? "random.seed()" : "random.Random()"
        randomRefusal.python = nil
        return .none
      }
      guard let integer = seed.bigInteger else {
        throw PythonError.type(
          "snippets seed Python's random module with an int (CPython hashes other seeds), not \(seed.typeName)")
      }
      // CPython's key: the 32-bit words of abs(seed), least significant first (one zero word for 0).
      let words = integer.limbs.isEmpty ? [UInt32(0)] : integer.limbs
      pythonRandom.seed(words: words)
      randomRefusal.python = nil
      return .none
    case "random":
      try call.rejectKeywords()
      if !call.positional.isEmpty {
        throw PythonError.type("random() takes no arguments (\(call.positional.count) given)")
      }
      return .float(pythonRandom.random())
    case "getrandbits":
      let k = try integer(try call.bind(["k"], required: 1).value("k"), position: 1)
      if k < 0 { throw PythonError.value("number of bits must be non-negative") }
      guard k <= 63 else {
        try BigInt.checkSize(bits: k)
        return Value.integer(pythonRandom.bigBits(k))
      }
      return .int(Int(pythonRandom.bits(k)))
    case "randrange", "randint":
      let bound = try call.bind(
        name == "randint" ? ["a", "b"] : ["start", "stop", "step"], required: name == "randint" ? 2 : 1)
      if let drawn = try bigRandomRange(name, bound) { return drawn }
      let start = try integer(bound.value(name == "randint" ? "a" : "start"), position: 1)
      var stop: Int?
      if name == "randint" {
        let b = try integer(bound.value("b"), position: 2)
        stop = b + 1
      } else if let value = bound["stop"] {
        stop = try integer(value, position: 2)
      }
      guard let stop else {
        if start > 0 { return .int(pythonRandom.below(start)) }
        throw PythonError.value("empty range for randrange()")
      }
      let step = try bound["step"].map { (value) throws(PythonError) in try integer(value, position: 3) } ?? 1
      let width = stop - start
      if step == 1 {
        if width > 0 { return .int(start + pythonRandom.below(width)) }
        throw PythonError.value("empty range for randrange() (\(start), \(stop), \(width))")
      }
      if step == 0 { throw PythonError.value("zero step for randrange()") }
      let count =
        step > 0
        ? Int((Double(width + step - 1) / Double(step)).rounded(.down))
        : Int((Double(width + step + 1) / Double(step)).rounded(.down))
      if count <= 0 { throw PythonError.value("empty range for randrange()") }
      return .int(start + step * pythonRandom.below(count))
    case "choice":
      let sequence = try call.bind(["seq"], required: 1).value("seq")
      let items = try iterate(sequence)
      if items.isEmpty { throw PythonError.index("Cannot choose from an empty sequence") }
      return items[pythonRandom.below(items.count)]
    case "shuffle":
      let sequence = try call.bind(["x"], required: 1).value("x")
      guard case .list(let list) = sequence else {
        // Python shuffles any mutable sequence (a NumPy array's rows by swapping views, which repeats rows).
        throw PythonError.limit(
          "random.shuffle of a \(sequence.typeName) is not supported in snippets: they shuffle lists in place "
            + "(np.random.shuffle shuffles an array)")
      }
      var items = Array(list)
      if items.count > 1 {
        for i in stride(from: items.count - 1, through: 1, by: -1) {
          try tick()
          items.swapAt(i, pythonRandom.below(i + 1))
        }
      }
      try list.replace(with: items)
      return .none
    case "sample":
      let bound = try call.bind(["population", "k"], required: 2)
      let population = bound.value("population")
      if case .set = population {
        throw PythonError.type("Population must be a sequence.  For dicts or sets, use sorted(d).")
      }
      let pool = try iterate(population)
      let k = try integer(bound.value("k"), position: 2)
      let n = pool.count
      if k < 0 || k > n { throw PythonError.value("Sample larger than population or is negative") }
      var setSize = 21
      if k > 5 {
        // CPython's 4 ** ceil(log(3k, 4)), its logarithms glibc's; 4^e is exact.
        let exponent = (GlibcMath.log(Double(k * 3)) / GlibcMath.log(4.0)).rounded(.up)
        setSize += Int(Double(sign: .plus, exponent: 2 * Int(exponent), significand: 1))
      }
      var result: [Value] = []
      if n <= setSize {
        var items = pool
        for i in 0..<k {
          try tick()
          let j = pythonRandom.below(n - i)
          result.append(items[j])
          items[j] = items[n - i - 1]
        }
      } else {
        var selected = Set<Int>()
        for _ in 0..<k {
          try tick()
          var j = pythonRandom.below(n)
          while selected.contains(j) {
            try tick()
            j = pythonRandom.below(n)
          }
          selected.insert(j)
          result.append(pool[j])
        }
      }
      return try .makeList(result)
    case "choices":
      let bound = try call.bind(["population", "weights", "cum_weights", "k"], required: 1)
      let population = try iterate(bound.value("population"))
      let k = try bound["k"].map { (value) throws(PythonError) in try integer(value, position: 4) } ?? 1
      let n = population.count
      var cumulative: [Double]
      if let cum = bound["cum_weights"] {
        if bound["weights"] != nil { throw PythonError.type("Cannot specify both weights and cumulative weights") }
        cumulative = []
        for item in try iterate(cum) { cumulative.append(try real(item)) }
      } else if let weights = bound["weights"] {
        cumulative = []
        var total = 0.0
        for item in try iterate(weights) {
          total += try real(item)
          cumulative.append(total)
        }
      } else {
        var result: [Value] = []
        if n == 0, k > 0 { throw PythonError.index("list index out of range") }
        for _ in 0..<Swift.max(k, 0) {
          try tick()
          result.append(population[Int((pythonRandom.random() * Double(n)).rounded(.down))])
        }
        return try .makeList(result)
      }
      if cumulative.count != n { throw PythonError.value("The number of weights does not match the population") }
      guard let total = cumulative.last else { throw PythonError.index("list index out of range") }
      if total <= 0 { throw PythonError.value("Total of weights must be greater than zero") }
      if !total.isFinite { throw PythonError.value("Total of weights must be finite") }
      var result: [Value] = []
      for _ in 0..<Swift.max(k, 0) {
        try tick()
        let x = pythonRandom.random() * total
        // bisect_right over cum_weights[0..<n-1]
        var low = 0
        var high = n - 1
        while low < high {
          let middle = (low + high) / 2
          if x < cumulative[middle] { high = middle } else { low = middle + 1 }
        }
        result.append(population[low])
      }
      return try .makeList(result)
    case "uniform":
      let bound = try call.bind(["a", "b"], required: 2)
      let a = try real(bound.value("a"))
      let b = try real(bound.value("b"))
      return .float(a + (b - a) * pythonRandom.random())
    // CPython's random module calls the C library's log, exp, sin and cos: glibc's, so the same bits on every machine.
    case "gauss", "normalvariate":
      let bound = try call.bind(["mu", "sigma"])
      // None is no default here: CPython adds and multiplies it (`None + z * sigma`), a TypeError refused by real().
      let mu = try bound.values["mu"].map { (value) throws(PythonError) in try real(value) } ?? 0
      let sigma = try bound.values["sigma"].map { (value) throws(PythonError) in try real(value) } ?? 1
      var z: Double
      if name == "gauss" {
        if let saved = pythonRandom.gaussNext {
          z = saved
          pythonRandom.gaussNext = nil
        } else {
          let x2pi = pythonRandom.random() * 2 * Double.pi
          let g2rad = (-2.0 * GlibcMath.log(1.0 - pythonRandom.random())).squareRoot()
          z = GlibcMath.cos(x2pi) * g2rad
          pythonRandom.gaussNext = GlibcMath.sin(x2pi) * g2rad
        }
      } else {
        z = try normalDeviate()
      }
      return .float(mu + z * sigma)
    case "gammavariate", "betavariate":
      let bound = try call.bind(["alpha", "beta"], required: 2)
      let alpha = try finite(real(bound.value("alpha")))
      let beta = try finite(real(bound.value("beta")))
      if name == "gammavariate" { return .float(try gammaVariate(alpha, beta)) }
      let y = try gammaVariate(alpha, 1.0)
      if y == 0 { return .float(0.0) }
      return .float(y / (y + (try gammaVariate(beta, 1.0))))
    case "lognormvariate":
      let bound = try call.bind(["mu", "sigma"], required: 2)
      let mu = try real(bound.value("mu"))
      let sigma = try real(bound.value("sigma"))
      return .float(GlibcMath.exp(mu + (try normalDeviate()) * sigma))
    case "paretovariate":
      let alpha = try finite(real(try call.bind(["alpha"], required: 1).value("alpha")))
      let u = 1.0 - pythonRandom.random()
      if alpha == 0 { throw PythonError("ZeroDivisionError", "float division by zero") }
      return try PythonNumbers.floatPower(u, -1.0 / alpha)
    case "weibullvariate":
      let bound = try call.bind(["alpha", "beta"], required: 2)
      let alpha = try finite(real(bound.value("alpha")))
      let beta = try finite(real(bound.value("beta")))
      let u = 1.0 - pythonRandom.random()
      if beta == 0 { throw PythonError("ZeroDivisionError", "float division by zero") }
      let base = -GlibcMath.log(u)
      if base == 0 && 1.0 / beta < 0 {
        throw PythonError("ZeroDivisionError", "0.0 cannot be raised to a negative power")
      }
      let power = try PythonNumbers.floatPower(base, 1.0 / beta)
      guard case .float(let scaled) = power else {
        throw PythonError.limit("random.weibullvariate with these arguments is not supported in snippets")
      }
      return .float(alpha * scaled)
    case "vonmisesvariate":
      let bound = try call.bind(["mu", "kappa"], required: 2)
      let mu = try finite(real(bound.value("mu")))
      let kappa = try finite(real(bound.value("kappa")))
      let twoPi = 2.0 * Double.pi
      if kappa <= 1e-6 { return .float(twoPi * pythonRandom.random()) }
      let s = 0.5 / kappa
      let r = s + (1.0 + s * s).squareRoot()
      var z: Double
      while true {
        try tick()
        z = GlibcMath.cos(Double.pi * pythonRandom.random())
        let d = z / (r + z)
        let u2 = pythonRandom.random()
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * GlibcMath.exp(d) { break }
      }
      let q = 1.0 / r
      let f = (q + z) / (1.0 + q * z)
      let angle = pythonRandom.random() > 0.5 ? mu + GlibcMath.acos(f) : mu - GlibcMath.acos(f)
      return .float(PythonNumbers.floatDivMod(angle, twoPi).1)
    case "expovariate":
      let lambda = try real(try call.bind(["lambd"], required: 1).value("lambd"))
      return .float(-GlibcMath.log(1.0 - pythonRandom.random()) / lambda)
    case "triangular":
      let bound = try call.bind(["low", "high", "mode"])
      var low = try bound.values["low"].map { (value) throws(PythonError) in try real(value) } ?? 0
      var high = try bound.values["high"].map { (value) throws(PythonError) in try real(value) } ?? 1
      var u = pythonRandom.random()
      if high == low { return .float(low) }
      var c = try bound["mode"].map { (value) throws(PythonError) in (try real(value) - low) / (high - low) } ?? 0.5
      if u > c {
        u = 1.0 - u
        c = 1.0 - c
        swap(&low, &high)
      }
      return .float(low + (high - low) * Foundation.sqrt(u * c))
    default:
      throw PythonError("AttributeError", "module 'random' has no attribute '\(name)'")
    }
  }
}

extension Interpreter {
  /// `randrange(n)`, `randrange(a, b)` and `randint(a, b)` when a bound is an int past 64 bits (`randrange(10**60)`),
  /// as CPython draws them: `start + _randbelow(width)`; nil when every argument fits an Int. A step is refused.
  mutating func bigRandomRange(_ name: String, _ bound: BoundArguments) throws(PythonError) -> Value? {
    let names = name == "randint" ? ["a", "b"] : ["start", "stop", "step"]
    let given = names.compactMap { bound[$0] }
    guard given.contains(where: { if case .bigInt = $0 { true } else { false } }) else { return nil }
    if let step = bound["step"], step.bigInteger != BigInt(1) {
      throw PythonError.limit("randrange() with a step and a bound past 64 bits is not part of the snippet language")
    }
    guard let start = bound[names[0]].flatMap(\.bigInteger) else { return nil }
    guard let stopValue = bound[names[1]] else {
      guard start.compare(BigInt(0)) > 0 else { throw PythonError.value("empty range for randrange()") }
      return Value.integer(pythonRandom.below(start))
    }
    guard var stop = stopValue.bigInteger else { return nil }
    if name == "randint" { stop = stop + BigInt(1) }
    let width = stop - start
    guard width.compare(BigInt(0)) > 0 else {
      throw PythonError.value(
        "empty range for randrange() (\(start.decimal()), \(stop.decimal()), \(width.decimal()))")
    }
    return Value.integer(start + pythonRandom.below(width))
  }
}

extension Interpreter {
  /// `normalvariate(0, 1)`: Kinderman and Monahan's ratio method, as CPython's `random.normalvariate` draws it.
  mutating func normalDeviate() throws(PythonError) -> Double {
    let magic = 4 * GlibcMath.exp(-0.5) / (2.0).squareRoot()
    while true {
      try tick()
      let u1 = pythonRandom.random()
      let u2 = 1.0 - pythonRandom.random()
      let z = magic * (u1 - 0.5) / u2
      if z * z / 4.0 <= -GlibcMath.log(u2) { return z }
    }
  }

  /// CPython 3.11's `random.gammavariate(alpha, beta)`: Cheng's rejection method above alpha 1, an exponential at 1,
  /// Kennedy and Gentle's algorithm GS below, each drawing `random()` in CPython's order.
  mutating func gammaVariate(_ alpha: Double, _ beta: Double) throws(PythonError) -> Double {
    if alpha <= 0.0 || beta <= 0.0 { throw PythonError.value("gammavariate: alpha and beta must be > 0.0") }
    if alpha > 1.0 {
      let ainv = (2.0 * alpha - 1.0).squareRoot()
      let bbb = alpha - GlibcMath.log(4.0)
      let ccc = alpha + ainv
      let magic = 1.0 + GlibcMath.log(4.5)
      while true {
        try tick()
        let u1 = pythonRandom.random()
        if !(1e-7 < u1 && u1 < 0.9999999) { continue }
        let u2 = 1.0 - pythonRandom.random()
        let v = GlibcMath.log(u1 / (1.0 - u1)) / ainv
        let x = alpha * GlibcMath.exp(v)
        let z = u1 * u1 * u2
        let r = bbb + ccc * v - x
        if r + magic - 4.5 * z >= 0.0 || r >= GlibcMath.log(z) { return x * beta }
      }
    }
    if alpha == 1.0 { return -GlibcMath.log(1.0 - pythonRandom.random()) * beta }
    let e = GlibcMath.exp(1.0)
    while true {
      try tick()
      let u = pythonRandom.random()
      let b = (e + alpha) / e
      let p = b * u
      let x = p <= 1.0 ? GlibcMath.pow(p, 1.0 / alpha) : -GlibcMath.log((b - p) / alpha)
      let u1 = pythonRandom.random()
      if p > 1.0 {
        if u1 <= GlibcMath.pow(x, alpha - 1.0) { return x * beta }
      } else if u1 <= GlibcMath.exp(-x) {
        return x * beta
      }
    }
  }
}
