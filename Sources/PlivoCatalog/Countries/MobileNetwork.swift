/// A mobile operator as an SMS delivery report names it: `mcc` and `mnc` are the ITU-T E.212 codes that Plivo's
/// message details carry for the destination network.
public struct MobileNetwork: Hashable, Sendable {
    /// The operator's brand, as Plivo prints it in `outbound_networks_list[].group_name`.
    public let name: String
    /// Mobile country code, three digits.
    public let mcc: String
    /// Mobile network code, two or three digits.
    public let mnc: String

    public init(name: String, mcc: String, mnc: String) {
        self.name = name
        self.mcc = mcc
        self.mnc = mnc
    }
}
