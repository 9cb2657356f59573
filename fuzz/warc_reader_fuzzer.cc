// The WARC reader, record by record, and the HTTP payload decoder on each record:
// torn, garbled, lying and gzip-bombed archives must end in records or a status.
#include <cstddef>
#include <cstdint>

#include "fetch/warc_reader.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto path = provscore::fuzz::ScratchPath("input.warc");
  provscore::fuzz::WriteFile(path, data, size);
  auto reader = provscore::fetch::WarcReader::Open(path.string());
  if (!reader.ok()) return 0;
  provscore::fetch::ReadRecord record;
  for (int i = 0; i < 1000 && (*reader)->Next(&record); ++i) {
    auto payload = provscore::fetch::DecodeHttpPayload(record.record);
    (void)payload;
  }
  return 0;
}
