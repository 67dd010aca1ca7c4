/// The Generator's samplers of float parameters that NumPy's `_common.pyx` calls through `cont` and `disc`: each one's
/// parameters, their checks, and one draw, step for step as `distributions.c` takes it (glibc's functions through
/// `GlibcMath`). One table serves a call with numbers (NumPy's scalar checks and messages) and a call with arrays of
/// parameters (its array checks, then one draw per element of the broadcast shape, in C order).
public enum GeneratorDistribution: String, Sendable, CaseIterable {
  case normal, exponential
  case standardGamma = "standard_gamma"
  case gamma, chisquare, beta, laplace, rayleigh, lognormal
  case standardT = "standard_t"
  case f, logistic, gumbel, weibull, pareto, power, triangular, wald, vonmises
  case noncentralChisquare = "noncentral_chisquare"
  case noncentralF = "noncentral_f"
  case geometric, poisson
  case negativeBinomial = "negative_binomial"
  case zipf, logseries

  /// The parameters' names in NumPy's signature, each with its default (nil: required).
  public var parameters: [(name: String, fallback: Double?)] {
    switch self {
    case .exponential, .rayleigh: [("scale", 1)]
    case .standardGamma: [("shape", nil)]
    case .gamma: [("shape", nil), ("scale", 1)]
    case .chisquare, .standardT: [("df", nil)]
    case .beta: [("a", nil), ("b", nil)]
    case .normal, .laplace, .logistic, .gumbel: [("loc", 0), ("scale", 1)]
    case .lognormal: [("mean", 0), ("sigma", 1)]
    case .f: [("dfnum", nil), ("dfden", nil)]
    case .weibull, .pareto, .power, .zipf: [("a", nil)]
    case .triangular: [("left", nil), ("mode", nil), ("right", nil)]
    case .wald: [("mean", nil), ("scale", nil)]
    case .vonmises: [("mu", nil), ("kappa", nil)]
    case .noncentralChisquare: [("df", nil), ("nonc", nil)]
    case .noncentralF: [("dfnum", nil), ("dfden", nil), ("nonc", nil)]
    case .geometric, .logseries: [("p", nil)]
    case .poisson: [("lam", 1)]
    case .negativeBinomial: [("n", nil), ("p", nil)]
    }
  }

  /// True for the samplers whose draws are int64 (NumPy's `disc`).
  public var isDiscrete: Bool {
    switch self {
    case .geometric, .poisson, .negativeBinomial, .zipf, .logseries: true
    default: false
    }
  }

  /// NumPy's `constraint_type` of each parameter, in the order it checks them.
  var constraints: [ParameterConstraint] {
    switch self {
    case .exponential, .rayleigh, .standardGamma, .weibull: [.nonNegative]
    case .gamma: [.nonNegative, .nonNegative]
    case .chisquare, .standardT, .pareto, .power: [.positive]
    case .beta, .f, .wald: [.positive, .positive]
    case .normal, .laplace, .logistic, .gumbel, .lognormal, .vonmises: [.none, .nonNegative]
    case .triangular: [.none, .none, .none]
    case .noncentralChisquare: [.positive, .nonNegative]
    case .noncentralF: [.positive, .positive, .nonNegative]
    case .geometric: [.openZeroToOne]
    case .poisson: [.poisson]
    case .negativeBinomial: [.positiveNotNaN, .openZeroToOne]
    case .zipf: [.greaterThanOne]
    case .logseries: [.zeroToOpenOne]
    }
  }
}

/// NumPy's parameter constraints (`CONS_*` of `_common.pxd`), with the wording of its scalar and array checks.
enum ParameterConstraint: Sendable {
  case none, nonNegative, positive, positiveNotNaN, openZeroToOne, zeroToOpenOne, greaterThanOne, poisson

