/// A gradient that autograd's backward pass hands back as a view of an array it made: `np.transpose(g)`, a
/// `np.reshape(g)` NumPy makes without a copy, and cumsum's `cumsum(g[::-1])[::-1]`. NumPy then shows OWNDATA False
/// and the view's strides (negative along a reversed axis), and later sums walk that memory.
struct GradientView {
  /// The array the view reads, in C order (what `.base` shows).
  var root: Tensor
  /// The first element's position in the root's elements.
  var offset: Int
  /// The root step, in elements, for one step along each axis.
  var strides: [Int]

  /// The view `operation`'s rule made of its upstream gradient `g` (itself the view `upstream`, when it is one):
  /// `contribution` is the rule's result. Nil when the rule makes a new array.
  static func made(by operation: Operation, from g: Tensor, upstream: GradientView?, contribution: Tensor)
    -> GradientView?
  {
    guard contribution.ndim > 0, contribution.size > 0 else { return nil }
    switch operation {
    case .transpose(let axes):
      // `np.transpose(g, argsort(axes))`: result axis i is g's axis `inverse[i]`.
      let inverse = MemoryOrder.inverse(axes)
      let source = upstream ?? own(g)
      return GradientView(root: source.root, offset: source.offset, strides: inverse.map { source.strides[$0] })
    case .reshape:
      let source = upstream ?? own(g)
      guard
        let strides = Layout.noCopyStrides(g.shape, source.strides, to: contribution.shape)
      else { return nil }
      return GradientView(root: source.root, offset: source.offset, strides: strides)
    case .cumsum(let axis, _):
      // autograd reverses g along the axis, takes the running sums into a new C-ordered array and returns that
      // reversed along the axis again (`reverse_axis`, or `[::-1]` for axis 0).
      guard contribution.memoryAxes == nil, upstream == nil else { return nil }
      var strides = Shape.strides(contribution.shape)
      let offset = (contribution.shape[axis] - 1) * strides[axis]
      strides[axis] = -strides[axis]
      let values = contribution.doubles
      var rootValues = values
      StridedView(offset: offset, shape: contribution.shape, strides: strides).forEach { source, target in
        rootValues[source] = values[target]
      }
      let root = Tensor(shape: contribution.shape, storage: .float64(rootValues), isScalar: false, node: nil)
      return GradientView(root: root, offset: offset, strides: strides)
    default:
      return nil
    }
  }

  /// `g` as the array it is: its memory order's elements in C order, read with its memory strides.
  private static func own(_ g: Tensor) -> GradientView {
    guard let order = g.memoryAxes else { return GradientView(root: g, offset: 0, strides: Shape.strides(g.shape)) }
    let memory = ShapeKernels.transpose(g, axes: order)
    return GradientView(root: memory, offset: 0, strides: g.memoryStrides)
  }

  /// `value` (the gradient's elements in row-major order) as this view of a new root.
  func applied(to value: Tensor) -> Tensor {
    var result = value
    result.memoryAxes = nil
    result.lineage = ArrayLineage()
    result.lineage.root = RootBuffer(shape: root.shape, storage: root.storage)
    return result.asView(ArrayView(offset: offset, strides: strides))
  }
}
