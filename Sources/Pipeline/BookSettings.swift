import Foundation

/// What a book sets beside its chapters: its own theme files and whether raw HTML may pass through.
public struct BookSettings: Sendable {
  /// The theme files a book may replace or add, besides any `NAME.mustache` partial.
  static let themeAssetNames: Set<String> = ["style.css", "search.js"]
  /// The optional settings file in the content folder.
  static let settingsFileName = "book.json"

  /// The book's theme files by file name (`page.mustache`, `style.css`), as the site renderer takes them.
  public var themeOverrides: [String: String] = [:]
  /// Each theme file's path as diagnostics print it, by file name.
  public var themePaths: [String: String] = [:]
  /// True when `book.json` says `"allowRawHTML": true`.
  public var allowsRawHTML = false

  /// Reads the theme files and `book.json` of `contentDirectory`; `names` is the folder's listing.
  static func load(contentDirectory: String, names: [String], workingDirectory: String) throws(CommandFailure)
    -> BookSettings
  {
    var settings = BookSettings()
    for name in names.sorted() where name.hasSuffix(".mustache") || themeAssetNames.contains(name) {
      let (path, text) = try read(name, in: contentDirectory, workingDirectory: workingDirectory)
      settings.themeOverrides[name] = text
      settings.themePaths[name] = path
    }
    if names.contains(settingsFileName) {
      let (path, text) = try read(settingsFileName, in: contentDirectory, workingDirectory: workingDirectory)
      settings.allowsRawHTML = try decodeAllowsRawHTML(text, path: path)
    }
    return settings
  }

  private static func read(_ name: String, in directory: String, workingDirectory: String) throws(CommandFailure)
    -> (path: String, text: String)
  {
    let fileSystemPath = (directory as NSString).appendingPathComponent(name)
    let path = relativePath(of: fileSystemPath, from: workingDirectory)
    guard let data = FileManager.default.contents(atPath: fileSystemPath) else {
      throw CommandFailure("cannot read '\(path)'")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CommandFailure("'\(path)' is not valid UTF-8 text")
    }
    return (path, text)
  }

  /// `book.json` is a JSON object whose only key is `allowRawHTML`; anything else is a mistake worth reporting.
  private static func decodeAllowsRawHTML(_ text: String, path: String) throws(CommandFailure) -> Bool {
    struct SettingsFile: Decodable {
      var allowRawHTML: Bool?
    }
    let data = Data(text.utf8)
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CommandFailure("'\(path)' must be a JSON object such as {\"allowRawHTML\": true}")
    }
    if let unknown = object.keys.sorted().first(where: { $0 != "allowRawHTML" }) {
      throw CommandFailure("'\(path)': unknown setting '\(unknown)' (the only setting is \"allowRawHTML\")")
    }
    guard let file = try? JSONDecoder().decode(SettingsFile.self, from: data) else {
      throw CommandFailure("'\(path)': \"allowRawHTML\" must be true or false")
    }
    return file.allowRawHTML ?? false
  }
}
