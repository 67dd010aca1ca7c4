import Foundation
import SourceText
import Testing

@testable import Snippets

/// A chapter's files live in memory: hostile names are refused at the statement with an error no transcript can
/// expect, nothing reaches the real disk, the store is bounded, and blocks share it in order. What the files do
/// when used as Python allows is in `Fixtures/numpy/60-…65-` (from CPython and NumPy themselves).
struct ChapterFilesTests {
  private func run(_ text: String, in session: SnippetSession = SnippetSession()) -> CheckedBlock {
    session.check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test(arguments: [
    ("open('/etc/passwd').read()\n", "is an absolute path"),
    ("open('../outside.txt', 'w').write('x')\n", "names a folder"),
    ("open('sub/inner.txt', 'w')\n", "names a folder"),
    ("open('~/.bashrc')\n", "is an absolute path"),
    ("open('..')\n", "is a folder"),
    ("open('bad\\nname.txt', 'w')\n", "holds the character U+A"),
    ("open('a\\\\b.txt', 'w')\n", "names a folder"),
    ("np.save('/tmp/docbuild-escape', np.arange(3))\n", "is an absolute path"),
    ("np.loadtxt('/etc/hosts')\n", "is an absolute path"),
    ("np.genfromtxt('../data.csv', delimiter=',')\n", "names a folder"),
    ("np.savetxt('../x.csv', [1.0])\n", "names a folder"),
    ("import os\nos.remove('/etc/passwd')\n", "is an absolute path"),
    ("import os\nos.path.exists('/etc/passwd')\n", "is an absolute path"),
    ("import os\nos.getcwd()\n", "would show the author's folder"),
    ("import os\nos.listdir('/')\n", "live in one folder"),
    ("open(0)\n", "not by file descriptor"),
    ("open('data.bin', 'wb')\n", "binary files"),
    ("from io import StringIO\nnp.genfromtxt(StringIO('a b\\n1 2'), names=True)\n", "structured array"),
    ("from io import StringIO\nnp.genfromtxt(StringIO('1 2.5'), dtype=None)\n", "structured array"),
    ("from io import StringIO\nnp.loadtxt(StringIO('a b'), dtype=str)\n", "string, structured or object array"),
    ("np.savez('x.npz', a=np.ones(2))\nopen('x.npz').read()\n", "read it with np.load"),
    ("np.loadtxt('data.csv.gz')\n", "compressed file"),
    // NumPy 2.4.6: array([(1., -1), (3.,  4)], dtype=[('f0', '<f8'), ('f1', '<i8')]), the filling value's type.
    (
      "from io import StringIO\nnp.genfromtxt(StringIO('1 x\\n3 4'), converters={1: float}, filling_values=-1)\n",
      "structured array"
    ),
    ("f = open('x.txt', 'w')\nf.write('a')\nopen('x.txt').read()\n", "open for writing and not yet closed"),
    ("f = open('x.txt', 'w')\nprint(1, file=f)\nnp.loadtxt('x.txt')\n", "open for writing and not yet closed"),
    ("open('x.txt', 'w').write('a')\nopen('x.txt').read()\n", "open for writing and not yet closed"),
    ("open('caf\\u00e9\\u009b.txt', 'w')\n", "holds the character U+9B"),
  ])
  func hostileOrUnsupportedIsRefusedAtTheStatement(script: String, message: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.contains(message) == true, "\(result.diagnostics.map(\.message))")
    #expect(result.diagnostics.first?.location.line == script.split(separator: "\n").count)
  }

  /// A refusal is never output a transcript may record: Python would have read the author's disk instead.
  @Test func aRefusalCannotBeExpected() {
    let result = run(
      """
      >>> open('/etc/passwd').read()
      NotImplementedError: '/etc/passwd' is an absolute path: snippets read and write only their chapter's own files, kept in memory, by plain names such as 'data.csv'

      """)
    #expect(result.diagnostics.count == 1)
    #expect(result.statements.first?.passed == false)
  }

