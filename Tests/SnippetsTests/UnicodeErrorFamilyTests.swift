import SourceText
import Testing

@testable import Snippets

/// The Unicode errors derive from UnicodeError and ValueError, as in CPython: `except UnicodeError` catches the
/// UnicodeEncodeError that `str.encode` raises. Making one, or reading the fields CPython keeps on exceptions, is
/// refused rather than printed differently. Expected outputs printed by CPython 3.11.
struct UnicodeErrorFamilyTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test func anEncodeErrorIsCaughtAsAUnicodeError() {
    let transcript = """
      >>> def filter_name(name):
      ...     try:
      ...         name = name.encode('ascii')
      ...     except UnicodeError as e:
      ...         print('OK', type(e).__name__, isinstance(e, ValueError))
      ...     return name
      ...
      >>> filter_name('Gaël')
      OK UnicodeEncodeError True
      'Gaël'
      >>> issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeTranslateError, ValueError)
      (True, True)

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.location.line): \($0.message)" })")
  }

  @Test func makingOneOrReadingItsFieldsIsRefused() {
    let transcript = """
      >>> raise UnicodeEncodeError('x')
      >>> try:
      ...     'é'.encode('ascii')
      ... except UnicodeEncodeError as e:
      ...     print(e.reason)
      ...

      """
    let result = run(transcript)
    let messages = result.diagnostics.map(\.message)
    #expect(messages.count == 2, "\(messages)")
    #expect(messages.first?.contains("making a UnicodeEncodeError is not supported") == true)
    #expect(messages.last?.contains("UnicodeEncodeError.reason is not kept in snippets") == true)
  }
}
