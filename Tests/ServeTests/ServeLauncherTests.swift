import Testing

@testable import DocbuildCLI

/// `docbuild serve` hands its parsed options to `docbuild-serve` as arguments; parsing them again must give the
/// same options, including values that look like options.
@Test func serveArgumentsParseBackToTheSameOptions() throws {
  let options = try BookOptions.parse([
    "--content=-odd folder", "--jobs", "3", "--memory-limit", "512M", "--quiet", "--no-cache",
  ])
  let arguments = ServeLauncher.serveArguments(options, host: "::1", port: 0, open: true)
  #expect(arguments.first == "serve")
  let parsed = try ServeCommand.parse(Array(arguments.dropFirst()))
  #expect(parsed.options.content == "-odd folder")
  #expect(parsed.options.jobs == 3)
  #expect(parsed.options.memoryLimit == "512M")
  #expect(parsed.options.quiet)
  #expect(parsed.options.noCache)
  #expect(parsed.host == "::1")
  #expect(parsed.port == 0)
  #expect(parsed.open)
}

@Test func serveArgumentsLeaveOutWhatWasNotGiven() throws {
  let arguments = ServeLauncher.serveArguments(try BookOptions.parse([]), host: "127.0.0.1", port: 8000, open: false)
  #expect(arguments == ["serve", "--content=content", "--host=127.0.0.1", "--port=8000"])
}
