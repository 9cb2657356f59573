#include "fetch/state_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>

namespace provscore::fetch {
namespace {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA busy_timeout = 5000;
CREATE TABLE IF NOT EXISTS url_state (
  url TEXT PRIMARY KEY,
  last_fetch TEXT NOT NULL,
  http_status INTEGER NOT NULL,
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  payload_digest TEXT NOT NULL DEFAULT '',
  warc_file TEXT NOT NULL DEFAULT '',
  warc_offset INTEGER NOT NULL DEFAULT 0,
  record_id TEXT NOT NULL DEFAULT '',
  record_date TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS payload (
  digest TEXT PRIMARY KEY,
  record_id TEXT NOT NULL,
  target_uri TEXT NOT NULL,
  date TEXT NOT NULL,
  warc_file TEXT NOT NULL,
  warc_offset INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS schedule (
  source_url TEXT PRIMARY KEY,
  interval_seconds INTEGER NOT NULL,
  next_due INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS schedule_next_due ON schedule(next_due);
)sql";

// Version 2 adds the re-capture queue. Each step is idempotent, so a file at any earlier
// version (version 1 files report user_version 0) comes up to date.
constexpr int kSchemaVersion = 2;
constexpr const char* kMigrateTo2 = R"sql(
CREATE TABLE IF NOT EXISTS recapture (
  url TEXT PRIMARY KEY,
  source_url TEXT NOT NULL,
  discovered INTEGER NOT NULL,
  steps_done INTEGER NOT NULL DEFAULT 0,
  next_due INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS recapture_next_due ON recapture(next_due);
)sql";

std::string Text(sqlite3_stmt* s, int col) {
  const unsigned char* t = sqlite3_column_text(s, col);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s, col))) : "";
}

void Bind(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

}  // namespace

struct StateDb::Impl {
  DbPtr db;
  StmtPtr get_url, put_url, get_payload, put_payload, put_schedule, due_schedule, get_schedule, list_schedule,
      remove_schedule, put_recapture, get_recapture, due_recaptures, next_recapture, remove_recapture;

  // Runs a query of recapture rows to completion.
  Result<std::vector<RecaptureEntry>> RecaptureRows(sqlite3_stmt* s) {
    std::vector<RecaptureEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      out.push_back({Text(s, 0), Text(s, 1), sqlite3_column_int64(s, 2), sqlite3_column_int(s, 3),
                     sqlite3_column_int64(s, 4)});
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) return Error("read recapture");
    return out;
  }

  // Runs a query of schedule rows to completion.
  Result<std::vector<ScheduleEntry>> ScheduleRows(sqlite3_stmt* s) {
    std::vector<ScheduleEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      out.push_back({Text(s, 0), sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2)});
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) return Error("read schedule");
    return out;
  }

  Status Error(const std::string& what) const {
    return IoError("sqlite: " + what + ": " + sqlite3_errmsg(db.get()));
  }
  Result<StmtPtr> Prepare(const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql, -1, &s, nullptr) != SQLITE_OK) return Error("prepare");
    return StmtPtr(s);
  }
  // Runs a write statement to completion and resets it.
  Status Step(sqlite3_stmt* s, const char* what) {
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? Status::Ok() : Error(what);
  }
};

