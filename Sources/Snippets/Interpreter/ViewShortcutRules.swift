import TensorCore

/// `a.T`, `a.transpose()` and `a.reshape(ints…)` of an array whose view `ViewShortcut` places, made at once: the
/// operation's result becomes the view `viewResult` would make of it, without its steps that leave such a result as it
/// is (the traits, the identity and dtype tests, the strides of axes of extent 1, the permuted strides of those axes).
/// Each rule answers only where every one of those steps provably does nothing; anything else, and every chapter that
/// made an `np.matrix` (`Interpreter.makesViewsDirectly`, so that `Fuzz/view_probe.py --compare` can compare the two
/// paths), takes `viewResult`.
enum ViewShortcutRules {
  /// Where `result` (`shortcut`'s operation applied to `source`) sits in `source`'s root as the view `viewResult` makes
  /// of it, when the view is made with nothing more than that place: the source is an array (a NumPy scalar's reshape
  /// views a 0-d array made of it), the result an array of its dtype (else it is separated from the source), neither
  /// has an axis of extent 1 (whose stride `ViewTracking.unitAxisStrides` or `permutedStrides` work out) and the
  /// shortcut places the result (which it never does for an empty array, whose strides may be NumPy's own). Nil
  /// otherwise.
  static func placement(of result: borrowing Tensor, from source: Tensor, _ shortcut: ViewShortcut) -> RootPlacement? {
    guard !source.isScalar, !result.isScalar, result.dtype == source.dtype else { return nil }
    let shape = result.shape
    for extent in shape where extent == 1 { return nil }
    return shortcut.geometry(of: source, shape: shape)
  }

  /// `result` as the view `viewResult` makes of it at `placement` (`placement(of:from:_:)`), a writeable view of
  /// `source`'s memory: its root kept, its geometry derived from `source`'s (`derivedView`).
  static func view(_ result: consuming Tensor, of source: Tensor, at placement: RootPlacement) -> Tensor {
    source.ensureRoot()
    let geometry = source.derivedView(offset: placement.offset, strides: placement.strides)
    return result.asView(geometry, of: source.lineage)
  }
}

extension Interpreter {
  /// True when views are made directly (`ViewShortcutRules`, `Tensor.indexedView(position:rowsDirectly:)`): in every
  /// chapter but one that made an `np.matrix`, whose views `Fuzz/view_probe.py --compare` compares with the direct
  /// ones (a matrix's own views never reach the rules: its indexing and transposes are its class's).
  var makesViewsDirectly: Bool { !matricesInUse }
}
