/// `np.pad`'s modes that docbuild offers.
public enum PadMode: String, Sendable, CaseIterable {
  case constant, edge, reflect, symmetric, wrap
}

extension Tensor {
  /// `np.pad(a, widths, mode, constant_values=)`: axis by axis from the first, as NumPy pads (so a corner takes
  /// the later axis's values). `widths` holds `(before, after)` per axis; `constants` is `(ndim, 2)` values already
  /// broadcast. Constant blocks are joined by concatenation; the other modes gather source positions, so every mode
  /// differentiates through recorded primitives.
  public func padded(_ widths: [(Int, Int)], mode: PadMode, constants: Tensor?) throws -> Tensor {
    var result = self
    for (axis, (before, after)) in widths.enumerated() where before > 0 || after > 0 {
      let count = result.shape[axis]
      if mode != .constant, count == 0 {
        throw TensorError.value(
          "can't extend empty axis \(axis) using modes other than 'constant' or 'empty'")
      }
      if mode == .constant {
        var parts = [result]
        for (side, width) in [before, after].enumerated() where width > 0 {
          var blockShape = result.shape
          blockShape[axis] = width
          let value = try constants?.index([.int(axis), .int(side)]) ?? Tensor.zeros([], dtype: dtype)
          let block = try Tensor.full(blockShape, value.asArrayOperand.astype(dtype), dtype: dtype)
          if side == 0 { parts.insert(block, at: 0) } else { parts.append(block) }
        }
        result = try Tensor.concatenate(parts, axis: axis)
        continue
      }
      let positions = (-before..<(count + after)).map { Tensor.padSource($0, count: count, mode: mode) }
      result = try result.index(
        Tensor.along(axis, .indices(shape: [positions.count], values: positions)))
    }
    return result
  }

  /// The source position that padded position `j` (from -before) copies, for the gathering modes.
  static func padSource(_ j: Int, count n: Int, mode: PadMode) -> Int {
    if j >= 0 && j < n { return j }
    switch mode {
    case .edge: return j < 0 ? 0 : n - 1
    case .wrap: return ((j % n) + n) % n
    case .symmetric:
      let period = 2 * n
      let m = ((j % period) + period) % period
      return m < n ? m : period - 1 - m
    default:
      // reflect: a single element has nothing to reflect and repeats, as NumPy's edge fallback does.
      if n == 1 { return 0 }
      let period = 2 * (n - 1)
      let m = ((j % period) + period) % period
      return m < n ? m : period - m
    }
  }
}
