import CallEngine
import PlivoSupport

/// A room as `GET …/Conference/{name}/` shows it: counts and times as strings of whole seconds, as Plivo sends
/// them, and its members in the order they joined.
enum ConferenceJSON {
    static func write(_ room: LiveConference, apiID: String, now: SimulatedTime, to json: inout JSONWriter) {
        json.object { object in
            object.member("api_id", apiID)
            object.member("conference_member_count", String(room.members.count))
            object.member("conference_name", room.name)
            object.member("conference_run_time", seconds(since: room.createdAt, now))
            object.key("members")
            object.array { array in
                for member in room.members {
                    array.object { object in
                        object.member("call_uuid", member.callUUID)
                        object.member("caller_name", member.callerName)
                        object.member("deaf", member.deaf)
                        object.member("direction", member.direction.rawValue)
                        object.member("from", member.from)
                        object.member("join_time", seconds(since: member.joinedAt, now))
                        object.member("member_id", member.memberID)
                        object.member("muted", member.muted)
                        object.member("to", member.to)
                    }
                }
            }
        }
    }

    /// Whole seconds elapsed, rounded down: a room opened 2.5 s ago has run 2 s.
    private static func seconds(since start: SimulatedTime, _ now: SimulatedTime) -> String {
        guard now > start else { return "0" }
        return String((now - start).microseconds / 1_000_000)
    }
}