  /// `check_constraint` (scalar) or `check_array_constraint` (array, `isArray`): the ValueError's message for a
  /// value that fails, or nil.
  func failure(_ value: Double, _ name: String, isArray: Bool) -> String? {
    let nanWording = isArray ? "contains NaNs" : "is NaN"
    switch self {
    case .none: return nil
    case .nonNegative: return !value.isNaN && value.sign == .minus ? "\(name) < 0" : nil
    case .positive: return value <= 0 ? "\(name) <= 0" : nil
    case .positiveNotNaN:
      if value.isNaN { return "\(name) must not be NaN" }
      return value <= 0 ? "\(name) <= 0" : nil
    case .openZeroToOne:
      // Both checks say "contains NaNs" here.
      return value > 0 && value <= 1 ? nil : "\(name) <= 0, \(name) > 1 or \(name) contains NaNs"
    case .zeroToOpenOne: return value >= 0 && value < 1 ? nil : "\(name) < 0, \(name) >= 1 or \(name) \(nanWording)"
    case .greaterThanOne: return value > 1 ? nil : "\(name) <= 1 or \(name) \(nanWording)"
    case .poisson:
      // Only the scalar check comes here: `arrayFailure` tests a whole array's limit first.
      if !(value >= 0) { return "\(name) < 0 or \(name) is NaN" }
      return value > RandomGenerator.poissonMeanLimit ? "\(name) value too large" : nil
    }
  }

  /// `check_array_constraint` over all of `values`: the first failing test's message (NumPy tests the whole array
  /// against one condition, then the next, so the order of conditions decides, not the order of elements).
  func arrayFailure(_ values: [Double], _ name: String) -> String? {
    switch self {
    case .poisson:
      if !values.allSatisfy({ $0 <= RandomGenerator.poissonMeanLimit }) { return "\(name) value too large" }
      return values.allSatisfy({ $0 >= 0 }) ? nil : "\(name) < 0 or \(name) contains NaNs"
    case .positiveNotNaN:
      if values.contains(where: \.isNaN) { return "\(name) must not be NaN" }
      return values.contains(where: { $0 <= 0 }) ? "\(name) <= 0" : nil
    default:
      for value in values {
        if let message = failure(value, name, isArray: true) { return message }
      }
      return nil
    }
  }
}

extension RandomGenerator {
  /// `name(*parameters, size=size)` with each parameter a number: NumPy's scalar checks in parameter order, then
  /// the draws (a 0-d result for no size).
  public mutating func sample(_ distribution: GeneratorDistribution, _ parameters: [Double], size: [Int]?) throws
    -> Tensor
  {
    if distribution == .triangular || distribution == .negativeBinomial {
      try Self.check(distribution, parameters.map { Tensor(shape: [], storage: .float64([$0])) }, isArray: false)
    } else {
      // `check`'s constraints of scalars, read without making a 0-d array of each parameter first (two arrays made
      // and freed were about a third of a small `rng.normal(size=10)`); only the two methods above compare
      // parameters with each other.
      for (index, constraint) in distribution.constraints.enumerated() {
        if let message = constraint.failure(parameters[index], distribution.parameters[index].name, isArray: false) {
          throw RandomError.rejected("ValueError: \(message)")
        }
      }
    }
    let count = try Sampling.count(size)
    return try draws(distribution, count: count, shape: size ?? [], isScalar: size == nil) { _ in parameters }
  }

  /// `name(*parameters, size=size)` with at least one parameter an array (float64, any shape): NumPy's array checks,
  /// then one draw per element of `size` (or of the parameters' broadcast shape), each parameter broadcast to it,
  /// with NumPy's errors for shapes that do not broadcast.
  public mutating func sample(_ distribution: GeneratorDistribution, arrays: [Tensor], size: [Int]?) throws -> Tensor {
    try Self.check(distribution, arrays, isArray: true)
    let shape = try Self.outputShape(size: size, parameters: arrays.map(\.shape))
    let count = try Sampling.count(shape)
    let broadcast = try arrays.map { try $0.broadcast(to: shape).copy().doubles }
    return try draws(distribution, count: count, shape: shape, isScalar: false) { index in
      broadcast.map { $0[index] }
    }
  }

