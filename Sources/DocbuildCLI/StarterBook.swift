import Foundation
import Pipeline

/// The files `docbuild init` writes: a book that builds and checks clean and shows every kind of block once.
enum StarterBook {
  /// Relative path → text, in the order they are reported.
  static let files: [(path: String, text: String)] = [
    ("content/index.md", index),
    ("content/01-first-steps.md", firstChapter),
    (".gitignore", gitignore),
    ("ci/check-book.sh", ciStep),
  ]

  /// Writes the starter book into `directory` (created if missing); refuses, before writing anything, when any of
  /// its files already exists, so nothing of the author's is ever overwritten. Returns the paths written.
  static func create(in directory: String) throws(CommandFailure) -> [String] {
    let shown = { (path: String) in directory == "." ? path : (directory as NSString).appendingPathComponent(path) }
    for (path, _) in files {
      var status = stat()
      if lstat(shown(path), &status) == 0 {
        throw CommandFailure("'\(shown(path))' already exists; docbuild init never overwrites a file")
      }
    }
    var written: [String] = []
    for (path, text) in files {
      let target = shown(path)
      do {
        try FileManager.default.createDirectory(
          atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      } catch {
        throw CommandFailure("cannot create the folder of '\(target)': \(error.localizedDescription)")
      }
      // Created exclusively and never through a link: a file that appeared since the check above is left alone.
      let mode: mode_t = path.hasSuffix(".sh") ? 0o755 : 0o644
      let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      guard descriptor >= 0 else {
        throw CommandFailure("cannot create '\(target)': \(String(cString: strerror(errno)))")
      }
      var bytes = Array(text.utf8)
      var offset = 0
      while offset < bytes.count {
        let count = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else {
          close(descriptor)
          throw CommandFailure("cannot write '\(target)': \(String(cString: strerror(errno)))")
        }
        offset += count
      }
      close(descriptor)
      written.append(target)
    }
    return written
  }

  static let index = """
    # My Book

    A book whose examples cannot lie: every `tensor` block runs when the book builds, and the build fails when what
    a block prints, claims or differentiates is wrong.

    Start with [First steps](01-first-steps.md).

    """

  static let firstChapter = #"""
    # First steps

    A weighted sum and its gradient, in the four kinds of block a chapter can hold.

    ## A transcript

    Lines after `>>> ` run; the lines under a statement are what it must print.

    ```tensor
    >>> import numpy as np
    >>> x = np.array([1.0, 2.0, 3.0])
    >>> w = np.array([0.5, -1.0, 2.0])
    >>> x * w
    array([ 0.5, -2. ,  6. ])
    >>> (x * w).sum()
    np.float64(4.5)
    ```

    ## A script and a claim

    A block without prompts runs as a script and the page shows what it printed. An `assert` is a claim: the page
    marks it verified, and the book does not build when it fails.

    ```tensor
    l = (x * w).sum()
    grad(l, w)
    assert np.allclose(grad(l, w), x)
    ```

    ## A gradient table

    `gradients` checks each gradient against finite differences and shows it as a table.

    ```tensor
    gradients(l, x, w)
    ```

    ## The math

    The gradient of a weighted sum with respect to the weights is the input:

    $$
    \frac{\partial}{\partial \mathbf{w}} \sum_i x_i w_i = \mathbf{x}
    $$

    """#

  static let gitignore = """
    # What docbuild writes beside the content: the site, its lock and staging folders, and the run cache.
    /site/
    /.site.lock
    /.site.staging/
    /.site.previous/
    /.docbuild/

    """

  static let ciStep = """
    #!/bin/sh
    # A CI step: fails when any snippet, claim, gradient, formula or link of the book does not verify.
    # Call it from your CI (GitHub Actions: `- run: ci/check-book.sh`) with docbuild on the PATH.
    set -eu
    cd "$(dirname "$0")/.."
    docbuild check --content content

    """
}

extension StarterBook {
  /// `docbuild init DIR`: writes the book and says what to run next; 0 on success, 2 when it could not.
  static func run(directory: String) -> Int32 {
    let console = Console.standardError
    let style = Style(enabled: Console.wantsColor())
    do {
      for path in try create(in: directory) { console.write("created \(TerminalText.escaped(path))\n") }
    } catch {
      console.write(style.red("error:") + " " + TerminalText.escaped(error.message) + "\n")
      return 2
    }
    let folder = directory == "." ? "" : "cd \(TerminalText.escaped(directory)) && "
    console.write("next: \(folder)docbuild serve   (then open the address it prints)\n")
    return 0
  }
}
