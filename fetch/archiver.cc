#include "fetch/archiver.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_set>

#include "fetch/internal/http_message.h"

namespace provscore::fetch {

// Serialises "is this payload stored yet?" per digest, so two workers holding the
// same new payload do not both store it: the second waits, then writes a revisit.
struct Archiver::DigestClaims {
  std::mutex mu;
  std::condition_variable cv;
  std::set<std::string> in_flight;

  void Claim(const std::string& digest) {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return in_flight.count(digest) == 0; });
    in_flight.insert(digest);
  }
  void Release(const std::string& digest) {
    {
      std::lock_guard lock(mu);
      in_flight.erase(digest);
    }
    cv.notify_all();
  }
};

Archiver::Archiver(ArchiverOptions options) : options_(std::move(options)) {}

Result<std::unique_ptr<Archiver>> Archiver::Open(ArchiverOptions options) {
  if (options.directory.empty()) return InvalidArgument("archive directory is empty");
  if (options.http.user_agent.empty()) return InvalidArgument("a User-Agent is required");
  options.warc.directory = options.directory;
  std::unique_ptr<Archiver> a(new Archiver(std::move(options)));
  Result<std::unique_ptr<WarcWriter>> writer = WarcWriter::Open(a->options_.warc);
  if (!writer.ok()) return writer.status();
  a->writer_ = std::move(writer).value();
  Result<std::unique_ptr<CdxjIndex>> index = CdxjIndex::Open(a->options_.directory + "/index.cdxj");
  if (!index.ok()) return index.status();
  a->index_ = std::move(index).value();
  Result<std::unique_ptr<StateDb>> state = StateDb::Open(a->options_.directory + "/state.sqlite");
  if (!state.ok()) return state.status();
  a->state_ = std::move(state).value();
  a->client_owner_ = std::make_unique<HttpClient>(a->options_.http);
  a->client_ = a->client_owner_.get();
  a->claims_ = std::make_unique<DigestClaims>();
  return a;
}

Archiver::~Archiver() {
  Status s = Close();
  (void)s;  // best effort at destruction; Close() reports errors to callers who ask
}

Status Archiver::Close() { return index_ ? index_->Close() : Status::Ok(); }

Status Archiver::StoreHop(const HttpCapture& hop, ArchivedHop* out) {
  Result<internal::HttpHead> head = internal::ParseHttpHead(hop.response_head);
  const int status = head.ok() ? head->status : 0;
  out->url = hop.target_uri;
  out->status = status;
  Result<std::optional<UrlState>> prior_or = state_->GetUrl(hop.target_uri);
  if (!prior_or.ok()) return prior_or.status();
  const std::optional<UrlState> prior = std::move(prior_or).value();

  const RecordIdGenerator& ids = writer_->ids();
  const std::string request_id = ids();
  const std::string response_id = ids();
  const std::string digest = ResponsePayloadDigest(hop);
  const bool dedupable = status >= 200 && status < 300 && !hop.truncated && !hop.response_body.empty();

  std::optional<RevisitTarget> revisit;
  std::string_view profile;
  bool claimed = false;
  if (status == 304 && prior && !prior->record_id.empty()) {
    revisit = RevisitTarget{prior->record_id, prior->url, prior->record_date, prior->payload_digest};
    profile = kRevisitServerNotModified;
    out->kind = CaptureKind::kNotModified;
  } else if (dedupable) {
    claims_->Claim(digest);
    claimed = true;
    Result<std::optional<PayloadRecord>> stored = state_->GetPayload(digest);
    if (!stored.ok()) {
      claims_->Release(digest);
      return stored.status();
    }
    if (stored->has_value()) {
      const PayloadRecord& p = **stored;
      revisit = RevisitTarget{p.record_id, p.target_uri, p.date, p.digest};
      profile = kRevisitIdenticalPayload;
      out->kind = CaptureKind::kIdenticalPayload;
    }
  }
  std::vector<WarcRecord> records;
  records.push_back(MakeRequestRecord(hop, request_id, response_id));
  records.push_back(revisit ? MakeRevisitRecord(hop, response_id, request_id, profile, *revisit)
                            : MakeResponseRecord(hop, response_id, request_id));
  Result<std::vector<WrittenRecord>> written = writer_->Write(records);
  Status status_out = written.status();
  if (written.ok()) {
    out->request = (*written)[0];
    out->response = (*written)[1];
    const WrittenRecord& at = (*written)[1];
    Result<CdxjEntry> entry = CdxjEntryFor(records[1], at.offset, at.length, at.filename);
    if (entry.ok()) status_out = index_->Append(*entry);

    const std::string date = FormatWarcDate(hop.date);
    UrlState st = prior.value_or(UrlState{});
    st.url = hop.target_uri;
    st.last_fetch = date;
    st.http_status = status;
    if (head.ok()) {
      if (auto etag = head->Field("ETag")) st.etag = std::string(*etag);
      if (auto lm = head->Field("Last-Modified")) st.last_modified = std::string(*lm);
    }
    if (!revisit) {
      st.payload_digest = digest;
      st.warc_file = at.filename;
      st.warc_offset = at.offset;
      st.record_id = response_id;
      st.record_date = date;
      if (dedupable && status_out.ok()) {
        status_out = state_->PutPayload({digest, response_id, hop.target_uri, date, at.filename, at.offset});
      }
    } else if (out->kind == CaptureKind::kIdenticalPayload) {
      // The payload lives in another record; point this URL at it.
      st.payload_digest = revisit->payload_digest;
      st.record_id = revisit->record_id;
      st.record_date = revisit->date;
    }
    if (status_out.ok()) status_out = state_->PutUrl(st);
  }
  if (claimed) claims_->Release(digest);
  return status_out;
}