  /// A file the chapter did not write gives Python's error line, with a note saying where snippet files live.
  @Test func aMissingFileIsPythonsErrorWithANote() {
    let result = run("np.load('pop.npy')\n")
    #expect(result.diagnostics.first?.message == "FileNotFoundError: [Errno 2] No such file or directory: 'pop.npy'")
    #expect(
      result.diagnostics.first?.notes.contains { $0.contains("an earlier statement of the chapter wrote") } == true)
  }

  /// A refused statement may have written any file (Python would have run it), so what the chapter reads or lists
  /// afterwards is refused until the chapter writes that file again. The last line is NumPy 2.4.6's.
  @Test func aRefusedStatementMakesItsFilesUnknown() {
    let result = run(
      """
      >>> import os
      >>> np.savetxt('a.txt', np.arange(3))
      >>> np.savetxt('a.txt', np.exp(np.arange(3.0).astype(np.float32)))
      >>> np.loadtxt('a.txt')
      >>> os.path.exists('b.txt')
      >>> os.listdir()
      >>> np.savetxt('a.txt', np.ones(2))
      >>> np.loadtxt('a.txt')
      array([1., 1.])

      """)
    #expect(result.diagnostics.map(\.location.line) == [3, 4, 5, 6], "\(result.diagnostics.map(\.message))")
    let later = result.diagnostics.dropFirst().map(\.message)
    #expect(later.allSatisfy { $0.contains("was refused, and Python would have run it") }, "\(later)")
  }

  /// In a script block the statements after the refused one never ran either; the message names the refused one.
  @Test func aRefusedScriptStatementIsTheOneNamed() {
    let session = SnippetSession()
    _ = session.check(
      Snippet(
        text: "np.savetxt('a.txt', np.arange(3))\nw = np.exp(np.arange(3.0).astype(np.float32))\nx = 1\ny = 2\n",
        origin: SourcePosition(line: 1, column: 1)))
    let later = session.check(
      Snippet(text: ">>> np.loadtxt('a.txt')\n", origin: SourcePosition(line: 10, column: 1)))
    let messages = later.diagnostics.map(\.message)
    #expect(messages.count == 1 && messages[0].contains("the statement on line 2 was refused"), "\(messages)")
  }

  @Test func nothingReachesTheRealDisk() throws {
    let name = "docbuild-chapter-file-\(UUID().uuidString).txt"
    let result = run(
      """
      with open('\(name)', 'w') as f:
          f.write('secret')
      np.save('\(name)', np.arange(3))
      np.savetxt('\(name).csv', np.ones(2))
      assert open('\(name)').read() != ''

      """)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    let folder = FileManager.default.currentDirectoryPath
    for file in [name, name + ".npy", name + ".csv"] {
      #expect(!FileManager.default.fileExists(atPath: folder + "/" + file))
    }
  }

  @Test func blocksShareTheFilesInOrderAndAChapterStartsEmpty() {
    let session = SnippetSession()
    #expect(run("np.save('shared', np.arange(4))\n", in: session).diagnostics.isEmpty)
    let second = run(
      """
      >>> np.load('shared.npy')
      array([0, 1, 2, 3])
      >>> import os
      >>> os.listdir()
      ['shared.npy']
      >>> os.path.exists('shared.npy'), os.path.exists('other.npy')
      (True, False)
      >>> os.remove('shared.npy')
      >>> os.listdir()
      []

      """, in: session)
    #expect(second.diagnostics.isEmpty, "\(second.diagnostics.map(\.message))")
    #expect(second.statements.filter { !$0.passed }.isEmpty)
    // A fresh block is a fresh namespace, not a fresh disk: the chapter's files stay.
    #expect(run("np.save('kept', np.ones(1))\n", in: session).diagnostics.isEmpty)
    let fresh = session.check(
      Snippet(
        text: "np.load('kept.npy')\n", origin: SourcePosition(line: 1, column: 1),
        options: SnippetOptions(fresh: true)))
    #expect(fresh.diagnostics.isEmpty, "\(fresh.diagnostics.map(\.message))")
    let other = run("np.load('shared.npy')\n")
    #expect(other.diagnostics.first?.message.hasPrefix("FileNotFoundError") == true)
  }

  @Test func theStoreIsBounded() {
    let bytes = run(
      """
      text = 'x' * 10_000_000
      for i in range(10):
          with open(f'part{i}.txt', 'w') as f:
              f.write(text)

      """)
    #expect(bytes.diagnostics.count == 1)
    #expect(bytes.diagnostics.first?.message.contains("at most 64 MiB") == true, "\(bytes.diagnostics.map(\.message))")
    let count = run(
      """
      for i in range(2000):
          np.save(f'a{i}', np.zeros(1))

      """)
    #expect(count.diagnostics.first?.message.contains("at most 1000 files") == true)
  }
}
