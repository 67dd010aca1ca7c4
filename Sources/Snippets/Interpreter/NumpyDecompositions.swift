import TensorCore

/// `np.linalg`'s decompositions in snippets: NumPy's parameters, named-tuple results and refusals (the results'
/// digits and what cannot be NumPy's are described on `Decomposition` in TensorCore).
enum NumpyDecompositions {
  /// Calls `np.linalg.name(...)` for one of the decompositions.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "qr":
      let bound = try call.bind(["a", "mode"], required: 1)
      let a = try bound.value("a").toTensor()
      var mode = "reduced"
      if let given = bound["mode"] {
        guard case .string(let text) = given else { throw PythonError.value("Unrecognized mode '\(given.str)'") }
        mode = text
      }
      let parts = try core { try a.qr(mode: mode) }
      if mode == "r" { return .tensor(parts[0]) }
      if mode == "raw" { return try .makeTuple(parts.map { .tensor($0) }) }
      return try .makeNamedTuple(NamedTupleType(name: "QRResult", fields: ["Q", "R"]), parts.map { .tensor($0) })
    case "eigh", "eigvalsh":
      let bound = try call.bind(["a", "UPLO"], required: 1)
      let a = try bound.value("a").toTensor()
      var upper = false
      if let given = bound["UPLO"] {
        guard case .string(let text) = given, text == "L" || text == "U" else {
          throw PythonError.value("UPLO argument must be 'L' or 'U'")
        }
        upper = text == "U"
      }
      let parts = try core { try a.symmetricEigen(vectors: name == "eigh", upper: upper) }
      if name == "eigvalsh" { return .tensor(parts[0]) }
      return try .makeNamedTuple(
        NamedTupleType(name: "EighResult", fields: ["eigenvalues", "eigenvectors"]), parts.map { .tensor($0) })
    case "svd":
      let bound = try call.bind(["a", "full_matrices", "compute_uv", "hermitian"], required: 1)
      let a = try bound.value("a").toTensor()
      if try bound.flag("hermitian") {
        return try hermitianSVD(a, computeUV: try bound["compute_uv"]?.truthValue() ?? true)
      }
      if try bound["compute_uv"]?.truthValue() ?? true {
        let full = try bound["full_matrices"]?.truthValue() ?? true
        let parts = try core { try a.singularValueDecomposition(full: full) }
        return try .makeNamedTuple(
          NamedTupleType(name: "SVDResult", fields: ["U", "S", "Vh"]), parts.map { .tensor($0) })
      }
      return .tensor(try core { try a.singularValues() })
    case "pinv":
      let bound = try call.bind(["a", "rcond", "hermitian"], required: 1)
      let a = try bound.value("a").toTensor()
      if try bound.flag("hermitian") {
        throw NumpyArrays.unsupported("np.linalg.pinv's hermitian=True is not supported in snippets")
      }
      let rcond = try bound.double("rcond", default: 1e-15)
      return .tensor(try core { try a.pseudoInverse(rcond: rcond) })
    case "lstsq":
      let bound = try call.bind(["a", "b", "rcond"], required: 2)
      var rcond: Double? = nil
      if let given = bound["rcond"], !given.isNone {
        // A NumPy float too (numpy.polynomial's fits pass `len(x) * np.finfo(x.dtype).eps`).
        var real = given
        if case .tensor(let scalar) = given, scalar.isScalar, !scalar.dtype.isComplex {
          real = try given.pythonNumber(for: "lstsq")
        }
        guard let number = try PythonNumbers.double(real), number.isFinite else {
          throw NumpyArrays.unsupported("np.linalg.lstsq's rcond= is supported in snippets as a finite number or None")
        }
        rcond = number
      }
      let a = try bound.value("a").toTensor()
      let b = try bound.value("b").toTensor()
      let (x, residuals, rank, s) = try core { try Tensor.leastSquares(a, b, rcond: rcond) }
      let rankValue = try core { try Tensor(rank).astype(.int32) }
      return try .makeTuple([.tensor(x), .tensor(residuals), .tensor(rankValue), .tensor(s)])
    case "matrix_rank":
      let bound = try call.bind(["A", "tol", "hermitian"], required: 1)
      let a = try bound.value("A").toTensor()
      if try bound.flag("hermitian") {
        throw NumpyArrays.unsupported("np.linalg.matrix_rank's hermitian=True is not supported in snippets")
      }
      if a.ndim < 2 {
        // NumPy: int(not all(A == 0)), a Python int.
        return .int(a.doubles.allSatisfy { $0 == 0 } ? 0 : 1)
      }
      if case .tensor(let tol)? = bound["tol"], tol.ndim > 0 {
        throw NumpyArrays.unsupported(
          "np.linalg.matrix_rank with an array tol= is not supported in snippets: NumPy compares each matrix's "
            + "singular values with each tolerance")
      }
      let tolerance: Double? = bound["tol"] == nil ? nil : try bound.double("tol", default: 0)
      return .tensor(try core { try a.matrixRank(tolerance: tolerance) })
    case "eig", "eigvals":
      // LAPACK's dgeev steps (GeneralEigen); refused where its rounding would decide order, signs or digits.
      let a = try call.bind(["a"], required: 1).value("a").toTensor()
      var parts = try core { try a.generalEigen(vectors: name == "eig") }
      if !a.dtype.isComplex, parts[0].dtype == .float64 {
        // Every eigenvalue real: NumPy returns `w.real` and `v.real`, views of the complex128 arrays LAPACK's
        // wrapper filled (strides of 16 bytes an element, OWNDATA False, the complex array as `.base`). The complex
        // values are made from the real ones by a recorded cast, so they keep the decomposition's provenance.
        for k in parts.indices {
          let complex = try core { try parts[k].astype(.complex128) }
          parts[k] = IntermediateViews.view(parts[k], ofNew: parts[k].shape, values: complex, part: .real)
        }
      }
      if name == "eigvals" { return .tensor(parts[0]) }
      return try .makeNamedTuple(
        NamedTupleType(name: "EigResult", fields: ["eigenvalues", "eigenvectors"]), parts.map { .tensor($0) })
    default:
      throw NumpyArrays.unsupported("np.linalg.\(name) is not supported in snippets")
    }
  }

  /// `np.linalg.svd(a, hermitian=True)` as NumPy computes it: `eigh(a)`, the eigenvalues' absolute values sorted
  /// descending (`argsort(abs(s))[::-1]`) and their signs moved into Vh (`(u * sign(s)).T`); without vectors,
  /// `sort(abs(eigvalsh(a)))[::-1]`. Repeated absolute values are refused with vectors: which of the tied columns
  /// comes first is the order of NumPy's sort, not mathematics.
  static func hermitianSVD(_ a: Tensor, computeUV: Bool) throws(PythonError) -> Value {
    // NumPy's own errors for fewer than two axes or a matrix that is not square come from eigh.
    if a.dtype.isComplex || a.ndim > 2 {
      throw NumpyArrays.unsupported(
        "np.linalg.svd(hermitian=True) of a complex or stacked matrix is not supported in snippets (a real 2-D "
          + "matrix is)")
    }
    let parts = try core { try a.symmetricEigen(vectors: computeUV, upper: false) }
    guard a.ndim == 2 else { throw NumpyArrays.unsupported("np.linalg.svd(hermitian=True) of this array") }
    let eigenvalues = parts[0].doubles
    let magnitudes = eigenvalues.map { Swift.abs($0) }
    let n = magnitudes.count
    // argsort ascending, reversed: descending, ties kept in reverse index order (refused below with vectors).
    let order = (0..<n).sorted { magnitudes[$0] < magnitudes[$1] || (magnitudes[$0] == magnitudes[$1] && $0 < $1) }
      .reversed().map { $0 }
    func array(_ values: [Double], _ shape: [Int], like model: Tensor) throws(PythonError) -> Tensor {
      let made = Tensor(shape: shape, storage: .float64(values))
      return model.dtype == .float64 ? made : try core { try made.astype(model.dtype) }
    }
    let values = try array(order.map { magnitudes[$0] }, [n], like: parts[0])
    guard computeUV else { return .tensor(values) }
    // Equal up to rounding counts too: docbuild's last bits are not LAPACK's, so their order could differ.
    let largest = order.first.map { magnitudes[$0] } ?? 0
    for i in 1..<Swift.max(n, 1) where magnitudes[order[i - 1]] - magnitudes[order[i]] <= largest * 1e-10 {
      throw NumpyArrays.unsupported(
        "np.linalg.svd(hermitian=True)'s U and Vh when two eigenvalues have the same absolute value, up to "
          + "rounding (\(magnitudes[order[i]])), are not supported in snippets: NumPy's argsort decides which "
          + "comes first (np.linalg.svd(a, hermitian=True, compute_uv=False) gives the singular values)")
    }
    let vectors = parts[1].doubles
    var u = [Double](repeating: 0, count: n * n)
    var vh = [Double](repeating: 0, count: n * n)
    for (column, source) in order.enumerated() {
      let sign: Double = eigenvalues[source] > 0 ? 1 : (eigenvalues[source] < 0 ? -1 : 0)
      for row in 0..<n {
        let entry = vectors[row * n + source]
        u[row * n + column] = entry
        vh[column * n + row] = entry * sign
      }
    }
    return try .makeNamedTuple(
      NamedTupleType(name: "SVDResult", fields: ["U", "S", "Vh"]),
      [
        .tensor(try array(u, [n, n], like: parts[1])), .tensor(values), .tensor(try array(vh, [n, n], like: parts[1])),
      ])
  }

  /// `np.polyfit(x, y, deg)` (`full=False`, no weights, no covariance).
  static func polyfit(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["x", "y", "deg", "rcond", "full", "w", "cov"], required: 3)
    for option in ["rcond", "w"] where bound[option] != nil {
      throw NumpyArrays.unsupported("np.polyfit's \(option)= is not supported in snippets")
    }
    let full = try bound.flag("full")
    let covariance = try bound.flag("cov")
    if full || covariance {
      throw NumpyArrays.unsupported("np.polyfit's full=True and cov=True are not supported in snippets")
    }
    let x = try bound.value("x").toTensor()
    let y = try bound.value("y").toTensor()
    let degree = try bound.value("deg").toInt()
    return .tensor(try core { try Tensor.polyfit(x, y, degree: degree) })
  }
}
