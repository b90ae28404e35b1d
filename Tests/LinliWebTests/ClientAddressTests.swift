import Testing

@testable import LinliWeb

@Suite("The client address behind trusted proxies")
struct ClientAddressTests {
    static let proxy: Set<String> = ["10.0.0.2"]

    @Test func withNoTrustedProxyTheHeaderIsIgnored() {
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: ["203.0.113.7"], trusted: []) == "10.0.0.2")
    }

    @Test func anUntrustedPeerIsTheClientWhateverItWrites() {
        #expect(ClientAddress.resolve(peer: "198.51.100.9", forwardedFor: ["203.0.113.7"], trusted: Self.proxy) == "198.51.100.9")
    }

    @Test func theRightmostEntryIsWhatTheProxySaw() {
        let forged = ["1.2.3.4, 203.0.113.7"]
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: forged, trusted: Self.proxy) == "203.0.113.7")
    }

    @Test func aChainOfTrustedProxiesIsWalkedAndHeaderLinesJoin() {
        let trusted: Set<String> = ["10.0.0.2", "10.0.0.3"]
        let lines = ["1.2.3.4, 203.0.113.7", "10.0.0.3"]
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: lines, trusted: trusted) == "203.0.113.7")
    }

    @Test func aMissingHeaderLeavesTheProxy() {
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: [], trusted: Self.proxy) == "10.0.0.2")
    }

    @Test func anEntryThatIsNoAddressEndsAtTheLastTrustedHop() {
        let lines = ["203.0.113.7, <script>, 10.0.0.3"]
        let trusted: Set<String> = ["10.0.0.2", "10.0.0.3"]
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: lines, trusted: trusted) == "10.0.0.3")
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: ["unknown"], trusted: Self.proxy) == "10.0.0.2")
    }

    @Test func anIPv4MappedPeerIsItsIPv4Address() {
        #expect(ClientAddress.normalised("::ffff:10.0.0.2") == "10.0.0.2")
        #expect(ClientAddress.resolve(peer: "::ffff:10.0.0.2", forwardedFor: ["::ffff:203.0.113.7"], trusted: Self.proxy) == "203.0.113.7")
    }

    @Test func addressesAreComparedInCanonicalForm() {
        #expect(ClientAddress.normalised("0:0:0:0:0:0:0:1") == ClientAddress.normalised("::1"))
        #expect(ClientAddress.normalised("10.0.0.256") == nil)
        #expect(ClientAddress.normalised("") == nil)
        let v6: Set<String> = [ClientAddress.normalised("::1")!]
        #expect(ClientAddress.resolve(peer: "0:0:0:0:0:0:0:1", forwardedFor: ["2001:DB8::7"], trusted: v6) == ClientAddress.normalised("2001:db8::7"))
    }
}
