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
  /// True when `book.json` says `"allowFilesOutsideContent": true`: chapters and theme files may then be links to
  /// files outside the content folder. Off by default, so a planted link never publishes a secret.
  public var allowsFilesOutsideContent = false
  /// How equations and figures are numbered: "2.3" within each chapter (the default) or 1, 2, 3… through the book
  /// (`"equationNumbering": "book"`).
  public var equationNumbering = EquationNumbering.chapter
  /// True when `book.json` says `"requireCheckedEquations": true`: a numbered equation no code checks is an error.
  public var requiresCheckedEquations = false
  /// Every file read here (`book.json`, theme files) as it was read, by the path it was opened under: the book
  /// manifest records what a verdict depended on.
  var filesRead: [String: String] = [:]

  /// How numbered equations and figures count.
  public enum EquationNumbering: String, Sendable, Decodable {
    /// Chapter number, a dot, and the count within the chapter: (2.3).
    case chapter
    /// One count through the whole book: (7).
    case book
  }

  /// Reads `book.json` and then the theme files of `contentDirectory`, whose resolved path is `root`; `names` is the
  /// folder's listing. `book.json` itself must always be inside the folder: it is what lets other files out.
  static func load(contentDirectory: String, root: String, names: [String], workingDirectory: String)
    throws(CommandFailure) -> BookSettings
  {
    var settings = BookSettings()
    if names.contains(settingsFileName) {
      let (path, text) = try read(
        settingsFileName, in: contentDirectory, confinedTo: root, workingDirectory: workingDirectory)
      settings.filesRead[(contentDirectory as NSString).appendingPathComponent(settingsFileName)] = text
      let file = try decode(text, path: path)
      settings.allowsRawHTML = file.allowRawHTML ?? false
      settings.allowsFilesOutsideContent = file.allowFilesOutsideContent ?? false
      settings.equationNumbering = file.equationNumbering ?? .chapter
      settings.requiresCheckedEquations = file.requireCheckedEquations ?? false
    }
    for name in names.sorted() where name.hasSuffix(".mustache") || themeAssetNames.contains(name) {
      let (path, text) = try read(
        name, in: contentDirectory, confinedTo: settings.allowsFilesOutsideContent ? nil : root,
        workingDirectory: workingDirectory)
      settings.themeOverrides[name] = text
      settings.filesRead[(contentDirectory as NSString).appendingPathComponent(name)] = text
      settings.themePaths[name] = path
    }
    return settings
  }

  private static func read(_ name: String, in directory: String, confinedTo root: String?, workingDirectory: String)
    throws(CommandFailure) -> (path: String, text: String)
  {
    let fileSystemPath = (directory as NSString).appendingPathComponent(name)
    let path = relativePath(of: fileSystemPath, from: workingDirectory)
    let bytes = try FileAccess.readFile(fileSystemPath, shown: path, confinedTo: root)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let position = SourceFile.firstInvalidPosition(in: bytes)
      throw CommandFailure(
        "not valid UTF-8 text", at: "\(path):\(position?.line ?? 1):\(position?.column ?? 1)")
    }
    return (path, text)
  }

  /// What `book.json` may hold.
  private struct SettingsFile: Decodable {
    var allowRawHTML: Bool?
    var allowFilesOutsideContent: Bool?
    var equationNumbering: EquationNumbering?
    var requireCheckedEquations: Bool?
  }

  /// `book.json` is a JSON object whose keys are `allowRawHTML`, `allowFilesOutsideContent` and
  /// `requireCheckedEquations` (each true or false) and `equationNumbering` ("chapter" or "book"); anything else is a
  /// mistake worth reporting.
  private static func decode(_ text: String, path: String) throws(CommandFailure) -> SettingsFile {
    let known = ["allowRawHTML", "allowFilesOutsideContent", "equationNumbering", "requireCheckedEquations"]
    let data = Data(text.utf8)
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CommandFailure("'\(path)' must be a JSON object such as {\"allowRawHTML\": true}")
    }
    if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
      throw CommandFailure(
        "'\(path)': unknown setting '\(unknown)' (the settings are "
          + known.map { "\"\($0)\"" }.joined(separator: ", ") + ")")
    }
    guard let file = try? JSONDecoder().decode(SettingsFile.self, from: data) else {
      throw CommandFailure(
        "'\(path)': \"allowRawHTML\", \"allowFilesOutsideContent\" and \"requireCheckedEquations\" must be true or "
          + "false, and \"equationNumbering\" \"chapter\" or \"book\"")
    }
    return file
  }
}