  /// The shape of a draw with arrays of parameters of `parameters`' shapes, with NumPy's errors: the output of
  /// `size` made first (a negative extent refused), then its iterator over the output (when `size` gives it) and the
  /// parameters, which names the first two arguments whose extents differ, then a `size` that broadcasting would
  /// grow.
  static func outputShape(size: [Int]?, parameters: [[Int]]) throws -> [Int] {
    if let size { _ = try Sampling.count(size) }
    let operands = (size.map { [$0] } ?? []) + parameters
    if let (first, second) = broadcastMismatch(operands) { throw shapeMismatch(operands, first, second) }
    let joint = try Tensor.broadcastShapes(parameters)
    guard let size else { return joint }
    let together = try Tensor.broadcastShapes([size, joint])
    if together != size {
      throw RandomError.rejected(
        "ValueError: Output size \(tupleText(size)) is not compatible with broadcast dimensions of inputs "
          + "\(tupleText(together)).")
    }
    return size
  }

  /// `PyArray_Broadcast`'s search for a mismatch: axis by axis from the left of the right-aligned shapes, the
  /// argument that first set an extent other than 1 and the first later one with another extent other than 1.
  static func broadcastMismatch(_ shapes: [[Int]]) -> (Int, Int)? {
    let rank = shapes.map(\.count).max() ?? 0
    for axis in 0..<rank {
      var extent = 1
      var source = 0
      for (index, shape) in shapes.enumerated() {
        let position = axis + shape.count - rank
        guard position >= 0, shape[position] != 1 else { continue }
        if extent == 1 {
          extent = shape[position]
          source = index
        } else if extent != shape[position] {
          return (source, index)
        }
      }
    }
    return nil
  }

  /// Python's repr of a shape tuple: `(3,)`, `(2, 3)`, `()`.
  static func tupleText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// The checks `_generator.pyx` makes before it draws: each parameter's constraint in order, or the method's own
  /// (`triangular`'s ordering of its points, `negative_binomial`'s bound on the Poisson mean it may need), which
  /// compare parameters elementwise as NumPy's ufuncs do, broadcasting each pair.
  private static func check(_ distribution: GeneratorDistribution, _ parameters: [Tensor], isArray: Bool) throws {
    func pairs(_ first: Int, _ second: Int) throws -> [(Double, Double)] {
      let shape: [Int]
      do {
        shape = try Tensor.broadcastShapes([parameters[first].shape, parameters[second].shape])
      } catch {
        throw TensorError.limit(
          "\(distribution.rawValue)() with parameter arrays that do not broadcast together is not supported in "
            + "snippets")
      }
      let a = try parameters[first].broadcast(to: shape).copy().doubles
      let b = try parameters[second].broadcast(to: shape).copy().doubles
      return Array(zip(a, b))
    }
    if distribution == .triangular {
      let (left, mode, right) = (0, 1, 2)
      if try pairs(left, mode).contains(where: { $0 > $1 }) { throw RandomError.rejected("ValueError: left > mode") }
      if try pairs(mode, right).contains(where: { $0 > $1 }) { throw RandomError.rejected("ValueError: mode > right") }
      if try pairs(left, right).contains(where: { $0 == $1 }) {
        throw RandomError.rejected("ValueError: left == right")
      }
      return
    }
    for (index, constraint) in distribution.constraints.enumerated() {
      let name = distribution.parameters[index].name
      let values = parameters[index].doubles
      let message =
        isArray ? constraint.arrayFailure(values, name) : constraint.failure(values[0], name, isArray: false)
      if let message { throw RandomError.rejected("ValueError: \(message)") }
    }
    if distribution == .negativeBinomial {
      // `(1 - p) / p * (n + 10 * sqrt(n))`, the largest Poisson mean a draw may need, elementwise.
      for (n, p) in try pairs(0, 1) where (1 - p) / p * (n + 10 * n.squareRoot()) > poissonMeanLimit {
        throw RandomError.rejected("ValueError: n too large or p too small, see Generator.negative_binomial Notes")
      }
    }
  }

