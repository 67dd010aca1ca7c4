import TensorCore

/// The Python floats a chapter took out of values whose last digits are docbuild's rather than NumPy's
/// (`Tensor.approximateDigitsRefusal`): `float(np.linalg.eigvalsh(m)[0])`, `np.linalg.inv(a).tolist()`. A Python float
/// keeps no history, so it is recognised by its bits wherever it would show every digit (echoed, printed, `str`,
/// `repr`, a format without a precision) and refused there; `f"{x:.4f}"` and `round(x, 6)` stay allowed. Python
/// arithmetic on a noted float notes its result (`carry`): `float(w[0]) * 2` printed the doubled eigenvalue's every
/// digit, docbuild's last ones rather than NumPy's.
final class ApproximateFloats: @unchecked Sendable {
  /// The running chapter's, for the conversions that have no interpreter at hand; `SnippetSession` binds its
  /// interpreter's for each block (blocks run one at a time, so nothing is shared concurrently).
  @TaskLocal static var current: ApproximateFloats?

  /// Each noted float's bits, with why its digits cannot be shown.
  private var refusals: [UInt64: TensorError] = [:]
  /// Each noted float's bits, with the decomposition it was computed from (`np.linalg.eigvals`), for a NumPy scalar
  /// made of it (`decompositionOfOperand`).
  private var decompositions: [UInt64: String] = [:]
  /// Set once `carry` has noted `carriedLimit` floats: every float's every digit is refused from then on (with
  /// `overflowRefusal`), as the floats arithmetic makes from noted ones are no longer recorded one by one.
  private var carriedTooMany = false
  /// How many floats `carry` has noted.
  private var carried = 0
  /// The most floats `carry` notes in a chapter (a loop of arithmetic on an eigenvalue makes one a step): the table
  /// holds their bits, which no memory budget counts.
  static let carriedLimit = 100_000
  /// The noted floats at rounding-noise level (`Tensor.decompositionNoiseLevel`), with why no digit of theirs can be
  /// shown, rounded or not: the noise's sign and digits are LAPACK's.
  private var noiseRefusals: [UInt64: TensorError] = [:]

  /// Notes the floats of `value` (a float, or lists of them from `tolist`) when `source` is approximate.
  static func note(_ value: Value, from source: Tensor) {
    guard let floats = current, let refusal = source.approximateDigitsRefusal(everyDigit: true) else { return }
    let noiseLevel = source.decompositionNoiseLevel() ?? 0
    let decomposition = source.decompositionName
    func noteNumber(_ number: Double) {
      // Not zero: a zero part (of every real eigenvalue's complex, say) would refuse every later 0.0.
      guard number != 0 else { return }
      floats.refusals[number.bitPattern] = refusal
      if let decomposition { floats.decompositions[number.bitPattern] = decomposition }
      if Swift.abs(number) <= noiseLevel {
        floats.noiseRefusals[number.bitPattern] = TensorError(
          "NotImplementedError",
          "this number was taken from a decomposition's result and is at rounding-noise level (\(number)): its sign "
            + "and digits, rounded or not, are LAPACK's rounding, which docbuild does not reproduce; compare it with "
            + "math.isclose", isLimit: true)
      }
    }
    func visit(_ value: Value) {
      switch value {
      case .float(let number): noteNumber(number)
      case .complex(let number):
        noteNumber(number.real)
        noteNumber(number.imag)
      case .list(let items): for item in items { visit(item) }
      default: break
      }
    }
    visit(value)
  }

  /// Notes `result`, the float a `math` function (`name`) computed from `arguments`, when one of them was taken from a
  /// decomposition's result (a NumPy scalar computed from one, or a noted float): its every digit is refused as theirs
  /// are, and any digit when an argument was at rounding-noise level (`math.log(abs(w[2]))` of an eigenvalue that is
  /// noise). An integer result of such noise (`math.floor(w[2] * 1e16)`) is refused at once.
  static func noteDerived(_ result: Value, of name: String, from arguments: [Value]) throws(PythonError) {
    guard let floats = current else { return }
    var everyDigit: TensorError?
    var noise: TensorError?
    for argument in arguments {
      switch argument {
      case .tensor(let tensor):
        if noise == nil { noise = tensor.noisyOperandRefusal(name) }
        if everyDigit == nil { everyDigit = tensor.approximateDigitsRefusal(everyDigit: true) }
      case .float(let number):
        if noise == nil { noise = floats.noiseRefusals[number.bitPattern] }
        if everyDigit == nil { everyDigit = floats.refusals[number.bitPattern] }
      default: break
      }
    }
    switch result {
    case .float(let number) where number != 0:
      if let refusal = everyDigit ?? noise { floats.refusals[number.bitPattern] = refusal }
      if let noise { floats.noiseRefusals[number.bitPattern] = noise }
    case .int, .bigInt:
      if let noise { throw PythonError(noise) }
      // `math.floor(x)`, `math.ceil(x)`, `math.trunc(x)` decide at integers, as `int(x)` does.
      for argument in arguments {
        switch argument {
        case .float(let number):
          if let refusal = floats.truncationRefusal(of: number, name) { throw PythonError(refusal) }
        case .tensor(let tensor):
          if let refusal = tensor.noisyOperandRefusal(name, decidesAtIntegers: true) { throw PythonError(refusal) }
        default: break
        }
      }
    default: break
    }
  }

