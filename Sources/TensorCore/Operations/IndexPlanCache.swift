import Synchronization

/// One call site's basic index of constants (`a[1:, ::2] = s` in a loop) resolved once per shape: the plan of the
/// last shape it was resolved against, handed back while the shape stays the same. The walk that resolves two slices
/// cost about 500 instructions of every such write; the plan is a function of the items and the shape alone, so a
/// site whose items never change may keep it. Only plans that resolved are kept: an index out of range is resolved,
/// and its error thrown, at every call.
public final class IndexPlanCache: Sendable {
  private let last = Mutex<(shape: [Int], plan: IndexPlan)?>(nil)

  /// An empty cache, for one call site.
  public init() {}

  /// `IndexPlan(items, shape: shape, isScalar: false)`, remembered for `shape`. `items` must be the same at every
  /// call of one cache.
  func plan(_ items: [IndexItem], shape: [Int]) throws -> IndexPlan {
    if let kept = last.withLock({ kept in kept.flatMap { $0.shape == shape ? $0.plan : nil } }) { return kept }
    let plan = try IndexPlan(items, shape: shape, isScalar: false)
    last.withLock { $0 = (shape, plan) }
    return plan
  }
}