StateDb::StateDb(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StateDb::~StateDb() = default;

Result<std::unique_ptr<StateDb>> StateDb::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  impl->db.reset(raw);  // sqlite3_open_v2 hands back a handle even on failure
  if (rc != SQLITE_OK) return impl->Error("open " + path);
  char* err = nullptr;
  if (sqlite3_exec(raw, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return IoError("sqlite: schema of " + path + ": " + msg);
  }
  const std::string migrate = std::string("BEGIN;") + kMigrateTo2 + "PRAGMA user_version = " +
                              std::to_string(kSchemaVersion) + ";COMMIT;";
  if (sqlite3_exec(raw, migrate.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    sqlite3_exec(raw, "ROLLBACK;", nullptr, nullptr, nullptr);
    return IoError("sqlite: upgrading " + path + " to schema version " + std::to_string(kSchemaVersion) + ": " + msg);
  }
  struct {
    StmtPtr* slot;
    const char* sql;
  } statements[] = {
      {&impl->get_url,
       "SELECT url, last_fetch, http_status, etag, last_modified, payload_digest, warc_file, warc_offset, "
       "record_id, record_date FROM url_state WHERE url = ?1"},
      {&impl->put_url,
       "INSERT OR REPLACE INTO url_state (url, last_fetch, http_status, etag, last_modified, payload_digest, "
       "warc_file, warc_offset, record_id, record_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
      {&impl->get_payload,
       "SELECT digest, record_id, target_uri, date, warc_file, warc_offset FROM payload WHERE digest = ?1"},
      {&impl->put_payload,
       "INSERT OR IGNORE INTO payload (digest, record_id, target_uri, date, warc_file, warc_offset) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&impl->put_schedule,
       "INSERT OR REPLACE INTO schedule (source_url, interval_seconds, next_due) VALUES (?1, ?2, ?3)"},
      {&impl->due_schedule,
       "SELECT source_url, interval_seconds, next_due FROM schedule WHERE next_due <= ?1 ORDER BY next_due, "
       "source_url"},
      {&impl->get_schedule, "SELECT source_url, interval_seconds, next_due FROM schedule WHERE source_url = ?1"},
      {&impl->list_schedule, "SELECT source_url, interval_seconds, next_due FROM schedule ORDER BY next_due, source_url"},
      {&impl->remove_schedule, "DELETE FROM schedule WHERE source_url = ?1"},
      {&impl->put_recapture,
       "INSERT OR REPLACE INTO recapture (url, source_url, discovered, steps_done, next_due) "
       "VALUES (?1, ?2, ?3, ?4, ?5)"},
      {&impl->get_recapture,
       "SELECT url, source_url, discovered, steps_done, next_due FROM recapture WHERE url = ?1"},
      {&impl->due_recaptures,
       "SELECT url, source_url, discovered, steps_done, next_due FROM recapture WHERE next_due <= ?1 "
       "ORDER BY next_due, url LIMIT ?2"},
      {&impl->next_recapture, "SELECT MIN(next_due) FROM recapture"},
      {&impl->remove_recapture, "DELETE FROM recapture WHERE url = ?1"},
  };
  for (auto& st : statements) {
    Result<StmtPtr> s = impl->Prepare(st.sql);
    if (!s.ok()) return s.status();
    *st.slot = std::move(s).value();
  }
  return std::unique_ptr<StateDb>(new StateDb(std::move(impl)));
}

Result<std::optional<UrlState>> StateDb::GetUrl(const std::string& url) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->get_url.get();
  Bind(s, 1, url);
  const int rc = sqlite3_step(s);
  std::optional<UrlState> out;
  if (rc == SQLITE_ROW) {
    UrlState st;
    st.url = Text(s, 0);
    st.last_fetch = Text(s, 1);
    st.http_status = sqlite3_column_int(s, 2);
    st.etag = Text(s, 3);
    st.last_modified = Text(s, 4);
    st.payload_digest = Text(s, 5);
    st.warc_file = Text(s, 6);
    st.warc_offset = static_cast<uint64_t>(sqlite3_column_int64(s, 7));
    st.record_id = Text(s, 8);
    st.record_date = Text(s, 9);
    out = std::move(st);
  }
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return impl_->Error("read url_state");
  return out;
}

Status StateDb::PutUrl(const UrlState& st) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->put_url.get();
  Bind(s, 1, st.url);
  Bind(s, 2, st.last_fetch);
  sqlite3_bind_int(s, 3, st.http_status);
  Bind(s, 4, st.etag);
  Bind(s, 5, st.last_modified);
  Bind(s, 6, st.payload_digest);
  Bind(s, 7, st.warc_file);
  sqlite3_bind_int64(s, 8, static_cast<sqlite3_int64>(st.warc_offset));
  Bind(s, 9, st.record_id);
  Bind(s, 10, st.record_date);
  return impl_->Step(s, "write url_state");
}

Result<std::optional<PayloadRecord>> StateDb::GetPayload(const std::string& digest) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->get_payload.get();
  Bind(s, 1, digest);
  const int rc = sqlite3_step(s);
  std::optional<PayloadRecord> out;
  if (rc == SQLITE_ROW) {
    out = PayloadRecord{Text(s, 0), Text(s, 1), Text(s, 2), Text(s, 3), Text(s, 4),
                        static_cast<uint64_t>(sqlite3_column_int64(s, 5))};
  }
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return impl_->Error("read payload");
  return out;
}

