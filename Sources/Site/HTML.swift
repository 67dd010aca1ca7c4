/// An HTML fragment built by construction: tag and attribute names are fixed strings in docbuild's code, text and
/// attribute values are escaped as they are written, and markup goes in unescaped only as a literal in the code or
/// as a fragment docbuild made itself (`init(trusted:)`: MathML, SVG). No user text can become markup by a forgotten
/// call, because no function here takes user text without escaping it.
///
/// The markup is kept as UTF-8 bytes: a page is thousands of small appends (a highlighted token is an opening tag, its
/// text and a closing tag), and appending a fixed tag's bytes copies them where making a `String` of it allocated.
struct HTML: Sendable, Equatable {
  /// The markup written so far, UTF-8.
  private(set) var bytes: [UInt8] = []

  /// An empty fragment.
  init() {}

  /// Markup that docbuild's own renderers made (MathML from `MathML`, SVG from `Plot`), written as it is.
  init(trusted markup: String) { bytes.append(contentsOf: markup.utf8) }

  /// The markup as text.
  var markup: String { String(decoding: bytes, as: UTF8.self) }

  /// A fragment of escaped text.
  static func text(_ text: String) -> HTML {
    var html = HTML()
    html.text(text)
    return html
  }

  /// A fragment of fixed markup written in the code.
  static func literal(_ markup: StaticString) -> HTML {
    var html = HTML()
    html.literal(markup)
    return html
  }

  /// One element holding `content`.
  static func element(_ tag: StaticString, _ attributes: [HTMLAttribute] = [], _ content: HTML) -> HTML {
    var html = HTML()
    html.element(tag, attributes, content)
    return html
  }

  /// Whether nothing has been written.
  var isEmpty: Bool { bytes.isEmpty }

  /// Writes text, escaped.
  mutating func text(_ text: String) { appendEscapedHTML(text, to: &bytes) }

  /// Writes text, escaped.
  mutating func text(_ text: Substring) { appendEscapedHTML(text, to: &bytes) }

  /// Writes fixed markup from the code: a line break, `<hr />`, a closing tag.
  mutating func literal(_ fixed: StaticString) {
    fixed.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Writes another fragment.
  mutating func append(_ fragment: HTML) { bytes.append(contentsOf: fragment.bytes) }

  /// Writes an opening tag; attributes with a nil value are left out.
  mutating func open(_ tag: StaticString, _ attributes: [HTMLAttribute] = []) {
    bytes.append(UInt8(ascii: "<"))
    literal(tag)
    write(attributes)
    bytes.append(UInt8(ascii: ">"))
  }

  /// Writes an opening tag with one attribute, `class` or `id` say (no array of attributes is made).
  mutating func open(_ tag: StaticString, _ name: StaticString, _ value: String) {
    bytes.append(UInt8(ascii: "<"))
    literal(tag)
    write(name, value)
    bytes.append(UInt8(ascii: ">"))
  }

  /// Writes a closing tag.
  mutating func close(_ tag: StaticString) {
    bytes.append(UInt8(ascii: "<"))
    bytes.append(UInt8(ascii: "/"))
    literal(tag)
    bytes.append(UInt8(ascii: ">"))
  }

  /// Writes an element without content: `<img … />` in HTML, or `<rect …/>` (no space before the slash, as SVG is
  /// usually written) with `svg`.
  mutating func selfClosing(_ tag: StaticString, _ attributes: [HTMLAttribute] = [], svg: Bool = false) {
    bytes.append(UInt8(ascii: "<"))
    literal(tag)
    write(attributes)
    if svg { literal("/>") } else { literal(" />") }
  }

  /// Drops one line break at the end, if there is one (a tight list item's last paragraph loses it).
  mutating func dropTrailingNewline() {
    if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
  }

  /// Writes one element holding `content`.
  mutating func element(_ tag: StaticString, _ attributes: [HTMLAttribute] = [], _ content: HTML) {
    open(tag, attributes)
    append(content)
    close(tag)
  }

  /// Writes one element with one attribute holding `content`.
  mutating func element(_ tag: StaticString, _ name: StaticString, _ value: String, _ content: HTML) {
    open(tag, name, value)
    append(content)
    close(tag)
  }

  private mutating func write(_ attributes: [HTMLAttribute]) {
    for attribute in attributes {
      guard let value = attribute.value else { continue }
      write(attribute.name, value)
    }
  }

  private mutating func write(_ name: StaticString, _ value: String) {
    bytes.append(UInt8(ascii: " "))
    literal(name)
    bytes.append(UInt8(ascii: "="))
    bytes.append(UInt8(ascii: "\""))
    appendEscapedHTML(value, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Joins fragments with a fixed separator.
  static func joined(_ fragments: [HTML], separator: StaticString = "") -> HTML {
    var html = HTML()
    for (index, fragment) in fragments.enumerated() {
      if index > 0 { html.literal(separator) }
      html.append(fragment)
    }
    return html
  }

  /// Both fragments, one after the other.
  static func + (lhs: HTML, rhs: HTML) -> HTML {
    var html = lhs
    html.append(rhs)
    return html
  }

  /// Appends a fragment.
  static func += (lhs: inout HTML, rhs: HTML) { lhs.append(rhs) }
}

/// One attribute of an element: a fixed name, and a value escaped when written (a nil value leaves it out).
struct HTMLAttribute: Sendable {
  /// The attribute's name, fixed in the code.
  let name: StaticString
  /// The unescaped value, or nil for no attribute.
  let value: String?

  /// An attribute with a plain value.
  init(_ name: StaticString, _ value: String?) {
    self.name = name
    self.value = value
  }

  /// An `href` or `src`: percent-encoded as a browser would read it (`SafeURL.percentEncoded`), then escaped.
  static func url(_ name: StaticString, _ url: String) -> HTMLAttribute {
    HTMLAttribute(name, SafeURL.percentEncoded(url))
  }
}

extension HTML: CustomStringConvertible {
  /// The markup.
  var description: String { markup }
}
