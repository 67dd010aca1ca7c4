import DocbuildCLI
import Foundation

// `docbuild serve` starts this program with its parsed options; it parses them again with the same command and runs
// the server instead of starting itself. Started by hand (`swift run docbuild-serve --port 0`), it serves too.
ServeLauncher.server = ServeRunner.run
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first != "serve" { arguments.insert("serve", at: 0) }
exit(Docbuild.main(arguments))
