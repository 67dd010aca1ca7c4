import SourceText

@testable import Plot
@testable import Snippets

/// Runs blocks in one fresh chapter session, as the pipeline does.
enum PlotSession {
  static func run(_ texts: [String]) -> [CheckedBlock] {
    let session = SnippetSession()
    return texts.map { session.check(Snippet(text: $0, origin: SourcePosition(line: 1, column: 1))) }
  }

  static func run(_ text: String) -> CheckedBlock { run([text])[0] }

  /// Every figure a block showed, in order.
  static func figures(_ text: String) -> [Figure] {
    run(text).statements.flatMap(\.figures)
  }
}
