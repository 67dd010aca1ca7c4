import Dispatch
import Synchronization

/// Maps `items` on at most `jobs` threads, keeping results in input order so the site never depends on `jobs`.
func orderedParallelMap<Item: Sendable, Result: Sendable>(
  _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
) -> [Result] {
  guard jobs > 1, items.count > 1 else { return items.map(transform) }
  let nextIndex = Atomic<Int>(0)
  let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
  // Each worker takes the next unclaimed item, so one long chapter never holds up the rest.
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
