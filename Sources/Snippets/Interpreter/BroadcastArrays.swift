import TensorCore

/// NumPy 2.4's `np.broadcast_arrays` views: writeable with WARN_ON_WRITE, so a write warns and then lands in the
/// memory the broadcast repeats. docbuild shows their flags and reads them, and refuses a write.
enum BroadcastArrays {
  /// The refusal of `what` (a write, `view(dtype)` of, setting a flag of) such a view.
  static func writeRefusal(_ what: String) -> PythonError {
    PythonError.limit(
      "\(what) a view np.broadcast_arrays made is not supported in snippets: NumPy 2.4 writes it with a "
        + "DeprecationWarning into the memory its broadcast axes repeat; use np.broadcast_to(...).copy() to write")
  }

  /// `__docbuild_warn_on_write__(view)`: the view marked as NumPy's WARN_ON_WRITE view (module code's
  /// `broadcast_arrays`, NumpyBreadth37Source.swift).
  static func markWarnsOnWrite(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 1, case .tensor(let array) = call.positional[0], var view = array.view else {
      throw PythonError.type("__docbuild_warn_on_write__(view)")
    }
    view.warnsOnWrite = true
    view.isWriteable = false
    return .tensor(array.asView(view))
  }
}

extension Tensor {
  /// Throws NumPy's ValueError `message` when NumPy keeps this array unwritten, docbuild's refusal for a view
  /// np.broadcast_arrays made (NumPy writes it).
  func requireWriteable(_ message: String) throws(PythonError) {
    let geometry = geometry
    if geometry.warnsOnWrite { throw BroadcastArrays.writeRefusal("writing to") }
    if !geometry.isWriteable { throw PythonError.value(message) }
  }
}
