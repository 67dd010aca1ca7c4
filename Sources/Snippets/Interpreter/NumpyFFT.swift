import TensorCore

/// `np.fft`'s one native call: NumPy's pocketfft loops (`Tensor.pocketFFT`), reached from the module's Python
/// source (NumpyFFTSource.swift), which binds the arguments and composes the n-dimensional and Hermitian transforms
/// as numpy/fft/_pocketfft.py does.
extension Interpreter {
  /// `__docbuild_fft__(name, a, n, axis, loop, scale)`: `a` an array, `n` the points, `axis` checked here against
  /// `a.ndim`, `loop` one of "fft", "ifft", "rfft", "irfft", `scale` one of "none", "ortho", "reciprocal".
  mutating func callFFT(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 6, case .string(let name) = call.positional[0],
      case .string(let loopName) = call.positional[4], case .string(let scaleName) = call.positional[5]
    else { throw PythonError.type("__docbuild_fft__(name, a, n, axis, loop, scale)") }
    let array = call.positional[1]
    if derivativeDepth > 0, case .tensor(let traced) = array,
      derivativeLeaves.contains(where: { traced.dependsOn($0) })
    {
      throw PythonError.limit(
        "np.fft.\(name) is not differentiated in snippets (autograd's VJP for it is not implemented): keep the "
          + "transform outside the function autograd differentiates")
    }
    let tensor = try array.toTensor()
    // An int past 64 bits is past NumPy's largest dimension (the module's source answers bools, which rfft and
    // ihfft take as 1).
    if case .bigInt = call.positional[2] { throw PythonError.value("Maximum allowed dimension exceeded") }
    let points = try call.positional[2].toInt()
    let ndim = tensor.ndim
    let axis = try AxisConversion.normalized(try call.positional[3].toInt(), ndim: ndim)
    let loop: FFTLoop
    switch loopName {
    case "fft": loop = .complex(forward: true)
    case "ifft": loop = .complex(forward: false)
    case "rfft": loop = .realForward
    default: loop = .realBackward
    }
    let scale: FFTScale
    switch scaleName {
    case "ortho": scale = .orthonormal
    case "reciprocal": scale = .reciprocal
    default: scale = .none
    }
    let chosenAxis = axis
    return .tensor(try core { try tensor.pocketFFT(loop, points: points, axis: chosenAxis, scale: scale) })
  }
}
