import DocbuildCLI

DocbuildCommand.main()
