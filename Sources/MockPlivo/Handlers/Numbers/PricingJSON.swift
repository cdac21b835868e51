import PlivoCatalog
import PlivoSupport

/// A country's prices as Plivo returns them (plivo-python's `pricingGetResponse.json`): the same rates the
/// inventory's numbers show and the mock bills calls and messages at.
enum PricingJSON {
    static func write(_ country: Country, apiID: String, into json: inout JSONWriter) {
        let pricing = country.pricing
        json.object { object in
            object.member("api_id", apiID)
            object.member("country", country.name)
            object.member("country_code", Int(country.callingCode) ?? 0)
            object.member("country_iso", country.isoCode)
            object.key("message")
            object.object { message in
                message.key("inbound")
                rate(pricing.message.inbound, into: &message)
                message.key("outbound")
                rate(pricing.message.outbound, into: &message)
                message.key("outbound_networks_list")
                message.array { list in
                    for network in pricing.message.outboundNetworks {
                        list.object { item in
                            item.member("group_name", network.groupName)
                            item.member("rate", network.rate.plivoString)
                        }
                    }
                }
            }
            object.key("phone_numbers")
            object.object { numbers in
                for kind in NumberKind.allCases {
                    guard let rates = pricing.phoneNumbers[kind] else { continue }
                    numbers.key(kind.rawValue)
                    rate(rates.monthly, into: &numbers)
                }
            }
            object.key("voice")
            object.object { voice in
                voice.key("inbound")
                voice.object { inbound in
                    inbound.key("ip")
                    rate(pricing.voice.inbound.ip, into: &inbound)
                    inbound.key("local")
                    rate(pricing.voice.inbound.local, into: &inbound)
                    inbound.key("tollfree")
                    rate(pricing.voice.inbound.tollfree, into: &inbound)
                }
                voice.key("outbound")
                voice.object { outbound in
                    outbound.key("ip")
                    rate(pricing.voice.outbound.ip, into: &outbound)
                    outbound.key("local")
                    rate(pricing.voice.outbound.local, into: &outbound)
                    outbound.key("rates")
                    outbound.array { rates in
                        for line in pricing.voice.outbound.rates {
                            rates.object { item in
                                item.key("prefix")
                                item.array { prefixes in for prefix in line.prefixes { prefixes.value(prefix) } }
                                item.member("rate", line.rate.plivoString)
                            }
                        }
                    }
                    outbound.key("tollfree")
                    rate(pricing.voice.outbound.tollfree, into: &outbound)
                }
            }
        }
    }

    /// `{"rate": "0.00850"}`.
    private static func rate(_ amount: Money, into json: inout JSONWriter) {
        json.object { $0.member("rate", amount.plivoString) }
    }
}