  /// `count` draws of `distribution`, the i-th with `parameters(i)`.
  private mutating func draws(
    _ distribution: GeneratorDistribution, count: Int, shape: [Int], isScalar: Bool,
    parameters: (Int) -> [Double]
  ) throws -> Tensor {
    if distribution.isDiscrete {
      var values: [Int64] = []
      values.reserveCapacity(count)
      for index in 0..<count {
        values.append(try bits.discreteDraw(distribution, parameters(index)))
      }
      return Tensor(shape: shape, storage: .int64(values), isScalar: isScalar)
    }
    var values: [Double] = []
    values.reserveCapacity(count)
    for index in 0..<count { values.append(try bits.continuousDraw(distribution, parameters(index))) }
    return Tensor(shape: shape, storage: .float64(values), isScalar: isScalar)
  }
}

extension BitSource {
  /// One draw of a continuous `distribution` with parameters `p` (already checked), as `distributions.c` makes it.
  mutating func continuousDraw(_ distribution: GeneratorDistribution, _ p: [Double]) throws -> Double {
    switch distribution {
    case .normal: return p[0] + p[1] * standardNormal()
    case .exponential: return p[0] * standardExponential()
    case .standardGamma: return standardGamma(p[0])
    case .gamma: return p[1] * standardGamma(p[0])
    case .chisquare: return chisquare(p[0])
    case .beta: return beta(p[0], p[1])
    case .laplace:
      while true {
        let u = nextDouble()
        if u >= 0.5 { return p[0] - p[1] * GlibcMath.log(2.0 - u - u) }
        if u > 0.0 { return p[0] + p[1] * GlibcMath.log(u + u) }
      }
    case .rayleigh: return p[0] * (2.0 * standardExponential()).squareRoot()
    case .lognormal: return GlibcMath.exp(p[0] + p[1] * standardNormal())
    case .standardT:
      let numerator = standardNormal()
      let denominator = standardGamma(p[0] / 2)
      return (p[0] / 2).squareRoot() * numerator / denominator.squareRoot()
    case .f:
      let top = chisquare(p[0]) * p[1]
      return top / (chisquare(p[1]) * p[0])
    case .logistic:
      while true {
        let u = nextDouble()
        if u > 0.0 { return p[0] + p[1] * GlibcMath.log(u / (1.0 - u)) }
      }
    case .gumbel:
      while true {
        let u = 1.0 - nextDouble()
        if u < 1.0 { return p[0] - p[1] * GlibcMath.log(-GlibcMath.log(u)) }
      }
    case .weibull:
      if p[0] == 0.0 { return 0.0 }
      return GlibcMath.pow(standardExponential(), 1.0 / p[0])
    case .pareto: return GlibcMath.expm1(standardExponential() / p[0])
    case .power: return GlibcMath.pow(-GlibcMath.expm1(-standardExponential()), 1.0 / p[0])
    case .triangular: return triangular(p[0], p[1], p[2])
    case .wald: return wald(p[0], p[1])
    case .vonmises: return vonMises(p[0], p[1])
    case .noncentralChisquare: return try noncentralChisquare(p[0], p[1])
    case .noncentralF:
      let top = try noncentralChisquare(p[0], p[2]) * p[1]
      return top / (chisquare(p[1]) * p[0])
    case .geometric, .poisson, .negativeBinomial, .zipf, .logseries:
      return Double(try discreteDraw(distribution, p))
    }
  }

  /// One draw of a discrete `distribution` with parameters `p` (already checked).
  mutating func discreteDraw(_ distribution: GeneratorDistribution, _ p: [Double]) throws -> Int64 {
    switch distribution {
    case .geometric: return geometric(p[0])
    case .poisson: return poisson(p[0])
    case .negativeBinomial:
      let mean = (1 - p[1]) / p[1] * standardGamma(p[0])
      return try checkedPoisson(mean, "negative_binomial")
    case .zipf: return zipf(p[0])
    case .logseries: return logSeries(p[0])
    default: return Int64(try continuousDraw(distribution, p))
    }
  }

  /// NumPy's `random_chisquare`.
  mutating func chisquare(_ df: Double) -> Double { 2.0 * standardGamma(df / 2.0) }

  /// NumPy's `random_geometric`: the cumulative search from p = 1/3 up, else the inverted exponential.
  mutating func geometric(_ p: Double) -> Int64 {
    if p >= 0.333333333333333333333333 {
      var (x, sum, product) = (Int64(1), p, p)
      let q = 1.0 - p
      let u = nextDouble()
      while u > sum {
        product *= q
        sum += product
        x += 1
      }
      return x
    }
    let z = (-standardExponential() / GlibcMath.log1p(-p)).rounded(.up)
    return z >= 9.223372036854776e+18 ? Int64.max : Int64(z)
  }