Status StateDb::PutPayload(const PayloadRecord& p) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->put_payload.get();
  Bind(s, 1, p.digest);
  Bind(s, 2, p.record_id);
  Bind(s, 3, p.target_uri);
  Bind(s, 4, p.date);
  Bind(s, 5, p.warc_file);
  sqlite3_bind_int64(s, 6, static_cast<sqlite3_int64>(p.warc_offset));
  return impl_->Step(s, "write payload");
}

Status StateDb::PutSchedule(const ScheduleEntry& e) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->put_schedule.get();
  Bind(s, 1, e.source_url);
  sqlite3_bind_int64(s, 2, e.interval_seconds);
  sqlite3_bind_int64(s, 3, e.next_due_unix);
  return impl_->Step(s, "write schedule");
}

Result<std::vector<ScheduleEntry>> StateDb::DueSchedule(int64_t now_unix) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->due_schedule.get();
  sqlite3_bind_int64(s, 1, now_unix);
  return impl_->ScheduleRows(s);
}

Result<std::optional<ScheduleEntry>> StateDb::GetSchedule(const std::string& source_url) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->get_schedule.get();
  Bind(s, 1, source_url);
  Result<std::vector<ScheduleEntry>> rows = impl_->ScheduleRows(s);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<ScheduleEntry>();
  return std::optional<ScheduleEntry>(rows->front());
}

Result<std::vector<ScheduleEntry>> StateDb::ListSchedule() {
  std::lock_guard lock(mu_);
  return impl_->ScheduleRows(impl_->list_schedule.get());
}

Status StateDb::RemoveSchedule(const std::string& source_url) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->remove_schedule.get();
  Bind(s, 1, source_url);
  return impl_->Step(s, "delete schedule");
}

Status StateDb::PutRecapture(const RecaptureEntry& e) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->put_recapture.get();
  Bind(s, 1, e.url);
  Bind(s, 2, e.source_url);
  sqlite3_bind_int64(s, 3, e.discovered_unix);
  sqlite3_bind_int(s, 4, e.steps_done);
  sqlite3_bind_int64(s, 5, e.next_due_unix);
  return impl_->Step(s, "write recapture");
}

Result<std::optional<RecaptureEntry>> StateDb::GetRecapture(const std::string& url) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->get_recapture.get();
  Bind(s, 1, url);
  Result<std::vector<RecaptureEntry>> rows = impl_->RecaptureRows(s);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<RecaptureEntry>();
  return std::optional<RecaptureEntry>(rows->front());
}

Result<std::vector<RecaptureEntry>> StateDb::DueRecaptures(int64_t now_unix, size_t limit) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->due_recaptures.get();
  sqlite3_bind_int64(s, 1, now_unix);
  sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(std::min<size_t>(limit, INT64_MAX)));
  return impl_->RecaptureRows(s);
}

Result<std::optional<int64_t>> StateDb::NextRecaptureDue() {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->next_recapture.get();
  const int rc = sqlite3_step(s);
  std::optional<int64_t> out;
  if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) out = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return impl_->Error("read recapture");
  return out;
}

Status StateDb::RemoveRecapture(const std::string& url) {
  std::lock_guard lock(mu_);
  sqlite3_stmt* s = impl_->remove_recapture.get();
  Bind(s, 1, url);
  return impl_->Step(s, "delete recapture");
}

}  // namespace provscore::fetch
