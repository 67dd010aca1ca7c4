import SourceText
import Testing

@testable import Snippets

/// An in-place write to an array skips the lists that hold only numbers, strings, None and NumPy scalars (a training
/// loop's list of losses), so each list must stop counting as one the moment it takes an array, whichever way it
/// takes it (append, insert, item or slice assignment, extend, a tuple or list built around it). The expected outputs
/// were printed by CPython 3.11 + NumPy 2.4.6 running the same statements.
struct InPlaceNumberListTests {
  @Test func listsThatTakeAnArrayAfterNumbersSeeItsWrites() {
    let transcript = """
      >>> import numpy as np
      >>> w = np.zeros(2)
      >>> losses = [np.float64(0.5), 1.5, 2, "s", None, True]
      >>> losses.append(w)
      >>> w += 1
      >>> print(losses[-1])
      [1. 1.]
      >>> held = [np.float64(1.0)]
      >>> held.insert(0, w)
      >>> w += 1
      >>> print(held[0])
      [2. 2.]
      >>> swapped = [1.0, 2.0]
      >>> swapped[1] = w
      >>> w += 1
      >>> print(swapped[1])
      [3. 3.]
      >>> extended = [np.float64(3.0)]
      >>> extended.extend([2.0, w])
      >>> w += 1
      >>> print(extended[2])
      [4. 4.]
      >>> pair = (np.float64(1.0), w)
      >>> w += 1
      >>> print(pair[1], losses[-1])
      [5. 5.] [5. 5.]
      >>> nested = [np.float64(2.0), [1.0, w]]
      >>> w *= 2
      >>> print(nested[1][1], held[0])
      [10. 10.] [10. 10.]
      >>> zero_d = np.array(5.0)
      >>> scalars = [zero_d, np.float64(1.0)]
      >>> zero_d += 1
      >>> print(scalars[0], repr(scalars[1]))
      6.0 np.float64(1.0)
      >>> sliced = [1.0, np.float64(2.0)]
      >>> sliced[:] = [w]
      >>> w -= 1
      >>> print(sliced[0])
      [9. 9.]
      """
    let block = SnippetSession().check(Snippet(text: transcript, origin: SourcePosition(line: 1, column: 1)))
    #expect(block.diagnostics.isEmpty, "\(block.diagnostics.map(\.message))")
    let failed = block.statements.filter { !$0.passed }.map(\.observed.output)
    #expect(failed.isEmpty, "\(failed)")
  }
}
