import HTTPServerKit

/// Plivo's Conference calls, relative to the account group. Routes only declare.
enum ConferenceRoutes {
    static func register(_ conferences: ConferenceHandlers, members: ConferenceMemberHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /Conference/", conferences.list)
        routes.add("DELETE /Conference/", conferences.hangupAll)
        routes.add("GET /Conference/:conferenceName/", conferences.get)
        routes.add("DELETE /Conference/:conferenceName/", conferences.hangup)
        routes.add("POST /Conference/:conferenceName/Record/", conferences.startRecording)
        routes.add("DELETE /Conference/:conferenceName/Record/", conferences.stopRecording)
        routes.add("DELETE /Conference/:conferenceName/Member/:memberID/", members.hangup)
        routes.add("POST /Conference/:conferenceName/Member/:memberID/Kick/", members.kick)
        routes.add("POST /Conference/:conferenceName/Member/:memberID/Mute/", members.mute)
        routes.add("DELETE /Conference/:conferenceName/Member/:memberID/Mute/", members.unmute)
        routes.add("POST /Conference/:conferenceName/Member/:memberID/Deaf/", members.deaf)
        routes.add("DELETE /Conference/:conferenceName/Member/:memberID/Deaf/", members.undeaf)
        routes.add("POST /Conference/:conferenceName/Member/:memberID/Play/", members.play)
        routes.add("DELETE /Conference/:conferenceName/Member/:memberID/Play/", members.stopPlay)
        routes.add("POST /Conference/:conferenceName/Member/:memberID/Speak/", members.speak)
        routes.add("DELETE /Conference/:conferenceName/Member/:memberID/Speak/", members.stopSpeak)
    }
}
