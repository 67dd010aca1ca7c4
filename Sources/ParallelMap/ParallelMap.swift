import Dispatch
import Synchronization

/// Maps `items` with at most `jobs` threads, keeping results in input order so output never depends on `jobs`.
public func parallelMap<Item: Sendable, Result: Sendable>(
  _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
) -> [Result] {
  guard jobs > 1, items.count > 1 else { return items.map(transform) }
  let nextIndex = Atomic<Int>(0)
  let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
  // Each worker takes the next unclaimed item, so a slow chapter never holds up the others.
  DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
    while true {
      let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
      guard index < items.count else { return }
      let result = transform(items[index])
      results.withLock { $0[index] = result }
    }
  }
  return results.withLock { $0.compactMap { $0 } }
}