  /// Throws the refusal of `int(number)` when truncating it decides by a decomposition's rounding noise: a NumPy
  /// value computed from one with an entry at noise level or at noise distance from an integer, or a noted float at
  /// noise level, near an integer or so large that the integer shows digits past the ones NumPy's agree on.
  static func refuseTruncation(of number: Value) throws(PythonError) {
    switch number {
    case .tensor(let tensor):
      if let refusal = tensor.noisyOperandRefusal("int()", decidesAtIntegers: true) { throw PythonError(refusal) }
    case .float(let float):
      try refuseNoise(in: number)
      if let refusal = current?.truncationRefusal(of: float, "int()") { throw PythonError(refusal) }
    default: break
    }
  }

  /// Why an integer made from the noted float `number` (`int(x)`, `math.floor(x)`) cannot be promised to be NumPy's:
  /// within a decomposition's relative precision of an integer it is not equal to (which side LAPACK's rounding puts
  /// it decides the answer), or at least 5 × 10^7, where that precision reaches the units digit. An eigenvalue or
  /// singular value agrees with LAPACK's to about eight significant digits (`DecompositionOrigin.noiseFraction`).
  /// Nil for a float nobody noted, or for one equal to an integer (as an array entry equal to one counts as exact).
  private func truncationRefusal(of number: Double, _ what: String) -> TensorError? {
    guard number.isFinite, refusal(of: number) != nil else { return nil }
    let magnitude = Swift.abs(number)
    let distance = Swift.abs(number - number.rounded())
    guard magnitude >= 5e7 || (distance != 0 && distance <= Swift.max(magnitude, 1) * 1e-8) else { return nil }
    return TensorError(
      "NotImplementedError",
      "\(what) of this number (\(number)), computed from a decomposition's result, is decided by its digits past the "
        + "eighth significant one, which are LAPACK's rounding, which docbuild does not reproduce; compare it with "
        + "math.isclose", isLimit: true)
  }

  /// Notes `result`, the float Python arithmetic (`op`) made from the floats `x` and `y`, when either was noted: its
  /// every digit is refused as theirs are. A product, quotient, power or remainder of noise is noise; a sum or
  /// difference stays noise while the noisy operand is within three orders of magnitude of it.
  static func carry(_ op: BinaryOperator, _ x: Double, _ y: Double, into result: Double) {
    guard let floats = current, !floats.refusals.isEmpty, result != 0, !floats.carriedTooMany else { return }
    guard let refusal = floats.refusal(of: x) ?? floats.refusal(of: y) else { return }
    if floats.carried >= carriedLimit {
      floats.carriedTooMany = true
      return
    }
    floats.carried += 1
    floats.refusals[result.bitPattern] = refusal
    if let decomposition = floats.decomposition(of: x) ?? floats.decomposition(of: y) {
      floats.decompositions[result.bitPattern] = decomposition
    }
    guard !floats.noiseRefusals.isEmpty else { return }
    let noisy = [x, y].filter { $0 != 0 && floats.noiseRefusal(of: $0) != nil }
    guard let first = noisy.first, let noise = floats.noiseRefusal(of: first) else { return }
    switch op {
    case .add, .subtract:
      if Swift.abs(result) <= 1e3 * noisy.reduce(0) { Swift.max($0, Swift.abs($1)) } {
        floats.noiseRefusals[result.bitPattern] = noise
      }
    default: floats.noiseRefusals[result.bitPattern] = noise
    }
  }

  /// The refusal of every float's every digit once `carry` stopped recording them.
  private static let overflowRefusal = TensorError(
    "NotImplementedError",
    "this chapter made more than \(carriedLimit) Python floats by arithmetic on numbers computed from a "
      + "decomposition's result, whose last digits are LAPACK's rounding; docbuild stopped telling them from other "
      + "floats and shows no float's every digit from here on: show it rounded (round(x, 8)) or in an array",
    isLimit: true)

  /// Throws the refusal of a noted float at rounding-noise level inside `value`, for the texts that show some of its
  /// digits (`round(x, 20)`, `f"{x:.3e}"`).
  static func refuseNoise(in value: Value) throws(PythonError) {
    guard let floats = current, !floats.noiseRefusals.isEmpty else { return }
    switch value {
    case .float(let number):
      if let refusal = floats.noiseRefusal(of: number) { throw PythonError(refusal) }
    case .complex(let number):
      if let refusal = floats.noiseRefusal(of: number.real) ?? floats.noiseRefusal(of: number.imag) {
        throw PythonError(refusal)
      }
    default: break
    }
  }

