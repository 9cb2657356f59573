#include "base/hash.h"

#include <openssl/evp.h>

#include <array>

#include "base/text.h"

namespace provscore {

std::string Sha256Hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  // EVP_Digest is a one-shot, allocation-free call; it cannot fail for SHA-256 on
  // in-memory data short of memory exhaustion, in which case length stays 0.
  EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr);
  return HexEncode(std::string_view(reinterpret_cast<const char*>(digest.data()), length));
}

std::string ContentId(std::string_view data) { return Sha256Hex(data).substr(0, 16); }

}  // namespace provscore
