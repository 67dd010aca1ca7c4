/// Escapes text for HTML element content and double-quoted attribute values.
///
/// Escapes the quotes too, so the one function serves both places; only the five XML entities are used, which keeps
/// every page parseable as XML.
func escapeHTML(_ text: String) -> String {
  var escaped = ""
  escaped.reserveCapacity(text.utf8.count)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": escaped += "&amp;"
    case "<": escaped += "&lt;"
    case ">": escaped += "&gt;"
    case "\"": escaped += "&quot;"
    case "'": escaped += "&#39;"
    default: escaped.unicodeScalars.append(scalar)
    }
  }
  return escaped
}
