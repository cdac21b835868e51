import ArgumentParser
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// Flags win over environment variables, which win over defaults; bad values are refused with a clear message.
@Suite struct ConfigurationResolverTests {
    private func resolve(_ arguments: [String], _ environment: [String: String] = [:]) throws -> Configuration {
        try ConfigurationResolver.resolve(try ServeCommand.parse(arguments), environment: environment)
    }

    @Test("Defaults use the demo account on loopback port 8000 in memory")

    func defaultsUseTheDemoAccountOnLoopbackPort8000InMemory() throws {
        let configuration = try resolve([])
        #expect(configuration == Configuration())
        #expect(configuration.host == "127.0.0.1" && configuration.port == 8000 && configuration.databasePath == ":memory:")
        #expect(configuration.usesDemoAccount && AccountIDFormat.isMainAccountID(configuration.authID))
    }

    @Test("Environment variables apply and flags override them")

    func environmentVariablesApplyAndFlagsOverrideThem() throws {
        let environment = ["MOCK_PLIVO_PORT": "9000", "MOCK_PLIVO_HOST": "0.0.0.0", "MOCK_PLIVO_DB": "/tmp/x.db",
                           "PLIVO_AUTH_ID": "MAENVIRONMENT0000001", "PLIVO_AUTH_TOKEN": "token", "MOCK_PLIVO_LOG_LEVEL": "debug"]
        let configuration = try resolve(["--port", "0"], environment)
        #expect(configuration.port == 0)
        #expect(configuration.host == "0.0.0.0" && configuration.databasePath == "/tmp/x.db" && configuration.logLevel == .debug)
        #expect(configuration.authID == "MAENVIRONMENT0000001" && !configuration.usesDemoAccount)
    }

    @Test("--allowed-hosts and MOCK_PLIVO_ALLOWED_HOSTS list the console's extra names")
    func allowedHosts() throws {
        #expect(try resolve([]).allowedHosts.isEmpty)
        #expect(try resolve(["--allowed-hosts", "Mock.Test, .ci.example"]).allowedHosts == ["mock.test", ".ci.example"])
        #expect(try resolve([], ["MOCK_PLIVO_ALLOWED_HOSTS": "*"]).allowedHosts == ["*"])
    }

    @Test("--outbound-hosts and MOCK_PLIVO_OUTBOUND_HOSTS bound where callbacks may go")
    func outboundHosts() throws {
        #expect(try resolve([]).outboundHosts == nil)
        #expect(try resolve(["--outbound-hosts", "loopback, Hooks.Test,::1"]).outboundHosts == ["loopback", "hooks.test", "::1"])
        #expect(try resolve([], ["MOCK_PLIVO_OUTBOUND_HOSTS": "10.0.0.7"]).outboundHosts == ["10.0.0.7"])
    }

    @Test("--public-url and MOCK_PLIVO_PUBLIC_URL give the base of recording URLs")
    func publicURL() throws {
        #expect(try resolve([]).publicURL == nil)
        #expect(try resolve(["--public-url", "http://mock-plivo:8000"]).publicURL == "http://mock-plivo:8000")
        #expect(try resolve([], ["MOCK_PLIVO_PUBLIC_URL": "https://mock.test/plivo/"]).publicURL
            == "https://mock.test/plivo/")
    }

    @Test("Bad settings are refused with a message", arguments: [
        (["--port", "70000"], [:], "port must be a number from 0 to 65535, not '70000'"),
        ([], ["MOCK_PLIVO_PORT": "http"], "port must be a number from 0 to 65535, not 'http'"),
        (["--log-level", "loud"], [:], "log level must be debug, info, warning or error, not 'loud'"),
        (["--auth-id", "MAXXXXXXXXXXXXXXXXXX"], [:], "give both an auth id and an auth token (PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN), or neither"),
        (["--auth-id", "user", "--auth-token", "t"], [:], "auth id must be MA followed by 18 upper-case letters or digits, as Plivo's are: 'user'"),
        (["--allowed-hosts", "mock.test:8000"], [:], "allowed hosts are names without a scheme or port, not 'mock.test:8000'"),
        (["--outbound-hosts", "hooks.test:8080"], [:],
         "outbound hosts are names or addresses without a scheme or port, not 'hooks.test:8080'"),
        (["--outbound-hosts", "http://hooks.test"], [:],
         "outbound hosts are names or addresses without a scheme or port, not 'http://hooks.test'"),
        (["--outbound-hosts", " , "], [:], "outbound hosts must name at least one host, or loopback"),
        (["--public-url", "mock-plivo:8000"], [:],
         "public URL must be an absolute http or https URL without a query, not 'mock-plivo:8000'"),
        ([], ["MOCK_PLIVO_PUBLIC_URL": "http://mock.test/?a=1"],
         "public URL must be an absolute http or https URL without a query, not 'http://mock.test/?a=1'"),
    ] as [([String], [String: String], String)])
    func badSettingsAreRefusedWithAMessage(arguments: [String], environment: [String: String], message: String) {
        #expect(throws: ConfigurationError(message: message)) { try resolve(arguments, environment) }
    }
}