  /// Throws the refusal of a noted float inside `value` (itself, or in its lists, tuples and dicts).
  static func refuse(in value: Value) throws(PythonError) {
    guard let floats = current, !floats.refusals.isEmpty else { return }
    try floats.refuse(value)
  }

  /// The refusal noted for `number`, or for its negation: `abs(x)` and `-x` of a noted float show the same digits.
  /// Every nonzero float's once `carry` stopped recording.
  private func refusal(of number: Double) -> TensorError? {
    if let noted = refusals[number.bitPattern] ?? refusals[(-number).bitPattern] { return noted }
    guard carriedTooMany, number != 0 else { return nil }
    return Self.overflowRefusal
  }

  /// The decomposition noted for `number` or its negation.
  private func decomposition(of number: Double) -> String? {
    decompositions[number.bitPattern] ?? decompositions[(-number).bitPattern]
  }

  /// `tensor`, a NumPy scalar made from the Python float `number`, marked as computed from the decomposition noted
  /// for that float (`Tensor.notingDecomposition`); as it is when none was noted.
  static func decompositionOfOperand(_ tensor: Tensor, madeFrom number: Double) -> Tensor {
    guard let floats = current, number != 0, let name = floats.decomposition(of: number) else { return tensor }
    return tensor.notingDecomposition(named: name)
  }

  /// The noise refusal noted for `number` or its negation.
  private func noiseRefusal(of number: Double) -> TensorError? {
    noiseRefusals[number.bitPattern] ?? noiseRefusals[(-number).bitPattern]
  }

  private func refuse(_ value: Value) throws(PythonError) {
    switch value {
    case .float(let number):
      if let refusal = refusal(of: number) { throw PythonError(refusal) }
    case .complex(let number):
      if let refusal = refusal(of: number.real) ?? refusal(of: number.imag) {
        throw PythonError(refusal)
      }
    case .list(let items), .tuple(let items): for item in items { try refuse(item) }
    case .dict(let dict):
      for item in dict.keys { try refuse(item) }
      for item in dict.values { try refuse(item) }
    default: break
    }
  }
}

extension ApproximateFloats {
  /// Throws the refusal of an array or NumPy scalar inside `value`'s lists, tuples and dicts whose text cannot be
  /// promised to be NumPy's (`Tensor.shownDigitsRefusal`): `str(list(w))` shows each eigenvalue's repr, which printing
  /// it refuses. Only once a decomposition has run, and no deeper than `depth` levels (the text then stops first).
  static func refuseArrays(in value: Value, depth: Int) throws(PythonError) {
    guard Tensor.approximateResultsMayExist else { return }
    // Each container once: a list holding itself twice would otherwise be walked 2^depth times.
    var seen = Set<ObjectIdentifier>()
    func walk(_ value: Value, _ depth: Int) throws(PythonError) {
      guard depth > 0 else { return }
      func check(_ item: Value) throws(PythonError) {
        if case .tensor(let tensor) = item {
          if let refusal = tensor.shownDigitsRefusal() { throw PythonError(refusal) }
        } else {
          try walk(item, depth - 1)
        }
      }
      switch value {
      case .list(let items), .tuple(let items):
        guard seen.insert(ObjectIdentifier(items)).inserted else { return }
        for item in items { try check(item) }
      case .dict(let dict):
        guard seen.insert(ObjectIdentifier(dict)).inserted else { return }
        for item in dict.keys { try check(item) }
        for item in dict.values { try check(item) }
      default: break
      }
    }
    try walk(value, depth)
  }

  /// The refusal noted for a NumPy scalar's or 0-d array's value, or for an array's entry at noise level, found by
  /// their bits: an array made from noted floats (`np.array(np.linalg.inv(a).tolist())`) is a new value with no
  /// history to show where they came from.
  static func refusal(ofNumbersIn tensor: Tensor) -> TensorError? {
    guard let floats = current, !floats.refusals.isEmpty, tensor.dtype == .float64 else { return nil }
    guard tensor.isScalar || tensor.ndim == 0 else {
      // An array made of noted floats (`np.array(w.tolist())`) prints 8 digits, NumPy's, unless one of them is
      // noise, whose digits are all LAPACK's.
      guard !floats.noiseRefusals.isEmpty, case .float64(let values) = tensor.storage else { return nil }
      for value in values where value != 0 {
        if let refusal = floats.noiseRefusal(of: value) { return refusal }
      }
      return nil
    }
    guard let number = tensor.doubles.first, number != 0 else { return nil }
    return floats.refusal(of: number)
  }
}

extension Tensor {
  /// Why this value's text cannot be promised to be NumPy's (`approximateDigitsRefusal`), also when a scalar holds
  /// the bits of a Python float noted as approximate.
  func shownDigitsRefusal() -> TensorError? {
    approximateDigitsRefusal() ?? ApproximateFloats.refusal(ofNumbersIn: self)
  }
}
