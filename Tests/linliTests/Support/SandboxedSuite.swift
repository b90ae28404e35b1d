import Testing

/// A suite that runs the built `linli` in a sandbox of its own, expecting an exit status of each run.
///
/// A conforming struct declares `let linli: Linli` and `let box: Sandbox`; its memberwise initialiser and
/// ``init()`` (the built executable, a new sandbox) do the rest.
protocol SandboxedSuite {
    var linli: Linli { get }
    var box: Sandbox { get }

    init(linli: Linli, box: Sandbox)

    /// What the suite checks of every run besides its status; nothing unless the suite says.
    func inspect(_ result: Linli.Result, sourceLocation: SourceLocation)
}

extension SandboxedSuite {
    /// The built executable (``Linli/built(filePath:)``) and a new sandbox.
    init() throws {
        self.init(linli: try Linli.built(), box: try Sandbox())
    }

    func inspect(_ result: Linli.Result, sourceLocation: SourceLocation) {}

    /// Runs `linli arguments` in the sandbox (with `environment` laid over this process's) and expects it to
    /// exit with `status`; a failure shows the command line and what it printed on stderr.
    @discardableResult
    func run(
        _ arguments: [String], expecting status: Int32 = 0, environment: [String: String] = Linli.deterministic,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Linli.Result {
        let result = try linli.run(arguments, in: box.url, environment: environment)
        #expect(result.status == status, "linli \(arguments.joined(separator: " ")):\n\(result.stderr)", sourceLocation: sourceLocation)
        inspect(result, sourceLocation: sourceLocation)
        return result
    }

    /// ``run(_:expecting:environment:sourceLocation:)`` with the arguments listed.
    @discardableResult
    func run(
        _ arguments: String..., expecting status: Int32 = 0, environment: [String: String] = Linli.deterministic,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Linli.Result {
        try run(arguments, expecting: status, environment: environment, sourceLocation: sourceLocation)
    }
}