  /// A Poisson draw of a mean the caller computed; a mean past NumPy's limit (whose draw would convert a double
  /// beyond int64) is refused. A NaN mean draws 0 after one uniform, in NumPy as here.
  private mutating func checkedPoisson(_ mean: Double, _ name: String) throws -> Int64 {
    if mean > RandomGenerator.poissonMeanLimit {
      throw TensorError.limit(
        "\(name)() drew a Poisson mean of \(mean), past NumPy's limit, whose draw snippets do not reproduce")
    }
    return poisson(mean)
  }

  /// NumPy's `random_triangular`: one uniform, inverted on the left or right side of the mode.
  private mutating func triangular(_ left: Double, _ mode: Double, _ right: Double) -> Double {
    let base = right - left
    let leftBase = mode - left
    let ratio = leftBase / base
    let leftProduct = leftBase * base
    let rightProduct = (right - mode) * base
    let u = nextDouble()
    if u <= ratio { return left + (u * leftProduct).squareRoot() }
    return right - ((1.0 - u) * rightProduct).squareRoot()
  }

  /// NumPy's `random_wald`: Michael, Schucany and Haas's transformation of one normal, then a uniform choosing the root.
  private mutating func wald(_ mean: Double, _ scale: Double) -> Double {
    var y = standardNormal()
    y = mean * y * y
    let d = 1 + (1 + 4 * scale / y).squareRoot()
    let x = mean * (1 - 2 / d)
    let u = nextDouble()
    return u <= mean / (mean + x) ? x : mean * mean / x
  }

  /// NumPy's `random_vonmises`: a uniform angle for kappa below 1e-8, a wrapped normal above 1e6, else Best and
  /// Fisher's rejection, the angle then folded into [-pi, pi] by `fmod`.
  private mutating func vonMises(_ mu: Double, _ kappa: Double) -> Double {
    if kappa.isNaN { return .nan }
    if kappa < 1e-8 { return Double.pi * (2 * nextDouble() - 1) }
    let s: Double
    if kappa < 1e-5 {
      s = 1.0 / kappa + kappa
    } else if kappa <= 1e6 {
      let r = 1 + (1 + 4 * kappa * kappa).squareRoot()
      let rho = (r - (2 * r).squareRoot()) / (2 * kappa)
      s = (1 + rho * rho) / (2 * rho)
    } else {
      var result = mu + (1.0 / kappa).squareRoot() * standardNormal()
      if result < -Double.pi { result += 2 * Double.pi }
      if result > Double.pi { result -= 2 * Double.pi }
      return result
    }
    var w: Double
    while true {
      let u = nextDouble()
      let z = GlibcMath.cos(Double.pi * u)
      w = (1 + s * z) / (s + z)
      let y = kappa * (s - w)
      let v = nextDouble()
      if y * (2 - y) - v >= 0 || GlibcMath.log(y / v) + 1 - y >= 0 { break }
    }
    let u = nextDouble()
    var result = GlibcMath.acos(w)
    if u < 0.5 { result = -result }
    result += mu
    let negative = result < 0
    var folded = (abs(result) + Double.pi).truncatingRemainder(dividingBy: 2 * Double.pi) - Double.pi
    if negative { folded *= -1 }
    return folded
  }

  /// NumPy's `random_noncentral_chisquare`: a chi-square of df - 1 plus a shifted normal squared above df = 1, else
  /// a chi-square with a Poisson number of extra degrees.
  private mutating func noncentralChisquare(_ df: Double, _ nonc: Double) throws -> Double {
    if nonc.isNaN { return .nan }
    if nonc == 0 { return chisquare(df) }
    if 1 < df {
      let chi2 = chisquare(df - 1)
      let n = standardNormal() + nonc.squareRoot()
      return chi2 + n * n
    }
    let extra = try checkedPoisson(nonc / 2.0, "noncentral_chisquare")
    // NumPy doubles the count in int64, which wraps past 2^63 (a Poisson mean from 2^62 on), before adding df.
    return chisquare(df + Double(2 &* extra))
  }

