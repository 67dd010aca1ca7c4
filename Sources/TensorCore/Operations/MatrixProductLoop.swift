/// NumPy's own matrix-product loop (`DOUBLE_matmul_inner_noblas`), which `matmul` takes instead of BLAS's gemv or
/// dot when a product with a vector has an operand whose memory BLAS cannot read: a reversed view (`u @ x[::-1]`,
/// `x[:, ::-1] @ w`, `v[::-1] @ w`). Each element is a running sum from zero, one product after another.
extension MatrixProduct {
  enum NumpyLoop {
    /// True when NumPy's matmul of these (at most 2-d, float64) operands runs its own loop, as its dispatch decides
    /// from the operands' strides: BLAS's dot, gemv and gemm need one axis with a unit step and the other a positive
    /// step at least as long as that axis.
    static func isChosen(_ a: Tensor, _ b: Tensor) -> Bool {
      guard a.isView || b.isView else { return false }
      return isChosen(core: (a.shape, a.productStrides), (b.shape, b.productStrides))
    }

    /// True when a product of stacks (more than two axes) has a core product that NumPy's loop would run
    /// (`b @ c[:, ::-1, 1:]`): NumPy decides per stacked product, which docbuild does not follow, so it is refused.
    static func isChosenInStack(_ a: Tensor, _ b: Tensor) -> Bool {
      guard a.ndim > 2 || b.ndim > 2, a.isView || b.isView, a.ndim >= 1, b.ndim >= 1 else { return false }
      func core(_ t: Tensor) -> ([Int], [Int]) {
        (Array(t.shape.suffix(Swift.min(t.ndim, 2))), Array(t.memoryStrides.suffix(Swift.min(t.ndim, 2))))
      }
      return isChosen(core: core(a), core(b))
    }

    /// `isChosen` for core operands of these shapes and strides (at most 2-d each); the backward pass asks it of
    /// a transposed view's geometry, which its products do not keep.
    static func isChosen(core a: ([Int], [Int]), _ b: ([Int], [Int])) -> Bool {
      // Core dimensions and strides (elements) as the gufunc sees them; a missing 1-d axis has extent 1, stride 0.
      let (aShape, aStrides) = a
      let (bShape, bStrides) = b
      let (dm, dn, aStepM, aStepN) =
        aShape.count == 1 ? (1, aShape[0], 0, aStrides[0]) : (aShape[0], aShape[1], aStrides[0], aStrides[1])
      let (dp, bStepN, bStepP) =
        bShape.count == 1 ? (1, bStrides[0], 0) : (bShape[1], bStrides[0], bStrides[1])
      guard dm > 0, dn > 0, dp > 0 else { return false }
      func blasable(_ outer: Int, _ inner: Int, _ innerExtent: Int) -> Bool { inner == 1 && outer >= innerExtent }
      let aBlasable = blasable(aStepM, aStepN, dn) || blasable(aStepN, aStepM, dm)
      let bBlasable = blasable(bStepN, bStepP, dp) || blasable(bStepP, bStepN, dn)
      // A product of matrices copies an operand BLAS cannot read and calls gemm on the copy (NumPy 2.4.6 gives
      // `x[::-1] @ q` the bits of `x[::-1].copy() @ q`): only products with a vector take the loop.
      guard dm == 1 || dn == 1 || dp == 1 else { return false }
      if dm == 1 && dp == 1 { return aStepN <= 0 || bStepN <= 0 }  // dot: BLAS only for positive steps
      if dn == 1 { return false }  // one product per element: any loop gives the same value
      if dm == 1 && bBlasable && aStepN >= 1 { return false }  // gemv
      if dp == 1 && aBlasable && bStepN >= 1 { return false }  // gemv
      return true
    }

    /// The product by NumPy's loop: for each row and column, `0 + a0*b0 + a1*b1 + …` in order.
    static func product(_ a: Tensor, _ b: Tensor) throws -> Tensor {
      let plan = try MatrixProduct.plan(a.shape, b.shape)
      try MatrixProduct.checkWork(plan)
      let left = a.doubles
      let right = b.doubles
      let (rows, inner, columns) = (plan.rows, plan.inner, plan.columns)
      var result = [Double](repeating: 0, count: rows * columns)
      for row in 0..<rows {
        for column in 0..<columns {
          var total = 0.0
          for k in 0..<inner { total += left[row * inner + k] * right[k * columns + column] }
          result[row * columns + column] = total
        }
      }
      return Tensor(shape: plan.resultShape, storage: .float64(result), isScalar: plan.resultShape.isEmpty, node: nil)
    }
  }
}
