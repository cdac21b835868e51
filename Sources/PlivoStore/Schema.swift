import CSQLite

/// The database schema, as an ordered list of migrations versioned with `PRAGMA user_version`.
///
/// Migration *n* (1-based) brings the schema from version n-1 to n. Never edit a shipped migration: append one.
/// All pending migrations run in one transaction at open, so a crash mid-way leaves the previous version intact.
enum Schema {
    static let migrations: [String] = [
        version1, version2, version3, version4, version5, version6, version7, version8,
    ]

    /// The version a fully migrated database reports.
    static var currentVersion: Int { migrations.count }

    /// Applies every migration the database has not seen yet. Idempotent: a migrated database is left untouched.
    static func migrate(_ database: SQLiteDatabase) throws {
        // Rebuilding a table (version 2) drops the old one, and with foreign keys on that DROP would first run
        // the ON DELETE actions of every row that references it. So they are off while migrating, checked before
        // the commit, and on again after, as SQLite's procedure says (https://sqlite.org/lang_altertable.html,
        // "Making Other Kinds Of Table Schema Changes"). The pragma is a no-op inside a transaction, hence the guard.
        guard !database.isInTransaction else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "migrations must not run inside a transaction")
        }
        let foreignKeys = try database.pragma("foreign_keys") == "1"
        if foreignKeys { try database.executeScript("PRAGMA foreign_keys = OFF") }
        defer { if foreignKeys { try? database.executeScript("PRAGMA foreign_keys = ON") } }
        try database.inTransaction {
            let version = try database.userVersion
            guard version <= currentVersion else {
                throw SQLiteError(code: 1, message: "database schema version \(version) is newer than this build "
                                  + "(\(currentVersion)); use a newer mock-plivo or another --db file")
            }
            guard version < currentVersion else { return }
            for migration in migrations[version...] {
                try database.executeScript(migration)
            }
            if let table = try database.pragma("foreign_key_check") {
                throw SQLiteError(code: SQLITE_CONSTRAINT, message: "migration left a broken foreign key in \(table)")
            }
            try database.setUserVersion(currentVersion)
        }
    }

    /// Every table has an `AUTOINCREMENT` `seq`: a creation sequence that is never reused after a delete, so
    /// "newest first" is `ORDER BY seq DESC` with no ties. The public ids are separate `UNIQUE` text columns.
    /// `account_id` is always the main account; `subaccount_id` names the owning subaccount, if any.
    private static let version1 = """
        CREATE TABLE accounts (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            auth_id     TEXT    NOT NULL UNIQUE,
            parent_id   TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            auth_token  TEXT    NOT NULL,
            name        TEXT    NOT NULL DEFAULT '',
            city        TEXT    NOT NULL DEFAULT '',
            address     TEXT    NOT NULL DEFAULT '',
            enabled     INTEGER NOT NULL DEFAULT 1,
            created     TEXT    NOT NULL,
            modified    TEXT
        );
        CREATE INDEX accounts_by_parent ON accounts(parent_id, seq);

        CREATE TABLE applications (
            seq                   INTEGER PRIMARY KEY AUTOINCREMENT,
            app_id                TEXT    NOT NULL UNIQUE,
            account_id            TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id         TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            app_name              TEXT    NOT NULL,
            answer_url            TEXT    NOT NULL,
            answer_method         TEXT    NOT NULL DEFAULT 'POST',
            hangup_url            TEXT    NOT NULL,
            hangup_method         TEXT    NOT NULL DEFAULT 'POST',
            fallback_answer_url   TEXT    NOT NULL DEFAULT '',
            fallback_method       TEXT    NOT NULL DEFAULT 'POST',
            message_url           TEXT    NOT NULL DEFAULT '',
            message_method        TEXT    NOT NULL DEFAULT 'POST',
            default_number_app    INTEGER NOT NULL DEFAULT 0,
            default_endpoint_app  INTEGER NOT NULL DEFAULT 0,
            enabled               INTEGER NOT NULL DEFAULT 1,
            public_uri            INTEGER NOT NULL DEFAULT 0,
            log_incoming_messages INTEGER NOT NULL DEFAULT 1,
            created               TEXT    NOT NULL
        );
        CREATE INDEX applications_by_account ON applications(account_id, seq);
        CREATE INDEX applications_by_subaccount ON applications(subaccount_id, seq);

        CREATE TABLE endpoints (
            seq            INTEGER PRIMARY KEY AUTOINCREMENT,
            endpoint_id    TEXT    NOT NULL UNIQUE,
            account_id     TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id  TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            username       TEXT    NOT NULL UNIQUE,
            password_hash  TEXT    NOT NULL,
            alias          TEXT    NOT NULL,
            app_id         TEXT    REFERENCES applications(app_id) ON DELETE SET NULL,
            created        TEXT    NOT NULL
        );
        CREATE INDEX endpoints_by_account ON endpoints(account_id, seq);
        CREATE INDEX endpoints_by_subaccount ON endpoints(subaccount_id, seq);
        CREATE INDEX endpoints_by_app ON endpoints(app_id);
        """

    /// `applications.seq` without `AUTOINCREMENT`, which wrote `sqlite_sequence` on every insert: over a quarter of
    /// an application create's SQL, and SQLite advises against it where it is not needed
    /// (https://sqlite.org/autoinc.html). A plain `INTEGER PRIMARY KEY` still numbers a new row max(seq)+1, so
    /// among the rows that exist `seq` keeps creation order and "newest first" is unchanged; only the number of a
    /// deleted newest row can come back, and nothing outside the store sees `seq`. SQLite cannot drop the keyword
    /// in place: the table is rebuilt, rows, ids and indexes kept.
    private static let version2 = """
        CREATE TABLE applications_v2 (
            seq                   INTEGER PRIMARY KEY,
            app_id                TEXT    NOT NULL UNIQUE,
            account_id            TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id         TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            app_name              TEXT    NOT NULL,
            answer_url            TEXT    NOT NULL,
            answer_method         TEXT    NOT NULL DEFAULT 'POST',
            hangup_url            TEXT    NOT NULL,
            hangup_method         TEXT    NOT NULL DEFAULT 'POST',
            fallback_answer_url   TEXT    NOT NULL DEFAULT '',
            fallback_method       TEXT    NOT NULL DEFAULT 'POST',
            message_url           TEXT    NOT NULL DEFAULT '',
            message_method        TEXT    NOT NULL DEFAULT 'POST',
            default_number_app    INTEGER NOT NULL DEFAULT 0,
            default_endpoint_app  INTEGER NOT NULL DEFAULT 0,
            enabled               INTEGER NOT NULL DEFAULT 1,
            public_uri            INTEGER NOT NULL DEFAULT 0,
            log_incoming_messages INTEGER NOT NULL DEFAULT 1,
            created               TEXT    NOT NULL
        );
        INSERT INTO applications_v2 SELECT * FROM applications;
        DROP TABLE applications;
        ALTER TABLE applications_v2 RENAME TO applications;
        CREATE INDEX applications_by_account ON applications(account_id, seq);
        CREATE INDEX applications_by_subaccount ON applications(subaccount_id, seq);
        DELETE FROM sqlite_sequence WHERE name = 'applications';
        """

    /// Numbers, incoming carriers and money.
    ///
    /// - `accounts.cash_credits`: the main account's balance in 1/100000 of a dollar (Plivo prints five decimals),
    ///   an integer so that every debit is exact; a new account starts with 100.00000. Subaccounts spend their
    ///   parent's.
    /// - `numbers`: every number an account holds, bought from the inventory or added from one of its incoming
    ///   carriers; `number` is unique across the store, since a number has one owner. Rates are kept as bought.
    ///   `app_id` falls back to the owner's default number app when its application is deleted (done by the
    ///   store), and removing a carrier removes the numbers it brought (`ON DELETE CASCADE`).
    /// - `row_counts`: how many numbers each owner holds, kept by triggers in the same transaction as the rows,
    ///   so a list's `total_count` costs one indexed read however many numbers an account holds.
    private static let version3 = """
        ALTER TABLE accounts ADD COLUMN cash_credits INTEGER NOT NULL DEFAULT 10000000;

        CREATE TABLE incoming_carriers (
            seq            INTEGER PRIMARY KEY,
            carrier_id     TEXT    NOT NULL UNIQUE,
            account_id     TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id  TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            name           TEXT    NOT NULL,
            ip_set         TEXT    NOT NULL,
            voice          INTEGER NOT NULL DEFAULT 1,
            sms            INTEGER NOT NULL DEFAULT 0,
            created        TEXT    NOT NULL
        );
        CREATE INDEX incoming_carriers_by_account ON incoming_carriers(account_id, seq);
        CREATE INDEX incoming_carriers_by_subaccount ON incoming_carriers(subaccount_id, seq);

        CREATE TABLE numbers (
            seq                  INTEGER PRIMARY KEY,
            number               TEXT    NOT NULL UNIQUE,
            account_id           TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id        TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            app_id               TEXT    REFERENCES applications(app_id) ON DELETE SET NULL,
            carrier_id           TEXT    REFERENCES incoming_carriers(carrier_id) ON DELETE CASCADE,
            alias                TEXT,
            number_type          TEXT    NOT NULL,
            country_iso          TEXT    NOT NULL,
            region               TEXT    NOT NULL,
            city                 TEXT    NOT NULL,
            voice_enabled        INTEGER NOT NULL,
            sms_enabled          INTEGER NOT NULL,
            mms_enabled          INTEGER NOT NULL,
            monthly_rental_rate  INTEGER NOT NULL,
            voice_rate           INTEGER NOT NULL,
            sms_rate             INTEGER NOT NULL,
            mms_rate             INTEGER NOT NULL,
            added_on             TEXT    NOT NULL,
            renewal_date         TEXT    NOT NULL
        );
        CREATE INDEX numbers_by_account ON numbers(account_id, seq);
        CREATE INDEX numbers_by_subaccount ON numbers(subaccount_id, seq);
        CREATE INDEX numbers_by_account_number ON numbers(account_id, number);
        CREATE INDEX numbers_by_app ON numbers(app_id);
        CREATE INDEX numbers_by_carrier ON numbers(carrier_id);

        CREATE TABLE row_counts (
            kind           TEXT    NOT NULL,
            account_id     TEXT    NOT NULL,
            subaccount_id  TEXT    NOT NULL DEFAULT '',
            count          INTEGER NOT NULL,
            PRIMARY KEY (kind, account_id, subaccount_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER numbers_counted_in AFTER INSERT ON numbers BEGIN
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            VALUES ('numbers', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;
        CREATE TRIGGER numbers_counted_out AFTER DELETE ON numbers BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE kind = 'numbers' AND account_id = OLD.account_id AND subaccount_id = coalesce(OLD.subaccount_id, '');
        END;
        CREATE TRIGGER numbers_counted_moved AFTER UPDATE OF account_id, subaccount_id ON numbers BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE kind = 'numbers' AND account_id = OLD.account_id AND subaccount_id = coalesce(OLD.subaccount_id, '');
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            VALUES ('numbers', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;
        """

    /// Messages and handsets.
    ///
    /// - `messages`: every message sent or received, one row per destination; times in microseconds since the
    ///   epoch (the engine's clock); amounts in 1/100000 of a dollar. `to_number` and `text` are stored masked
    ///   when the sender asked for `log=false`, so the database never holds what Plivo would not keep. Lists go
    ///   newest first by `message_time`, then `seq`: the order of both indexes (the rowid ends each entry), so a
    ///   page, with or without a time range, reads 20 index entries and stops.
    /// - `handsets`: the test-scripted phones of a main account's world, one JSON document each, keyed by number,
    ///   `sip:` user or `default`.
    private static let version4 = """
        CREATE TABLE messages (
            seq             INTEGER PRIMARY KEY,
            message_uuid    TEXT    NOT NULL UNIQUE,
            account_id      TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id   TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            direction       TEXT    NOT NULL,
            state           TEXT    NOT NULL,
            type            TEXT    NOT NULL,
            from_number     TEXT    NOT NULL,
            to_number       TEXT    NOT NULL,
            text            TEXT    NOT NULL,
            units           INTEGER NOT NULL,
            total_rate      INTEGER NOT NULL,
            total_amount    INTEGER NOT NULL,
            error_code      TEXT,
            message_time    INTEGER NOT NULL,
            sent_time       INTEGER,
            updated_time    INTEGER NOT NULL,
            powerpack_uuid  TEXT,
            media_urls      TEXT    NOT NULL DEFAULT ''
        );
        CREATE INDEX messages_by_account_time ON messages(account_id, message_time);
        CREATE INDEX messages_by_subaccount_time ON messages(subaccount_id, message_time);
        CREATE TRIGGER messages_counted_in AFTER INSERT ON messages BEGIN
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            VALUES ('messages', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;
        CREATE TRIGGER messages_counted_out AFTER DELETE ON messages BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE kind = 'messages' AND account_id = OLD.account_id AND subaccount_id = coalesce(OLD.subaccount_id, '');
        END;
        CREATE TRIGGER messages_counted_moved AFTER UPDATE OF account_id, subaccount_id ON messages BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE kind = 'messages' AND account_id = OLD.account_id AND subaccount_id = coalesce(OLD.subaccount_id, '');
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            VALUES ('messages', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;

        CREATE TABLE handsets (
            account_id  TEXT NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            handset     TEXT NOT NULL,
            document    TEXT NOT NULL,
            PRIMARY KEY (account_id, handset)
        ) WITHOUT ROWID;
        """

    /// Call detail records: one row per call that ended, written by the engine with the call's charge.
    ///
    /// Times are microseconds since the epoch on the engine's clock; amounts in 1/100000 of a dollar. Lists go
    /// newest first by `end_time`, then `seq`, the order of both indexes.
    private static let version5 = """
        CREATE TABLE calls (
            seq                 INTEGER PRIMARY KEY,
            call_uuid           TEXT    NOT NULL UNIQUE,
            request_uuid        TEXT,
            parent_call_uuid    TEXT,
            account_id          TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id       TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            direction           TEXT    NOT NULL,
            from_number         TEXT    NOT NULL,
            to_number           TEXT    NOT NULL,
            status              TEXT    NOT NULL,
            initiation_time     INTEGER NOT NULL,
            answer_time         INTEGER,
            end_time            INTEGER NOT NULL,
            duration            INTEGER NOT NULL,
            billed_duration     INTEGER NOT NULL,
            total_rate          INTEGER NOT NULL,
            total_amount        INTEGER NOT NULL,
            hangup_cause        TEXT    NOT NULL,
            hangup_cause_name   TEXT    NOT NULL,
            hangup_cause_code   INTEGER NOT NULL,
            hangup_source       TEXT    NOT NULL
        );
        CREATE INDEX calls_by_account_time ON calls(account_id, end_time);
        CREATE INDEX calls_by_subaccount_time ON calls(subaccount_id, end_time);
        CREATE TRIGGER calls_counted_in AFTER INSERT ON calls BEGIN
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            VALUES ('calls', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;
        CREATE TRIGGER calls_counted_out AFTER DELETE ON calls BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE kind = 'calls' AND account_id = OLD.account_id AND subaccount_id = coalesce(OLD.subaccount_id, '');
        END;
        """

    /// Recordings: one row per recording that ended, written by the engine in the batch of its other changes.
    ///
    /// The audio is not kept: it is made on request as silence of `end_time - start_time` in `format`.
    /// `from_number` and `to_number` are NULL when the engine did not know them; lists then read the call's CDR.
    /// `storage_rate` is per minute per month, in 1/100000 of a dollar, kept as it was when recorded, as numbers
    /// keep their rates. Lists go newest first by `add_time`, then `seq`, the order of both indexes; a call's
    /// recordings are found by `call_uuid`.
    private static let version6 = """
        CREATE TABLE recordings (
            seq              INTEGER PRIMARY KEY,
            recording_id     TEXT    NOT NULL UNIQUE,
            account_id       TEXT    NOT NULL REFERENCES accounts(auth_id) ON DELETE CASCADE,
            subaccount_id    TEXT    REFERENCES accounts(auth_id) ON DELETE CASCADE,
            call_uuid        TEXT    NOT NULL,
            conference_name  TEXT,
            kind             TEXT    NOT NULL,
            format           TEXT    NOT NULL,
            from_number      TEXT,
            to_number        TEXT,
            start_time       INTEGER NOT NULL,
            end_time         INTEGER NOT NULL,
            add_time         INTEGER NOT NULL,
            storage_rate     INTEGER NOT NULL
        );
        CREATE INDEX recordings_by_account_time ON recordings(account_id, add_time);
        CREATE INDEX recordings_by_subaccount_time ON recordings(subaccount_id, add_time);
        CREATE INDEX recordings_by_call ON recordings(call_uuid);
        CREATE TRIGGER recordings_counted_in AFTER INSERT ON recordings BEGIN
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            VALUES ('recordings', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;
        CREATE TRIGGER recordings_counted_out AFTER DELETE ON recordings BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE kind = 'recordings' AND account_id = OLD.account_id
            AND subaccount_id = coalesce(OLD.subaccount_id, '');
        END;
        """

    /// Every list's `total_count` and selective filters at a cost that does not grow with the account.
    ///
    /// - `row_counts` now also counts applications, endpoints and incoming carriers per owner, and subaccounts per
    ///   main account (`subaccounts`, under the parent's id with no subaccount), kept by triggers as numbers' are;
    ///   calls and recordings get the trigger for a row that changes owner, which every other counted table has.
    ///   Every count is taken again from the rows, so a database migrates with counts that match them whatever an
    ///   older build did. The count triggers also need `PRAGMA recursive_triggers` (``SQLiteDatabase``): without
    ///   it a row an `INSERT OR REPLACE` replaces leaves without its delete trigger, and its owner's count drifts.
    /// - Indexes for the filters that select a few rows: an `app_name` prefix (a range of
    ///   `applications_by_account_name`), a number's `alias`, a message's `error_code` (only failed messages have
    ///   one, so the index holds only them), a call's `from_number`, `to_number` and `parent_call_uuid`, a
    ///   recording's `call_uuid`. Each starts with the account, as every list's `WHERE` does, and orders its rows
    ///   as its list does where it can (the rowid, `seq`, ends every entry), so a page of them needs no sort and
    ///   SQLite prefers it to the index that orders the whole account (`recordings_by_call` alone lost to
    ///   `recordings_by_account_time`, which walks every recording of the account).
    private static let version7 = ownerCountTriggers(table: "applications")
        + ownerCountTriggers(table: "endpoints")
        + ownerCountTriggers(table: "incoming_carriers")
        + ownerCountTriggers(table: "calls", insertsAndDeletes: false)
        + ownerCountTriggers(table: "recordings", insertsAndDeletes: false)
        + version7Rest

    /// The triggers that keep `row_counts` for `table` (its rows owned by `account_id` and `subaccount_id`, counted
    /// under the table's name): a row inserted, deleted, or moved to another owner. `insertsAndDeletes: false`
    /// for the tables whose insert and delete triggers an earlier version made.
    private static func ownerCountTriggers(table: String, insertsAndDeletes: Bool = true) -> String {
        let countIn = """
                INSERT INTO row_counts (kind, account_id, subaccount_id, count)
                VALUES ('\(table)', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
                ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
            """
        let countOut = """
                UPDATE row_counts SET count = count - 1
                WHERE kind = '\(table)' AND account_id = OLD.account_id
                AND subaccount_id = coalesce(OLD.subaccount_id, '');
            """
        var sql = ""
        if insertsAndDeletes {
            sql += """
                CREATE TRIGGER \(table)_counted_in AFTER INSERT ON \(table) BEGIN
                \(countIn)
                END;
                CREATE TRIGGER \(table)_counted_out AFTER DELETE ON \(table) BEGIN
                \(countOut)
                END;

                """
        }
        sql += """
            CREATE TRIGGER \(table)_counted_moved AFTER UPDATE OF account_id, subaccount_id ON \(table) BEGIN
            \(countOut)
            \(countIn)
            END;

            """
        return sql
    }

    private static let version7Rest = """
        CREATE TRIGGER subaccounts_counted_in AFTER INSERT ON accounts WHEN NEW.parent_id IS NOT NULL BEGIN
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            VALUES ('subaccounts', NEW.parent_id, '', 1)
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;
        CREATE TRIGGER subaccounts_counted_out AFTER DELETE ON accounts WHEN OLD.parent_id IS NOT NULL BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE kind = 'subaccounts' AND account_id = OLD.parent_id AND subaccount_id = '';
        END;
        CREATE TRIGGER subaccounts_counted_moved AFTER UPDATE OF parent_id ON accounts BEGIN
            UPDATE row_counts SET count = count - 1
            WHERE OLD.parent_id IS NOT NULL AND kind = 'subaccounts' AND account_id = OLD.parent_id
            AND subaccount_id = '';
            INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'subaccounts', NEW.parent_id, '', 1 WHERE NEW.parent_id IS NOT NULL
            ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
        END;

        DELETE FROM row_counts;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'applications', account_id, coalesce(subaccount_id, ''), count(*) FROM applications GROUP BY 2, 3;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'endpoints', account_id, coalesce(subaccount_id, ''), count(*) FROM endpoints GROUP BY 2, 3;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'incoming_carriers', account_id, coalesce(subaccount_id, ''), count(*) FROM incoming_carriers
            GROUP BY 2, 3;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'numbers', account_id, coalesce(subaccount_id, ''), count(*) FROM numbers GROUP BY 2, 3;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'messages', account_id, coalesce(subaccount_id, ''), count(*) FROM messages GROUP BY 2, 3;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'calls', account_id, coalesce(subaccount_id, ''), count(*) FROM calls GROUP BY 2, 3;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'recordings', account_id, coalesce(subaccount_id, ''), count(*) FROM recordings GROUP BY 2, 3;
        INSERT INTO row_counts (kind, account_id, subaccount_id, count)
            SELECT 'subaccounts', parent_id, '', count(*) FROM accounts WHERE parent_id IS NOT NULL GROUP BY 2;

        CREATE INDEX applications_by_account_name ON applications(account_id, app_name);
        CREATE INDEX numbers_by_account_alias ON numbers(account_id, alias);
        CREATE INDEX messages_by_account_error ON messages(account_id, error_code, message_time)
            WHERE error_code IS NOT NULL;
        CREATE INDEX calls_by_account_from ON calls(account_id, from_number, end_time);
        CREATE INDEX calls_by_account_to ON calls(account_id, to_number, end_time);
        CREATE INDEX calls_by_account_parent ON calls(account_id, parent_call_uuid, end_time)
            WHERE parent_call_uuid IS NOT NULL;
        CREATE INDEX recordings_by_account_call ON recordings(account_id, call_uuid, add_time);
        """

    /// Cheaper inserts:
    /// - A counted row that is inserted is counted by the store, once per owner and transaction
    ///   (``PendingRowCounts``), instead of by a trigger per row: the trigger's upsert cost an eighth of an
    ///   application create. Deletes and changes of owner keep their triggers, since cascades inside SQLite make
    ///   them too. Subaccounts keep theirs: they are few, and made in three places.
    ///   A row inserted and then deleted or moved in one transaction (a fixture file naming one app_id twice)
    ///   is taken out before its insert is counted, so the triggers that take rows out upsert a -1 instead of
    ///   updating a count that may not exist yet; the commit's +1 then nets it out.
    /// - The indexes by subaccount hold only the rows a subaccount owns: a main account's own rows, most of them,
    ///   were one more index entry each that no query reads (a query naming a subaccount implies `IS NOT NULL`,
    ///   so SQLite still uses them, https://sqlite.org/partialindex.html). The owner's default apps, looked up by
    ///   `subaccount_id IS ?` (which implies nothing), get small indexes of their own, holding the defaults only.
    private static let version8 = partialSubaccountIndexes + countedOutUpserts + """
        CREATE INDEX applications_default_number ON applications(account_id, subaccount_id, seq)
            WHERE default_number_app = 1;
        CREATE INDEX applications_default_endpoint ON applications(account_id, subaccount_id, seq)
            WHERE default_endpoint_app = 1;
        DROP TRIGGER applications_counted_in;
        DROP TRIGGER endpoints_counted_in;
        DROP TRIGGER incoming_carriers_counted_in;
        DROP TRIGGER numbers_counted_in;
        DROP TRIGGER messages_counted_in;
        DROP TRIGGER calls_counted_in;
        DROP TRIGGER recordings_counted_in;
        """

    /// The count triggers of rows going out (deleted, or moved to another owner) for the tables whose inserts the
    /// store counts, remade so that each takes its row out with an upsert (see ``version8``).
    private static let countedOutUpserts = [
        "applications", "endpoints", "incoming_carriers", "numbers", "messages", "calls", "recordings",
    ].map { table in
        let countOut = """
                INSERT INTO row_counts (kind, account_id, subaccount_id, count)
                VALUES ('\(table)', OLD.account_id, coalesce(OLD.subaccount_id, ''), -1)
                ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count - 1;
            """
        let countIn = """
                INSERT INTO row_counts (kind, account_id, subaccount_id, count)
                VALUES ('\(table)', NEW.account_id, coalesce(NEW.subaccount_id, ''), 1)
                ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + 1;
            """
        return """
            DROP TRIGGER \(table)_counted_out;
            CREATE TRIGGER \(table)_counted_out AFTER DELETE ON \(table) BEGIN
            \(countOut)
            END;
            DROP TRIGGER \(table)_counted_moved;
            CREATE TRIGGER \(table)_counted_moved AFTER UPDATE OF account_id, subaccount_id ON \(table) BEGIN
            \(countOut)
            \(countIn)
            END;

            """
    }.joined()

    private static let partialSubaccountIndexes = [
        ("applications_by_subaccount", "applications", "seq"), ("endpoints_by_subaccount", "endpoints", "seq"),
        ("incoming_carriers_by_subaccount", "incoming_carriers", "seq"), ("numbers_by_subaccount", "numbers", "seq"),
        ("messages_by_subaccount_time", "messages", "message_time"), ("calls_by_subaccount_time", "calls", "end_time"),
        ("recordings_by_subaccount_time", "recordings", "add_time"),
    ].map { index, table, order in
        """
        DROP INDEX \(index);
        CREATE INDEX \(index) ON \(table)(subaccount_id, \(order)) WHERE subaccount_id IS NOT NULL;

        """
    }.joined()
}
