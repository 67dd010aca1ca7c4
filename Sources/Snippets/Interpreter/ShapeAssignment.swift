import TensorCore

extension Interpreter {
  /// `a.shape = newShape`: NumPy's in-place reshape of that very array object (`array_shape_set`), seen through every
  /// name, list, dict and attribute holding it, while its other views keep their shapes. NumPy reshapes in C order and
  /// raises where that reshape would copy (a transposed or strided view merged across its gaps).
  mutating func assignShape(_ array: Tensor, _ newValue: Value) throws(PythonError) {
    if array.isScalar {
      throw PythonError("AttributeError", "attribute 'shape' of 'numpy.generic' objects is not writable")
    }
    if newValue.isNone { throw PythonError.type("Use () not None as shape arguments") }
    if let input = derivativeInput, array.dependsOn(input) {
      // autograd's ArrayBox has a read-only shape property.
      throw PythonError("AttributeError", "property 'shape' of 'ArrayBox' object has no setter")
    }
    if let origin = array.layoutUnknownOrigin {
      // Whether NumPy's reshape would copy depends on the memory order, which docbuild does not know here.
      throw PythonError.limit(
        "setting .shape of an array made by \(origin) is not supported in snippets: docbuild does not know the memory "
          + "order NumPy gives it, which decides whether NumPy reshapes it in place; use a = a.reshape(...) instead")
    }
    let call = CallArguments(function: "reshape", positional: [newValue], keywords: [], positionalTexts: [])
    let incompatible = PythonError(
      "AttributeError",
      "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.")
    let reshaped: Tensor
    if array.view == nil && array.memoryAxes == nil {
      // An owner in C order: NumPy's reshape always views it, with the row-major strides of the new shape.
      guard case .tensor(let result) = try Methods.call("reshape", on: .tensor(array), call) else { return }
      reshaped = result
    } else {
      let result = try methodView(
        "reshape", .tensor(array), call, try Methods.call("reshape", on: .tensor(array), call))
      guard case .tensor(let viewed) = result else { return }
      reshaped = viewed
    }
    // The same shape again, given as such, changes nothing (NumPy's reshape keeps the strides); with an inferred
    // extent NumPy computes the strides of its axes of extent 1 anew (`ViewTracking.Traits.infersAnExtent`).
    if reshaped.shape == array.shape && !ViewTracking.infersAnExtent([newValue]) { return }
    guard let inPlace = array.reshapedInPlace(as: reshaped) else {
      if array.view != nil { throw incompatible }
      // An owner NumPy keeps in another memory order (Fortran's, or the order of a transposed result): its reshape
      // views it only where its strides allow, and docbuild's owners cannot take those strides.
      let strides = array.geometry.strides
      if array.size > 0, ReshapeStrides.viewed(shape: array.shape, strides: strides, as: reshaped.shape) == nil {
        throw incompatible
      }
      throw PythonError.limit(
        "setting .shape of an array NumPy keeps in another memory order than C's (Fortran order, or the result of "
          + "an operation on a transposed array) is not supported in snippets: use a = a.reshape(...) instead")
    }
    try transformEverywhere { $0.isSameObject(as: array) ? inPlace : nil }
  }

  /// `a.real = value` and `a.imag = value`: NumPy writes the value into that part of the array, as
  /// `a.real[...] = value` does (`array_real_set`, `array_imag_set`); a real array's real part is the array itself,
  /// and it has no imaginary part to set.
  mutating func assignPart(_ array: Tensor, _ name: String, _ newValue: Value) throws(PythonError) {
    if array.isScalar {
      throw PythonError("AttributeError", "attribute '\(name)' of 'numpy.generic' objects is not writable")
    }
    if name == "imag" && !array.dtype.isComplex {
      throw PythonError.type("array does not have imaginary part to set")
    }
    let part = try attributeView(name, .tensor(array), try Attributes.get(name, of: .tensor(array)))
    guard case .tensor(let view) = part else { return }
    try assignItem(view, .ellipsis, newValue)
  }

  /// `a.flat = value`: NumPy writes the value's elements into the array in C order, over and over until every
  /// element has one (`array_flat_set`), as `a.flat[...] = value` does.
  mutating func assignFlat(_ array: Tensor, _ newValue: Value) throws(PythonError) {
    if array.isScalar {
      throw PythonError("AttributeError", "attribute 'flat' of 'numpy.generic' objects is not writable")
    }
    if let input = derivativeInput, array.dependsOn(input) {
      throw PythonError("AttributeError", "'ArrayBox' object has no attribute 'flat'")  // autograd's ArrayBox has none
    }
    try array.requireWriteable("array is read-only")
    let flat = try attributeView("flat", .tensor(array), try Attributes.get("flat", of: .tensor(array)))
    guard case .tensor(let iterator) = flat else { return }
    try assignItem(iterator, .ellipsis, newValue)
  }
}