ArchivedUrl Archiver::Store(const FetchResult& result) {
  ArchivedUrl out;
  out.url = result.url;
  out.robots_denied = result.robots_denied;
  out.error = result.error;
  for (const HttpCapture& hop : result.hops) {
    ArchivedHop h;
    Status s = StoreHop(hop, &h);
    if (!s.ok()) {
      out.error = s;
      break;
    }
    out.hops.push_back(std::move(h));
  }
  return out;
}

Result<ArchiveSummary> Archiver::Archive(const std::vector<std::string>& urls,
                                         const std::function<void(const ArchiveProgress&)>& progress,
                                         const std::atomic<bool>* cancel) {
  std::vector<FetchRequest> requests;
  std::unordered_set<std::string> seen;
  for (const std::string& u : urls) {
    if (!seen.insert(u).second) continue;
    FetchRequest r{u, "", ""};
    if (options_.conditional_requests) {
      Result<std::optional<UrlState>> st = state_->GetUrl(u);
      if (!st.ok()) return st.status();
      if (st->has_value() && !(*st)->record_id.empty()) {
        r.if_none_match = (*st)->etag;
        r.if_modified_since = (*st)->last_modified;
      }
    }
    requests.push_back(std::move(r));
  }

  std::mutex mu;
  std::condition_variable cv, room;
  std::deque<FetchResult> queue;
  // Fetched pages wait here for compression; when the writers fall behind, fetching
  // waits, so memory stays bounded whatever the crawl's size.
  const size_t max_queued = 4 * static_cast<size_t>(std::max(1, options_.writer_threads));
  bool fetching_done = false;
  ArchiveSummary summary;
  ArchiveProgress prog;
  prog.total = requests.size();

  auto worker = [&] {
    while (true) {
      FetchResult r;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return !queue.empty() || fetching_done; });
        if (queue.empty()) return;
        r = std::move(queue.front());
        queue.pop_front();
      }
      room.notify_one();
      ArchivedUrl stored = Store(r);
      std::lock_guard lock(mu);
      for (const ArchivedHop& h : stored.hops) {
        (h.kind == CaptureKind::kResponse ? summary.responses : summary.revisits)++;
        summary.bytes += h.request.length + h.response.length;
        prog.bytes += h.request.length + h.response.length;
      }
      // Failed: nothing fetched, or a final answer of 4xx/5xx (archived all the same).
      if (!stored.error.ok() || (!stored.hops.empty() && stored.hops.back().status >= 400)) {
        ++summary.errors;
        ++prog.errors;
      }
      ++prog.done;
      summary.urls.push_back(std::move(stored));
      if (progress) progress(prog);
    }
  };
  std::vector<std::thread> workers;
  for (int i = 0; i < std::max(1, options_.writer_threads); ++i) workers.emplace_back(worker);

  Status fetch_status = client_->FetchAll(
      requests,
      [&](FetchResult r) {
        {
          std::unique_lock lock(mu);
          room.wait(lock, [&] { return queue.size() < max_queued; });
          queue.push_back(std::move(r));
        }
        cv.notify_one();
      },
      cancel);
  {
    std::lock_guard lock(mu);
    fetching_done = true;
  }
  cv.notify_all();
  for (std::thread& t : workers) t.join();
  if (!fetch_status.ok()) return fetch_status;
  return summary;
}

}  // namespace provscore::fetch
