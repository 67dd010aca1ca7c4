import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses text as XML with Foundation's parser and collects what the tests look at: element names, attributes
/// and text, or the parser's error.
final class XMLCheck: NSObject, XMLParserDelegate {
  private(set) var elements: [(name: String, attributes: [String: String])] = []
  private(set) var text = ""
  private(set) var error: String?

  /// Parses `xml`; `error` is nil when it is well-formed.
  init(_ xml: String) {
    super.init()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = self
    if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "parse failed" }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append((elementName, attributes))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }
}