  /// NumPy's `random_zipf`: rejection from a Pareto-like proposal on (Umin, 1], truncated to int64.
  private mutating func zipf(_ a: Double) -> Int64 {
    if a >= 1025 { return 1 }
    let am1 = a - 1.0
    let b = GlibcMath.pow(2.0, am1)
    let largest = Double(Int64.max)
    let uMin = GlibcMath.pow(largest, -am1)
    while true {
      let u01 = nextDouble()
      let u = u01 * uMin + (1 - u01)
      let v = nextDouble()
      let x = GlibcMath.pow(u, -1.0 / am1).rounded(.down)
      if x > largest || x < 1.0 { continue }
      let t = GlibcMath.pow(1.0 + 1.0 / x, am1)
      if v * x * (t - 1.0) / (b - 1.0) <= t / b { return Self.convertedToInt64(x) }
    }
  }

  /// NumPy's `random_logseries`: Kemp's second accelerated generator.
  private mutating func logSeries(_ p: Double) -> Int64 {
    let r = GlibcMath.log1p(-p)
    while true {
      let v = nextDouble()
      if v >= p { return 1 }
      let u = nextDouble()
      let q = -GlibcMath.expm1(r * u)
      if v <= q * q {
        let result = Self.convertedToInt64((1 + GlibcMath.log(v) / GlibcMath.log(q)).rounded(.down))
        if result < 1 || v == 0.0 { continue }
        return result
      }
      return v >= q ? 1 : 2
    }
  }

  /// C's conversion of a double to int64 as x86-64 makes it (what NumPy's casts give on the machines its fixtures
  /// come from): the value truncated, and the int64 minimum for NaN or a value out of range.
  static func convertedToInt64(_ value: Double) -> Int64 {
    guard value >= -9.223372036854775808e18, value < 9.223372036854775808e18 else { return Int64.min }
    return Int64(value)
  }
}

/// The Generator's samplers of a vector: `multinomial` and `dirichlet`.
extension RandomGenerator {
  /// `multinomial(n, pvals, size)` with an int n and one axis of float64 pvals: NumPy's checks (those of the legacy
  /// sampler but for an empty pvals), then `random_multinomial` per row, as the legacy module draws on its stream.
  public mutating func multinomial(n: Int, pvals: [Double], size: [Int]?) throws -> Tensor {
    if pvals.isEmpty {
      throw RandomError.rejected(
        "ValueError: pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.")
    }
    try RandomState.checkMultinomial(n: n, pvals: pvals)
    return try bits.multinomial(n: n, pvals: pvals, size: size)
  }

  /// `dirichlet(alpha, size)`: shape `size + (len(alpha),)`; when every alpha is below 0.1, stick-breaking with beta
  /// draws against the sums of the alphas to the right (left at 0 once those sums reach 0), else standard gamma
  /// draws scaled by the reciprocal of their sum, as `_generator.pyx` takes them. A NaN alpha passes the check.
  public mutating func dirichlet(alpha: [Double], size: [Int]?) throws -> Tensor {
    if alpha.contains(where: { $0 < 0 }) { throw RandomError.rejected("ValueError: alpha < 0") }
    let k = alpha.count
    let shape = (size ?? []) + [k]
    let total = try RandomState.elementCount(shape)
    var values = [Double](repeating: 0, count: total)
    // NumPy's max propagates NaN, and NaN < 0.1 is false.
    let smallAlphas = k > 0 && !alpha.contains(where: \.isNaN) && alpha.max()! < 0.1
    var start = 0
    if smallAlphas {
      var sumsToTheRight = [Double](repeating: 0, count: k)
      var running = 0.0
      for index in stride(from: k - 1, through: 0, by: -1) {
        running += alpha[index]
        sumsToTheRight[index] = running
      }
      guard running > 0 else { return Tensor(shape: shape, storage: .float64(values)) }
      while start < total {
        var remaining = 1.0
        for index in 0..<(k - 1) {
          let v = bits.beta(alpha[index], sumsToTheRight[index + 1])
          values[start + index] = remaining * v
          remaining *= 1.0 - v
          if sumsToTheRight[index + 1] == 0 { break }
        }
        values[start + k - 1] = remaining
        start += k
      }
      return Tensor(shape: shape, storage: .float64(values))
    }
    while start < total {
      var sum = 0.0
      for index in 0..<k {
        values[start + index] = bits.standardGamma(alpha[index])
        sum += values[start + index]
      }
      let reciprocal = 1.0 / sum
      for index in 0..<k { values[start + index] *= reciprocal }
      start += k
    }
    return Tensor(shape: shape, storage: .float64(values))
  }
}

extension RandomGenerator {
  /// `binomial(n, p, size)` with n (int64) or p (float64) an array: NumPy's array checks (p first), then one draw per
  /// element of `size` or of the broadcast shape, its iterator taking p before n.
  public mutating func binomial(n: Tensor, p: Tensor, size: [Int]?) throws -> Tensor {
    let probabilities = p.doubles
    if !probabilities.allSatisfy({ $0 >= 0 && $0 <= 1 }) {
      throw RandomError.rejected("ValueError: p < 0, p > 1 or p contains NaNs")
    }
    guard case .int64(let trials) = try n.astype(.int64).copy().storage else { return n }
    if trials.contains(where: { $0 < 0 }) { throw RandomError.rejected("ValueError: n < 0") }
    let shape = try Self.outputShape(size: size, parameters: [p.shape, n.shape])
    let count = try Sampling.count(shape)
    let pValues = try p.broadcast(to: shape).copy().doubles
    guard case .int64(let nValues) = try n.astype(.int64).broadcast(to: shape).copy().storage else { return n }
    var values: [Int64] = []
    values.reserveCapacity(count)
    for index in 0..<count { values.append(bits.binomial(nValues[index], pValues[index])) }
    return Tensor(shape: shape, storage: .int64(values))
  }
}

extension RandomGenerator {
  /// `uniform(low, high, size)` with `low` or `high` an array (float64): NumPy's `high - low` (with its ufunc's
  /// error for shapes that do not broadcast), its OverflowError for a range that is not finite and its check of the
  /// range's sign, then `low + range * u` per element of `size` or of the broadcast shape.
  public mutating func uniform(low: Tensor, high: Tensor, size: [Int]?) throws -> Tensor {
    guard let rangeShape = try? Tensor.broadcastShapes([low.shape, high.shape]) else {
      // `np.subtract(high, low)`'s error, naming high's shape first (a ufunc's shapes have no spaces).
      throw RandomError.rejected(
        "ValueError: operands could not be broadcast together with shapes \(Shape.compact(high.shape)) "
          + "\(Shape.compact(low.shape)) ")
    }
    let lows = try low.broadcast(to: rangeShape).copy().doubles
    let highs = try high.broadcast(to: rangeShape).copy().doubles
    let ranges = zip(highs, lows).map { $0 - $1 }
    if !ranges.allSatisfy(\.isFinite) { throw RandomError.rejected("OverflowError: Range exceeds valid bounds") }
    if ranges.contains(where: { $0.sign == .minus }) { throw RandomError.rejected("ValueError: high - low < 0") }
    let shape = try Self.outputShape(size: size, parameters: [low.shape, rangeShape])
    let count = try Sampling.count(shape)
    let lowValues = try low.broadcast(to: shape).copy().doubles
    let rangeValues = try Tensor(shape: rangeShape, storage: .float64(ranges)).broadcast(to: shape).copy().doubles
    var values: [Double] = []
    values.reserveCapacity(count)
    for index in 0..<count { values.append(lowValues[index] + rangeValues[index] * bits.nextDouble()) }
    return Tensor(shape: shape, storage: .float64(values))
  }
}

extension RandomGenerator {
  /// `integers(low, high, size, endpoint=)` of int64 with `low` or `high` an int64 array: an empty array for an empty
  /// size, else NumPy's `_rand_int64` array path, its check that no low passes its high (`high <= 0` when every low is 0), then per element of `size`
  /// or of the broadcast shape one draw on [low, high) (or [low, high]) by Lemire's method. A `size` the bounds'
  /// shape does not broadcast to exactly is refused: NumPy's iterator then walks the bounds' broadcast shape while
  /// filling the smaller output.
  public mutating func integers(low: Tensor, high: Tensor, endpoint: Bool, size: [Int]?) throws -> Tensor {
    // NumPy answers an empty size before it looks at the bounds.
    if let size, try Sampling.count(size) == 0 { return try Tensor.zeros(size, dtype: .int64) }
    guard case .int64(let lows) = try low.astype(.int64).copy().storage else { return low }
    guard let pairShape = try? Tensor.broadcastShapes([low.shape, high.shape]) else {
      // The comparison of the bounds is a ufunc, whose error names both shapes.
      throw RandomError.rejected(
        "ValueError: operands could not be broadcast together with shapes \(Shape.compact(low.shape)) "
          + "\(Shape.compact(high.shape)) ")
    }
    let pairLows = try low.astype(.int64).broadcast(to: pairShape).copy()
    let pairHighs = try high.astype(.int64).broadcast(to: pairShape).copy()
    guard case .int64(let a) = pairLows.storage, case .int64(let b) = pairHighs.storage else { return low }
    if zip(a, b).contains(where: { endpoint ? $0 > $1 : $0 >= $1 }) {
      let message =
        lows.allSatisfy({ $0 == 0 })
        ? (endpoint ? "high < 0" : "high <= 0") : (endpoint ? "low > high" : "low >= high")
      throw RandomError.rejected("ValueError: \(message)")
    }
    if let size { _ = try Sampling.count(size) }
    let shape: [Int]
    if let size {
      let operands = [low.shape, high.shape, size]
      if let (first, second) = Self.broadcastMismatch(operands) {
        throw Self.shapeMismatch(operands, first, second)
      }
      guard try Tensor.broadcastShapes(operands) == size else {
        throw TensorError.limit(
          "integers() with a size \(Self.tupleText(size)) that the bounds' shape \(Self.tupleText(pairShape)) "
            + "would grow is not supported in snippets: NumPy fills the smaller output from the larger iteration")
      }
      shape = size
    } else {
      shape = pairShape
    }
    let count = try Sampling.count(shape)
    guard case .int64(let lowValues) = try pairLows.broadcast(to: shape).copy().storage,
      case .int64(let highValues) = try pairHighs.broadcast(to: shape).copy().storage
    else { return low }
    var values: [Int64] = []
    values.reserveCapacity(count)
    for index in 0..<count {
      let offset = UInt64(bitPattern: lowValues[index])
      let top = endpoint ? highValues[index] : highValues[index] &- 1
      let range = UInt64(bitPattern: top) &- offset
      values.append(Int64(bitPattern: offset &+ bits.lemireBounded(range)))
    }
    return Tensor(shape: shape, storage: .int64(values))
  }

  /// NumPy's iterator error for arguments of `shapes` whose extents differ at `first` and `second`.
  static func shapeMismatch(_ shapes: [[Int]], _ first: Int, _ second: Int) -> RandomError {
    .rejected(
      "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg "
        + "\(first) with shape \(tupleText(shapes[first])) and arg \(second) with shape \(tupleText(shapes[second])).")
  }
}

extension RandomGenerator {
  /// `bytes(length)`: NumPy draws `(length - 1) / 4 + 1` uint32 values (C's division, truncating toward zero) as
  /// `integers(0, 2**32, dtype=np.uint32)` does (one 32-bit word each), lays them out little-endian and keeps
  /// Python's slice `[:length]` of them (a negative length counts from the end; a negative count of words is NumPy's
  /// negative-dimension error).
  public mutating func bytes(_ length: Int) throws -> [UInt8] {
    let count = try Sampling.count([(length - 1) / 4 + 1])
    var result: [UInt8] = []
    result.reserveCapacity(count * 4)
    for _ in 0..<count {
      let word = bits.nextUInt32()
      for shift in stride(from: 0, to: 32, by: 8) { result.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
    }
    return length >= 0 ? Array(result.prefix(length)) : Array(result.dropLast(min(-length, result.count)))
  }
}
